"""The smaller guards a security review asked for: only admins make admins, four eyes after
a change of people, Kolada files checked, text that is not UTF-8 refused with a message."""

from __future__ import annotations

from typing import Any

import pytest

from innovation.store.database import Database


def test_only_an_admin_makes_an_admin(svc: Any, ws: dict[str, str], db: Database) -> None:
    from innovation.domain import Forbidden
    from tests.conftest import assert_refused_cleanly, dump

    svc("ada").add_person("fia", name="Fia", roles=["facilitator"])
    before = dump(db)
    with pytest.raises(Forbidden, match="may not give anyone the role admin"):
        svc("fia").add_person("evil", name="Evil", roles=["admin"])
    assert_refused_cleanly(db, before, denied=True)
    svc("fia").add_person("ok", name="Ok", roles=["ledartroja"])


def test_a_delegate_never_comes_to_lead_the_area(
    svc: Any, ws: dict[str, str], db: Database
) -> None:
    from innovation.domain import Refused
    from tests.conftest import assert_refused_cleanly, dump

    o1 = ws["sok"]
    svc("fred").delegate(o1, to="mia", until="2099-01-01")
    before = dump(db)
    with pytest.raises(Refused, match="cannot lead the area as well"):
        svc("ada").handover(o1, outgoing="lea", incoming="mia", reason="r")
    with pytest.raises(Refused, match="cannot lead the area as well"):
        svc("ada").assign(o1, ledartrojor=["mia", "leo"])
    assert_refused_cleanly(db, before, denied=False)
    svc("fred").delegate(o1, to=None, until=None, revoke=True)
    svc("ada").handover(o1, outgoing="lea", incoming="mia", reason="r")


def test_kolada_files_are_checked(svc: Any, ws: dict[str, str], tmp_path: Any) -> None:
    import json as _json

    from innovation.domain import Invalid

    svc("leo").add_indicator(
        ws["styr"], name="Index", unit="%", baseline_year=2021, baseline=58, target="ökat",
        kolada="U00002",
    )  # fmt: skip
    bad = tmp_path / "kolada.json"
    entry = {"kpi": "U00002", "municipality": "0138", "period": 99999,
             "values": [{"gender": "T", "value": 61}]}  # fmt: skip
    bad.write_text(_json.dumps({"values": [entry]}))
    with pytest.raises(Invalid, match="year 99999"):
        svc("ada").import_kolada(bad)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: 60 MB that take no room
    with pytest.raises(Invalid, match="larger than 50 MB"):
        svc("ada").import_kolada(huge)


def test_text_that_is_not_utf8_is_refused_with_a_message(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "INNOVATION_DB": str(tmp_path / "x.sqlite"), "INNOVATION_LANG": "en"}
    run = subprocess.run(
        [sys.executable, "-m", "innovation", "lesson", "add", "O1", b"\xe5ter"],
        capture_output=True,
        env=env,
    )
    assert run.returncode == 2 and b"is not valid UTF-8" in run.stderr
    assert b"Traceback" not in run.stderr and not (tmp_path / "x.sqlite").exists()
    from innovation.domain import Invalid, clean_text

    with pytest.raises(Invalid, match="not valid text"):
        clean_text("bra\udce5", field_name="The text", limit=100)


def test_a_password_is_never_shown() -> None:
    db = Database("postgresql://ada:hemligt@db.example:5432/ws", migrate=False)
    assert "hemligt" not in db.shown() and db.shown().startswith("postgresql://ada:")
