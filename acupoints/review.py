"""Every page says when it was last reviewed and when the next review is due."""
from datetime import date

HOW_TO = "add to the page's front matter: review: {last: YYYY-MM-DD, next: YYYY-MM-DD}"


class ReviewError(ValueError):
    """A page's review dates are missing or wrong."""


def review_dates(meta: dict) -> tuple[date, date]:
    """The (last reviewed, next review due) dates from a page's front matter."""
    review = meta.get("review")
    if not isinstance(review, dict):
        raise ReviewError(f"no review dates; {HOW_TO}")
    dates = []
    for key in ("last", "next"):
        value = review.get(key)
        if type(value) is not date:  # YAML reads an unquoted YYYY-MM-DD as a date; a datetime is not one
            raise ReviewError(f"review.{key} must be a date written YYYY-MM-DD, not {value!r}; {HOW_TO}")
        dates.append(value)
    last, due = dates
    if due <= last:
        raise ReviewError(f"review.next ({due}) must come after review.last ({last})")
    return last, due
