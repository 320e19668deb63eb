"""Draw the app icons in docs/assets/icons/ from their source, icon.svg, with Chromium.

Run `.venv/bin/python scripts/make-icons.py` after changing icon.svg, and commit the PNGs: the build
uses them as they are (the web app manifest, docs/manifest.webmanifest, lists them).
"""
from pathlib import Path

from playwright.sync_api import sync_playwright

from system_packages import CHROME_PATH, CHROMIUM_ARGS

ICONS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "icons"
SIZES = {"icon-192.png": 192, "icon-512.png": 512, "apple-touch-icon.png": 180}

with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=CHROME_PATH, args=CHROMIUM_ARGS)
    svg = (ICONS / "icon.svg").read_text(encoding="utf-8")
    for name, size in SIZES.items():
        page = browser.new_page(viewport={"width": size, "height": size})
        page.set_content(f'<style>html,body{{margin:0}} svg{{display:block;width:{size}px;height:{size}px}}</style>{svg}')
        page.screenshot(path=ICONS / name)
        page.close()
    browser.close()
