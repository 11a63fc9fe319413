"""Indicator values by hand and from Kolada's data format; baselines frozen at the scope gate."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from innovation.cli import app
from innovation.domain import Forbidden, Invalid, Refused
from innovation.service import Service
from innovation.store.database import Database
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
    assert [(v["year"], v["gender"], v["value"]) for v in svc("ada").indicator_values(key)] == [
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
    assert {(v["gender"], v["value"]) for v in values} == {("T", 56.0), ("K", 58.5), ("M", 53.1)}
    assert {v["source"] for v in values} == {"kolada:kolada.json"}
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
    svc("leo").add_activity(o2, on="2024-04-01", kind="enkät", residents=5)
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
    runner = CliRunner()
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}
    result = runner.invoke(
        app, ["indicator", "import", str(data), "--as", "ada", "--json"], env=env
    )
    assert result.exit_code == 0 and json.loads(result.output) == {"stored": 3}
    result = runner.invoke(app, ["indicator", "values", key, "--as", "ada"], env=env)
    assert result.exit_code == 0 and "58.5" in result.output
    result = runner.invoke(
        app,
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

    class Kolada(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            asked.append(self.path)
            body = json.dumps(KOLADA).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Kolada)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("INNOVATION_KOLADA_URL", f"http://127.0.0.1:{server.server_port}/v3")
        assert svc("ada").fetch_kolada() == 3
    finally:
        server.shutdown()
        server.server_close()
    assert asked == ["/v3/data/kpi/U00422/municipality/0138"]
    assert {v["source"] for v in svc("ada").indicator_values(key)} == {"kolada-api:U00422"}
    # Offline: a clear refusal, nothing stored.
    monkeypatch.setenv("INNOVATION_KOLADA_URL", f"http://127.0.0.1:{server.server_port}/v3")
    assert "Could not fetch" in refused(db, Refused, lambda: svc("ada").fetch_kolada(timeout=2))
