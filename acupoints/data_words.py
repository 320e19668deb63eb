"""Which strings of data/points.json a reader reads, which of those are safety text, and the data in
another language.

Codes, keys, names and citations stay as they are in every edition: codes and names are what
readers type and see on charts, and citations stay as published. Every other string is words, and
tests/unit/test_language.py checks that each string of the data is in one list or the other.
"""
from collections.abc import Iterator

from .language import Language

# Paths of the strings that are words; "*" stands for any key or index.
WORDS = [
    ("routine", "how_often"), ("routine", "steps", "*", "sides", "*"), ("routine", "steps", "*", "together"),
    ("cautions", "*", "title"), ("cautions", "*", "text"), ("cautions", "*", "many"), ("cautions", "*", "short"),
    ("get_help", "*", "title"), ("get_help", "*", "where"),
    ("get_help", "*", "numbers", "*", "place"), ("get_help", "*", "numbers", "*", "also"),
    ("get_help", "*", "signs", "*", "text"), ("get_help", "*", "short", "*", "text"),
    ("leg_symptoms", "one_leg"),
    ("painkillers", "text"), ("painkillers", "ask_first", "*"),
    ("pain_log", "question"), ("pain_log", "low"), ("pain_log", "high"), ("pain_log", "readings_note"),
    ("pain_log", "readings", "*", "title"), ("pain_log", "readings", "*", "text"),
    ("points", "*", "meridian"), ("points", "*", "english_names", "*"), ("points", "*", "traditional_uses", "*"),
    ("points", "*", "how_often"),
    ("points", "*", "location", "plain"), ("points", "*", "location", "landmark"),
    ("points", "*", "location", "standard"), ("points", "*", "location", "note"),
    ("points", "*", "press", "position"), ("points", "*", "press", "with"), ("points", "*", "press", "method"),
    ("points", "*", "press", "cue"), ("points", "*", "figure", "hint"),
    ("sources", "*"),  # what each source is, in the reader's words; names and journals stay as published
]

# The strings that stay as they are.
KEPT = [
    ("$schema",), ("*", "sources", "*"), ("*", "*", "sources", "*"),
    ("routine", "done_caution"), ("routine", "steps", "*", "point"),
    ("get_help", "*", "numbers", "*", "number"), ("get_help", "*", "signs", "*", "key"),
    ("get_help", "*", "short", "*", "covers", "*"),
    ("pain_log", "first_day"),
    ("points", "*", "code"), ("points", "*", "article_label"), ("points", "*", "aliases", "*"),
    ("points", "*", "pinyin"), ("points", "*", "chinese", "*"),
    ("points", "*", "region"), ("points", "*", "cautions", "*"), ("points", "*", "figure", "label"),
]

# Safety text: a translation may never lack any of it (acupoints/language.py, safety_gaps).
SAFETY = ["cautions", "get_help", "leg_symptoms", "painkillers", "pain_log/readings"]


def _matches(path: tuple, pattern: tuple) -> bool:
    return len(path) == len(pattern) and all(want in ("*", key) for key, want in zip(path, pattern))


def strings(value, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, text) for every string in the data."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, path + (index,))
    elif isinstance(value, str):
        yield path, value


def is_words(path: tuple) -> bool:
    return any(_matches(path, pattern) for pattern in WORDS)


def is_kept(path: tuple) -> bool:
    return any(_matches(path, pattern) for pattern in KEPT)


def is_safety(path: tuple) -> bool:
    return "/".join(map(str, path)).startswith(tuple(SAFETY))


def messages(data) -> Iterator[tuple[tuple, str]]:
    """(path, English) for every string a reader reads."""
    return ((path, text) for path, text in strings(data) if is_words(path))


def translated(value, language: Language, path: tuple = ()):
    """The data with its words in the language."""
    if isinstance(value, dict):
        return {key: translated(item, language, path + (key,)) for key, item in value.items()}
    if isinstance(value, list):
        return [translated(item, language, path + (index,)) for index, item in enumerate(value)]
    if isinstance(value, str) and is_words(path):
        return language.gettext(value)
    return value


def safety_gaps(data, language: Language) -> list[tuple[tuple, str]]:
    """(path, English) for each piece of safety text that has no current translation."""
    return [(path, text) for path, text in messages(data) if is_safety(path) and not language.has(text)]
