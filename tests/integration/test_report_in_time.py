"""A period's report is the world at the period's end; a closed period's report never changes,
and an amendment makes a new revision that says what changed, by whom and why."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from innovation.domain import NotFound, Refused
from innovation.i18n import set_language
from innovation.reports.html import to_html
from innovation.reports.tertial import build, to_markdown
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import Clock

Svc = Callable[[str], Service]


def renderings(svc: Service, period: str, revision: int | None = None) -> dict[str, str]:
    """Every format of a period's report, in both languages."""
    found = {}
    for lang in ("sv", "en"):
        set_language(lang)
        data = build(svc, period, revision=revision)
        found[f"md-{lang}"] = to_markdown(data)
        found[f"html-{lang}"] = to_html(data)
        found[f"json-{lang}"] = json.dumps(data, ensure_ascii=False, indent=2)
    set_language("en")
    return found


def test_a_closed_period_reads_the_same_whatever_happens_later(
    svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    svc("ada").open_period("2024-T2")
    svc("lea").add_activity(o1, kind="workshop", residents=12)
    svc("lea").move(o1, "avgransning", reason="Nuläget klart")
    svc("lea").set_status(o1, period="2024-T2", color="gul", cause="Sent", measures="Mer tid")
    clock.advance(days=60)
    svc("mia").add_activity(o2, kind="enkät", residents=50)
    svc("leo").set_status(o2, period="2024-T2", color="gron")
    clock.advance(days=70)  # 2024-09-08: T2 has ended
    svc("ada").close_period("2024-T2")
    frozen = renderings(svc("ada"), "2024-T2")
    assert "Avgränsning" in frozen["md-sv"] and '"as_of": "2024-08-31"' in frozen["json-en"]
    # Everything changes afterwards: moves, a new period's colours, another area.
    clock.advance(days=3)
    svc("lea").set_scope(o1, "Ingår: unga")
    svc("lea").move(o1, "nylage", reason="Avgränsat")
    svc("fred").approve(svc("fred").list_requests(deciding=True)[0].key)
    svc("ada").open_period("2024-T3")
    svc("lea").set_status(o1, period="2024-T3", color="rod", cause="c", measures="m")
    svc("ada").create_area("Hur nu?", track="malstyrt", fadder="frida", ledartrojor=["mia", "lea"])
    svc("ada").add_person("nya", name="Ny Person", roles=["fadder"])
    assert renderings(svc("ada"), "2024-T2") == frozen
    # An amendment makes revision 2; revision 1 stays as it was delivered.
    svc("lea").amend_status(
        o1, period="2024-T2", color="rod", cause="Sent", measures="Mer tid", reason="Fel färg"
    )
    assert renderings(svc("ada"), "2024-T2", revision=1) == frozen
    amended = build(svc("ada"), "2024-T2")
    assert amended["revision"] == 2 and amended["summary"]["colors"]["rod"] == 1
    revisions = svc("ada").report_revisions("2024-T2")
    assert [(r.revision, r.by, r.reason) for r in revisions] == [
        (1, "ada", None),
        (2, "lea", "Fel färg"),
    ]
    paths = {c["path"]: (c["before"], c["after"]) for c in revisions[1].changes}
    assert paths["areas[O1].status.color"] == ("gul", "rod")
    assert paths["summary.colors.rod"] == (0, 1)
    assert renderings(svc("ada"), "2024-T2", revision=2) == renderings(svc("ada"), "2024-T2")
    with pytest.raises(NotFound):
        build(svc("ada"), "2024-T2", revision=3)


def test_work_dated_in_a_closed_period_is_an_amendment(
    svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    o1 = ws["sok"]
    svc("ada").open_period("2024-T2")
    clock.advance(days=130)
    svc("ada").close_period("2024-T2")
    before = build(svc("ada"), "2024-T2")
    svc("lea").dated("2024-08-20", amend="Workshopen kom aldrig in").add_activity(
        o1, kind="workshop", residents=9
    )
    after = build(svc("ada"), "2024-T2")
    assert (before["revision"], after["revision"]) == (1, 2)
    revision = svc("ada").report_revisions("2024-T2")[1]
    assert revision.reason == "Workshopen kom aldrig in" and revision.by == "lea"


def test_a_past_period_reads_as_at_its_end(svc: Svc, ws: dict[str, str], clock: Clock) -> None:
    """Not closed, but over: its report is the world at its last day, not today."""
    o1 = ws["sok"]
    svc("ada").open_period("2024-T2")
    svc("lea").add_activity(o1, kind="workshop", residents=3)
    svc("lea").move(o1, "avgransning", reason="r")
    svc("lea").set_scope(o1, "Ingår: x")
    svc("lea").move(o1, "nylage", reason="r")
    clock.advance(days=130)  # 2024-09-08, in T3
    request = svc("fred").list_requests(deciding=True)[0]
    svc("fred").approve(request.key)
    report = build(svc("ada"), "2024-T2")
    area = next(a for a in report["areas"] if a["key"] == o1)
    assert (report["as_of"], report["as_of_today"]) == ("2024-08-31", False)
    assert area["phase"] == "avgransning"  # reached nyläge only on 2024-09-08
    waiting = report["summary"]["requests_waiting"]
    assert [(w["key"], w["days"]) for w in waiting] == [(request.key, 122)]
    current = build(svc("ada"), "2024-T3")
    assert current["as_of_today"] and current["as_of"] == "2024-09-08"


def test_a_stored_report_changed_behind_the_programs_back_is_not_shown(
    svc: Svc, ws: dict[str, str], clock: Clock, db: Database
) -> None:
    svc("ada").open_period("2024-T2")
    clock.advance(days=130)
    svc("ada").close_period("2024-T2")
    if not db.is_sqlite:
        pytest.skip("the SQLite file is changed directly")
    import sqlite3

    assert db.file is not None
    con = sqlite3.connect(db.file)
    con.execute("DROP TRIGGER report_revision_unchanged")
    con.execute("UPDATE report_revision SET doc = replace(doc, 'gron', 'rod')")
    con.commit()
    con.close()
    with pytest.raises(Refused, match="changed outside the program"):
        build(svc("ada"), "2024-T2")


test_a_stored_report_changed_behind_the_programs_back_is_not_shown = pytest.mark.tampers(
    test_a_stored_report_changed_behind_the_programs_back_is_not_shown
)


def test_the_demos_closed_period_reads_as_at_its_end(demo_db: Path) -> None:
    db = Database(str(demo_db))
    svc = Service(db, "ada")
    report = build(svc, "2024-T2")
    end = report["as_of"]
    assert end <= "2024-09-10" and report["revision"] == 1
    for area in report["areas"]:
        day = svc.as_of(end).show_area(area["key"])
        assert area["phase"] == day.phase, area["key"]
        for move in area["moves"]:
            assert move["at"] <= end
    # Nothing in it happened after its end, in any area: every move, test and lesson it lists
    # is dated within the period.
    assert all(m["at"] >= "2024-05-01" for a in report["areas"] for m in a["moves"])
    db.close()


def test_as_of_refuses_the_future(svc: Svc, ws: dict[str, str], clock: Clock) -> None:
    tomorrow = (clock.now + timedelta(days=1)).date().isoformat()
    with pytest.raises(Exception, match="in the future") as caught:
        svc("ada").as_of(tomorrow)
    # A view is not a record: not told to record what happened on the day it happened.
    assert str(caught.value).endswith("the state can be shown for today or an earlier day.")


def test_a_period_that_has_not_begun_has_no_report(
    svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    """Not a report "as of today" dated the day before the period: it says when the period
    begins, and nothing is stored."""
    today = clock.now.date()
    coming = f"{today.year + 1}-T1"
    with pytest.raises(
        Refused, match=rf"{coming} has not begun: it begins on {today.year + 1}-01-01"
    ):
        svc("ada").report(coming)
    svc("ada").open_period(coming)  # opened ahead, as a facilitator may
    with pytest.raises(Refused, match="has not begun"):
        build(svc("ada"), coming)
    clock.advance(days=(date(today.year + 1, 1, 2) - today).days)
    assert build(svc("ada"), coming)["period"] == coming
