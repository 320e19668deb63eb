"""Build the whole site: English into the site directory, then each edition in another language
(mkdocs.<code>.yml) into <site>/<code>/, in that order, since a build empties its own directory.
Every build is strict: a warning stops it, whatever the flags. --quiet prints only what is wrong."""
import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def editions(project: Path) -> list[tuple[str | None, Path]]:
    """(config file, or None for mkdocs.yml, folder inside the site) for every edition, English first."""
    others = sorted(project.glob("mkdocs.*.yml"))
    return [(None, Path("."))] + [(config.name, Path(config.name.split(".")[1])) for config in others]


def build(project: Path, site: Path, quiet: bool = False, env=None) -> subprocess.CompletedProcess:
    """Each edition in turn; stops at the first that fails, and returns its result. Quiet keeps MkDocs'
    warnings: `mkdocs build --quiet` drops them before strict mode counts them, so it builds green."""
    result = None
    for config, folder in editions(project):
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site / folder)]
        command += ["--config-file", config] if config else []
        result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
        if quiet:
            result.stderr = "".join(line for line in result.stderr.splitlines(keepends=True)
                                    if not line.startswith("INFO"))
        if result.returncode != 0:
            # Say which edition: its error line names a page or file, not the build it stopped.
            result.stderr += f"The edition built from {config or 'mkdocs.yml'} did not build.\n"
            break
    return result


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="where the site is written (English there, each other "
                                                    "edition in a folder named by its language code)")
    parser.add_argument("--quiet", action="store_true", help="print only warnings and errors")
    options = parser.parse_args(arguments)
    result = build(ROOT, options.site_dir.resolve(), options.quiet)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
