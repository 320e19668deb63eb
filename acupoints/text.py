"""Turn data values into safe text for pages, and numbers into plain words."""
import json

# HTML's special characters, plus those that Markdown, pymdown-extensions or Jinja could read as
# syntax, and line breaks, which would start new Markdown blocks (the loader rejects them in the
# data; this holds even where it is bypassed). As numeric character references they show as
# themselves and mean nothing to any of them.
_SPECIAL = "&<>\"'\\`*_{}[]()#+!|~^=:\n\r"
_INERT = str.maketrans({char: f"&#{ord(char)};" for char in _SPECIAL})


def escape(value) -> str:
    """Escape a data value for HTML and make it inert in Markdown and Jinja."""
    return str(value).translate(_INERT)


def script_json(value) -> str:
    """JSON to embed in a <script> element: '<' escaped so a value cannot end the element, and the '{'
    of '{{' or '{%' escaped so no template syntax from the data reaches the page. JSON's own braces
    never stand like that (json.dumps puts a space after ':'), so only text inside strings changes."""
    text = json.dumps(value, ensure_ascii=True).replace("<", "\\u003c")
    return text.replace("{{", "{\\u007b").replace("{%", "\\u007b%")


def _amount(seconds: int) -> tuple[int, str]:
    """Whole minutes read better than seconds: 60 -> (1, 'minute'), 90 -> (90, 'seconds')."""
    number, unit = (seconds // 60, "minute") if seconds % 60 == 0 else (seconds, "second")
    return number, unit if number == 1 else unit + "s"


def seconds_range(span: dict) -> str:
    """{'min': 30, 'max': 60} -> '30 seconds to 1 minute'; 60..120 -> '1 to 2 minutes'."""
    (low, low_unit), (high, high_unit) = _amount(span["min"]), _amount(span["max"])
    if span["min"] == span["max"]:
        return f"{high} {high_unit}"
    if low_unit.rstrip("s") == high_unit.rstrip("s"):
        return f"{low} to {high} {high_unit}"
    return f"{low} {low_unit} to {high} {high_unit}"


def minutes_range(span: dict) -> str:
    """{'min': 5, 'max': 10} -> '5 to 10 minutes'."""
    return seconds_range({"min": span["min"] * 60, "max": span["max"] * 60})
