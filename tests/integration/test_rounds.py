"""Rounds, merges, hand-overs and partners: the areas' life beyond one flow."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from innovation.domain import Forbidden, Invalid, NotFound, Refused
from innovation.reports.tertial import build, current_period, to_markdown
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke
from tests.conftest import Clock
from tests.integration.test_service import refused

Svc = Callable[[str], Service]


def in_nylage(svc: Svc, area: str) -> str:
    """Takes a målsökande area to avgränsning and files the request for nyläge (left open)."""
    lead = svc("ada").show_area(area).ledartrojor[0]
    svc(lead).add_activity(area, kind="workshop", residents=3)
    svc(lead).move(area, "avgransning", reason="klart")
    svc(lead).set_scope(area, "Ingår: unga")
    return svc(lead).move(area, "nylage", reason="klart").request or ""


def test_rounds(svc: Svc, ws: dict[str, str], db: Database) -> None:
    svc("ada").add_round("2023", year=2023, description="Omgång 1")
    assert "already exists" in refused(db, Refused, lambda: svc("ada").add_round("2023", year=2023))
    refused(db, Forbidden, lambda: svc("lea").add_round("2025", year=2025))
    key = svc("ada").create_area(
        "Hur nu?", track="malsokande", fadder="fred", ledartrojor=["lea", "mia"], round="2023"
    )
    assert "innovation round add '2030' --year YYYY" in refused(
        db,
        NotFound,
        lambda: svc("ada").create_area(
            "Hur?", track="malsokande", fadder="fred", ledartrojor=["lea", "mia"], round="2030"
        ),
    )
    [r] = svc("ada").list_rounds()
    assert (r.name, r.year, r.areas, r.phases) == ("2023", 2023, [key], {"nulage": 1})
    assert [a.key for a in svc("ada").list_areas(round="2023")] == [key]


def test_merge_carries_history_and_withdraws_requests(
    svc: Svc, ws: dict[str, str], db: Database, clock: Clock
) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    request = in_nylage(svc, o1)
    svc("leo").add_lesson(o1, "Unga vill bli tillfrågade")
    svc("mia").add_activity(o2, kind="enkät", residents=40)
    preview = svc("ada").merge_preview([o1, o2], "malsokande")
    assert [s.request for s in preview.sources] == [request, None]
    assert preview.phases == ["nulage"] and preview.problems == []
    assert preview.sources[0].counts["lesson"] == 1
    # The new area may start at most as far as the least advanced source (O2: nuläge).
    assert "at most as far as the least advanced source (nulage)" in refused(
        db,
        Refused,
        lambda: svc("ada").merge(
            [o1, o2],
            into="Hur kan vi göra det enkelt att mäta?",
            fadder="frida",
            ledartrojor=["lea", "mia"],
            reason="samma fråga",
            phase="avgransning",
        ),
    )
    # Four eyes: the fadder cannot lead it.
    assert "both fadder and ledartröja" in refused(
        db,
        Refused,
        lambda: svc("ada").merge(
            [o1, o2], into="Hur?", fadder="lea", ledartrojor=["lea", "mia"], reason="r"
        ),
    )
    refused(
        db,
        Forbidden,
        lambda: svc("lea").merge(
            [o1, o2], into="Hur?", fadder="frida", ledartrojor=["lea", "mia"], reason="r"
        ),
    )
    clock.advance(days=1)
    new = svc("ada").merge(
        [o1, o2],
        into="Hur kan vi göra det enkelt att mäta?",
        fadder="frida",
        ledartrojor=["lea", "mia"],
        reason="Samma invånare, samma fråga",
    )
    detail = svc("ada").show_area(new)
    assert (detail.phase, detail.track, detail.merged_from) == ("nulage", "malsokande", [o1, o2])
    source = svc("ada").show_area(o1)
    assert source.merged_into == new and [x.text for x in source.lessons] == [
        "Unga vill bli tillfrågade"
    ]
    assert svc("ada").show_area(o1).request is None
    [withdrawn] = svc("ada").list_requests(mine=False, status="withdrawn")
    assert withdrawn.key == request and withdrawn.comment == "Samma invånare, samma fråga"
    event = next(e for e in svc("ada").history(o1) if e.kind == "request.withdraw")
    assert event.after["merged_into"] == new
    assert withdrawn.decided_by == "ada"
    history = svc("ada").history(new)
    assert history[0].kind == "area.merge" and history[0].after["sources"] == [o1, o2]
    assert [a.key for a in svc("ada").list_areas()] == [new]
    assert {a.key for a in svc("ada").list_areas(merged=True)} == {o1, o2, new}
    # A merged area has ended: nothing is added to it, and it cannot be merged again.
    assert f"has been merged into {new}" in refused(
        db, Refused, lambda: svc("leo").add_lesson(o1, "sent")
    )
    assert f"has been merged into {new}" in refused(
        db, Refused, lambda: svc("leo").move(o1, "avgransning", reason="r")
    )
    assert f"{o1} is already merged into {new}" in refused(
        db,
        Refused,
        lambda: svc("ada").merge(
            [o1], into="Hur?", fadder="fred", ledartrojor=["lea", "leo"], reason="igen"
        ),
    )
    _, differences, _ = svc("ada").replay()
    assert differences == [] and svc("ada").verify().ok
    # Time in phase stops for the sources.
    assert svc("ada").time_in_phase(o2)[o2]["nulage"]["days"] == 1


def test_merge_refuses_ended_areas(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    request = in_nylage(svc, o1)
    svc("fred").kill(request, comment="Vi slutar")
    assert f"{o1} has ended (learn)" in refused(
        db,
        Refused,
        lambda: svc("ada").merge(
            [o1, o2], into="Hur?", fadder="frida", ledartrojor=["lea", "mia"], reason="r"
        ),
    )
    assert "Name the areas" in refused(
        db,
        Invalid,
        lambda: svc("ada").merge(
            [o2, o2], into="Hur?", fadder="frida", ledartrojor=["lea", "mia"], reason="r"
        ),
    )


def test_handover_and_its_note(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1 = ws["sok"]
    refused(
        db,
        Forbidden,
        lambda: svc("lea").handover(o1, outgoing="lea", incoming="mia", reason="ny omgång"),
    )
    assert "mia is not a ledartröja" in refused(
        db,
        Refused,
        lambda: svc("ada").handover(o1, outgoing="mia", incoming="both", reason="r"),
    )
    assert "both fadder and ledartröja" in refused(
        db,
        Refused,
        lambda: svc("ada").handover(o1, outgoing="lea", incoming="fred", reason="r"),
    )
    svc("ada").handover(o1, outgoing="lea", incoming="mia", reason="Lea går till omgång 2")
    assert svc("ada").show_area(o1).ledartrojor == ["mia", "leo"]
    # Only the outgoing one writes the note; the incoming one sees it, then it is read.
    refused(db, Forbidden, lambda: svc("leo").handover_note(o1, "psst"))
    svc("lea").handover_note(o1, "Ring föreningen först. [bold]Viktigt[/bold]")
    [note] = svc("mia").unread_handover_notes(o1)
    assert note.note == "Ring föreningen först. [bold]Viktigt[/bold]"
    assert svc("leo").unread_handover_notes(o1) == []
    assert svc("mia").handover_seen(o1) == 1
    assert svc("mia").unread_handover_notes(o1) == []
    assert "already read by mia" in refused(
        db, Refused, lambda: svc("lea").handover_note(o1, "en sak till")
    )
    # Lea's page shows both stints: led O1 until the hand-over.
    page = svc("ada").person_page("lea")
    [stint] = page.stints
    assert (stint.area, stint.role, stint.ended_by) == (o1, "ledartroja", "area.handover")
    assert svc("ada").person_page("mia").stints[-1].until is None
    _, differences, _ = svc("ada").replay()
    assert differences == []


def test_partners_counted_per_period(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o1, o2 = ws["sok"], ws["styr"]
    p1 = svc("lea").add_partner("Föreningen Gemenskap", kind="civilsamhälle")
    p2 = svc("ada").add_partner("Lokala Bygg AB", kind="business")
    assert "already exists as P1" in refused(
        db, Refused, lambda: svc("leo").add_partner("föreningen gemenskap", kind="civil")
    )
    refused(db, Forbidden, lambda: svc("fred").add_partner("X", kind="civil"))
    assert "Unknown form of collaboration 'contract'" in refused(
        db, Invalid, lambda: svc("lea").link_partner(o1, p1, form="contract", since="2024-05-01")
    )
    refused(db, Forbidden, lambda: svc("mia").link_partner(o1, p1, form="iop", since="2024-05-01"))
    c1 = svc("lea").link_partner(o1, p1, form="iop", since="2024-05-10", note="IOP om läxhjälp")
    svc("mia").link_partner(o2, p2, form="avtal", since="2024-01-15", until="2024-03-31")
    svc("ada").link_partner(o2, p1, form="informal", since="2024-06-01")
    assert "before the start date" in refused(
        db, Invalid, lambda: svc("lea").end_collaboration(c1, until="2024-05-01")
    )
    svc("lea").end_collaboration(c1, until="2024-12-31")
    svc("ada").open_period("2024-T2")
    report = build(svc("ada"), "2024-T2")
    assert report["summary"]["collaborations"] == {
        "total": 2,
        "by_form": {"iop": 1, "informal": 1},
        "previous_period": 1,
    }
    area = next(a for a in report["areas"] if a["key"] == o1)
    assert [c["name"] for c in area["collaborations"]] == ["Föreningen Gemenskap"]
    text = to_markdown(report)
    assert "Collaborations with actors outside the municipality in the period: 2" in text
    assert "Collaboration: Föreningen Gemenskap (IOP, 2024-05-10–2024-12-31)" in text
    assert [p.collaborations for p in svc("ada").list_partners()] == [2, 1]


def test_commands(db_path: Path, svc: Svc, ws: dict[str, str]) -> None:
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}

    def run(*args: str, user: str = "ada") -> tuple[int, str]:
        result = invoke([*args, "--as", user], env=env)
        return result.exit_code, result.output

    assert run("round", "add", "2024", "--year", "2024")[0] == 0
    code, out = run("area", "merge", ws["sok"], ws["styr"], "--preview", "--track", "malsokande")
    assert code == 0 and "may start in: nulage" in out
    code, out = run("area", "merge", ws["sok"], ws["styr"], "--into", "Hur?")
    assert code == 1 and "Give --fadder, --reason" in out
    code, out = run(
        "area",
        "merge",
        ws["sok"],
        ws["styr"],
        "--into",
        "Hur kan vi?",
        "--fadder",
        "frida",
        "--ledartroja",
        "lea",
        "--ledartroja",
        "mia",
        "--reason",
        "samma",
        "--round",
        "2024",
    )
    assert code == 0 and "O3" in out
    code, out = run("area", "list", "--all", "--json")
    assert {a["key"]: a["merged_into"] for a in json.loads(out)} == {
        "O1": "O3",
        "O2": "O3",
        "O3": None,
    }
    assert run("area", "handover", "O3", "--from", "lea", "--to", "leo", "--reason", "ny")[0] == 0
    assert run("area", "handover-note", "O3", "--note", "Läs protokollet", user="lea")[0] == 0
    code, out = run("area", "show", "O3", user="leo")
    assert "unread hand-over note: innovation area handover-read O3" in out
    code, out = run("area", "handover-read", "O3", user="leo")
    assert code == 0 and "Läs protokollet" in out
    code, out = run("person", "show", "lea")
    assert code == 0 and "handed over" in out and "merged" in out
    assert run("partner", "add", "Region Stockholm", "--kind", "region")[0] == 0
    code, out = run("partner", "link", "O3", "P1", "--form", "agreement", "--since", "2024-05-01")
    assert code == 0 and "C1" in out
    code, out = run("partner", "collaborations", "O3")
    assert "Region Stockholm" in out and "agreement" in out
    # The commands ran today: today's period has the merged area (an earlier one, none yet).
    now = current_period()
    code, out = run("report", "--period", now, "--round", "2024", "--format", "json")
    assert [a["key"] for a in json.loads(out)["areas"]] == ["O3"]
    code, out = run("report", "--period", "2024-T2", "--round", "2024", "--format", "json")
    assert json.loads(out)["areas"] == []
    code, out = run("report", "--period", now, "--round", "1999")
    assert code == 1 and "There is no round '1999'" in out
