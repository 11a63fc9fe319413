"""UTC timestamps in one canonical text form, the same on every database."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they were written as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso(value: datetime) -> str:
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def short(value: datetime) -> str:
    """Local-looking minute precision for tables: 2024-06-03 14:02 (UTC)."""
    return as_utc(value).strftime("%Y-%m-%d %H:%M")
