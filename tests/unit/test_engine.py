"""The engine: open moves and what each still misses, judged from facts alone."""

from __future__ import annotations

import pytest

from innovation.domain import AreaFacts
from innovation.engine import default_flows
from innovation.plain import replace


def facts(phase: str, track: str = "malsokande", **kw: int | bool) -> AreaFacts:
    return AreaFacts(key="O1", track=track, phase=phase, cycle=1, **kw)  # type: ignore[arg-type]


def moves(f: AreaFacts) -> dict[str, tuple[str, ...]]:
    return {m.transition.dest: m.missing for m in default_flows().get(f.track).open_moves(f)}


def test_nulage_needs_medskapande() -> None:
    assert moves(facts("nulage")) == {"avgransning": ("medskapande",)}
    assert moves(facts("nulage", activities=1)) == {"avgransning": ()}


def test_nylage_differs_by_track() -> None:
    assert moves(facts("nylage")) == {"test": ("nylage", "test_hypothesis")}
    assert moves(facts("nylage", track="malstyrt")) == {"test": ("nylage", "indicator")}
    done = facts("nylage", track="malstyrt", nylage=True, indicators_complete=1)
    assert moves(done) == {"test": ()}


def test_test_phase_offers_adopt_and_learn() -> None:
    assert moves(facts("test")) == {"adopt": ("test_result", "owner"), "learn": ("lesson",)}
    ready = facts("test", tests_with_result=1, owner=True, lessons=1)
    assert moves(ready) == {"adopt": (), "learn": ()}


def test_adopt_ends_and_learn_restarts() -> None:
    assert moves(facts("adopt")) == {}
    assert moves(facts("learn")) == {"avgransning": (), "nylage": ()}
    engine = default_flows().get("malsokande")
    assert all(m.transition.new_cycle for m in engine.open_moves(facts("learn")))


def test_fire_moves_through_the_machine() -> None:
    engine = default_flows().get("malsokande")
    f = facts("nulage", activities=2)
    tr = engine.transition_to("nulage", "avgransning")
    assert tr is not None
    assert engine.fire(f, tr) == "avgransning"


def test_machine_refuses_when_a_requirement_is_missing() -> None:
    # The machine's condition is a second guard behind the service's own check.
    engine = default_flows().get("malsokande")
    tr = engine.transition_to("nulage", "avgransning")
    assert tr is not None
    with pytest.raises(RuntimeError):
        engine.fire(facts("nulage"), tr)


def test_no_generated_shortcuts() -> None:
    engine = default_flows().get("malsokande")
    assert "to_adopt" not in engine.machine.events


def test_unknown_phase_has_no_moves() -> None:
    assert moves(replace(facts("nulage"), phase="gone")) == {}
