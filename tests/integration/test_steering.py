"""The steering structure and the organisation's own work, through the service: every change
an event, refused cleanly when wrong, and (as after every test) the tables equal to the trail."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from innovation.domain import Forbidden, Invalid, NotFound, Refused
from innovation.service import Service
from innovation.store.database import Database
from tests.integration.test_service import refused

Svc = Callable[[str], Service]
TITLE = "Övergripande - att arbeta kommungemensamt"


def _assignment(svc: Svc) -> None:
    svc("ada").add_assignment(TITLE, description="Samhället förändras i snabb takt …")
    svc("ada").add_goal_area("Tyresö – en kommun som håller ihop", goals=["Fler i arbete", "Trygg"])
    svc("ada").add_assignment_indicator(
        TITLE, name="Delaktighetsindex (KKiK)", horizon="1-2", unit="%", start_year=2021,
        own=58, national=58, target="ökat",
    )  # fmt: skip


def test_the_assignment_has_its_points_state_and_areas(
    svc: Svc, ws: dict[str, str], db: Database
) -> None:
    _assignment(svc)
    svc("ada").describe_assignment(
        TITLE,
        points=["Prioritera och agera kommungemensamt", "Alltid arbeta över gränserna"],
        nulage="Medborgarnas ökade förväntningar …",
        nylage="Inom 1-2 år har kompetensen ökat …",
        goal_area="Tyresö – en kommun som håller ihop",
    )
    svc("ada").serve(ws["sok"], TITLE)
    svc("ada").serve(ws["styr"], TITLE)
    assert "already serves" in refused(db, Refused, lambda: svc("ada").serve(ws["sok"], TITLE))
    svc("ada").serve(ws["styr"], TITLE, stop=True)
    assert "lea may not" in refused(
        db, Forbidden, lambda: svc("lea").describe_assignment(TITLE, nulage="x")
    )
    assert "no goal area called Okänt" in refused(
        db, NotFound, lambda: svc("ada").describe_assignment(TITLE, goal_area="Okänt")
    )
    steering = svc("lea").steering()
    assert steering.goal_areas[0].goals == ["Fler i arbete", "Trygg"]
    (a,) = steering.assignments
    assert a.points[0] == "Prioritera och agera kommungemensamt"
    assert a.nylage and a.nylage.startswith("Inom 1-2 år") and a.areas == [ws["sok"]]
    assert a.goal_area == "Tyresö – en kommun som håller ihop"
    # An assignment's colour is asked of a period that can be; another is refused, not empty.
    assert [x.title for x in svc("ada").assignments("2024-t2")] == [TITLE]
    assert "2024-T9" in refused(db, Invalid, lambda: svc("ada").assignments("2024-T9"))


def test_assignment_indicators_have_values_and_judged_targets(
    svc: Svc, ws: dict[str, str], db: Database
) -> None:
    _assignment(svc)
    name = "Delaktighetsindex (KKiK)"
    svc("ada").judge_assignment_indicator(TITLE, name, target_kind="increase", source="kkik")
    svc("ada").measure_assignment(TITLE, name, year=2023, value=62, national=59, rank=40,
                                  ranked=290, source="kkik")  # fmt: skip
    svc("ada").measure_assignment(TITLE, name, year=2023, value=63, source="kkik")  # replaces
    assert "kind of target can be" in refused(
        db, Invalid, lambda: svc("ada").judge_assignment_indicator(TITLE, name, target_kind="x")
    )
    assert "place between 1" in refused(
        db, Invalid,
        lambda: svc("ada").measure_assignment(TITLE, name, year=2024, value=1, rank=5, ranked=3),
    )  # fmt: skip
    (row,) = svc("ada").assignments(None)
    (indicator,) = row.indicators
    assert indicator.target_kind == "increase" and indicator.source == "kkik"
    assert indicator.latest.value == 63 and indicator.latest.year == 2023
    assert indicator.verdict == "met"


def test_organisation_work_training_partners_and_settings(
    svc: Svc, ws: dict[str, str], db: Database
) -> None:
    _assignment(svc)
    key = svc("ada").plan_work("förenklingsfredag", "Förenklingsfredag med enhetschefer",
                               on="2099-09-01", assignment=TITLE)  # fmt: skip
    assert key == "V1"
    svc("ada").dated("2024-04-19").work_done(key, staff=40, managers=12)
    (work,) = svc("lea").org_work()
    assert (work.done_on, work.managers, work.assignment) == ("2024-04-19", 12, TITLE)
    svc("ada").dated("2024-04-15").add_training("lea", "mia", topic="Att leda innovation")
    assert svc("lea").trainings()[0].trainee == "mia"
    p = svc("ada").add_partner("Föreningen X", kind="civil")
    svc("ada").set_partner_status(p, "started")
    assert "status can be" in refused(db, Invalid, lambda: svc("ada").set_partner_status(p, "x"))
    svc("ada").set_setting("colour_by", "area")
    assert "assignment, area or both" in refused(
        db, Invalid, lambda: svc("ada").set_setting("colour_by", "everyone")
    )
    svc("ada").set_setting("legend.gron", "Grönt: enligt plan")
    settings = svc("lea").settings()
    assert settings["colour_by"] == "area" and settings["legend.gron"] == "Grönt: enligt plan"
    assert settings["legend.gul"] == ""  # unset: shown as the catalogue's words, in any language


def test_assignment_indicators_read_from_kolada(
    svc: Svc, ws: dict[str, str], db: Database, tmp_path: Path
) -> None:
    """An assignment indicator naming a Kolada KPI takes our yearly values, the country's
    figure and our rank from Kolada's data, and is judged "among the best quarter" by it."""
    _assignment(svc)
    name = "Delaktighetsindex (KKiK)"
    assert "Unknown direction" in refused(
        db,
        Invalid,
        lambda: svc("ada").judge_assignment_indicator(
            TITLE, name, target_kind="top_quarter", kolada="U00405", better="uppåt"
        ),
    )
    svc("ada").judge_assignment_indicator(
        TITLE, name, target_kind="top_quarter", source="kkik", kolada="U00405", better="högre"
    )
    # Judging it again without naming the KPI keeps the link.
    svc("ada").judge_assignment_indicator(TITLE, name, target_kind="top_quarter", source="kkik")
    # Tyresö (0138) and eleven others in 2023; three of them higher: the best quarter.
    others = [90, 80, 70, 50, 49, 48, 47, 46, 45, 44, 43]
    values = [("0138", 2023, 60.0), ("0000", 2023, 52.0), ("0138", 2022, 55.0)]
    values += [(f"{n:04d}", 2023, float(v)) for n, v in zip(range(114, 125), others, strict=True)]
    data = tmp_path / "kolada.json"
    data.write_text(
        json.dumps(
            {
                "values": [
                    {
                        "kpi": "U00405",
                        "municipality": m,
                        "period": y,
                        "values": [{"gender": "T", "value": v}, {"gender": "K", "value": v + 1}],
                    }
                    for m, y, v in values
                ]
            }
        )  # fmt: skip
    )
    refused(db, Forbidden, lambda: svc("lea").import_kolada(data))
    assert svc("ada").import_kolada(data) == 2
    (row,) = svc("ada").assignments(None)
    (indicator,) = row.indicators
    latest = indicator.latest
    assert (latest.year, latest.value, latest.national) == (2023, 60.0, 52.0)
    assert (latest.rank, latest.ranked) == (4, 12)
    assert latest.source == "kolada:kolada.json"
    assert indicator.verdict == "not_met"
    # The same data again records nothing; a better year does.
    assert svc("ada").import_kolada(data) == 0
    data.write_text(data.read_text().replace("60.0", "85.0"))
    assert svc("ada").import_kolada(data) == 1
    (row,) = svc("ada").assignments(None)
    assert row.indicators[0].latest.rank == 2
    assert row.indicators[0].verdict == "met"
