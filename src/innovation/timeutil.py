"""UTC timestamps in one canonical text form, the same on every database."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | str) -> datetime:
    """A timestamp as an aware UTC datetime; SQLite hands them back as zone-less text."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso(value: datetime | str) -> str:
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def short(value: datetime | str) -> str:
    """Local-looking minute precision for tables: 2024-06-03 14:02 (UTC)."""
    return as_utc(value).strftime("%Y-%m-%d %H:%M")
