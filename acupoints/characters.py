"""What a text shown to readers may hold: the data's strings and their translations."""
import unicodedata

# Characters a reader cannot see or that change how text around them shows: control characters,
# format characters (zero-width spaces and joiners, right-to-left overrides), private-use,
# unpaired surrogate and unassigned code points, and line or paragraph separators.
_HIDDEN = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}
_UNNAMED = {"Cs": "an unpaired surrogate", "Co": "a private-use character", "Cn": "an unassigned code point"}


# Jinja's brackets: the macros plugin renders the pages, and a page's title and the menu show data
# text outside any escaping, so text that looks like a macro would read as a mistake left in the page.
_TEMPLATE_SYNTAX = ("{{", "}}", "{%", "%}", "{#", "#}")


# The zero-width non-joiner and joiner choose how Devanagari letters join (क्‍ष), so Hindi text may
# hold them between two Devanagari characters (letters, vowel signs, the virama), and nowhere else.
_JOINERS = {"\u200c", "\u200d"}


def _devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f" and unicodedata.category(char)[0] in "LM"


def _joins_devanagari(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and _devanagari(text[index - 1]) and _devanagari(text[index + 1])


def character_problem(text: str) -> str | None:
    """Why a text cannot be shown as it is (template syntax, a line break, a hidden character), or None."""
    if token := next((token for token in _TEMPLATE_SYNTAX if token in text), None):
        return f"template syntax {token!r} in a text field; the data is plain text, so write the brackets apart"
    for index, char in enumerate(text):
        if char in _JOINERS and _joins_devanagari(text, index):
            continue
        if char in "\n\r":
            return "a line break in a one-line field; every text field is one line"
        if (category := unicodedata.category(char)) in _HIDDEN:
            name = unicodedata.name(char, _UNNAMED.get(category, "a control character"))
            return (f"hidden character U+{ord(char):04X} ({name}); text must hold only characters a reader "
                    "can see, so remove it")
    return None
