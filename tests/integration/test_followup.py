"""Uppföljning: periods, the colour rules, closing and amending, and the tertial report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from innovation.domain import Forbidden, Invalid, NotFound, Refused
from innovation.reports.tertial import bounds, build, to_markdown
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke
from tests.conftest import Clock
from tests.integration.test_service import refused, to_test_phase

Svc = Callable[[str], Service]


def test_periods(svc: Svc, ws: dict[str, str], db: Database) -> None:
    assert "fred may not open or close periods" in refused(
        db, Forbidden, lambda: svc("fred").open_period("2024-T2")
    )
    svc("ada").open_period("2024-t2")
    assert "already exists" in refused(db, Refused, lambda: svc("ada").open_period("2024-T2"))
    assert "Invalid period" in refused(db, Invalid, lambda: svc("ada").open_period("2024-T9"))
    svc("ada").close_period("2024-T2")
    assert "already closed" in refused(db, Refused, lambda: svc("ada").close_period("2024-T2"))
    assert [p.status for p in svc("lea").list_periods()] == ["closed"]
    assert bounds("2024-T1")[1].isoformat() == "2024-05-01"
    assert bounds("2024-T3")[1].isoformat() == "2025-01-01"


def test_colour_rules(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    assert "has not been opened" in refused(
        db, NotFound, lambda: svc("lea").set_status(o1, period="2024-T2", color="gron")
    )
    svc("ada").open_period("2024-T2")
    assert "must state the cause and the measures taken" in refused(
        db, Invalid, lambda: svc("lea").set_status(o1, period="2024-T2", color="gul")
    )
    assert "must state the measures taken" in refused(
        db,
        Invalid,
        lambda: svc("lea").set_status(o1, period="2024-T2", color="röd", cause="Ej påbörjat"),
    )
    assert "Unknown colour 'blå'" in refused(
        db, Invalid, lambda: svc("lea").set_status(o1, period="2024-T2", color="blå")
    )
    assert "mia may not report for O1" in refused(
        db, Forbidden, lambda: svc("mia").set_status(o1, period="2024-T2", color="gron")
    )
    svc("lea").set_status(o1, period="2024-T2", color="gron")
    svc("fred").set_status(
        o1, period="2024-T2", color="gul", cause="Sen start", measures="Fler workshops"
    )
    latest = svc("ada").statuses("2024-T2")[o1]
    assert (latest.color, latest.reported_by, latest.cause) == ("gul", "fred", "Sen start")


def test_closed_periods_take_amendments_only(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    svc("ada").open_period("2024-T2")
    svc("lea").set_status(o1, period="2024-T2", color="gron")
    assert "is open: change the report with innovation status set" in refused(
        db,
        Refused,
        lambda: svc("lea").amend_status(o1, period="2024-T2", color="gron", reason="r"),
    )
    svc("ada").close_period("2024-T2")
    assert "is closed: correct it with innovation status amend O1" in refused(
        db, Refused, lambda: svc("lea").set_status(o1, period="2024-T2", color="gron")
    )
    assert "The reason must not be empty" in refused(
        db,
        Invalid,
        lambda: svc("lea").amend_status(o1, period="2024-T2", color="gron", reason=" "),
    )
    svc("lea").amend_status(
        o1,
        period="2024-T2",
        color="gul",
        cause="Fel i rapporten",
        measures="Rättat",
        reason="Färgen var fel",
    )
    latest = svc("ada").statuses("2024-T2")[o1]
    assert (latest.color, latest.amended, latest.amend_reason) == (
        "gul",
        True,
        "Färgen var fel",
    )
    kinds = [e.kind for e in svc("ada").history(o1) if e.kind.startswith("status")]
    assert kinds == ["status.set", "status.amend"]


def test_report(svc: Svc, ws: dict[str, str], clock: Clock) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    to_test_phase(svc, o1)  # moves in May 2024: tertial 2
    svc("ada").set_setting("colour_by", "area")  # each area reports its colour here
    svc("ada").open_period("2024-T2")
    svc("lea").set_status(o1, period="2024-T2", color="gron", comment="Enligt plan")
    svc("leo").add_indicator(
        o2, name="Nöjdhet", unit="%", baseline_year=2021, baseline=54, national=39, target="ökad"
    )
    report = build(svc("ada"), "2024-T2")
    s = report["summary"]
    assert s["colors"] == {"gron": 1, "gul": 0, "rod": 0, "missing": 1}
    assert (
        s["missing"] == [o2] and s["moves"] == 3 and s["tracks"] == {"malsokande": 1, "malstyrt": 1}
    )
    area = next(a for a in report["areas"] if a["key"] == o1)
    assert [m["to"] for m in area["moves"]] == ["avgransning", "nylage", "test"]
    count, head = svc("ada").head()
    assert report["audit_anchor"] == f"{count}:{head}"
    text = to_markdown(report)
    assert "# Follow-up 2024-T2" in text and "**Green**" in text and "Enligt plan" in text
    assert "Nöjdhet: 54 % (2021, national 39) → ökad" in text
    assert f"innovation audit verify --expect {count}:{head}" in text
    assert build(svc("ada"), "2024-T1")["summary"]["moves"] == 0


def test_report_lists_each_areas_work_of_the_period_in_order(
    svc: Svc, ws: dict[str, str], clock: Clock
) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    # The municipality's clock decides the tertial: 21:00 UTC on 31 August is 23:00 in
    # Tyresö, still tertial 2; two hours later it is 1 September there, tertial 3.
    clock.now = clock.now.replace(month=8, day=31, hour=21)
    before = svc("leo").add_test(o1, hypothesis="Före perioden")
    clock.advance(hours=2)
    to_test_phase(svc, o1)
    clock.advance(days=1)
    svc("leo").record_result(before, result="Det höll", outcome="worked")
    svc("lea").add_lesson(o1, "Fråga unga först")
    report = build(svc("ada"), "2024-T3")
    area = next(a for a in report["areas"] if a["key"] == o1)
    assert area["moves"] == [
        {"at": "2024-09-01", "from": "nulage", "to": "avgransning"},
        {"at": "2024-09-01", "from": "avgransning", "to": "nylage"},
        {"at": "2024-09-01", "from": "nylage", "to": "test"},
    ]
    (added,) = [t for t in area["tests"] if "hypothesis" in t]
    assert added["hypothesis"] == "Fältassistenter ökar tryggheten"
    # The test added before the period counts where its result fell.
    assert area["tests"][-1] == {"key": before, "result": "Det höll", "outcome": "worked"}
    assert area["lessons"] == ["Fråga unga först"]
    other = next(a for a in report["areas"] if a["key"] == o2)
    assert (other["moves"], other["tests"], other["lessons"]) == ([], [], [])
    assert report["summary"]["moves"] == 3 and report["summary"]["lessons"] == 1
    earlier = next(a for a in build(svc("ada"), "2024-T2")["areas"] if a["key"] == o1)
    assert earlier["tests"] == [{"key": before, "hypothesis": "Före perioden"}]


def test_report_by_cli(db_path: Path, svc: Svc, ws: dict[str, str], tmp_path: Path) -> None:
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}

    def run(user: str, *args: str) -> tuple[int, str]:
        result = invoke([*args, "--as", user], env=env)
        return result.exit_code, result.output

    assert run("ada", "period", "open", "2024-T2")[0] == 0
    code, out = run("fred", "status", "set", "O1", "--period", "2024-T2", "--color", "rod")
    assert code == 1 and "must state the cause" in out
    assert (
        run(
            "fred",
            "status",
            "set",
            "O1",
            "--period",
            "2024-T2",
            "--color",
            "rod",
            "--cause",
            "Ej startat",
            "--measures",
            "Ny ledartröja",
        )[0]
        == 0
    )
    assert json.loads(run("ada", "period", "list", "--json")[1])[0]["status"] == "open"
    code, out = run("ada", "report", "--period", "2024-T2", "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["colors"]["rod"] == 1
    target = tmp_path / "t2.md"
    assert run("ada", "report", "--period", "2024-T2", "-o", str(target))[0] == 0
    assert "Ej startat" in target.read_text()
    assert run("ada", "report", "--period", "2024-T2", "--format", "pdf")[0] == 1


def test_time_in_phase(svc: Svc, ws: dict[str, str], clock: Clock) -> None:
    o1 = ws["sok"]
    clock.advance(days=10)
    svc("lea").add_activity(o1, kind="workshop", residents=3)
    svc("lea").move(o1, "avgransning", reason="klart")
    clock.advance(days=100)
    spent = svc("ada").time_in_phase(o1)[o1]
    assert spent["nulage"] == {"days": 10, "limit": 120, "over": False}
    assert spent["avgransning"] == {"days": 100, "limit": 90, "over": True}
    report = build(svc("ada"), "2024-T2")
    assert report["summary"]["over_time"] == [o1]
    assert "Scope (avgränsning) 100 d ⚠" in to_markdown(report)


def test_flow_phase_limits_are_checked() -> None:
    from innovation.engine import FlowError, parse_flow

    text = """
