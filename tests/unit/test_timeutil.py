"""The day a moment falls on, in the workspace's zone, found one at a time or many at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import innovation.timeutil as timeutil
from innovation.timeutil import day_start, local_date, local_days

# Zones whose midnights fall on odd UTC minutes, or move with summer time (a 23- and a
# 25-hour day in each period that crosses March or October).
ZONES = ("Europe/Stockholm", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "UTC")

SINCE = datetime(2024, 1, 1)
UNTIL = datetime(2024, 12, 31)


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("INNOVATION_TZ", request.param)
    monkeypatch.setattr(timeutil, "_ZONE", None)
    return str(request.param)


# The zone is set once for all examples of a run; each example reads it, none changes it.
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    moment=st.datetimes(min_value=datetime(2023, 12, 1), max_value=datetime(2025, 2, 1)),
    start=st.dates(min_value=SINCE.date(), max_value=UNTIL.date()),
    length=st.integers(min_value=0, max_value=200),
)
def test_many_at_once_give_each_moment_the_day_one_at_a_time_does(
    zone: str, moment: datetime, start: datetime, length: int
) -> None:
    since = day_start(start)
    until = day_start(start + timedelta(days=length))
    day = local_days(since, until)
    aware = moment.replace(tzinfo=UTC)
    expected = local_date(aware).isoformat()
    # As SQLite keeps it (zone-less UTC text), and as PostgreSQL hands it back (aware).
    assert day(aware.replace(tzinfo=None).isoformat(" ", "microseconds")) == expected
    assert day(aware) == expected
    assert day(aware.astimezone(timeutil.zone())) == expected


def test_a_moment_on_a_local_midnight_starts_that_day(zone: str) -> None:
    day = local_days(day_start(SINCE.date()), day_start(UNTIL.date()))
    for n in (0, 1, 85, 86, 87, 300, 301, 302):
        midnight = day_start(SINCE.date() + timedelta(days=n))
        just_before = midnight - timedelta(microseconds=1)
        assert day(midnight) == (SINCE.date() + timedelta(days=n)).isoformat()
        assert day(just_before) == (SINCE.date() + timedelta(days=n - 1)).isoformat()
