"""Writes the recorded histories the replay tests read. Run it only on purpose:

    uv run python -m tests.data.histories.record

A recorded history is what users' databases already hold; the files must keep replaying to
the same state under every later version of the engine and the flows.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from innovation.audit.replay import replay
from innovation.engine import default_flows
from innovation.seed import seed_demo
from innovation.service import Service
from innovation.store.database import Database
from tests.conftest import PEOPLE, Clock

HERE = Path(__file__).resolve().parent


def gates_story(db: Database) -> None:
    """Every decision, a withdrawal, a hold and resume, reassignment, a new cycle."""
    clock = Clock()
    s = lambda who: Service(db, who, clock=clock)  # noqa: E731
    for username, name, roles in PEOPLE:
        s("ada").add_person(username, name=name, roles=roles)
    s("ada").create_area(
        "Hur kan vi A?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"]
    )
    s("ada").create_area(
        "Hur kan vi B?", track="malstyrt", fadder="frida", ledartrojor=["leo", "mia"]
    )
    s("lea").add_activity("O1", kind="workshop", residents=8)
    s("lea").move("O1", "avgransning", reason="klart")
    s("lea").set_scope("O1", "In: unga")
    s("lea").move("O1", "nylage", reason="avgränsat")
    s("lea").withdraw("R1", reason="vänta")
    s("leo").move("O1", "nylage", reason="nu")
    s("fred").reject("R2", comment="mer underlag", back_to="nulage")
    s("leo").move("O1", "avgransning", reason="igen")
    s("leo").move("O1", "nylage", reason="igen")
    s("fred").hold("R3", until="2024-T3", comment="budget")
    clock.advance(days=120)
    s("fred").resume("O1", comment="ny budget")
    s("lea").move("O1", "nylage", reason="åter")
    s("fred").delegate("O1", to="frida", until="2024-12-31")
    s("frida").approve("R4", comment="i Freds ställe")
    s("lea").set_nylage("O1", "trygghet")
    s("lea").add_test("O1", hypothesis="h1")
    s("lea").move("O1", "test", reason="test")
    s("lea").record_result("T1", result="nej", outcome="did-not-work")
    s("lea").add_lesson("O1", "det gick inte")
    s("lea").move("O1", "learn", reason="lärdom")
    s("fred").approve("R5")
    s("lea").move("O1", "nylage", reason="ny cykel")
    s("lea").set_nylage("O1", "trygghet 2")
    s("lea").add_test("O1", hypothesis="h2")
    s("lea").move("O1", "test", reason="test 2")
    s("ada").assign("O1", fadder="frida", reason="byte")
    s("leo").add_activity("O2", kind="enkät", residents=100)
    s("leo").move("O2", "avgransning", reason="klart")
    s("mia").set_scope("O2", "In: nöjdhet")
    s("mia").move("O2", "nylage", reason="klart")
    s("frida").kill("R6", comment="regionen gör redan detta")
    s("ada").annotate("5", note="granskad")


def record(name: str, build: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "h.sqlite"))
        build(db)  # type: ignore[operator]
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            Service(db, "ada").export(out, fmt="jsonl")
        db.close()
    events = [json.loads(line) for line in (HERE / f"{name}.jsonl").read_text().splitlines()]
    result = replay(events, default_flows())
    assert not result.problems, result.problems
    expected = json.dumps(result.summary(), indent=2, ensure_ascii=False) + "\n"
    (HERE / f"{name}.expected.json").write_text(expected, encoding="utf-8")


if __name__ == "__main__":
    record("demo", seed_demo)
    record("gates", gates_story)
