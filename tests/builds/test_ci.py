"""Every GitHub Action runs from a commit that cannot change under us, and updates come as pull requests."""
import re

from helpers import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version():
    loose = []
    for workflow in WORKFLOWS:
        for line in workflow.read_text(encoding="utf-8").splitlines():
            used = re.search(r"uses:\s*(\S+)(.*)", line)
            if not used or used.group(1).startswith("./"):  # a workflow of this repository
                continue
            if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", used.group(1)) or \
                    not re.fullmatch(r"\s*# v\d+(\.\d+)*", used.group(2)):
                loose.append(f"{workflow.name}: {line.strip()}")
    assert WORKFLOWS and not loose, loose


def test_dependabot_watches_python_npm_and_actions():
    config = (ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8")
    for ecosystem in ["pip", "npm", "github-actions"]:
        assert f"package-ecosystem: {ecosystem}" in config
