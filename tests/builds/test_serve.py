"""`make serve` while editing: a page mistake is reported in one line and the server keeps running,
then builds and serves again once the page is mended (site_plugin/errors.py)."""
import os
import socket
import subprocess
import sys
import time
import urllib.request

from helpers import copy_project

MISTAKE = '{{ point_link("BL47") }}'


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(log, text: str, after: int = 0, timeout: float = 120) -> int:
    """Where `text` first appears in the server's log after position `after`; fails after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = log.read_text(encoding="utf-8").find(text, after)
        if found >= 0:
            return found
        time.sleep(0.2)
    raise AssertionError(f"the server never said {text!r}:\n{log.read_text(encoding='utf-8')}")


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def test_a_page_mistake_during_serve_is_reported_and_the_server_keeps_serving(tmp_path):
    project = copy_project(tmp_path / "project")
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {**{key: value for key, value in os.environ.items() if key != "SITE_URL"}, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        served = _wait_for(log, "Serving on")
        guide = project / "docs" / "guide.md"
        good = guide.read_text(encoding="utf-8")
        guide.write_text(good + f"\n{MISTAKE}\n", encoding="utf-8")
        _wait_for(log, "An error happened during the rebuild", served)
        errors = [line for line in log.read_text(encoding="utf-8")[served:].splitlines() if line.startswith("ERROR")]
        assert f"docs/guide.md, line {len(good.splitlines()) + 2}: unknown point code 'BL47'" in errors[0], errors
        assert "Traceback" not in log.read_text(encoding="utf-8")
        # MkDocs holds page requests until a rebuild succeeds ("the server will appear stuck"), so the
        # reader's browser reloads by itself once the page is mended.
        assert server.poll() is None, "the server stopped"

        mended = log.read_text(encoding="utf-8").rindex("An error happened during the rebuild")
        guide.write_text(good + "\nOne more line.\n", encoding="utf-8")
        _wait_for(log, "Reloading browsers", mended)
        assert "One more line." in _get(f"http://127.0.0.1:{port}/guide/")
    finally:
        server.terminate()
        server.wait(timeout=30)
