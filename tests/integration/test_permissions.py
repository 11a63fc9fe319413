"""Every cell of the permission table in docs/permissions.md, tried for real."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from innovation.domain import Forbidden
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import Clock, assert_refused_cleanly, dump

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
# The person who stands in each column of the table.
COLUMNS = {
    "ledartröja of the area": "lea",
    "fadder of the area": "fred",
    "delegate of the area": "dina",
    "facilitator": "fia",
    "admin": "adam",
    "anyone else": "olle",
}
Act = Callable[[Service], object]
KOLADA_FILE: list[Path] = []


def table() -> dict[tuple[str, str], bool]:
    section = DOC.read_text(encoding="utf-8").split("## The permission table", 1)[1]
    section = section.split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [c.strip() for c in rows[0].strip("|").split("|")]
    cells: dict[tuple[str, str], bool] = {}
    for row in rows[2:]:
        values = [c.strip() for c in row.strip("|").split("|")]
        action = re.sub(r"`", "", values[0])
        for column, value in zip(header[2:], values[2:], strict=True):
            assert value[0] in "✓✗", (action, column, value)
            cells[(action, column)] = value.startswith("✓")
    return cells


CELLS = table()


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """O1 in avgränsning with R1 open (filed by lea), its fadder's decisions delegated to dina."""
    path = tmp_path_factory.mktemp("perm") / "ws.sqlite"
    KOLADA_FILE[:] = [path.parent / "kolada.json"]
    db = Database(str(path))
    clock = Clock()
    s = lambda who: Service(db, who, clock=clock)  # noqa: E731
    s("adam").add_person("adam", name="Adam Admin", roles=["admin"])
    for username, roles in (
        ("fia", ["facilitator"]),
        ("lea", ["ledartroja"]),
        ("leo", ["ledartroja"]),
        ("mia", ["ledartroja"]),
        ("fred", ["fadder"]),
        ("dina", ["ledartroja"]),
        ("olle", ["fadder", "ledartroja"]),
    ):
        s("adam").add_person(username, name=username.title(), roles=roles)
    s("fia").create_area("Hur?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"])
    s("fia").create_area("Hur nu?", track="malstyrt", fadder="olle", ledartrojor=["dina", "mia"])
    s("lea").add_activity("O1", kind="workshop", residents=4)
    s("lea").move("O1", "avgransning", reason="klart")
    s("lea").set_scope("O1", "In: unga")
    s("lea").move("O1", "nylage", reason="klart")
    s("fred").delegate("O1", to="dina", until="2030-12-31")
    s("olle").add_idea("O1", title="Läxhjälp på biblioteket", source="resident")
    s("fia").open_period("2024-T2")
    s("lea").add_indicator(
        "O1", name="Trygghet", unit="%", baseline_year=2023, baseline=50, target="60", kolada="N1"
    )
    (path.parent / "kolada.json").write_text(
        '{"values": [{"kpi": "N1", "municipality": "0138", "period": 2023,'
        ' "values": [{"gender": "T", "value": 52}]}]}'
    )
    db.close()
    return path


def _decide(how: str) -> Act:
    return {
        "approve": lambda s: s.approve("R1"),
        "reject": lambda s: s.reject("R1", comment="mer arbete", back_to="nulage"),
        "hold": lambda s: s.hold("R1", until="2025-T1", comment="inte nu"),
        "kill": lambda s: s.kill("R1", comment="vi slutar här"),
    }[how]


