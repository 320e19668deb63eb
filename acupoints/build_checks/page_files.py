"""Checks on a page's file before MkDocs reads it: its encoding, and whether its front matter can be read."""
import yaml


def encoding_problem(raw: bytes) -> tuple[int, str] | None:
    """(line, reason) when a page is not UTF-8, the only encoding MkDocs reads; None when it is."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        return line, (f"byte 0x{raw[error.start]:02x} is not UTF-8 (was the file saved as Latin-1 or "
                      "Windows-1252?); save the page as UTF-8")
    return None


def front_matter_problem(source: str) -> tuple[int | None, str] | None:
    """Why a page's front matter (the YAML between '---' lines at its top) cannot be read, with the line
    in the file where that is known; None when it can be read."""
    lines = source.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None)
    if end is None:
        return None, "front matter has no closing '---' line"
    text = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        def line(mark):  # in the file: after the opening '---', counting from 1
            return f" at line {mark.line + 2}" if mark else ""
        context = f" ({error.context}{line(error.context_mark)})" if error.context else ""
        return None, f"front matter is not valid YAML{line(error.problem_mark)}: {error.problem}{context}"
    except (yaml.YAMLError, ValueError) as error:  # for example a date that cannot be, 2026-13-45
        return _impossible_date(text) or (None, f"front matter cannot be read: {error}")
    if not isinstance(data, dict):
        return None, "front matter must be a set of 'name: value' lines"
    return None


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _impossible_date(text: str) -> tuple[int, str] | None:
    """The first value YAML reads as a date but no calendar has (2026-13-45), named by its field."""
    def walk(node, path):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                yield from walk(value, path + [str(key.value)])
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                yield from walk(value, path + [str(index)])
        elif node.tag == _TIMESTAMP:
            yield node, ".".join(path)

    for node, field in walk(yaml.compose(text, Loader=yaml.SafeLoader), []):
        try:
            yaml.SafeLoader("").construct_yaml_timestamp(node)
        except ValueError as error:
            return (node.start_mark.line + 2,  # in the file: after the opening '---', counting from 1
                    f"{field} is {node.value}, which is not a real date ({error}); write it YYYY-MM-DD")
    return None
