"""A facilitator adds a third flow, with a phase the others lack and phases named differently:
the command line, the board, the report and the replay all take it from the file alone."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from innovation.engine import default_flows
from innovation.i18n import set_language
from innovation.resources import flows_dir
from innovation.service import Service
from innovation.store.database import Database

# The UI's key names are read when its modules load, in the language of that moment (as when
# a person starts the program); this test reads the board in Swedish, as tests/tui do.
from innovation.tui.app import InnovationApp
from tests.cli import invoke
from tests.tui.conftest import fixed_clock, screen_text, settle

PILOT = """
[flow]
id = "pilot"
label = "Pilotspår"
label_en = "Pilot track"
help = "Förankra före nyläget, pröva, inför."
initial = "nulage"
kill = "lardom"

[[phase]]
id = "nulage"
help = "Fasen nulage."
label = "Nuläge"
max_days = 120

[[phase]]
id = "avgransning"
help = "Fasen avgransning."
label = "Avgränsning"

[[phase]]
id = "forankring"
help = "Fasen forankring."
label = "Förankring"
label_en = "Anchoring"
max_days = 30

[[phase]]
id = "nylage"
help = "Fasen nylage."
label = "Nyläge"

[[phase]]
id = "prova"
help = "Fasen prova."
label = "Pröva"
label_en = "Try out"

[[phase]]
id = "infort"
help = "Fasen infort."
label = "Införd"
label_en = "Introduced"
end = true
adopts = true

[[phase]]
id = "lardom"
help = "Fasen lardom."
label = "Lärdom"
label_en = "Lesson"
end = true

[[transition]]
trigger = "avgransa"
source = "nulage"
dest = "avgransning"
requires = ["medskapande"]

[[transition]]
trigger = "forankra"
source = "avgransning"
dest = "forankring"
requires = ["scope"]

[[transition]]
trigger = "beskriv"
source = "forankring"
dest = "nylage"
fadder = true

[[transition]]
trigger = "prova"
source = "nylage"
dest = "prova"
requires = ["nylage", "test_hypothesis"]

[[transition]]
trigger = "inför"
source = "prova"
dest = "infort"
fadder = true
requires = ["test_result", "owner"]

