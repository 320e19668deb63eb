"""The pain log's readings: when a reader's own log should send them to a doctor.

The rules' numbers and words are in data/points.json (`pain_log`). The browser applies the same
rules to the reader's entries (docs/javascripts/lib/pain-readings.js); both are tested against one
table of cases, tests/cases/pain-readings.json, so the two cannot drift apart. Here the rules also
guard the data: the build stops when edited thresholds would give no reading for a log that must
send a reader to a doctor (SAFETY_CASES).

An entry is {"time": ISO 8601 with offset, "score": 0..10, "when": "before" | "after" | "other"}.
Scores taken just after a routine can be lower for a while for many reasons, so they are only
compared with each other, never with the rest: pain going up in either group gives a reading; whether
pain has gone down is judged on the entries not taken after a routine, when they cover the review
period.
"""
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

DAY = 86_400_000  # ms

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _ms(entry: dict) -> int:
    """The entry's moment in whole milliseconds, as JavaScript's Date.parse gives it."""
    return (datetime.fromisoformat(entry["time"]) - _EPOCH) // timedelta(milliseconds=1)


def _mean(entries: list[dict]) -> float:
    return sum(entry["score"] for entry in entries) / len(entries)


def _groups(entries: list[dict]) -> list[list[dict]]:
    """Comparable entries: those not taken just after a routine, then those that were."""
    return [[entry for entry in entries if entry["when"] != "after"],
            [entry for entry in entries if entry["when"] == "after"]]


def _severe(entries: list[dict], rule: dict) -> dict | None:
    # Days are calendar days as the entries were written, in the reader's time then: the last
    # entry's day and the within_days - 1 days before it.
    since = (date.fromisoformat(entries[-1]["time"][:10]) - timedelta(days=rule["within_days"] - 1)).isoformat()
    days = {entry["time"][:10] for entry in entries
            if entry["time"][:10] >= since and entry["score"] >= rule["score_at_least"]}
    if len(days) < rule["days_at_least"]:
        return None
    return {"rule": "severe", "days": len(days), "score": rule["score_at_least"], "within": rule["within_days"]}


def _very_bad(entries: list[dict], rule: dict) -> dict | None:
    """One score this high is enough: a reader who logs 10 out of 10 once is not left without advice."""
    since = _ms(entries[-1]) - rule["within_days"] * DAY
    if not any(_ms(entry) >= since and entry["score"] >= rule["score_at_least"] for entry in entries):
        return None
    return {"rule": "very_bad", "score": rule["score_at_least"], "within": rule["within_days"]}


def _rising(group: list[dict], rule: dict) -> dict | None:
    if not group:
        return None
    window = [entry for entry in group if _ms(entry) >= _ms(group[-1]) - rule["within_days"] * DAY]
    span = _ms(window[-1]) - _ms(window[0])
    if len(window) < rule["entries_at_least"] or span < rule["span_days_at_least"] * DAY:
        return None
    half = len(window) // 2
    early, recent = _mean(window[:half]), _mean(window[-half:])
    if recent - early < rule["rise_at_least"]:
        return None
    return {"rule": "rising", "days": span // DAY, "early": early, "recent": recent}


def _long_enough(group: list[dict], review_after_days: int) -> bool:
    return bool(group) and _ms(group[-1]) - _ms(group[0]) >= review_after_days * DAY


def _not_improving(groups: list[list[dict]], rule: dict, review_after_days: int) -> dict | None:
    """Judged on the first group that covers the review period: scores just after a routine only when
    the others do not (they stay low for reasons of their own)."""
    group = next((group for group in groups if _long_enough(group, review_after_days)), None)
    if not group:
        return None
    first, last = _ms(group[0]), _ms(group[-1])
    early = _mean([entry for entry in group if _ms(entry) < first + rule["compare_days"] * DAY])
    recent = _mean([entry for entry in group if _ms(entry) > last - rule["compare_days"] * DAY])
    if early - recent >= rule["drop_at_least"] or recent < rule["still_at_least"]:
        return None
    return {"rule": "not_improving", "days": (last - first) // DAY, "early": early, "recent": recent,
            "compare": rule["compare_days"]}


def _rising_in_any(groups: list[list[dict]], rule: dict) -> dict | None:
    """Pain going up in the entries not taken after a routine, else in those taken after one: steady
    scores in one group must not hide a rise in the other."""
    return next((reading for group in groups if (reading := _rising(group, rule))), None)


def readings(entries: list[dict], pain_log: dict) -> list[dict]:
    """What the log calls for, most serious first: each reading is the rule's name and the numbers
    its text shows. `pain_log` is the data's `pain_log` object."""
    if not entries:
        return []
    entries = sorted(entries, key=_ms)
    rules, groups = pain_log["readings"], _groups(entries)
    found = [
        _severe(entries, rules["severe"]) or _very_bad(entries, rules["very_bad"]),
        _rising_in_any(groups, rules["rising"]),
        _not_improving(groups, rules["not_improving"], pain_log["review_after_days"]),
    ]
    return [reading for reading in found if reading]


_START = datetime(2026, 12, 1, 8, tzinfo=timezone.utc)


def _on_days(entries: list[tuple[float, int, str]]) -> list[dict]:
    """A log from (days after the start, score, when) triples."""
    return [{"time": (_START + timedelta(days=day)).isoformat(), "score": score, "when": when}
            for day, score, when in entries]


def _daily(days: int, scores: list[tuple[int, str]]) -> list[dict]:
    """A log with the same (score, when) entries every day, an hour apart."""
    return _on_days([(day + hour / 24, score, when)
                     for day in range(days) for hour, (score, when) in enumerate(scores)])


# Logs that must always give a reading, whatever the thresholds are edited to.
SAFETY_CASES = {
    "10 out of 10 every day for 20 days": _daily(20, [(10, "other")]),
    "8 out of 10 on each of 3 days": _daily(3, [(8, "other")]),
    "10 out of 10 once": _daily(1, [(10, "other")]),
    "7 before and 5 after a routine every day for 28 days": _daily(28, [(7, "before"), (5, "after")]),
    "3, 4, 4, 6, 6 and 8 over 15 days": _on_days(
        [(day, score, "other") for day, score in zip(range(0, 18, 3), [3, 4, 4, 6, 6, 8])]),
    "4 on three days, then 3, 4, 6 and 8 after routines": _on_days(
        [(0, 4, "other"), (1, 4, "other"), (2, 4, "other"),
         (3, 3, "after"), (5, 4, "after"), (7, 6, "after"), (9, 8, "after")]),
}


def rule_problems(pain_log: dict) -> Iterator[tuple[tuple, str]]:
    """(path inside pain_log, reason) for rules that cannot work or that miss a safety case."""
    rules = pain_log["readings"]
    if 2 * rules["not_improving"]["compare_days"] > pain_log["review_after_days"]:
        yield ("readings", "not_improving", "compare_days"), (
            "the first and the last compare_days must fit in review_after_days without overlapping")
    for name, entries in SAFETY_CASES.items():
        if not readings(entries, pain_log):
            yield ("readings",), (f"these rules give no reading for a log of {name}; such a log must send the "
                                  "reader to a doctor, so loosen the thresholds")
