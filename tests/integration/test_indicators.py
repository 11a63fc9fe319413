"""Indicator values by hand and from Kolada's data format; baselines frozen at the scope gate."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from innovation.domain import Forbidden, Invalid, Refused, kolada_colour
from innovation.reports.tertial import build, to_markdown
from innovation.service import Service
from innovation.store.database import Database
from tests.cli import invoke
from tests.conftest import Clock
from tests.integration.test_service import refused

Svc = Callable[[str], Service]

KOLADA = {
    "values": [
        {
            "kpi": "U00422",
            "municipality": "0138",
            "period": 2022,
            "values": [
                {"gender": "T", "value": 56.0, "status": ""},
                {"gender": "K", "value": 58.5},
                {"gender": "M", "value": 53.1},
            ],
        },
        {
            "kpi": "U00422",
            "municipality": "0180",
            "period": 2022,
            "values": [{"gender": "T", "value": 40.0}],
        },
        {
            "kpi": "N00000",
            "municipality": "0138",
            "period": 2022,
            "values": [{"gender": "T", "value": 1}],
        },
        {
            "kpi": "U00422",
            "municipality": "0138",
            "period": 2023,
            "values": [{"gender": "T", "value": None}],
        },
    ]
}


KOLADA_OTHERS = {
    "kpi": "U00422",
    "municipality": "0114",
    "period": 2022,
    "values": [{"gender": "T", "value": 50.0}],
}
RIKET = {
    "kpi": "U00422",
    "municipality": "0000",
    "period": 2022,
    "values": [{"gender": "T", "value": 52.0}],
}


def kolada_year(values: dict[str, float]) -> dict[str, object]:
    """Kolada's data for U00422 in 2022 for the given municipalities (and riket)."""
    return {
        "values": [
            {
                "kpi": "U00422",
                "municipality": code,
                "period": 2022,
                "values": [{"gender": "T", "value": value}],
            }
            for code, value in values.items()
        ]
        + [RIKET]
    }


def indicator(svc: Svc, area: str) -> str:
    return svc("leo").add_indicator(
        area,
        name="Nöjdhet med inflytande",
        unit="%",
        baseline_year=2021,
        baseline=54,
        national=39,
        target="bibehållen eller ökad",
        kolada="U00422",
    )


def test_values_by_hand(svc: Svc, ws: dict[str, str], db: Database) -> None:
    key = indicator(svc, ws["styr"])
    svc("mia").measure(key, year=2022, value=55.5)
    svc("mia").measure(key, year=2022, value=56.0)  # corrected: the latest value counts
    svc("mia").measure(key, year=2022, value=57.0, gender="k")
    assert [(v.year, v.gender, v.value) for v in svc("ada").indicator_values(key)] == [
        (2022, "K", 57.0),
        (2022, "T", 56.0),
    ]
    assert "Unknown gender 'X'" in refused(
        db, Invalid, lambda: svc("mia").measure(key, year=2022, value=1, gender="x")
    )
    refused(db, Forbidden, lambda: svc("lea").measure(key, year=2022, value=1))


def test_kolada_import(svc: Svc, ws: dict[str, str], db: Database, tmp_path: Path) -> None:
    key = indicator(svc, ws["styr"])
    data = tmp_path / "kolada.json"
    data.write_text(json.dumps(KOLADA))
    refused(db, Forbidden, lambda: svc("mia").import_kolada(data))
    assert svc("ada").import_kolada(data) == 3
    values = svc("ada").indicator_values(key)
    assert {(v.gender, v.value) for v in values} == {("T", 56.0), ("K", 58.5), ("M", 53.1)}
    assert {v.source for v in values} == {"kolada:kolada.json"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"values": [{"kpi": 1}]}')
    assert "is not in Kolada's data format (values[1])" in refused(
        db, Invalid, lambda: svc("ada").import_kolada(bad)
    )
    bad.write_text("{not json")
    assert "is not in Kolada's data format" in refused(
        db, Invalid, lambda: svc("ada").import_kolada(bad)
    )


def test_baseline_frozen_at_the_scope_gate(svc: Svc, ws: dict[str, str], db: Database) -> None:
    o2 = ws["styr"]
    key = indicator(svc, o2)
    svc("mia").set_indicator(key, baseline=55, target="ökad")
    svc("leo").add_activity(o2, kind="enkät", residents=5)
    svc("leo").move(o2, "avgransning", reason="klart")
    svc("leo").set_scope(o2, "Ingår: nöjdhet")
    svc("frida").approve(svc("leo").move(o2, "nylage", reason="klart").request or "")
    assert "is frozen since the scope of O2 was approved" in refused(
        db, Refused, lambda: svc("mia").set_indicator(key, baseline=60)
    )
    assert svc("ada").show_area(o2).indicators[0].baseline == 55


def test_indicator_commands(db_path: Path, svc: Svc, ws: dict[str, str], tmp_path: Path) -> None:
    key = indicator(svc, ws["styr"])
    data = tmp_path / "k.json"
    data.write_text(json.dumps(KOLADA))
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}
    result = invoke(["indicator", "import", str(data), "--as", "ada", "--json"], env=env)
    assert result.exit_code == 0 and json.loads(result.output) == {"stored": 3}
    result = invoke(["indicator", "values", key, "--as", "ada"], env=env)
    assert result.exit_code == 0 and "58.5" in result.output
    result = invoke(
        ["indicator", "measure", key, "--year", "2023", "--value", "57", "--as", "mia"],
        env=env,
    )
    assert result.exit_code == 0