[flow]
id = "x"
label = "X"
initial = "a"

[[phase]]
id = "a"
label = "A"
help = "h"
max_days = 0

[[phase]]
id = "b"
label = "B"
help = "h"
end = true

[[transition]]
trigger = "go"
source = "a"
dest = "b"
"""
    try:
        parse_flow(text)
    except FlowError as exc:
        assert "'max_days' must be a whole number" in exc.problems[0]
    else:
        raise AssertionError("a limit of 0 days must be refused")


def test_the_assignment_comes_first_in_the_report(
    svc: Svc, ws: dict[str, str], db: Database
) -> None:
    title = "Övergripande – att arbeta kommungemensamt"
    refused(db, Forbidden, lambda: svc("lea").add_assignment(title))
    svc("ada").add_assignment(title, description="Tillsammans för invånarna")
    assert "already exists" in refused(db, Refused, lambda: svc("ada").add_assignment(title))
    assert "Unknown horizon 'snart'" in refused(
        db, Invalid, lambda: svc("ada").add_assignment_indicator(title, name="x", horizon="snart")
    )
    svc("ada").add_assignment_indicator(
        title,
        name="Delaktighetsindex",
        horizon="1-2",
        start_year=2021,
        own=58,
        national=58,
        target="bland de 25 % bästa",
    )
    assert "has not been opened" in refused(
        db,
        NotFound,
        lambda: svc("ada").set_assignment_status(
            title, period="2024-T2", color="gron", comment="ok"
        ),
    )
    svc("ada").open_period("2024-T2")
    assert "must state the cause and the measures taken" in refused(
        db,
        Invalid,
        lambda: svc("ada").set_assignment_status(title, period="2024-T2", color="gul", comment="c"),
    )
    svc("ada").set_assignment_status(title, period="2024-T2", color="gron", comment="Enligt plan")
    report = build(svc("ada"), "2024-T2")
    assert report["assignments"][0]["status"]["color"] == "gron"
    text = to_markdown(report)
    assert text.index("Political assignment") < text.index("## Summary")
    assert "| Delaktighetsindex | 58 % (2021) | 58 % | – |" in text


def test_html_report_is_one_self_contained_file(svc: Svc, ws: dict[str, str]) -> None:
    from innovation.reports.html import to_html

    svc("ada").create_area(
        "Hur kan vi <script>alert(1)</script> & [bold]lyssna[/bold]?",
        track="malsokande",
        fadder="fred",
        ledartrojor=["lea", "leo"],
    )
    svc("ada").open_period("2024-T2")
    svc("lea").set_status("O1", period="2024-T2", color="gul", cause="Sen <start>", measures="Mer")
    page = to_html(build(svc("ada"), "2024-T2"))
    assert page.startswith("<!doctype html>") and page.count("<svg") == 3
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in page
    assert "Sen &lt;start&gt;" in page and "[bold]lyssna[/bold]" in page
    # Nothing is fetched from elsewhere: no external scripts, styles, fonts or images.
    assert "src=" not in page and "<link" not in page and "@import" not in page
