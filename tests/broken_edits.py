"""The corpus of broken edits to data/points.json: each is a test case for the loader
(tests/unit/test_loading.py), and one of each kind for a real build (tests/builds/test_build.py)."""


def _set(path, value):
    def edit(data):
        *parents, last = path
        target = data
        for key in parents:
            target = target[key]
        target[last] = value
    return edit


def _one_sided_together(data):
    """LI4 made a one-sided point whose single side is still pressed 'together'."""
    data["points"][0]["both_sides"] = False
    data["routine"]["steps"][0].update(sides=["left hand"], together="both hands at once")


def _drop_caution(key):
    def edit(data):
        for point in data["points"]:
            point["cautions"] = [other for other in point["cautions"] if other != key]
    return edit


def _delete(path):
    def edit(data):
        *parents, last = path
        target = data
        for key in parents:
            target = target[key]
        del target[last]
    return edit


# name, edit, JSON pointer named in the message, words the reason must contain
BROKEN_EDITS = [
    ("missing field", _delete(["points", 0, "pinyin"]), "/points/0", "'pinyin' is a required property"),
    ("unknown field", _set(["points", 1, "colour"], "red"), "/points/1", "'colour' was unexpected"),
    ("empty string", _set(["points", 2, "pinyin"], ""), "/points/2/pinyin", "should be non-empty"),
    ("blank string", _set(["points", 2, "meridian"], "   "), "/points/2/meridian", "does not match"),
    ("wrong type", _set(["points", 0, "hold_seconds", "min"], "30"), "/points/0/hold_seconds/min",
     "is not of type 'integer'"),
    ("negative duration", _set(["points", 0, "hold_seconds", "min"], -5), "/points/0/hold_seconds/min",
     "less than the minimum"),
    ("minimum above maximum", _set(["points", 3, "hold_seconds"], {"min": 90, "max": 30}),
     "/points/3/hold_seconds/min", "min (90) is above max (30)"),
    ("get-ready time of five minutes", _set(["routine", "steps", 1, "get_ready_seconds"], 300),
     "/routine/steps/1/get_ready_seconds", "greater than the maximum"),
    ("bad region", _set(["points", 4, "region"], "elbow"), "/points/4/region", "is not one of"),
    ("bad code", _set(["points", 0, "code"], "li 4"), "/points/0/code", "does not match"),
    ("duplicate code", _set(["points", 1, "code"], "LI4"), "/points/1/code", "already used"),
    ("alias in two points", _set(["points", 4, "aliases"], ["B23"]), "/points/4/aliases/0",
     "already names BL23"),
    ("alias equal to another code", _set(["points", 0, "aliases"], ["GB-30"]), "/points/0/aliases/0",
     "already names GB30"),
    ("unknown caution", _set(["points", 2, "cautions"], ["pregnancy-avoid", "hot-tub"]),
     "/points/2/cautions/1", "unknown caution 'hot-tub'"),
    ("unknown caution on the Done screen", _set(["routine", "done_caution"], "hot-tub"), "/routine/done_caution",
     "unknown caution 'hot-tub'"),
    ("caution without text", _delete(["cautions", "injury", "text"]), "/cautions/injury",
     "'text' is a required property"),
    ("figure off the body", _set(["points", 0, "figure"], {"x": 5, "y": 5}), "/points/0/figure",
     "marker at (5, 5) is off the drawing of the backs of both hands"),
    ("mirrored marker off the body", _set(["points", 1, "figure"], {"x": 290, "y": 150}), "/points/1/figure",
     "off the drawing of the lower back"),
    ("figure without y", _delete(["points", 2, "figure", "y"]), "/points/2/figure", "'y' is a required property"),
    ("back point without the spine caution", _set(["points", 1, "cautions"], ["pregnancy-avoid", "injury"]),
     "/points/1/cautions", "a point on the back must carry the 'beside-spine' caution"),
    ("caution without its short form", _delete(["cautions", "adults", "short"]), "/cautions/adults",
     "'short' is a required property"),
    ("emergency signs without their short form", _delete(["get_help", "emergency", "short"]),
     "/get_help/emergency", "'short' is a required property"),
    ("short warning signs that leave out chest pain", _delete(["get_help", "emergency", "short", 3]),
     "/get_help/emergency/short", "the short list leaves out the sign 'chest-pain' (chest pain)"),
    ("short warning sign that stands for no real sign",
     _set(["get_help", "emergency", "short", 0, "covers"], ["both-knees"]), "/get_help/emergency/short/0/covers/0",
     "unknown sign 'both-knees'"),
    ("short warning sign that says what it covers", _set(["get_help", "emergency", "short", 0, "covers"], []),
     "/get_help/emergency/short/0/covers", "should be non-empty"),
    ("two signs with one key", _set(["get_help", "urgent", "signs", 1, "key"], "high-temperature"),
     "/get_help/urgent/signs/1/key", "sign key 'high-temperature' is already used"),
    ("emergency tier without numbers", _delete(["get_help", "emergency", "numbers"]), "/get_help/emergency",
     "'numbers' is a required property"),
    ("emergency number in words", _set(["get_help", "emergency", "numbers", 0, "number"], "one-one-two"),
     "/get_help/emergency/numbers/0/number", "does not match"),
    ("caution from no source that is not our own advice", _delete(["cautions", "injury", "sources"]),
     "/cautions/injury", "'sources' is a required property"),
    ("unknown source", _set(["cautions", "injury", "sources"], ["hearsay"]), "/cautions/injury/sources/0",
     "unknown source 'hearsay'"),
    ("routine names an unknown point", _set(["routine", "steps", 0, "point"], "BL47"), "/routine/steps/0/point",
     "unknown point 'BL47'"),
    ("routine leaves a point out", _delete(["routine", "steps", -1]), "/routine/steps",
     "is missing from the routine; add it where it should be pressed"),
    ("routine with one side of a two-sided point", _set(["routine", "steps", 1, "sides"], ["left side"]),
     "/routine/steps/1/sides", "BL23 needs 2 sides"),
    ("routine switch time too long", _set(["routine", "switch_seconds"], 300), "/routine/switch_seconds",
     "greater than the maximum"),
    # Numbers: whole numbers written as whole numbers, within sensible bounds.
    ("hold written as a float", _set(["points", 0, "hold_seconds", "min"], 30.0), "/points/0/hold_seconds/min",
     "30.0 is not of type 'integer'"),
    ("hold of a billion seconds", _set(["points", 1, "hold_seconds", "max"], 10**9), "/points/1/hold_seconds/max",
     "is greater than the maximum of 600"),
    ("finding time written as a float", _set(["routine", "find_seconds"], 20.0),
     "/routine/find_seconds", "20.0 is not of type 'integer'"),
    ("a 400-digit coordinate", _set(["points", 0, "figure", "x"], 10**400), "/points/0/figure/x",
     "is greater than the maximum of 400"),
    ("coordinate written as a float", _set(["points", 2, "figure", "y"], 150.5), "/points/2/figure/y",
     "150.5 is not of type 'integer'"),
    # Text that is not what it seems.
    ("a name that is only a zero-width space", _set(["points", 0, "english_names", 0], "\u200b"),
     "/points/0/english_names/0", "hidden character U+200B (ZERO WIDTH SPACE)"),
    ("a zero-width joiner inside a name", _set(["points", 0, "pinyin"], "He\u200dgu"), "/points/0/pinyin",
     "hidden character U+200D (ZERO WIDTH JOINER)"),
    ("a NUL in a caution", _set(["cautions", "injury", "text"], "Do not\x00 press."), "/cautions/injury/text",
     "hidden character U+0000"),
    ("an escape character in a location", _set(["points", 3, "location", "plain"], "\x1b[31mRed"),
     "/points/3/location/plain", "hidden character U+001B"),
    ("a right-to-left override in a caution", _set(["cautions", "adults", "short"], "\u202eylno stludA"),
     "/cautions/adults/short", "hidden character U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("a lone surrogate", _set(["points", 4, "pinyin"], "Yong\ud800quan"), "/points/4/pinyin",
     "hidden character U+D800 (an unpaired surrogate)"),
    # One-line fields are one line.
    ("a line break in a name", _set(["points", 0, "english_names", 0], "Joining\n# the Valley"),
     "/points/0/english_names/0", "a line break in a one-line field"),
    ("a code ending in a line break", _set(["points", 0, "code"], "LI4\n"), "/points/0/code",
     "a line break in a one-line field"),
    ("a line break in a caution", _set(["cautions", "injury", "text"], "Do not press.\n\n- a list"),
     "/cautions/injury/text", "a line break in a one-line field"),
    # Every label a reader might type names one point.
    ("an article label naming another point's code", _set(["points", 4, "article_label"], "LI4"),
     "/points/4/article_label", "label 'LI4' already names LI4"),
    ("an article label naming another point's alias", _set(["points", 2, "article_label"], "UB-23"),
     "/points/2/article_label", "label 'UB-23' already names BL23"),
    ("both_sides not a boolean", _set(["points", 0, "both_sides"], "yes"), "/points/0/both_sides",
     "is not of type 'boolean'"),
    # Data the schema lets through but the pages cannot show right.
    ("two sides differing only by case", _set(["routine", "steps", 0, "sides"], ["left hand", "Left Hand"]),
     "/routine/steps/0/sides/1", "'Left Hand' is the same side as 'left hand'"),
    ("a caution no point carries", _set(["cautions", "sunburn"], {"title": "Sunburn", "text": "Not on sunburn.",
                                                                  "short": "Not on sunburn.", "own_advice": True}),
     "/cautions/sunburn", "no point carries the caution 'sunburn'"),
    ("a caution every point lost", _drop_caution("leg-pain"), "/cautions/leg-pain",
     "no point carries the caution 'leg-pain'"),
    ("two pregnancy cautions on one point", _set(["points", 0, "cautions"], ["pregnancy-avoid", "pregnancy-ask",
                                                                              "damaged-skin"]),
     "/points/0/cautions/1", "LI4 already carries 'pregnancy-avoid', which has the same title ('Pregnancy')"),
    ("two sides together on a one-sided point", _one_sided_together,
     "/routine/steps/0/together", "LI4 is pressed on one side only"),
    ("a same-day short list that drops a sign", _set(["get_help", "urgent", "short"], [
        {"text": "a fever", "covers": ["high-temperature"]}]),
     "/get_help/urgent/short", "the short list leaves out the sign 'weight-loss'"),
    ("a tier without its short form", _delete(["get_help", "urgent", "short"]), "/get_help/urgent",
     "'short' is a required property"),
    ("template syntax in a text field", _set(["points", 2, "pinyin"], "Zhishi {{ config }}"),
     "/points/2/pinyin", "template syntax '{{' in a text field"),
    ("a sign listed twice", _set(["get_help", "urgent", "signs", 0, "text"], "You are losing  weight without trying."),
     "/get_help/urgent/signs/1/text",
     "'you are losing weight without trying' is already in this list, at /get_help/urgent/signs/0"),
    ("a short sign listed twice", _set(["get_help", "emergency", "short"], [
        {"text": "chest pain", "covers": ["both-legs", "genitals-or-bottom", "hard-to-pee", "bladder-or-bowels",
                                          "chest-pain", "serious-accident"]},
        {"text": "Chest pain", "covers": ["chest-pain"]}]),
     "/get_help/emergency/short/1/text", "'Chest pain' is already in this list, at /get_help/emergency/short/0"),
    ("a sign in two tiers", _set(["get_help", "urgent", "signs", 0, "text"], "chest pain"),
     "/get_help/urgent/signs/0/text", "'chest pain' is already a sign of emergency"),
]


# name, raw file contents that are not readable JSON, and words the message must contain
UNREADABLE = [
    ("invalid JSON", b'{"routine": {,}', "invalid JSON at line 1, column 14"),
    ("not UTF-8", b'{"points": []}\xff', "not valid UTF-8"),
    ("repeated key", b'{"points": [], "points": []}', "/: key 'points' appears twice in this object"),
    ("repeated key, deep", b'{"routine": {"steps": [{"point": "LI4", "point": "KI1"}]}}',
     "/routine/steps/0: key 'point' appears twice in this object"),
    ("nested 100,000 deep", b"[" * 100_000 + b"]" * 100_000, "nested too deeply to read"),
    ("NaN", b'{"routine": {"switch_seconds": NaN}}', "NaN is not a number JSON allows"),
]
