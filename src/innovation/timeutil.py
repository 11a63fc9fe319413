"""UTC timestamps in one canonical text form, the same on every database."""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | str) -> datetime:
    """A timestamp as an aware UTC datetime; SQLite hands them back as zone-less text."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def days_counter(now: datetime) -> Callable[[datetime | str], int]:
    """Whole days from a timestamp to `now` (never below 0), for counting many at once:
    SQLite's zone-less UTC text is compared as it is, without making each moment aware."""
    aware = as_utc(now)
    naive = aware.replace(tzinfo=None)
    parse = datetime.fromisoformat

    def days(value: datetime | str) -> int:
        if type(value) is str:
            moment = parse(value)
            if moment.tzinfo is None:
                return max(0, (naive - moment).days)
            value = moment
        return max(0, (aware - as_utc(value)).days)

    return days


def iso(value: datetime | str) -> str:
    # The text strftime("%Y-%m-%dT%H:%M:%S.%fZ") makes, in a third of its time.
    return as_utc(value).replace(tzinfo=None).isoformat("T", "microseconds") + "Z"


def short(value: datetime | str) -> str:
    """Local-looking minute precision for tables: 2024-06-03 14:02 (UTC)."""
    return as_utc(value).strftime("%Y-%m-%d %H:%M")


# The municipality's own clock decides which day, and so which tertial, something happened on:
# a move at 00:30 on 1 September in Tyresö belongs to T3, though it is still 31 August in UTC.
_ZONE: tzinfo | None = None


def zone() -> tzinfo:
    """The workspace's time zone (INNOVATION_TZ, Europe/Stockholm by default)."""
    global _ZONE
    if _ZONE is None:
        from zoneinfo import ZoneInfo

        _ZONE = ZoneInfo(os.environ.get("INNOVATION_TZ") or "Europe/Stockholm")
    return _ZONE


def local_date(value: datetime | str) -> date:
    """The day a UTC timestamp falls on in the workspace's time zone."""
    return as_utc(value).astimezone(zone()).date()


def local_days(since: datetime, until: datetime) -> Callable[[datetime | str], str]:
    """The local day (YYYY-MM-DD) of many timestamps in [since, until) at once, as
    local_date gives it: a national period has some 60,000 moves, and finding each one's day
    among the period's local midnights takes a sixth of converting each to the zone."""
    first, last = local_date(since), local_date(until)
    days = [first + timedelta(days=n) for n in range((last - first).days + 2)]
    # Zone-less UTC, as SQLite's text parses; an aware moment is brought to the same.
    starts = [day_start(d).replace(tzinfo=None) for d in days]
    texts = [d.isoformat() for d in days]
    low, high = starts[0], starts[-1]
    parse = datetime.fromisoformat

    def day(value: datetime | str) -> str:
        moment = parse(value) if isinstance(value, str) else value
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        if moment < low or moment >= high:
            return local_date(value).isoformat()
        return texts[bisect_right(starts, moment) - 1]

    return day


def happened_at(on: date, recorded: datetime) -> datetime:
    """The timestamp the tables keep for something that happened on a day and was recorded at
    a moment: the moment itself when that is the same day, otherwise noon of that day (so it
    stays on its day whatever the zone), in UTC."""
    if local_date(recorded) == on:
        return as_utc(recorded)
    return datetime.combine(on, time(12), tzinfo=zone()).astimezone(UTC)


def day_start(day: date) -> datetime:
    """Local midnight at the start of a day, in UTC: where a day's or a period's events begin."""
    return datetime.combine(day, time(0), tzinfo=zone()).astimezone(UTC)


def day_end(day: date) -> datetime:
    """The last moment of a day, in UTC: the clock of a view of the world on that day."""
    return day_start(day + timedelta(days=1)) - timedelta(microseconds=1)


class When:
    """When a change was recorded (the clock, never chosen) and the day it happened; `ts` is
    the timestamp the tables keep for it."""

    __slots__ = ("at", "day", "ts")

    def __init__(self, at: datetime, day: date | None = None) -> None:
        self.at = as_utc(at)
        self.day = day if day is not None else local_date(at)
        self.ts = happened_at(self.day, self.at)

    def __repr__(self) -> str:
        return f"When(at={iso(self.at)}, day={self.day.isoformat()})"
