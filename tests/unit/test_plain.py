"""Plain classes behave as the dataclasses they replace: construction by position, keyword and
default, equality and repr by value, frozen instances read-only and hashable."""

from __future__ import annotations

import pickle
from typing import ClassVar

import pytest

from innovation.plain import FrozenError, Plain, field, fields_of, replace


class Point(Plain, frozen=True):
    x: int
    y: int = 0
    LIMIT: ClassVar[int] = 10


class Bag(Plain):
    name: str
    items: list[str] = field(default_factory=list)
    note: str | None = None


class Labelled(Point, frozen=True):
    label: str = ""


def test_construction_by_position_keyword_and_default() -> None:
    assert Point(1).y == 0 and Point(1, 2).y == 2 and Point(y=3, x=1).x == 1
    assert Bag("a").items == [] and Bag("a").items is not Bag("b").items
    assert Bag("a", note="n").__dict__ == {"name": "a", "items": [], "note": "n"}
    assert Point.LIMIT == 10 and fields_of(Point(1)) == ("x", "y")
    with pytest.raises(TypeError, match="x"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="z"):
        Point(1, z=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1, 2, 3)  # type: ignore[call-arg]


def test_equality_hash_and_repr_by_value() -> None:
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(2, 1)
    assert Point(1, 2) != (1, 2) and hash(Point(1, 2)) == hash(Point(1, 2))
    assert {Point(1), Point(1)} == {Point(1)}
    assert repr(Bag("a", ["b"])) == "Bag(name='a', items=['b'], note=None)"
    with pytest.raises(TypeError):
        hash(Bag("a"))  # mutable, as a dataclass with eq


def test_frozen_instances_refuse_changes_and_plain_ones_take_them() -> None:
    p = Point(1)
    with pytest.raises(FrozenError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenError):
        del p.x  # type: ignore[misc]
    b = Bag("a")
    b.note = "n"
    assert b.note == "n"


def test_subclasses_add_fields_after_their_parents() -> None:
    item = Labelled(1, 2, "l")
    assert fields_of(item) == ("x", "y", "label") and item == Labelled(1, 2, "l")
    assert item != Point(1, 2) and Point(5).x == 5  # the parent's own constructor still holds
    with pytest.raises(FrozenError):
        item.label = "m"  # type: ignore[misc]
    with pytest.raises(TypeError, match="without a default"):

        class Wrong(Point):  # noqa: F841
            z: int


def test_replace_copies_and_pickle_round_trips() -> None:
    p = Point(1, 2)
    assert replace(p, y=5) == Point(1, 5) and p == Point(1, 2)
    with pytest.raises(TypeError, match="nope"):
        replace(p, nope=1)
    assert pickle.loads(pickle.dumps(Bag("a", ["b"]))) == Bag("a", ["b"])
    assert pickle.loads(pickle.dumps(Labelled(1))) == Labelled(1)
