"""Checks on a page's file before MkDocs reads it."""


def encoding_problem(raw: bytes) -> tuple[int, str] | None:
    """(line, reason) when a page is not UTF-8, the only encoding MkDocs reads; None when it is."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        return line, (f"byte 0x{raw[error.start]:02x} is not UTF-8 (was the file saved as Latin-1 or "
                      "Windows-1252?); save the page as UTF-8")
    return None