[[transition]]
trigger = "lar"
source = "prova"
dest = "lardom"
fadder = true
requires = ["lesson"]
"""


@pytest.fixture
def flows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "flows"
    shutil.copytree(flows_dir(), folder)
    # "inför" is not an id; the file is refused until it is.
    (folder / "pilot.toml").write_text(PILOT.replace('"inför"', '"infor"'), encoding="utf-8")
    monkeypatch.setenv("INNOVATION_FLOWS", str(folder))
    default_flows.cache_clear()
    yield folder
    default_flows.cache_clear()


def run(env: dict[str, str], user: str, *args: str) -> str:
    result = invoke([*args, "--as", user], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_third_flow_from_its_file_alone(flows: Path, db_path: Path) -> None:
    env = {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "sv", "INNOVATION_FLOWS": str(flows)}
    run(
        env,
        "ada",
        "person",
        "add",
        "ada",
        "--name",
        "Ada",
        "--role",
        "admin",
        "--role",
        "facilitator",
    )
    run(env, "ada", "person", "add", "lea", "--name", "Lea", "--role", "ledartröja")
    run(env, "ada", "person", "add", "leo", "--name", "Leo", "--role", "ledartröja")
    run(env, "ada", "person", "add", "fred", "--name", "Fred", "--role", "fadder")
    lead = ["--fadder", "fred", "--ledartroja", "lea", "--ledartroja", "leo"]
    # The track by the flow file's label, in any case, without å ä ö.
    run(env, "ada", "area", "create", "Hur kan vi pröva?", "--track", "pilotspar", *lead)
    run(env, "ada", "area", "create", "Hur kan vi sluta?", "--track", "Pilot track", *lead)
    shown = json.loads(run(env, "ada", "area", "show", "O1", "--json"))
    assert (shown["track"], shown["phase"]) == ("pilot", "nulage")
    assert "Pilotspår" in run(env, "ada", "area", "show", "O1")

    for area in ("O1", "O2"):
        run(env, "lea", "activity", "add", area, "--kind", "workshop", "--residents", "4")
        run(env, "lea", "move", area, "avgränsning", "--reason", "klart")
        run(env, "lea", "scope", "set", area, "Unga")
        # The extra phase, named in the person's words.
        run(env, "lea", "move", area, "Förankring", "--reason", "klart")
    out = run(env, "lea", "move", "O1", "nyläge", "--reason", "förankrat")
    assert "R1" in out
    # A Recycle goes back through the flow's machine to a phase of this flow.
    run(env, "fred", "reject", "R1", "--comment", "Mer förankring", "--back-to", "avgransning")
    assert json.loads(run(env, "ada", "area", "show", "O1", "--json"))["phase"] == "avgransning"
    run(env, "lea", "move", "O1", "forankring", "--reason", "igen")
    run(env, "lea", "move", "O1", "nylage", "--reason", "förankrat")
    run(env, "fred", "approve", "R2")
    run(env, "lea", "nylage", "set", "O1", "Alla hörs")
    run(env, "lea", "test", "add", "O1", "--hypothesis", "Ett möte i månaden")
    run(env, "lea", "move", "O1", "Pröva", "--reason", "redo")
    run(env, "lea", "test", "result", "T1", "--result", "Bra", "--outcome", "fungerade")
    run(env, "lea", "owner", "set", "O1", "Kultur och fritid")
    run(env, "lea", "move", "O1", "införd", "--reason", "klart")
    run(env, "fred", "approve", "R3")
    # A Kill ends the other area in the flow's own kill phase.
    run(env, "lea", "move", "O2", "nylage", "--reason", "förankrat")
    run(env, "fred", "kill", "R4", "--comment", "Fel fråga")

    listed = {a["key"]: a["phase"] for a in json.loads(run(env, "ada", "area", "list", "--json"))}
    assert listed == {"O1": "infort", "O2": "lardom"}
    text = run(env, "ada", "area", "show", "O1")
    assert "Införd" in text and "Förankring" in text

    # The report counts the adoption by the flow's word for it, and names the phases its way.
    report = json.loads(run(env, "ada", "report", "--period", "2026-T3", "--format", "json"))
    assert report["summary"]["adoptions"] == 1
    assert report["summary"]["phases"] == {"infort": 1, "lardom": 1}
    markdown = run(env, "ada", "report", "--period", "2026-T3")
    assert "Införd" in markdown and "Pilotspår" in markdown

    # The replay plays every move, recycle and kill through the third flow's machine.
    assert "varje flytt följer flödet" in run(env, "ada", "audit", "replay")
    # …and a flow file that drops the phase an area went through makes the replay say so.
    (flows / "pilot.toml").write_text(
        PILOT.replace('"inför"', '"infor"').replace('dest = "forankring"', 'dest = "nylage"'),
        encoding="utf-8",
    )
    default_flows.cache_clear()
    result = invoke(["audit", "replay", "--as", "ada"], env={**env, "INNOVATION_LANG": "en"})
    assert result.exit_code == 1 and "forankring" in result.output


def test_the_board_shows_the_third_flows_phases(
    flows: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INNOVATION_LANG", "sv")
    set_language("sv")
    db = Database(str(db_path))
    ada = Service(db, "ada", clock=fixed_clock)
    ada.add_person("ada", name="Ada", roles=["admin", "facilitator"])
    for name, role in (("lea", "ledartroja"), ("leo", "ledartroja"), ("fred", "fadder")):
        ada.add_person(name, name=name.title(), roles=[role])
    key = ada.create_area(
        "Hur kan vi pröva?", track="pilot", fadder="fred", ledartrojor=["lea", "leo"]
    )
    lea = Service(db, "lea", clock=fixed_clock)
    lea.add_activity(key, kind="workshop", residents=3)
    lea.move(key, "avgransning", reason="klart")
    lea.set_scope(key, "Unga")
    lea.move(key, "forankring", reason="klart")

    async def look() -> str:
        app = InnovationApp(db, "ada", clock=fixed_clock)
        async with app.run_test(size=(200, 40)) as pilot:
            await settle(pilot)
            return screen_text(app)

    shown = asyncio.run(look())
    db.close()
    # The extra phase is a column of its own, holding the area; the renamed ones are named
    # as the file names them.
    assert "Förankring 1" in shown
    assert "Pröva 0" in shown and "Införd 0" in shown
    assert "pröva?" in shown
    # The columns are the phases in flow order: the extra phase where its flow has it, the
    # ends after every phase that is going.
    heads = [h.split(" ")[0] for h in shown.split("╭─ ")[1:]]
    assert heads[:3] == ["Nuläge", "Avgränsning", "Förankring"]
    assert heads.index("Pröva") < heads.index("Adopt") < heads.index("Införd")
    assert "PIL" in shown
