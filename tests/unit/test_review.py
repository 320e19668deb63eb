from datetime import date, datetime

import pytest

from acupoints.review import ReviewError, review_dates


def test_dates_are_read_from_front_matter():
    meta = {"review": {"last": date(2026, 11, 24), "next": date(2027, 11, 24)}}
    assert review_dates(meta) == (date(2026, 11, 24), date(2027, 11, 24))


@pytest.mark.parametrize("meta, reason", [
    ({}, "no review dates"),
    ({"review": "2026-11-24"}, "no review dates"),
    ({"review": {"last": date(2026, 11, 24)}}, "review.next must be a date"),
    ({"review": {"last": "24/11/2026", "next": date(2027, 1, 1)}}, "review.last must be a date"),
    ({"review": {"last": datetime(2026, 1, 1), "next": date(2027, 1, 1)}}, "review.last must be a date"),
    ({"review": {"last": date(2026, 11, 24), "next": date(2026, 11, 24)}}, "must come after"),
], ids=["missing", "not a mapping", "no next", "wrong format", "datetime", "next not after last"])
def test_bad_review_dates_are_rejected(meta, reason):
    with pytest.raises(ReviewError, match=reason):
        review_dates(meta)
