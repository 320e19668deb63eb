"""Errors the core raises. Their text is what an editor reads when the build stops."""


def json_pointer(path) -> str:
    """Turn a sequence of keys and indexes into an RFC 6901 JSON pointer."""
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "".join("/" + part for part in parts) or "/"


class DataError(Exception):
    """The point data is wrong: names the file, the JSON pointer and the reason."""

    def __init__(self, file: str, pointer: str, reason: str):
        self.file, self.pointer, self.reason = file, pointer, reason
        super().__init__(f"{file}: {pointer}: {reason}" if pointer else f"{file}: {reason}")


class UnknownPointError(LookupError):
    """A page asked for a point code or alias the data does not have."""

    def __init__(self, alias: str, known: list[str]):
        self.alias = alias
        super().__init__(f"unknown point code {alias!r}; known codes: {', '.join(known)}")

    def __str__(self) -> str:  # LookupError would wrap the message in quotes
        return self.args[0]
