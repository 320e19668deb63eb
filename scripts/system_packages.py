"""The Debian packages the tests and the benchmark use, how to tell each is there, and why it is needed.

Run as a script (`make test` and `make benchmark` do), it installs what is missing when run as root,
or names the command that would. With `--serve` (as `make serve` runs it, when Python cannot make a
virtual environment) it looks at python3-venv alone: building and serving the site needs nothing else.
The tests import it: a test whose package is missing fails with the one line from `missing_line`, not
with an assertion deep inside it. Standard library only: it runs before the virtual environment exists.
"""
import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
# How the tests and the benchmark start it. Without the networking flags Chromium keeps trying to
# reach Google's services, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def _command(name: str) -> Callable[[], bool]:
    return lambda: shutil.which(name) is not None


def _fonts(*patterns: str) -> Callable[[], bool]:
    """Whether fontconfig lists a font for every pattern (a family name, or ':lang=xx')."""
    def present() -> bool:
        return shutil.which("fc-list") is not None and all(
            subprocess.run(["fc-list", pattern, "family"], capture_output=True, text=True).stdout.strip()
            for pattern in patterns)
    return present


def _python_venv() -> bool:
    return subprocess.run(["python3", "-c", "import ensurepip"], capture_output=True).returncode == 0


@dataclass(frozen=True)
class SystemPackage:
    name: str  # the Debian package
    why: str
    present: Callable[[], bool]

    def missing_line(self) -> str:
        return (f"missing system package {self.name} ({self.why}): "
                f"run `make test` as root, or `apt-get install {self.name}`")


CHROMIUM = SystemPackage(
    "chromium", "the browser every browser test drives; set CHROME_PATH to use another",
    lambda: os.access(CHROME_PATH, os.X_OK))
FONTCONFIG = SystemPackage("fontconfig", "fc-list, which tells whether the fonts below are there",
                           _command("fc-list"))
# Noto Sans CJK has simplified and traditional Chinese designs in one package, and fontconfig picks
# the right one from an element's lang (zh-Hans or zh-Hant); a single-design font such as WenQuanYi
# would draw both the same way. Without any, Chromium prints the Chinese names as empty boxes.
CHINESE_FONT = SystemPackage(
    "fonts-noto-cjk", "draws the points' Chinese names in screenshots and printed cards",
    _fonts(":lang=zh-cn", ":lang=zh-tw"))
# Material's font stack (theme.font: false) asks for Helvetica or Arial; Liberation Sans has their
# widths, as on most readers' machines and on GitHub's runners, so cards break into sheets the same way.
LATIN_FONT = SystemPackage(
    "fonts-liberation", "Arial-width text, so screenshots and printed cards are laid out as readers see them",
    _fonts("Liberation Sans"))
# Noto Sans Devanagari (in fonts-noto-core), the font Android draws Hindi with: without a Devanagari
# font, Chromium draws the Hindi edition and its printed cards as empty boxes.
HINDI_FONT = SystemPackage(
    "fonts-noto-core", "draws the Hindi edition in screenshots and printed cards, and the words of every "
    "link preview picture the build draws", _fonts("Noto Sans Devanagari", "Noto Sans"))
CAIRO = SystemPackage("libcairo2", "cairosvg draws each page's drawing into its link preview picture",
                      lambda: ctypes.util.find_library("cairo") is not None)
POPPLER = SystemPackage("poppler-utils", "pdftoppm turns printed PDFs into pictures", _command("pdftoppm"))
JAVA = SystemPackage("default-jre-headless", "Java runs the Nu HTML Checker", _command("java"))
NPM = SystemPackage("npm", "installs the Nu HTML Checker and Lighthouse", _command("npm"))
PYTHON_VENV = SystemPackage("python3-venv", "makes the .venv the Python packages go into", _python_venv)

REQUIRED = [CHROMIUM, FONTCONFIG, CHINESE_FONT, LATIN_FONT, HINDI_FONT, CAIRO, POPPLER, JAVA, NPM, PYTHON_VENV]
# What `make serve` needs: the site builds and serves from the .venv alone (it makes no service worker
# and draws no link previews).
SERVE = [PYTHON_VENV]
# What `make build` needs besides: the link previews' fonts and cairo.
BUILD = [PYTHON_VENV, HINDI_FONT, CAIRO]
LISTS = {(): REQUIRED, ("--serve",): SERVE, ("--build",): BUILD}


def missing(packages: list[SystemPackage] = REQUIRED) -> list[SystemPackage]:
    return [package for package in packages if not package.present()]


def main(args: list[str]) -> int:
    if tuple(args) not in LISTS:
        print("usage: system_packages.py [--serve | --build]", file=sys.stderr)
        return 2
    packages = LISTS[tuple(args)]
    if packages is REQUIRED and "CHROME_PATH" in os.environ and not CHROMIUM.present():
        print(f"CHROME_PATH={CHROME_PATH} is not an executable file", file=sys.stderr)
        return 1
    absent = [package.name for package in missing(packages)]
    if not absent:
        return 0
    if os.geteuid() != 0:
        print(f"Missing system packages: {' '.join(absent)}. "
              f"Install them (apt-get install {' '.join(absent)}) or run this as root.", file=sys.stderr)
        return 1
    print(f"Installing system packages: {' '.join(absent)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], env=env, check=True)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *absent], env=env, check=True)
    still = [package.missing_line() for package in missing(packages)]
    for line in still:
        print(line, file=sys.stderr)
    return 1 if still else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