# action -> list of (setup run by a given person before the attempt, the attempt)
ATTEMPTS: dict[str, list[tuple[tuple[str, Act] | None, Act]]] = {
    "read": [
        (
            None,
            lambda s: (
                s.list_areas(),
                s.show_area("O1"),
                s.history("O1"),
                s.list_requests(mine=False),
                s.audit_list(kind="request"),
            ),
        )
    ],
    "record": [
        (None, lambda s: s.add_lesson("O1", "lärdom")),
        (None, lambda s: s.add_test("O1", hypothesis="h")),
        (None, lambda s: s.set_nylage("O1", "nyläge")),
        (None, lambda s: s.measure("I1", year=2024, value=55)),
    ],
    "import-kolada": [(None, lambda s: s.import_kolada(KOLADA_FILE[0]))],
    "move": [(("lea", lambda s: s.withdraw("R1")), lambda s: s.move("O1", "nylage", reason="r"))],
    "withdraw": [(None, lambda s: s.withdraw("R1"))],
    "decide": [(None, _decide(how)) for how in ("approve", "reject", "hold", "kill")],
    "resume": [
        (
            ("fred", lambda s: s.hold("R1", until="2025-T1", comment="vänta")),
            lambda s: s.resume("O1"),
        )
    ],
    "delegate": [(None, lambda s: s.delegate("O1", to="mia", until="2030-01-01"))],
    "assign": [
        (
            None,
            lambda s: s.create_area(
                "Hur då?", track="malsokande", fadder="olle", ledartrojor=["lea", "mia"]
            ),
        ),
        (None, lambda s: s.assign("O1", fadder="olle")),
    ],
    "add-person": [(None, lambda s: s.add_person("ny", name="Ny", roles=["ledartroja"]))],
    "roles": [(None, lambda s: s.set_roles("mia", roles=["ledartroja", "fadder"]))],
    "annotate": [(None, lambda s: s.annotate("1", note="en anteckning"))],
    "report-status": [
        (None, lambda s: s.set_status("O1", period="2024-T2", color="gron")),
        (
            ("fia", lambda s: s.close_period("2024-T2")),
            lambda s: s.amend_status("O1", period="2024-T2", color="gron", reason="rättelse"),
        ),
    ],
    "open-period": [
        (None, lambda s: s.open_period("2024-T3")),
        (None, lambda s: s.close_period("2024-T2")),
        (None, lambda s: s.add_assignment("Ett nytt uppdrag")),
    ],
    "propose-idea": [(None, lambda s: s.add_idea("O1", title="Ny idé", source="employee"))],
    "support-idea": [(None, lambda s: s.support_idea("F1"))],
    "weigh-idea": [
        (None, lambda s: s.score_idea("F1", effect=4, cost=2, speed=3, reason="bra")),
        (None, lambda s: s.promote_idea("F1")),
        (None, lambda s: s.park_idea("F1", reason="inte nu")),
        (None, lambda s: s.decline_idea("F1", reason="nej")),
    ],
    "move-idea": [(None, lambda s: s.move_idea("F1", to="O2", reason="passar bättre"))],
    "rounds": [(None, lambda s: s.add_round("2030", year=2030))],
    "merge": [
        (
            None,
            lambda s: s.merge(
                ["O1", "O2"],
                into="Hur gör vi det tillsammans?",
                fadder="olle",
                ledartrojor=["lea", "mia"],
                reason="samma fråga",
            ),
        )
    ],
    "handover": [(None, lambda s: s.handover("O1", outgoing="leo", incoming="mia", reason="ny"))],
    "handover-note": [
        (
            ("fia", lambda s: s.handover("O1", outgoing="lea", incoming="mia", reason="ny")),
            lambda s: s.handover_note("O1", "Läs protokollen först"),
        )
    ],
    "register-partner": [(None, lambda s: s.add_partner("Föreningen Läxhjälp", kind="civil"))],
    "link-partner": [
        (
            ("fia", lambda s: s.add_partner("Föreningen Läxhjälp", kind="civil")),
            lambda s: s.link_partner("O1", "P1", form="iop", since="2024-05-01"),
        )
    ],
}


def test_the_table_covers_every_action() -> None:
    assert {action for action, _ in CELLS} == set(ATTEMPTS)
    assert {column for _, column in CELLS} == set(COLUMNS)


@pytest.mark.parametrize(("action", "column"), sorted(CELLS))
def test_cell(action: str, column: str, scenario: Path, tmp_path: Path) -> None:
    allowed = CELLS[(action, column)]
    who = COLUMNS[column]
    for setup, attempt in ATTEMPTS[action]:
        path = tmp_path / "cell.sqlite"
        shutil.copy(scenario, path)
        db = Database(str(path))
        clock = Clock()
        try:
            if setup is not None:
                setup[1](Service(db, setup[0], clock=clock))
            before = dump(db)
            if allowed:
                attempt(Service(db, who, clock=clock))
            else:
                with pytest.raises(Forbidden):
                    attempt(Service(db, who, clock=clock))
                assert_refused_cleanly(db, before, denied=True)
        finally:
            db.close()
            path.unlink()
