"""Words of the domain and the errors every layer raises; imports no database or UI code."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Any

from innovation.i18n import t
from innovation.plain import Plain, field


class Track(StrEnum):
    MALSOKANDE = "malsokande"
    MALSTYRT = "malstyrt"


class Role(StrEnum):
    LEDARTROJA = "ledartroja"
    FADDER = "fadder"
    FACILITATOR = "facilitator"
    ADMIN = "admin"


class RequestStatus(StrEnum):
    OPEN = "open"
    APPROVED = "approved"  # Go: the move happened
    REJECTED = "rejected"  # Recycle: stays, or back to an earlier phase
    HELD = "held"  # Hold: the area is vilande until a tertial
    KILLED = "killed"  # Kill: the cycle ends in the flow's kill phase, the comment a lesson
    WITHDRAWN = "withdrawn"  # by the one who filed it


class IdeaKind(StrEnum):
    IDEA = "idea"  # something to try
    STOP = "stop"  # something to stop doing (sluta göra)


class IdeaSource(StrEnum):
    MEDSKAPANDE = "medskapande"
    RESIDENT = "resident"
    EMPLOYEE = "employee"
    MANAGER = "manager"
    PARTNER = "partner"


class IdeaStatus(StrEnum):
    OPEN = "open"
    PROMOTED = "promoted"
    PARKED = "parked"
    DECLINED = "declined"


class Outcome(StrEnum):
    WORKED = "worked"
    DID_NOT_WORK = "did-not-work"


# Every key a user types or reads is a letter and a number: O3 is an area, R12 a request.
KEY_PREFIX = {
    "area": "O",
    "request": "R",
    "test": "T",
    "activity": "A",
    "lesson": "L",
    "indicator": "I",
    "idea": "F",  # förslag: the seed's "idéer och förslag"
    "partner": "P",
    "collaboration": "C",
    "work": "V",  # verksamhetsgemensamt: work of the whole organisation
}


def make_key(kind: str, ident: int) -> str:
    return f"{KEY_PREFIX[kind]}{ident}"


def parse_key(kind: str, key: str) -> int:
    """The row id behind a key such as "O3" (or a bare "3"); refuses anything else."""
    text = key.strip()
    prefix = KEY_PREFIX[kind]
    if text[:1].upper() == prefix:
        text = text[1:]
    if not (text.isascii() and text.isdigit()) or len(text) > 12:
        raise Invalid("error.bad_key", kind=t(f"kind.{kind}"), key=key, example=f"{prefix}3")
    return int(text)


class InnovationError(Exception):
    """A refusal with a message from the catalogue; the CLI exits 1 on it."""

    def __init__(self, msg: str, /, **params: Any) -> None:
        self.key = msg
        self.params = params
        super().__init__(msg)

    def message(self, lang: str | None = None) -> str:
        return t(self.key, lang=lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class Invalid(InnovationError):
    """The input itself is wrong (too long, empty, malformed)."""


class NotFound(InnovationError):
    """A key or username that names nothing."""


class Forbidden(InnovationError):
    """The acting person may not do this."""


class Refused(InnovationError):
    """The flow or the state of the data does not allow this now."""


# Limits on free text: long enough for a real paragraph, short enough to stay a record.
MAX_SHORT = 200
MAX_QUESTION = 500
MAX_TEXT = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")


def clean_text(value: str, *, field_name: str, limit: int, multiline: bool = False) -> str:
    """Trimmed, NFC-normalised text; refuses empty, over-long and control characters."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid("error.text_encoding", field=field_name) from None
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise Invalid("error.text_empty", field=field_name)
    if len(text) > limit:
        raise Invalid("error.text_long", field=field_name, limit=limit, length=len(text))
    bad = _CONTROL.search(text)
    if bad is None and not multiline and ("\n" in text or "\r" in text or "\t" in text):
        raise Invalid("error.text_newline", field=field_name)
    if bad is not None:
        raise Invalid("error.text_control", field=field_name, code=f"U+{ord(bad.group()):04X}")
    return text


_PERIOD = re.compile(r"^(\d{4})-T([123])$")


def parse_period(value: str) -> str:
    """A tertial such as 2025-T1 (T3 is the annual report)."""
    text = value.strip().upper()
    match = _PERIOD.match(text)
    if match is None or not 2000 <= int(match.group(1)) <= 2100:
        raise Invalid("error.bad_period", value=value)
    return text


def parse_day(value: str | date) -> date:
    """A day as YYYY-MM-DD; refuses anything else with a message that shows the form."""
    if isinstance(value, date):
        return value
    text = value.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise Invalid("error.bad_date", value=value) from None
    if len(text) != 10 or not 1900 <= day.year <= 2100:
        raise Invalid("error.bad_date", value=value)
    return day


def period_of(day: date) -> str:
    """The tertial a date falls in: January-April T1, May-August T2, September-December T3."""
    return f"{day.year}-T{(day.month - 1) // 4 + 1}"


BETTER = ("higher", "lower")


def kolada_rank(above: int, below: int, better: str) -> int:
    """Our place (1 = best) among the municipalities, from how many have a higher and a lower
    value; equal values share the better place."""
    return 1 + (below if better == "lower" else above)


def kolada_colour(rank: int, ranked: int) -> str:
    """Kolada's own colour: the best quarter of municipalities green, the worst quarter red,
    the middle half yellow. Never mixed with an area's tertial colour."""
    quarter = max(1, ranked // 4)
    if rank <= quarter:
        return "gron"
    if rank > ranked - quarter:
        return "rod"
    return "gul"


def is_municipality(code: str) -> bool:
    """Kolada's codes for the country (0000) and the regions (00NN) are not municipalities."""
    return len(code) == 4 and code.isdigit() and not code.startswith("00")


def clean_username(value: str) -> str:
    name = value.strip().lower()
    if not _USERNAME.match(name):
        raise Invalid("error.bad_username", username=value)
    return name


class AreaFacts(Plain, frozen=True):
    """What the engine may know of an area when it judges a move: loaded in one go."""

    key: str
    track: str
    phase: str
    cycle: int
    activities: int = 0
    scope: bool = False
    nylage: bool = False
    indicators_complete: int = 0
    tests_with_hypothesis: int = 0
    tests_with_result: int = 0
    owner: bool = False
    lessons: int = 0
    extra: dict[str, int] = field(default_factory=dict)
