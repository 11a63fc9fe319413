"""The command line's JSON: every kind of view the service returns (Plain views, dataclasses
with and without slots), written as dataclasses.asdict would give it."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date

from innovation.cli.output import dumps
from innovation.plain import Plain as PlainView
from innovation.plain import field


@dataclass(frozen=True, slots=True)
class Slotted:
    key: str
    tags: list[str]


@dataclass
class Unslotted:
    key: str
    inner: Slotted
    day: date
    extra: dict[str, object]


def test_views_with_and_without_slots_nested_and_dated() -> None:
    views = [
        Unslotted(
            "O1", Slotted("K1", ["a", "b"]), date(2026, 5, 1), {"n": 1, "s": Slotted("K2", [])}
        ),
        Unslotted("O2", Slotted("K3", []), date(2026, 5, 2), {}),
    ]
    expected = [
        {**dataclasses.asdict(v), "day": v.day.isoformat()} | {"extra": dict(v.extra)}
        for v in views
    ]
    expected[0]["extra"]["s"] = {"key": "K2", "tags": []}
    assert json.loads(dumps(views)) == expected
    assert json.loads(dumps(views[0])) == expected[0]
    assert json.loads(dumps([Slotted("K9", ["x"])])) == [{"key": "K9", "tags": ["x"]}]
    assert dumps([]) == "[]"


def test_text_that_a_terminal_would_act_on_is_escaped() -> None:
    out = dumps([Slotted("\u202eevil\x9b", ["ok"])])
    assert "\u202e" not in out and "\x9b" not in out
    assert json.loads(out)[0]["key"] == "\u202eevil\x9b"


class Inner(PlainView, frozen=True):
    key: str


class Outer(PlainView):
    key: str
    inner: Inner
    day: date
    tags: list[str] = field(default_factory=list)
    note: str | None = None


def test_plain_views_keep_their_field_order_and_nest() -> None:
    views = [
        Outer("O1", Inner("K1"), date(2026, 5, 1), ["a"]),
        Outer("O2", Inner("K2"), date(2026, 5, 2)),
    ]
    assert dumps(views).splitlines()[1] == (
        '  {"key": "O1", "inner": {"key": "K1"}, "day": "2026-05-01", "tags": ["a"], "note": null},'
    )
    assert json.loads(dumps(views))[1] == {
        "key": "O2", "inner": {"key": "K2"}, "day": "2026-05-02", "tags": [], "note": None,
    }  # fmt: skip
    assert json.loads(dumps(views[0]))["inner"] == {"key": "K1"}


def test_the_quick_look_and_the_pattern_agree_on_every_character() -> None:
    from innovation.text import _JSON_UNSAFE, _JSON_UNSAFE_CHARS

    escaped = {chr(c) for c in range(0x110000) if _JSON_UNSAFE.match(chr(c))}
    assert escaped == set(_JSON_UNSAFE_CHARS)
    for c in _JSON_UNSAFE_CHARS:
        assert c not in dumps([{"text": f"å…{c}"}])
