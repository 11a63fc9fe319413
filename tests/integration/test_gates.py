"""The fadder's four decisions, withdrawal, staleness, delegation, reassignment, annotations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from innovation.domain import Forbidden, Invalid, Refused
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke
from tests.conftest import Clock
from tests.integration.test_service import refused

Svc = Callable[[str], Service]


def at_gate(svc: Svc, area: str = "O1") -> str:
    """O1 in avgränsning with a request to nyläge, filed by lea."""
    svc("lea").add_activity(area, kind="workshop", residents=5)
    svc("lea").move(area, "avgransning", reason="nuläget klart")
    svc("lea").set_scope(area, "In: unga")
    req = svc("lea").move(area, "nylage", reason="avgränsat").request
    assert req is not None
    return req


def test_recycle_stays_or_goes_back(svc: Svc, ws: dict[str, str], db: Database) -> None:
    req = at_gate(svc)
    msg = refused(db, Invalid, lambda: svc("fred").reject(req, comment="x", back_to="test"))
    assert "'test' does not come before avgransning" in msg and "choose nulage" in msg
    result = svc("fred").reject(req, comment="Prata med fler invånare", back_to="nulage")
    assert (result.phase, result.cycle) == ("nulage", 1)
    detail = svc("ada").show_area("O1")
    assert detail.phase == "nulage" and detail.request is None
    event = svc("ada").history("O1")[-1]
    assert event.kind == "request.reject" and event.after["phase"] == "nulage"
    assert event.reason == "Prata med fler invånare"
    # Without --back-to the area stays; the lead may ask again.
    svc("lea").move("O1", "avgransning", reason="igen")
    req2 = svc("lea").move("O1", "nylage", reason="igen").request
    assert req2 is not None
    assert svc("fred").reject(req2, comment="Inte än").phase == "avgransning"


def test_hold_and_resume(svc: Svc, ws: dict[str, str], db: Database, clock: Clock) -> None:
    req = at_gate(svc)
    assert "The tertial 2024-T1 has already passed (it is now 2024-T2)" in refused(
        db, Invalid, lambda: svc("fred").hold(req, until="2024-T1", comment="x")
    )
    assert "Invalid period '2025-T4'" in refused(
        db, Invalid, lambda: svc("fred").hold(req, until="2025-T4", comment="x")
    )
    assert "The comment must not be empty" in refused(
        db, Invalid, lambda: svc("fred").hold(req, until="2025-T1", comment="")
    )
    svc("fred").hold(req, until="2025-t1", comment="Budgeten är slut i år")
    detail = svc("ada").show_area("O1")
    assert detail.hold is not None and detail.hold.until == "2025-T1"
    assert detail.hold.reason == "Budgeten är slut i år" and detail.phase == "avgransning"
    assert svc("ada").list_areas()[0].hold_until == "2025-T1"
    msg = refused(db, Refused, lambda: svc("lea").move("O1", "nylage", reason="nu då?"))
    assert msg == (
        "O1 is on hold (vilande) until 2025-T1: the fadder, fred, resumes it with "
        "innovation resume O1"
    )
    refused(db, Forbidden, lambda: svc("lea").resume("O1"))
    clock.advance(days=200)
    svc("fred").resume("O1", comment="Ny budget")
    assert svc("ada").show_area("O1").hold is None
    assert "O1 is not on hold" in refused(db, Refused, lambda: svc("fred").resume("O1"))
    assert svc("lea").move("O1", "nylage", reason="igen").request == "R2"


def test_kill_ends_the_cycle_and_keeps_the_lesson(svc: Svc, ws: dict[str, str]) -> None:
    req = at_gate(svc)
    result = svc("fred").kill(req, comment="Frågan löses redan av regionen.")
    assert result.phase == "learn"
    detail = svc("ada").show_area("O1")
    assert detail.phase == "learn"
    assert [x.text for x in detail.lessons] == ["Frågan löses redan av regionen."]
    closed = svc("ada").list_requests(mine=False, status="killed")
    assert [r.key for r in closed] == [req] and closed[0].decided_by == "fred"
    # A new cycle may start from learn, as after any lesson.
    assert svc("lea").move("O1", "avgransning", reason="nytt försök").cycle == 2


def test_one_request_one_decision(svc: Svc, ws: dict[str, str], db: Database) -> None:
    req = at_gate(svc)
    svc("fred").approve(req)
    for decide in (
        lambda: svc("fred").approve(req),
        lambda: svc("fred").reject(req, comment="nej"),
        lambda: svc("fred").hold(req, until="2025-T1", comment="vänta"),
        lambda: svc("fred").kill(req, comment="stopp"),
    ):
        msg = refused(db, Refused, decide)
        assert msg.startswith("R1 was already approved by fred at 2024-05-01T09:00")


def test_withdraw(svc: Svc, ws: dict[str, str], db: Database) -> None:
    req = at_gate(svc)
    msg = refused(db, Forbidden, lambda: svc("leo").withdraw(req))
    assert "only lea, who filed it" in msg
    svc("lea").withdraw(req, reason="Vi vill prata med fler först")
    assert svc("ada").show_area("O1").request is None
    assert "R1 was already withdrawn by lea" in refused(
        db, Refused, lambda: svc("fred").approve(req)
    )
    assert svc("leo").move("O1", "nylage", reason="nu").request == "R2"


def test_stale_request_is_shown_not_deleted(svc: Svc, ws: dict[str, str]) -> None:
    req = at_gate(svc)
    assert svc("fred").list_requests()[0].stale is False
    svc("leo").set_scope("O1", "In: unga 13-19 år")
    waiting = svc("fred").list_requests()
    assert [r.key for r in waiting] == [req] and waiting[0].stale is True
    assert svc("ada").show_area("O1").request.stale is True  # type: ignore[union-attr]
    assert svc("fred").approve(req).phase == "nylage"


def test_delegation(svc: Svc, ws: dict[str, str], db: Database, clock: Clock) -> None:
    req = at_gate(svc)
    assert "cannot stand in for the fadder of O1" in refused(
        db, Refused, lambda: svc("fred").delegate("O1", to="leo", until="2024-06-01")
    )
    assert "has already passed" in refused(
        db, Invalid, lambda: svc("fred").delegate("O1", to="frida", until="2024-01-01")
    )
    refused(db, Forbidden, lambda: svc("frida").approve(req))
    svc("fred").delegate("O1", to="frida", until="2024-05-10")
    assert svc("ada").show_area("O1").delegation.delegate == "frida"  # type: ignore[union-attr]
    assert [r.key for r in svc("frida").list_requests()] == [req]
    clock.advance(days=10)  # 2024-05-11: the delegation has ended by itself
    refused(db, Forbidden, lambda: svc("frida").approve(req))
    assert svc("frida").list_requests() == []
    svc("fred").delegate("O1", to="frida", until="2024-06-30")
    result = svc("frida").approve(req, comment="Godkänt i Freds ställe")
    assert result.phase == "nylage"
    decided = svc("ada").list_requests(mine=False, status="approved")[0]
    assert (decided.decided_by, decided.on_behalf_of) == ("frida", "fred")
    assert svc("ada").history("O1")[-1].after["on_behalf_of"] == "fred"
    svc("fred").delegate("O1", to=None, until=None, revoke=True)
    assert svc("ada").show_area("O1").delegation is None
    assert "no active delegation" in refused(
        db, Refused, lambda: svc("fred").delegate("O1", to=None, until=None, revoke=True)
    )


def test_reassignment(svc: Svc, ws: dict[str, str], db: Database) -> None:
    req = at_gate(svc)
    svc("fred").delegate("O1", to="mia", until="2024-12-31")
    assert "both cannot be both fadder and ledartröja" in refused(
        db, Refused, lambda: svc("ada").assign("O1", fadder="both", ledartrojor=["both", "lea"])
    )
    assert "already has those people" in refused(
        db, Refused, lambda: svc("ada").assign("O1", fadder="fred")
    )
    svc("ada").assign("O1", fadder="frida", reason="Fred går i pension")
    # The open request follows the new fadder; the old fadder and his delegate lose it.
    refused(db, Forbidden, lambda: svc("fred").approve(req))
    refused(db, Forbidden, lambda: svc("mia").approve(req))
    assert [r.key for r in svc("frida").list_requests()] == [req]
    svc("ada").assign("O1", ledartrojor=["mia", "leo"])
    assert svc("ada").show_area("O1").ledartrojor == ["mia", "leo"]
    refused(db, Forbidden, lambda: svc("lea").add_lesson("O1", "x"))
    # lea filed the request and no longer leads; four eyes still keep her from deciding it.
    assert svc("frida").approve(req).phase == "nylage"
    kinds = [e.kind for e in svc("ada").history("O1")]
    assert kinds.count("area.assign") == 2


def test_roles(svc: Svc, ws: dict[str, str], db: Database) -> None:
    assert "fred is fadder (sponsor) of O1" in refused(
        db, Refused, lambda: svc("ada").set_roles("fred", roles=["ledartroja"])
    )
    assert "ada is the only admin" in refused(
        db, Refused, lambda: svc("ada").set_roles("ada", roles=["facilitator"])
    )
    refused(db, Forbidden, lambda: svc("lea").set_roles("lea", roles=["admin"]))
    svc("ada").set_roles("mia", roles=["ledartroja", "fadder"])
    assert [p.roles for p in svc("ada").list_people() if p.username == "mia"] == [
        ["ledartroja", "fadder"]
    ]


def test_denied_attempts_are_recorded(svc: Svc, ws: dict[str, str]) -> None:
    req = at_gate(svc)
    with pytest.raises(Forbidden):
        svc("frida").approve(req)
    event = svc("ada").audit_list(kind="denied")[-1]
    assert (event.actor, event.area, event.subject) == ("frida", "O1", req)
    assert event.after["command"] == "approve"
    assert event.after["refusal"] == "error.forbidden_decide"


def test_annotations_never_alter_the_event(svc: Svc, ws: dict[str, str], db: Database) -> None:
    at_gate(svc)
    target = svc("ada").history("O1")[-1]
    refused(db, Forbidden, lambda: svc("lea").annotate(str(target.id), note="x"))
    new_id = svc("ada").annotate(f"#{target.id}", note="Begäran diskuterades på KLG 3 maj.")
    again = next(e for e in svc("ada").history() if e.id == target.id)
    assert again == target
    notes = svc("ada").annotations(target.id)
    assert [(n.id, n.after["note"]) for n in notes] == [
        (new_id, "Begäran diskuterades på KLG 3 maj.")
    ]
    assert svc("ada").history("O1")[-1].kind == "annotation"
    assert "There is no event #999" in refused(
        db, Exception, lambda: svc("ada").annotate("999", note="x")
    )


def test_audit_list_filters(svc: Svc, ws: dict[str, str], clock: Clock) -> None:
    at_gate(svc)
    clock.advance(days=3)
    svc("fred").approve("R1")
    a = svc("ada")
    assert {e.actor for e in a.audit_list(person="fred")} == {"fred"}
    assert {e.kind for e in a.audit_list(kind="request")} == {"request.file", "request.approve"}
    assert [e.kind for e in a.audit_list(since="2024-05-02")] == ["request.approve"]
    assert "request.approve" not in [e.kind for e in a.audit_list(until="2024-05-01")]
    page = a.audit_list(newest_first=True, limit=3)
    older = a.audit_list(newest_first=True, limit=3, before_id=page[-1].id)
    assert [e.id for e in page + older] == sorted((e.id for e in page + older), reverse=True)
    assert len({e.id for e in page + older}) == 6


def test_gate_commands_by_cli(db_path: Path) -> None:
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}

    def ok(user: str, *args: str) -> str:
        result = invoke([*args, "--as", user], env=env)
        assert result.exit_code == 0, result.output
        return result.output

    ok("ada", "person", "add", "ada", "--name", "Ada", "--role", "admin", "--role", "facilitator")
    for name, role in (("lea", "ledartroja"), ("leo", "ledartroja"), ("fred", "fadder")):
        ok("ada", "person", "add", name, "--name", name.title(), "--role", role)
    ok("ada", "person", "add", "fia", "--name", "Fia", "--role", "fadder")
    ok(
        "ada", "area", "create", "Hur?", "--track", "malsokande", "--fadder", "fred",
        "--ledartroja", "lea", "--ledartroja", "leo",
    )  # fmt: skip
    ok("lea", "activity", "add", "O1", "--kind", "k", "--staff", "2")
    ok("lea", "move", "O1", "avgransning", "--reason", "r")
    ok("lea", "scope", "set", "O1", "s")
    ok("lea", "move", "O1", "nylage", "--reason", "r")
    assert "R1 is withdrawn" in ok("lea", "withdraw", "R1")
    ok("lea", "move", "O1", "nylage", "--reason", "r")
    shown = json.loads(ok("lea", "area", "show", "O1", "--json"))
    assert shown["request"]["key"] == "R2" and shown["hold"] is None
    assert "on hold (vilande) until 2099-T1" in ok(
        "fred", "hold", "R2", "--until", "2099-T1", "--comment", "inte nu"
    )
    shown = json.loads(ok("lea", "area", "show", "O1", "--json"))
    assert shown["hold"]["until"] == "2099-T1" and shown["request"] is None
    assert "O1 is resumed" in ok("fred", "resume", "O1")
    ok("lea", "move", "O1", "nylage", "--reason", "r")
    assert "fia decides on O1" in ok(
        "fred", "delegate", "O1", "--to", "fia", "--until", "2099-01-01"
    )
    assert "goes back to Current state (nuläge)" in ok(
        "fia", "reject", "R3", "--comment", "mer", "--back-to", "nulage"
    )
    ok("lea", "move", "O1", "avgransning", "--reason", "r")
    ok("lea", "move", "O1", "nylage", "--reason", "r")
    assert "comment is kept as a lesson" in ok("fred", "kill", "R4", "--comment", "stopp")
    ok("ada", "area", "assign", "O1", "--fadder", "fia")
    first = json.loads(ok("ada", "audit", "list", "--area", "O1", "--json"))[0]["id"]
    assert "Created #" in ok("ada", "annotate", str(first), "--note", "granskad")
    listed = json.loads(ok("ada", "audit", "list", "--kind", "request", "--json"))
    assert {e["kind"] for e in listed} >= {"request.hold", "request.kill", "request.withdraw"}
    text = ok("ada", "audit", "list", "--area", "O1")
    assert "decision: kill" in text and "annotation" in text
    result = invoke(["approve", "R4", "--as", "fia"], env=env)
    assert result.exit_code == 1 and "already killed by fred" in result.output
