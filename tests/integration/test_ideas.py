"""Ideas: the life cycle, the link idea → test → lesson or adoption both ways, support, weighing,
moving between areas, search across areas, permissions, and flows that count ideas."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from innovation.domain import AreaFacts, Forbidden, Invalid, NotFound, Refused
from innovation.engine import FlowEngine, FlowError, parse_flow
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke
from tests.integration.test_service import refused, to_test_phase

Svc = Callable[[str], Service]


def test_life_cycle_to_adoption(svc: Svc, ws: dict[str, str]) -> None:
    o1 = ws["sok"]
    f1 = svc("mia").add_idea(
        o1,
        title="Kvällsöppet på fritidsgården",
        source="resident",
        description="Från en antikrångel-tid",
        note="antikrångel-tid mars",
    )
    assert f1 == "F1"
    to_test_phase(svc, o1)
    test = svc("lea").promote_idea(f1, measure="Besök per kväll")
    detail = svc("ada").show_area(o1)
    linked = next(x for x in detail.tests if x.key == test)
    assert linked.idea == f1 and linked.hypothesis == "Kvällsöppet på fritidsgården"
    svc("lea").record_result(test, result="+30 % besök", outcome="worked")
    svc("lea").set_owner(o1, "Fritid")
    svc("fred").approve(svc("lea").move(o1, "adopt", reason="funkar").request or "")
    shown = svc("frida").show_idea(f1)
    assert shown.idea.status == "promoted" and shown.idea.test == test
    assert (shown.test_result, shown.test_outcome, shown.adopted_by) == (
        "+30 % besök",
        "worked",
        "Fritid",
    )


def test_life_cycle_to_a_lesson(svc: Svc, ws: dict[str, str]) -> None:
    o1 = ws["sok"]
    to_test_phase(svc, o1)
    f1 = svc("leo").add_idea(o1, title="Digital panel", source="employee")
    test = svc("leo").promote_idea(f1, hypothesis="En panel ger fler röster")
    svc("leo").record_result(test, result="Få svar", outcome="did-not-work")
    svc("leo").add_lesson(o1, "Panelen nådde inte de unga")
    shown = svc("ada").show_idea(f1)
    assert shown.test_hypothesis == "En panel ger fler röster"
    assert shown.lessons == ["L1 Panelen nådde inte de unga"] and shown.adopted_by is None


def test_support_one_per_person(svc: Svc, ws: dict[str, str], db: Database) -> None:
    f1 = svc("ada").add_idea(ws["sok"], title="Idé", source="manager")
    svc("mia").support_idea(f1)
    assert "already support F1" in refused(db, Refused, lambda: svc("mia").support_idea(f1))
    svc("fred").support_idea(f1)
    assert svc("ada").show_idea(f1).supporters == ["mia", "fred"]
    assert svc("mia").list_ideas()[0].supported_by_me is True
    svc("mia").support_idea(f1, withdraw=True)
    assert "You do not support F1" in refused(
        db, Refused, lambda: svc("mia").support_idea(f1, withdraw=True)
    )
    assert svc("ada").show_idea(f1).supporters == ["fred"]


def test_scoring_and_backlog_order(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    a = svc("mia").add_idea(o1, title="A", source="employee")
    b = svc("mia").add_idea(o1, title="B", source="employee")
    c = svc("mia").add_idea(o1, title="C", source="employee")
    for bad in ({"effect": 0}, {"cost": 6}, {"speed": -1}):
        marks = {"effect": 3, "cost": 3, "speed": 3, **bad}
        assert "must be a number between 1 and 5" in refused(
            db, Invalid, lambda m=marks: svc("lea").score_idea(a, reason="r", **m)
        )
    assert "The reason must not be empty" in refused(
        db, Invalid, lambda: svc("lea").score_idea(a, effect=3, cost=3, speed=3, reason=" ")
    )
    assert "mia may not decide on F1" in refused(
        db, Forbidden, lambda: svc("mia").score_idea(a, effect=5, cost=1, speed=5, reason="r")
    )
    svc("lea").score_idea(a, effect=2, cost=4, speed=2, reason="dyrt")
    svc("lea").score_idea(b, effect=5, cost=1, speed=5, reason="billigt")
    svc("fred").support_idea(c)
    assert [i.key for i in svc("ada").list_ideas(o1)] == [b, a, c]
    # Weighing again replaces the earlier weighing by the same person.
    svc("lea").score_idea(a, effect=5, cost=1, speed=5, reason="omvärderat")
    svc("leo").score_idea(a, effect=5, cost=1, speed=4, reason="bra")
    ideas = {i.key: i for i in svc("ada").list_ideas(o1)}
    assert (ideas[a].scorers, ideas[a].score) == (2, 4.83)
    assert [i.key for i in svc("ada").list_ideas(o1)][:2] == [b, a]


def test_park_decline_and_decided_ideas(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    f1 = svc("mia").add_idea(o1, title="Sluta skriva ut protokoll", source="employee", stop=True)
    f2 = svc("mia").add_idea(o1, title="App för allt", source="resident")
    assert "The reason must not be empty" in refused(
        db, Invalid, lambda: svc("lea").park_idea(f1, reason="")
    )
    svc("lea").park_idea(f1, reason="Efter sommaren")
    svc("lea").decline_idea(f2, reason="Finns redan i e-tjänsten")
    assert "F2 is already declined" in refused(db, Refused, lambda: svc("lea").promote_idea(f2))
    assert "F2 is already declined" in refused(db, Refused, lambda: svc("fred").support_idea(f2))
    declined = svc("ada").show_idea(f2)
    assert declined.idea.status_reason == "Finns redan i e-tjänsten"
    assert [i.key for i in svc("ada").list_ideas(o1, kind="stop")] == [f1]
    assert [i.key for i in svc("ada").list_ideas(status="declined")] == [f2]
    svc("lea").promote_idea(f1)  # a parked idea can still be tried later
    assert svc("ada").show_idea(f1).idea.status == "promoted"
    kinds = [e.kind for e in svc("ada").history(o1) if e.kind.startswith("idea.")]
    assert kinds == ["idea.add", "idea.add", "idea.park", "idea.decline", "idea.promote"]


def test_moving_between_areas(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    f1 = svc("frida").add_idea(o1, title="Mät nöjdhet varje månad", source="manager")
    refused(db, Forbidden, lambda: svc("mia").move_idea(f1, to=o2, reason="r"))
    assert "F1 already belongs to O1" in refused(
        db, Refused, lambda: svc("lea").move_idea(f1, to=o1, reason="r")
    )
    svc("lea").move_idea(f1, to=o2, reason="Passar målstyrt bättre")
    in_o1 = svc("ada").list_ideas(o1)
    in_o2 = svc("ada").list_ideas(o2)
    assert [(i.key, i.area, i.origin) for i in in_o1] == [(f1, o2, o1)]
    assert [(i.key, i.area, i.origin) for i in in_o2] == [(f1, o2, o1)]
    # Now it is O2's ledartröjor who weigh it; a facilitator may move ideas too.
    svc("mia").score_idea(f1, effect=4, cost=2, speed=4, reason="bra")
    svc("ada").move_idea(f1, to=o1, reason="tillbaka")
    assert svc("ada").show_idea(f1).idea.origin == o1


def test_search_across_areas(svc: Svc, ws: dict[str, str], db: Database) -> None:
    svc("mia").add_idea(ws["sok"], title="Återbruk av möbler", source="employee")
    svc("mia").add_idea(ws["styr"], title="ÅTERBRUK i skolor", source="partner", note="förening")
    svc("leo").add_lesson(ws["styr"], "Återbruk kräver en lagerlokal")
    hits = svc("ada").search("återbruk")
    assert {(h.kind, h.key) for h in hits} == {("idea", "F1"), ("idea", "F2"), ("lesson", "L1")}
    assert [h.key for h in svc("ada").search("återbruk skolor")] == ["F2"]
    assert svc("ada").search("inget sådant") == []


def test_add_validation(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    assert "Unknown source 'granne'" in refused(
        db, Invalid, lambda: svc("mia").add_idea(o1, title="x", source="granne")
    )
    assert "The title must not be empty" in refused(
        db, Invalid, lambda: svc("mia").add_idea(o1, title=" ", source="resident")
    )
    svc("lea").add_activity(o1, kind="workshop", residents=3)
    svc("lea").add_activity(o1, kind="fika", staff=2)
    f1 = svc("mia").add_idea(o1, title="Från workshopen", source="resident", activity="A1")
    assert svc("ada").show_idea(f1).idea.source == "medskapande"
    svc("leo").add_activity(ws["styr"], kind="enkät", residents=9)
    assert "A3 does not belong to O1" in refused(
        db, Refused, lambda: svc("mia").add_idea(o1, title="x", source="resident", activity="A3")
    )
    assert "There is no idea F99" in refused(db, NotFound, lambda: svc("mia").support_idea("F99"))


FLOW = """
[flow]
id = "malsokande"
label = "Idéstyrt"
initial = "nulage"

