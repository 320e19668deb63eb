"""Build the whole site: English into the site directory, then each edition in another language
(mkdocs.<code>.yml) into <site>/<code>/, in that order, since a build empties its own directory.

    python scripts/build_site.py SITE_DIR [--quiet]
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def editions(project: Path) -> list[tuple[str | None, Path]]:
    """(config file, or None for mkdocs.yml, folder inside the site) for every edition, English first."""
    others = sorted(project.glob("mkdocs.*.yml"))
    return [(None, Path("."))] + [(config.name, Path(config.name.split(".")[1])) for config in others]


def build(project: Path, site: Path, quiet: bool = False, env=None) -> subprocess.CompletedProcess:
    """Each edition in turn; stops at the first that fails, and returns its result."""
    result = None
    for config, folder in editions(project):
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site / folder)]
        command += ["--config-file", config] if config else []
        command += ["--quiet"] if quiet else []
        result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            # Say which edition: its error line names a page or file, not the build it stopped.
            result.stderr += f"The edition built from {config or 'mkdocs.yml'} did not build.\n"
            break
    return result


if __name__ == "__main__":
    result = build(ROOT, Path(sys.argv[1]).resolve(), "--quiet" in sys.argv)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    sys.exit(result.returncode)
