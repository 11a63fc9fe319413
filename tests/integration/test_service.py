"""The service layer: the journeys to adopt and to learn, and every refusal changing nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from innovation.domain import Forbidden, InnovationError, Invalid, NotFound, Refused
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import Clock, assert_refused_cleanly, dump

Svc = Callable[[str], Service]


def refused(db: Database, kind: type[InnovationError], call: Callable[[], Any]) -> str:
    """Runs a call that must be refused; asserts nothing changed and returns the message."""
    before = dump(db)
    with pytest.raises(kind) as info:
        call()
    assert_refused_cleanly(db, before, denied=isinstance(info.value, Forbidden))
    return info.value.message("en")


def to_test_phase(svc: Svc, area: str, *, indicator: bool = False) -> None:
    svc("lea").add_activity(area, kind="workshop", residents=10, staff=2)
    svc("lea").move(area, "avgransning", reason="nuläget klart")
    svc("lea").set_scope(area, "In: unga. Out: vuxna.")
    req = svc("lea").move(area, "nylage", reason="avgränsat").request
    assert req is not None
    svc("fred").approve(req)
    svc("leo").set_nylage(area, "Unga känner sig trygga.")
    svc("leo").add_test(area, hypothesis="Fältassistenter ökar tryggheten")
    svc("leo").move(area, "test", reason="testet planerat")


def test_journey_to_adopt(svc: Svc, ws: dict[str, str], clock: Clock) -> None:
    o1 = ws["sok"]
    to_test_phase(svc, o1)
    detail = svc("lea").show_area(o1)
    assert detail.phase == "test"
    assert {m.to: m.missing for m in detail.moves} == {
        "adopt": ["test_result", "owner"],
        "learn": ["lesson"],
    }
    test_key = detail.tests[0].key
    svc("lea").record_result(test_key, result="+12 pp", outcome="worked")
    svc("lea").set_owner(o1, "Kultur och fritid")
    clock.advance(days=3)
    result = svc("lea").move(o1, "adopt", reason="det fungerar")
    assert result.request and result.phase == "test"
    waiting = svc("fred").list_requests()
    assert [r.key for r in waiting] == [result.request]
    clock.advance(days=2)
    assert svc("ada").list_requests(mine=False)[0].age_days == 2
    done = svc("fred").approve(result.request, comment="Bra")
    assert (done.phase, done.cycle) == ("adopt", 1)
    detail = svc("ada").show_area(o1)
    assert detail.phase == "adopt" and detail.moves == [] and detail.request is None
    kinds = [e.kind for e in svc("ada").history(o1)]
    assert kinds == [
        "area.create",
        "activity.add",
        "move",
        "scope.set",
        "request.file",
        "request.approve",
        "nylage.set",
        "test.add",
        "move",
        "test.result",
        "owner.set",
        "request.file",
        "request.approve",
    ]


def test_journey_to_learn_and_a_new_cycle(svc: Svc, ws: dict[str, str]) -> None:
    o1 = ws["sok"]
    to_test_phase(svc, o1)
    svc("leo").add_lesson(o1, "Vi nådde inte de unga vi ville nå.")
    req = svc("leo").move(o1, "learn", reason="testet fungerade inte").request
    assert req is not None
    svc("fred").approve(req, comment="Viktig lärdom")
    assert svc("ada").show_area(o1).phase == "learn"
    # A new cycle starts at nyläge without the fadder, and asks for its facts anew.
    result = svc("lea").move(o1, "nylage", reason="nytt försök")
    assert (result.phase, result.cycle) == ("nylage", 2)
    detail = svc("ada").show_area(o1)
    assert {m.to: m.missing for m in detail.moves} == {"test": ["nylage", "test_hypothesis"]}
    # Earlier cycles' work stays with the area.
    assert [x.cycle for x in detail.tests] == [1] and [x.cycle for x in detail.lessons] == [1]


def test_malstyrt_needs_an_indicator(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o2 = ws["styr"]
    svc("leo").add_activity(o2, kind="enkät", residents=300)
    svc("leo").move(o2, "avgransning", reason="klart")
    svc("mia").set_scope(o2, "Ingår: nöjdhet.")
    req = svc("mia").move(o2, "nylage", reason="klart").request
    assert req is not None
    svc("frida").approve(req)
    svc("mia").set_nylage(o2, "Fler är nöjda.")
    message = refused(db, Refused, lambda: svc("mia").move(o2, "test", reason="go"))
    assert message.startswith(
        "New state (nyläge) → Test needs at least one indicator with a baseline"
    )
    assert "innovation indicator add O2" in message
    svc("mia").add_indicator(
        o2,
        name="Nöjdhet",
        unit="%",
        baseline_year=2021,
        baseline=54,
        national=39,
        target="bibehållen eller ökad",
        kolada="U00422",
    )
    assert svc("mia").move(o2, "test", reason="go").phase == "test"
    ind = svc("ada").show_area(o2).indicators[0]
    assert (ind.baseline, ind.national, ind.kolada) == (54.0, 39.0, "U00422")


def test_missing_requirement_says_what_to_do(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    message = refused(db, Refused, lambda: svc("lea").move(o1, "avgransning", reason="x"))
    assert message.startswith(
        "Current state (nuläge) → Scope (avgränsning) needs at least one co-creation"
    )
    assert "innovation activity add O1" in message
    svc("lea").add_activity(o1, kind="workshop", staff=3)
    svc("lea").move(o1, "avgransning", reason="x")
    message = refused(db, Refused, lambda: svc("lea").move(o1, "nylage", reason="x"))
    assert message == (
        "Scope (avgränsning) → New state (nyläge) needs a scope statement (what is in, what "
        "is out): "
        'innovation scope set O1 "…"'
    )


def test_move_not_in_flow(svc: Svc, ws: dict[str, str], db: Database) -> None:
    message = refused(db, Refused, lambda: svc("lea").move(ws["sok"], "adopt", reason="x"))
    assert "cannot go from Current state (nuläge) to Adopt in the flow goal-seeking" in message
    assert "open now: Scope (avgränsning)." in message
    message = refused(db, Refused, lambda: svc("lea").move(ws["sok"], "nulage", reason="x"))
    assert message == (
        f"{ws['sok']} is already in Current state (nuläge). Moves open now: Scope (avgränsning)."
    )
    message = refused(db, Invalid, lambda: svc("lea").move(ws["sok"], "heaven", reason="x"))
    assert "'heaven' is not in the flow goal-seeking (målsökande): choose from Current" in message
    # The phases are named as the person reads them, and each name works as the move's word.
    message = refused(db, Refused, lambda: svc("lea").move(ws["sok"], "Avgränsning", reason="x"))
    assert message.startswith("Current state (nuläge) → Scope (avgränsning) needs")


def test_only_leads_record_and_move(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    for who in ("mia", "fred", "ada"):
        msg = refused(db, Forbidden, lambda w=who: svc(w).add_lesson(o1, "x"))
        assert f"{who} may not change O1" in msg and "lea, leo" in msg
        refused(db, Forbidden, lambda w=who: svc(w).move(o1, "avgransning", reason="x"))


def test_four_eyes_and_fadder_only(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    svc("lea").add_activity(o1, kind="workshop", staff=3)
    svc("lea").move(o1, "avgransning", reason="x")
    svc("lea").set_scope(o1, "scope")
    req = svc("lea").move(o1, "nylage", reason="x").request
    assert req is not None
    assert "lea filed R1 and cannot decide it" in refused(
        db, Forbidden, lambda: svc("lea").approve(req)
    )
    assert "leo leads O1 and cannot decide R1 (four eyes)" in refused(
        db, Forbidden, lambda: svc("leo").approve(req)
    )
    for who in ("leo", "frida", "ada"):
        msg = refused(db, Forbidden, lambda w=who: svc(w).approve(req))
        assert who == "leo" or f"{who} may not decide R1: the area's fadder, fred" in msg
        refused(db, Forbidden, lambda w=who: svc(w).reject(req, comment="no"))
    # One request at a time; moves wait for the decision.
    msg = refused(db, Refused, lambda: svc("leo").move(o1, "nylage", reason="again"))
    assert "already has an open request, R1" in msg
    svc("fred").reject(req, comment="Gör om avgränsningen")
    assert svc("ada").show_area(o1).phase == "avgransning"
    msg = refused(db, Refused, lambda: svc("fred").approve(req))
    assert msg.startswith("R1 was already rejected by fred at 2024-05-01T09:00")
    assert svc("lea").move(o1, "nylage", reason="bättre nu").request == "R2"


def test_reject_needs_a_comment(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    svc("lea").add_activity(o1, kind="workshop", staff=3)
    svc("lea").move(o1, "avgransning", reason="x")
    svc("lea").set_scope(o1, "scope")
    req = svc("lea").move(o1, "nylage", reason="x").request
    assert req is not None
    assert "The comment must not be empty" in refused(
        db, Invalid, lambda: svc("fred").reject(req, comment="  ")
    )


def test_area_people_rules(svc: Svc, ws: dict[str, str], db: Database) -> None:
    def create(fadder: str, leads: list[str]) -> Callable[[], str]:
        return lambda: svc("ada").create_area(
            "Hur kan vi?", track="malsokande", fadder=fadder, ledartrojor=leads
        )

    assert "both cannot be both fadder and ledartröja" in refused(
        db, Refused, create("both", ["both", "lea"])
    )
    assert "two different ledartröjor" in refused(db, Invalid, create("fred", ["lea", "lea"]))
    assert "two different ledartröjor" in refused(db, Invalid, create("fred", ["lea"]))
    assert "lea does not hold the role fadder" in refused(
        db, Refused, create("lea", ["leo", "mia"])
    )
    assert "fred does not hold the role ledartröja" in refused(
        db, Refused, create("frida", ["fred", "mia"])
    )
    assert "no person with the username 'ghost'" in refused(
        db, NotFound, create("fred", ["ghost", "mia"])
    )
    assert "lea may not create areas" in refused(
        db,
        Forbidden,
        lambda: svc("lea").create_area(
            "Q?", track="malsokande", fadder="fred", ledartrojor=["leo", "mia"]
        ),
    )
    assert "Unknown track 'x'" in refused(
        db,
        Invalid,
        lambda: svc("ada").create_area("Q?", track="x", fadder="fred", ledartrojor=["leo", "mia"]),
    )


def test_people_rules(svc: Svc, db: Database) -> None:
    msg = refused(db, Refused, lambda: svc("x").add_person("x", name="X", roles=["fadder"]))
    assert msg == "The first person in a workspace must be an admin: add --role admin."
    assert "no people yet" in refused(db, Refused, lambda: svc("x").add_lesson("O1", "x"))
    svc("anyone").add_person("ada", name="Ada", roles=["admin"])
    assert "'nobody', who is not in this workspace" in refused(
        db, NotFound, lambda: svc("nobody").add_person("b", name="B", roles=["fadder"])
    )
    svc("ada").add_person("lea", name="Lea", roles=["ledartroja"])
    assert "lea may not add people" in refused(
        db, Forbidden, lambda: svc("lea").add_person("b", name="B", roles=["fadder"])
    )
    assert "already a person with the username 'lea'" in refused(
        db, Refused, lambda: svc("ada").add_person("LEA", name="L", roles=["fadder"])
    )
    assert "Unknown role 'boss'" in refused(
        db, Invalid, lambda: svc("ada").add_person("b", name="B", roles=["boss"])
    )
    assert "at least one role" in refused(
        db, Invalid, lambda: svc("ada").add_person("b", name="B", roles=[])
    )


def test_text_validation(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    assert "at most 4000" in refused(db, Invalid, lambda: svc("lea").add_lesson(o1, "x" * 4001))
    assert "control character" in refused(
        db, Invalid, lambda: svc("lea").set_scope(o1, "a\x1b[2Jb")
    )
    assert "one line" in refused(db, Invalid, lambda: svc("lea").set_owner(o1, "a\nb"))
    question = "Hur " * 200
    assert "The question is too long" in refused(
        db,
        Invalid,
        lambda: svc("ada").create_area(
            question, track="malsokande", fadder="fred", ledartrojor=["lea", "leo"]
        ),
    )


def test_activity_validation(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]

    def add(on: str | None = None, **kw: Any) -> Callable[[], str]:
        args: dict[str, Any] = {"kind": "workshop", "residents": 1, **kw}
        return lambda: svc("lea").dated(on).add_activity(o1, **args)

    assert "YYYY-MM-DD" in refused(db, Invalid, add(on="1 april"))
    assert "in the future" in refused(db, Invalid, add(on="2030-01-01"))
    assert "at least one participant" in refused(db, Invalid, add(residents=0))
    assert "between 0 and 1000000" in refused(db, Invalid, add(residents=-1))
    key = add(residents=3, managers=2, note="Bra\nmöte")()
    act = svc("ada").show_area(o1).activities[0]
    assert (act.key, act.residents, act.managers, act.note) == (key, 3, 2, "Bra\nmöte")


def test_indicator_validation(svc: Svc, ws: dict[str, str], db: Database) -> None:
    def add(**kw: Any) -> Callable[[], str]:
        args: dict[str, Any] = {
            "name": "N",
            "unit": "%",
            "baseline_year": 2021,
            "baseline": 5.0,
            "target": "10",
            **kw,
        }
        return lambda: svc("leo").add_indicator(ws["styr"], **args)

    assert "The baseline year must be a year" in refused(db, Invalid, add(baseline_year=21))
    assert "The baseline must be a number" in refused(db, Invalid, add(baseline=float("nan")))
    assert "The target must not be empty" in refused(db, Invalid, add(target=""))


def test_test_results(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    key = svc("lea").add_test(o1, hypothesis="H", measure="M")
    assert "Unknown outcome 'maybe'" in refused(
        db, Invalid, lambda: svc("lea").record_result(key, result="r", outcome="maybe")
    )
    assert "There is no test T99" in refused(
        db, NotFound, lambda: svc("lea").record_result("T99", result="r", outcome="worked")
    )
    assert "mia may not change O1" in refused(
        db, Forbidden, lambda: svc("mia").record_result(key, result="r", outcome="worked")
    )
    svc("lea").record_result(key, result="r", outcome="did-not-work")
    assert "already has a result" in refused(
        db, Refused, lambda: svc("leo").record_result(key, result="r2", outcome="worked")
    )


def test_unknown_keys(svc: Svc, ws: dict[str, str], db: Database) -> None:
    assert "There is no area O9" in refused(db, NotFound, lambda: svc("lea").add_lesson("O9", "x"))
    assert "'X1' is not a valid area key" in refused(
        db, Invalid, lambda: svc("lea").add_lesson("X1", "x")
    )
    assert "There is no request R5" in refused(db, NotFound, lambda: svc("fred").approve("R5"))
    with pytest.raises(NotFound):
        svc("ada").history("O77")


def test_every_change_has_exactly_one_event(svc: Svc, ws: dict[str, str], db: Database) -> None:
    before = len(svc("ada").history())
    to_test_phase(svc, ws["sok"])
    # activity, move, scope, request, approve, nylage, test, move
    assert len(svc("ada").history()) == before + 8


def test_statements_belong_to_their_cycle(svc: Svc, ws: dict[str, str]) -> None:
    o1 = ws["sok"]
    to_test_phase(svc, o1)
    svc("lea").add_lesson(o1, "lärdom")
    svc("fred").approve(svc("lea").move(o1, "learn", reason="x").request or "")
    svc("lea").move(o1, "avgransning", reason="ny cykel")
    moves = svc("ada").show_area(o1).moves
    assert moves[0].missing == ["scope"]


def test_board_head_reads_each_columns_first_areas_and_counts(svc: Svc, ws: dict[str, str]) -> None:
    """What the board's first screen reads (both databases): each phase's first areas in the
    board's order, each phase's count, and no merged area."""
    ada = svc("ada")
    more = [
        ada.create_area(f"Hur kan vi {i}?", track="malsokande", fadder="fred",
                        ledartrojor=["lea", "leo"])
        for i in range(4)
    ]  # fmt: skip
    to_test_phase(svc, more[0])
    new = ada.merge([more[3]], into="Hur kan vi fortsätta?", fadder="fred",
                    ledartrojor=["lea", "leo"], reason="omformulerad")  # fmt: skip
    areas = ada.list_areas()
    head, counts = ada.board_head(2)
    assert counts == {"nulage": 5, "test": 1}  # O1, O2, two more and the merged one; one
    assert counts == Counter(a.phase for a in areas)
    nulage = [a.key for a in areas if a.phase == "nulage"]
    assert [a.key for a in head] == sorted([*nulage[:2], more[0]], key=lambda k: int(k[1:]))
    assert more[3] not in {a.key for a in head} and new not in {a.key for a in head}