def test_fetch_from_a_kolada_server(
    svc: Svc, ws: dict[str, str], db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kolada's API (v3) is played by a local server on loopback: the same data format."""
    key = indicator(svc, ws["styr"])
    asked: list[str] = []

    ours = [v for v in KOLADA["values"] if v["municipality"] == "0138"]
    everyone = [v for v in KOLADA["values"] if v["period"] == 2022 and v["kpi"] == "U00422"]
    port = 0

    class Kolada(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            asked.append(self.path)
            if self.path.endswith("/municipality/0138"):
                doc: dict[str, object] = {"values": ours}
            elif self.path.endswith("/year/2022,2023"):
                # The first page links to the second, as Kolada pages long answers.
                more = f"http://127.0.0.1:{port}/v3/page2"
                doc = {"values": everyone[:1], "next_url": more}
            else:
                doc = {"values": everyone[1:] + [KOLADA_OTHERS, RIKET]}
            body = json.dumps(doc).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Kolada)
    port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("INNOVATION_KOLADA_URL", f"http://127.0.0.1:{server.server_port}/v3")
        assert svc("ada").fetch_kolada() == 3
    finally:
        server.shutdown()
        server.server_close()
    assert asked == [
        "/v3/data/kpi/U00422/municipality/0138",
        "/v3/data/kpi/U00422/year/2022,2023",
        "/v3/page2",
    ]
    values = svc("ada").indicator_values(key)
    assert {v.source for v in values} == {"kolada-api:U00422"}
    total = next(v for v in values if v.gender == "T")
    # 56 against 40 (0180) and 50 (0114); riket's 52 (0000) is not a municipality.
    assert (total.rank, total.ranked, total.kolada_colour) == (1, 3, "gron")
    # Offline: a clear refusal, nothing stored.
    monkeypatch.setenv("INNOVATION_KOLADA_URL", f"http://127.0.0.1:{server.server_port}/v3")
    assert "Could not fetch" in refused(db, Refused, lambda: svc("ada").fetch_kolada(timeout=2))


def test_kolada_colour_is_our_rank_among_municipalities(
    svc: Svc, ws: dict[str, str], db: Database, tmp_path: Path
) -> None:
    """Best quarter green, worst quarter red, the middle yellow; the direction can be turned
    and the stored values are ranked again; the tertial colour is never touched."""
    key = indicator(svc, ws["styr"])
    data = tmp_path / "year.json"
    # Tyresö (0138) against eleven other municipalities: 8 are higher, 3 lower.
    others = {
        f"{n:04d}": v
        for n, v in zip(range(114, 126), [90, 80, 70, 66, 65, 64, 63, 62, 10, 9, 8], strict=False)
    }
    data.write_text(json.dumps(kolada_year({"0138": 56.0, **others})))
    assert svc("ada").import_kolada(data) == 1
    [value] = svc("ada").indicator_values(key)
    assert (value.rank, value.ranked, value.kolada_colour) == (9, 12, "gul")
    svc("mia").set_indicator(key, better="lower")
    [value] = svc("ada").indicator_values(key)
    assert (value.rank, value.kolada_colour) == (4, "gul")
    svc("mia").set_indicator(key, better="högre")
    data.write_text(json.dumps(kolada_year({"0138": 5.0, **others})))
    svc("ada").import_kolada(data)
    latest = svc("ada").show_area(ws["styr"]).indicators[0].latest
    assert latest is not None and (latest.rank, latest.ranked, latest.kolada_colour) == (
        12,
        12,
        "rod",
    )
    assert "Unknown direction 'sideways'" in refused(
        db, Invalid, lambda: svc("mia").set_indicator(key, better="sideways")
    )
    assert svc("ada").statuses("2024-T2") == {}


@pytest.mark.parametrize(
    ("rank", "ranked", "colour"),
    [
        (1, 290, "gron"),
        (72, 290, "gron"),
        (73, 290, "gul"),
        (218, 290, "gul"),
        (219, 290, "rod"),
        (290, 290, "rod"),
        (1, 4, "gron"),
        (2, 4, "gul"),
        (3, 4, "gul"),
        (4, 4, "rod"),
    ],
)
def test_kolada_colour_boundaries(rank: int, ranked: int, colour: str) -> None:
    assert kolada_colour(rank, ranked) == colour


def test_report_shows_kolada_colour_apart_from_ours(
    svc: Svc, ws: dict[str, str], tmp_path: Path, clock: Clock
) -> None:
    """The report gives each indicator its newest value up to the period's year, and Kolada's
    colour beside it, said to be Kolada's; the tertial colour stays the area's own."""
    key = indicator(svc, ws["styr"])
    data = tmp_path / "year.json"
    data.write_text(json.dumps(kolada_year({"0138": 56.0, "0114": 20.0, "0115": 30.0})))
    svc("ada").import_kolada(data)
    svc("mia").measure(key, year=2025, value=70)
    svc("ada").open_period("2024-T2")
    svc("mia").set_status(
        ws["styr"], period="2024-T2", color="rod", cause="sen", measures="ny plan"
    )
    report = build(svc("ada"), "2024-T2")
    area = next(a for a in report["areas"] if a["key"] == ws["styr"])
    assert area["status"]["color"] == "rod"
    assert area["indicators"][0]["latest"]["year"] == 2022  # 2025 is after the period
    text = to_markdown(report)
    assert "latest 56 % (2022, kolada:year.json); Kolada's colour: green (rank 1 of 3" in text
    assert "not the area's tertial colour" in text
    clock.advance(days=300)  # into 2025
    assert "latest 70 %" in to_markdown(build(svc("ada"), "2025-T1"))
