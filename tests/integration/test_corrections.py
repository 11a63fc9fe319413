"""Corrections: every mistake can be put right, as an event with its reason; a closed period's
report takes a correction only as a new revision."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from innovation.domain import Forbidden, Invalid, Refused
from innovation.reports.tertial import build
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import Clock, assert_refused_cleanly, dump

Svc = Callable[[str], Service]


def refused(
    db: Database, kind: type[Exception], action: Callable[[], object], denied: bool = False
) -> str:
    before = dump(db)
    with pytest.raises(kind) as caught:
        action()
    assert_refused_cleanly(db, before, denied=denied)
    return str(caught.value)


def test_every_correction_is_an_event_with_old_new_and_why(
    svc: Svc, ws: dict[str, str], db: Database
) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    svc("lea").reword(o1, "Hur kan vi göra det enklare för invånarna?", reason="Stavfel")
    event = svc("ada").history(o1)[-1]
    assert (event.kind, event.before, event.after, event.reason) == (
        "area.reword",
        {"question": "Hur kan vi göra det enklare?"},
        {"question": "Hur kan vi göra det enklare för invånarna?"},
        "Stavfel",
    )
    assert (
        "already reads so"
        in refused(
            db,
            Refused,
            lambda: svc("lea").reword(
                o1, "Hur kan vi göra det enklare för invånarna?", reason="r"
            ),  # fmt: skip
        ).lower()
    )
    assert "may not correct" in refused(
        db, Forbidden, lambda: svc("fred").reword(o1, "Hur?", reason="r"), denied=True
    )
    svc("lea").rename_person("lea", name="Lea Lindgren", reason="Gifte sig")
    assert svc("ada").person_names()["lea"] == "Lea Lindgren"
    assert "may not change" in refused(
        db, Forbidden, lambda: svc("leo").rename_person("lea", name="X", reason="r"), denied=True
    )
    i1 = svc("leo").add_indicator(
        o2, name="Nöjdhet", unit="%", baseline_year=2021, baseline=45, target="60"
    )
    # A typo in the start value is corrected even once the scope gate has frozen it.
    svc("leo").correct_indicator(i1, baseline=54, reason="Skrev 45 i stället för 54")
    assert svc("ada").show_area(o2).indicators[0].baseline == 54
    p1 = svc("lea").add_partner("Röda korset", kind="civil")
    c1 = svc("lea").link_partner(o1, p1, form="informal", since="2024-04-01")
    svc("lea").correct_collaboration(c1, form="iop", reason="Det är ett IOP")
    assert svc("ada").collaborations(o1)[0].form == "iop"
    assert "before" in refused(
        db,
        Invalid,
        lambda: svc("lea").correct_collaboration(c1, until="2024-01-01", reason="r"),
    )
    svc("ada").add_assignment("Uppdrag", description="Text")
    svc("ada").edit_assignment("Uppdrag", description="Rätt text", reason="Fel version")
    assert svc("ada").assignments()[0].description == "Rätt text"


def test_a_correction_reaches_a_closed_report_only_as_a_revision(
    svc: Svc, ws: dict[str, str], clock: Clock, db: Database
) -> None:
    o1 = ws["sok"]
    svc("ada").add_assignment("Uppdrag")
    svc("ada").open_period("2024-T2")
    svc("ada").set_assignment_status("Uppdrag", period="2024-T2", color="gron", comment="Bra")
    clock.advance(days=130)
    svc("ada").close_period("2024-T2")
    delivered = build(svc("ada"), "2024-T2")
    svc("lea").reword(o1, "Hur kan vi göra det mycket enklare?", reason="Tydligare")
    assert build(svc("ada"), "2024-T2") == delivered
    svc("ada").open_period("2024-T3")
    assert "is not closed" in refused(
        db, Refused, lambda: svc("lea").reword(o1, "Hur?", reason="r", period="2024-T3")
    )
    svc("lea").reword(o1, "Hur kan vi göra det enklast?", reason="Rättelse", period="2024-T2")
    revised = build(svc("ada"), "2024-T2")
    area = next(a for a in revised["areas"] if a["key"] == o1)
    assert area["question"] == "Hur kan vi göra det enklast?" and revised["revision"] == 2
    svc("ada").amend_assignment_status(
        "Uppdrag", period="2024-T2", color="gul", comment="Försenat", cause="c", measures="m",
        reason="Fel färg lämnades",
    )  # fmt: skip
    third = build(svc("ada"), "2024-T2")
    assert third["revision"] == 3 and third["assignments"][0]["status"]["color"] == "gul"
    assert build(svc("ada"), "2024-T2", revision=1) == delivered
    assert "is open" in refused(
        db,
        Refused,
        lambda: svc("ada").amend_assignment_status(
            "Uppdrag", period="2024-T3", color="gul", comment="c", cause="c", measures="m",
            reason="r",
        ),
    )  # fmt: skip
