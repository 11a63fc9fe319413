"""Text validation, keys and the message catalogue."""

from __future__ import annotations

import pytest

from innovation.domain import Invalid, clean_text, clean_username, parse_key
from innovation.i18n import t


def test_clean_text_trims_and_normalises() -> None:
    assert clean_text("  Hur kan vi\u0301?  ", field_name="q", limit=50) == "Hur kan ví?"


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("x" * 11, "too long: 11 characters, at most 10"),
        ("a\x1b[31mb", "control character (U+001B)"),
        ("a\x00b", "control character (U+0000)"),
        ("two\nlines", "must be one line"),
    ],
)
def test_clean_text_refuses(value: str, needle: str) -> None:
    with pytest.raises(Invalid) as info:
        clean_text(value, field_name="The thing", limit=10)
    assert needle in info.value.message("en")


def test_multiline_allows_newlines_but_not_escapes() -> None:
    assert clean_text("a\nb", field_name="x", limit=10, multiline=True) == "a\nb"
    with pytest.raises(Invalid):
        clean_text("a\x1bb", field_name="x", limit=10, multiline=True)


def test_usernames() -> None:
    assert clean_username(" Lea.L ") == "lea.l"
    for bad in ("", "has space", "ö", "-lead", "x" * 64):
        with pytest.raises(Invalid):
            clean_username(bad)


def test_keys() -> None:
    assert parse_key("area", "O12") == 12
    assert parse_key("area", "o3") == 3
    assert parse_key("request", "7") == 7
    with pytest.raises(Invalid) as info:
        parse_key("area", "R3")
    assert "O3" in info.value.message("en")


def test_swedish_is_the_default() -> None:
    assert t("kind.area", lang="sv") == "område"
