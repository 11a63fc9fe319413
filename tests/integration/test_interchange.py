"""Bringing a programme in and taking it out: the seed's story entered with its real dates, all
or nothing, every bad row named, and import then export giving back the same rows."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from innovation.domain import Forbidden
from innovation.interchange import workbook
from innovation.interchange.shape import SHEETS
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke
from tests.conftest import assert_refused_cleanly, dump

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def story_rows(demo_template: Path) -> dict[str, list[dict[str, str]]]:
    db = Database(str(demo_template))
    rows = Service(db, "ada").export_rows()
    db.close()
    return rows


@pytest.fixture
def story(story_rows: dict[str, list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    """The seed's story (the demo: round 1's seven areas of 2023, the merges of April 2024,
    round 2) as rows of the import's shape; each test may change its own copy."""
    return copy.deepcopy(story_rows)


def as_rows(found: dict[str, list[dict[str, str]]]) -> workbook.Rows:
    return {
        name: [workbook.Row(name, n, values) for n, values in enumerate(rows, start=2)]
        for name, rows in found.items()
    }


def test_the_seeds_story_comes_in_with_its_real_dates_and_goes_out_the_same(
    db: Database, story: dict[str, list[dict[str, str]]]
) -> None:
    svc = Service(db, "ada", clock=clock)
    result = svc.import_rows(as_rows(story), source="story.xlsx", digest="0" * 64)
    assert result.problems == [] and result.written
    assert result.done["Områden"] == 14 and result.done["Steg"] > 30
    # Recorded today, dated the day it happened.
    first_move = next(e for e in svc.audit_list(kind="move"))
    assert first_move.on.startswith("2023") and first_move.at.startswith("2026-11-27")
    assert svc.as_of("2023-06-30").show_area("O1").phase == "avgransning"
    assert [a.key for a in svc.as_of("2023-03-01").list_areas()] == [f"O{i}" for i in range(1, 8)]
    # The closed period reads as it did at its end, even though it was brought in today.
    report = svc.report("2024-T2")
    assert report["as_of"] == "2024-08-31" and report["revision"] == 1
    # What comes out is what went in, row for row.
    assert svc.export_rows() == story
    events = svc.audit_list()
    assert events[0].kind == "import.run" and events[0].actor == "ada"


def test_every_bad_row_is_named_and_nothing_is_written(
    db: Database, story: dict[str, list[dict[str, str]]]
) -> None:
    svc = Service(db, "ada", clock=clock)
    broken = {name: [dict(r) for r in rows] for name, rows in story.items()}
    broken["Aktiviteter"][2]["datum"] = "den tredje"
    broken["Aktiviteter"][3]["invånare"] = "många"
    broken["Steg"][0]["steg"] = "hoppa"
    broken["Områden"][1]["spår"] = "sidospår"
    broken["Färger"][0]["färg"] = "lila"
    before = dump(db)
    result = svc.import_rows(as_rows(broken), source="broken.xlsx", digest="1" * 64)
    assert not result.written
    where = {(p.sheet, p.row, p.column) for p in result.problems}
    assert ("Aktiviteter", 4, "datum") in where and ("Aktiviteter", 5, "invånare") in where
    assert ("Steg", 2, "steg") in where
    why = {p.why for p in result.problems}
    assert any("YYYY-MM-DD" in w for w in why) and any("not a number" in w for w in why)
    assert_refused_cleanly(db, before, denied=False)
    # The value problems are found first; once they are fixed, the commands' own refusals
    # are reported the same way (the track, the colour), and still nothing is written.
    for row in (broken["Aktiviteter"][2], broken["Aktiviteter"][3], broken["Steg"][0]):
        row.update(story_row(story, row))
    before = dump(db)
    result = svc.import_rows(as_rows(broken), source="broken.xlsx", digest="1" * 64)
    problems = {(p.sheet, p.row): p for p in result.problems}
    assert "sidospår" in problems[("Områden", 3)].why and problems[("Områden", 3)].column == "spår"
    assert "lila" in problems[("Färger", 2)].why
    assert_refused_cleanly(db, before, denied=False)


def story_row(story: dict[str, list[dict[str, str]]], row: dict[str, str]) -> dict[str, str]:
    for rows in story.values():
        for original in rows:
            if set(original) == set(row) and sum(original[k] != row[k] for k in row) == 1:
                return original
    raise AssertionError(row)


def test_a_dry_run_writes_nothing(db: Database, story: dict[str, list[dict[str, str]]]) -> None:
    before = dump(db)
    result = Service(db, "ada", clock=clock).import_rows(
        as_rows(story), source="story.xlsx", digest="0" * 64, dry_run=True
    )
    assert result.problems == [] and not result.written and result.done["Steg"] > 30
    assert_refused_cleanly(db, before, denied=False)


def test_only_an_admin_imports(db: Database, story: dict[str, list[dict[str, str]]]) -> None:
    svc = Service(db, "ada", clock=clock)
    svc.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    svc.add_person("fia", name="Fia", roles=["facilitator"])
    with pytest.raises(Forbidden, match="may not import"):
        Service(db, "fia", clock=clock).import_rows(as_rows(story), source="s", digest="0")


def test_import_and_export_by_cli(db_path: Path, tmp_path: Path, story: dict[str, Any]) -> None:
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en", "INNOVATION_USER": "ada"}

    def run(*args: str) -> tuple[int, str]:
        result = invoke(list(args), env=env)
        return result.exit_code, result.output

    template = tmp_path / "mall.xlsx"
    assert run("import", "--template", str(template))[0] == 0
    book = load_workbook(template)
    assert [ws.title for ws in book.worksheets] == ["Läs mig", *(s.name for s in SHEETS)]
    filled = tmp_path / "story.xlsx"
    workbook.write(filled, story)
    code, out = run("import", str(filled), "--dry-run")
    assert code == 0 and "Dry run" in out
    code, out = run("import", str(filled))
    assert code == 0 and "Imported" in out
    exported = tmp_path / "out.xlsx"
    assert run("export", "--format", "xlsx", "-o", str(exported))[0] == 0
    assert _cells(exported) == _cells(filled)
    folder = tmp_path / "csv"
    assert run("export", "--format", "csv", "-o", str(folder))[0] == 0
    rows, problems = workbook.read(folder)
    assert problems == []
    assert {k: [_filled(r.values) for r in v] for k, v in rows.items()} == {
        k: [_filled(r) for r in v] for k, v in story.items()
    }
    bad = tmp_path / "bad.xlsx"
    workbook.write(bad, {"Aktiviteter": [{"område": "O1", "datum": "igår", "typ": "x", "av": "a"}]})
    code, out = run("import", str(bad))
    assert code == 1 and "Aktiviteter · row 2 · datum" in out and "Nothing was imported" in out


def _filled(row: dict[str, str]) -> dict[str, str]:
    return {c: v for c, v in row.items() if v}


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path)
    return {
        ws.title: list(ws.iter_rows(values_only=True))
        for ws in book.worksheets
        if ws.title != "Läs mig"
    }


Svc = Callable[[str], Service]