[[phase]]
id = "nulage"
label = "Nuläge"
help = "h"

[[phase]]
id = "test"
label = "Test"
help = "h"
end = true

[[transition]]
trigger = "go"
source = "nulage"
dest = "test"
requires = ["ideas_from_residents:2", "stop_ideas"]
"""


def test_flows_may_count_ideas() -> None:
    engine = FlowEngine(parse_flow(FLOW))
    facts = AreaFacts(key="O1", track="malsokande", phase="nulage", cycle=1)
    assert engine.open_moves(facts)[0].missing == ("ideas_from_residents:2", "stop_ideas")
    enough = AreaFacts(
        key="O1",
        track="malsokande",
        phase="nulage",
        cycle=1,
        extra={"ideas_from_residents": 2, "stop_ideas": 1},
    )
    assert engine.open_moves(enough)[0].missing == ()
    for bad in ("ideas_from_residents:x", "scope:2", "ideas:0", "ideas_by_magic:2"):
        with pytest.raises(FlowError) as info:
            parse_flow(FLOW.replace('"stop_ideas"', f'"{bad}"'))
        assert f"'{bad}'" in info.value.problems[0]


def test_idea_commands_by_cli(db_path: Path, svc: Svc, ws: dict[str, str]) -> None:
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}

    def ok(user: str, *args: str) -> str:
        result = invoke([*args, "--as", user], env=env)
        assert result.exit_code == 0, result.output
        return result.output

    assert json.loads(
        ok("mia", "idea", "add", "O1", "--title", "Sluta med fax", "--stop", "--json")
    ) == {"key": "F1"}
    ok("mia", "idea", "add", "O1", "--title", "Läxhjälp [bold]", "--source", "resident")
    ok("fred", "idea", "support", "F2")
    ok(
        "lea",
        "idea",
        "score",
        "F2",
        "--effect",
        "5",
        "--cost",
        "1",
        "--speed",
        "4",
        "--reason",
        "r",
    )
    listed = json.loads(ok("ada", "idea", "list", "O1", "--json"))
    assert [i["key"] for i in listed] == ["F2", "F1"] and listed[0]["supporters"] == 1
    assert "Läxhjälp [bold]" in ok("ada", "idea", "list")
    assert "became the test T1" in ok("lea", "idea", "promote", "F2", "--hypothesis", "Läxhjälp")
    assert "T1" in ok("ada", "idea", "show", "F2")
    ok("lea", "idea", "decline", "F1", "--reason", "Faxen är redan borta")
    assert "F1" in ok("ada", "idea", "search", "fax")
    result = invoke(
        [
            "idea",
            "score",
            "F1",
            "--effect",
            "9",
            "--cost",
            "1",
            "--speed",
            "1",
            "--reason",
            "r",
            "--as",
            "lea",
        ],
        env=env,
    )
    assert result.exit_code == 1 and "between 1 and 5" in result.output
