"""Against a peer engine: the same five-step area process in SpiffWorkflow (BPMN), kept the way
a service built on it keeps its work — each step loads the workflow's state from SQLite,
completes the step, serialises the state and stores it, one transaction per step — at the same
`synchronous` setting as ours, where each step is one audited move through the service.

SpiffWorkflow is a dependency of the benchmark (and the test that runs it small) only.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.steps import floor
from innovation.engine.registry import Flows
from innovation.service import Service
from innovation.store.database import Database

PHASES = ["steg0", "steg1", "steg2", "steg3", "steg4", "steg5"]


def _flow(track: str) -> str:
    """Five moves, no requirements and no fadder gates: the process both engines run."""
    lines = [f'[flow]\nid = "{track}"\nlabel = "Bench"\nhelp = "."\ninitial = "steg0"\n']
    for i, phase in enumerate(PHASES):
        end = "\nend = true" if i == len(PHASES) - 1 else ""
        lines.append(f'[[phase]]\nid = "{phase}"\nlabel = "{phase}"\nhelp = "."{end}\n')
    for a, b in zip(PHASES, PHASES[1:], strict=False):
        lines.append(f'[[transition]]\ntrigger = "till_{b}"\nsource = "{a}"\ndest = "{b}"\n')
    return "\n".join(lines)


def _bpmn() -> str:
    tasks = "".join(f'<bpmn:userTask id="{p}" name="{p}"/>' for p in PHASES[1:])
    ids = ["start", *PHASES[1:], "end"]
    flows = "".join(
        f'<bpmn:sequenceFlow id="f{i}" sourceRef="{a}" targetRef="{b}"/>'
        for i, (a, b) in enumerate(zip(ids, ids[1:], strict=False))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'id="defs" targetNamespace="http://bpmn.io/schema/bpmn">'
        '<bpmn:process id="area" isExecutable="true">'
        f'<bpmn:startEvent id="start"/>{tasks}<bpmn:endEvent id="end"/>{flows}'
        "</bpmn:process></bpmn:definitions>"
    )


def ours(areas: int, synchronous: str) -> float:
    """Completed steps per second: one audited move each."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "flows"
        folder.mkdir()
        for track in ("malsokande", "malstyrt"):
            (folder / f"{track}.toml").write_text(_flow(track), encoding="utf-8")
        flows = Flows.from_dir(folder)
        db = Database(str(Path(tmp) / "ours.sqlite"), synchronous=synchronous)
        admin = Service(db, "ada", flows=flows)
        admin.add_person("ada", name="Ada", roles=["admin", "facilitator"])
        admin.add_person("lea", name="Lea", roles=["ledartroja"])
        admin.add_person("leo", name="Leo", roles=["ledartroja"])
        admin.add_person("fred", name="Fred", roles=["fadder"])
        keys = [
            admin.create_area("Hur?", track="malsokande", fadder="fred", ledartrojor=["lea", "leo"])
            for _ in range(areas)
        ]
        lead = Service(db, "lea", flows=flows)
        start = time.perf_counter()
        for key in keys:
            for phase in PHASES[1:]:
                lead.move(key, phase, reason="klart")
        elapsed = time.perf_counter() - start
        db.close()
    return areas * (len(PHASES) - 1) / elapsed


def peer(areas: int, synchronous: str) -> float:
    """Completed steps per second in SpiffWorkflow, state loaded and stored at every step."""
    from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
    from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
    from SpiffWorkflow.spiff.parser import SpiffBpmnParser
    from SpiffWorkflow.spiff.serializer import DEFAULT_CONFIG
    from SpiffWorkflow.util.task import TaskState

    parser = SpiffBpmnParser()
    parser.add_bpmn_str(_bpmn().encode("utf-8"))
    spec = parser.get_spec("area")
    serializer = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(DEFAULT_CONFIG))
    with tempfile.TemporaryDirectory() as tmp:
        con = sqlite3.connect(Path(tmp) / "peer.sqlite", isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute(f"PRAGMA synchronous={synchronous}")
        con.execute("CREATE TABLE workflow (id INTEGER PRIMARY KEY, state TEXT NOT NULL)")
        for i in range(areas):
            wf = BpmnWorkflow(spec)
            wf.do_engine_steps()
            con.execute("INSERT INTO workflow VALUES (?, ?)", (i, serializer.serialize_json(wf)))
        start = time.perf_counter()
        for i in range(areas):
            for _ in range(len(PHASES) - 1):
                (state,) = con.execute("SELECT state FROM workflow WHERE id = ?", (i,)).fetchone()
                wf = serializer.deserialize_json(state)
                (task,) = wf.get_tasks(state=TaskState.READY, manual=True)
                task.run()
                wf.do_engine_steps()
                con.execute("BEGIN IMMEDIATE")
                con.execute(
                    "UPDATE workflow SET state = ? WHERE id = ?", (serializer.serialize_json(wf), i)
                )
                con.execute("COMMIT")
            assert wf.is_completed()
        elapsed = time.perf_counter() - start
        con.close()
    return areas * (len(PHASES) - 1) / elapsed


def run(areas: int = 200) -> list[dict[str, Any]]:
    """Ours against SpiffWorkflow, and the floor against it: raw sqlite3 doing only a step's two
    writes, one transaction each (bench/steps.py), is the most any engine that keeps an audit
    row per step in one transaction could reach against the peer on this machine."""
    results = []
    steps_run = areas * (len(PHASES) - 1)
    # The 4x / 10x goals are retired (README): at synchronous=FULL the commit's fsync bounds
    # every engine that writes a step durably; the rows stay, reported.
    for synchronous in ("FULL", "NORMAL"):
        mine, theirs = ours(areas, synchronous), peer(areas, synchronous)
        bare = floor(steps_run, synchronous)
        results.append(
            {
                "workload": f"five steps vs SpiffWorkflow, steps/s, synchronous={synchronous}",
                "ours": round(mine, 1),
                "baseline": round(theirs, 1),
                "ratio": round(mine / theirs, 2),
                "goal": "reported (goal retired)",
                "met": True,
            }
        )
        results.append(
            {
                "workload": f"raw sqlite3 floor vs SpiffWorkflow, synchronous={synchronous}",
                "ours": round(bare, 1),
                "baseline": round(theirs, 1),
                "ratio": round(bare / theirs, 2),
                "goal": "reported: the ceiling for any audited engine",
                "met": True,
                "ours_of_floor": round(mine / bare, 3),
            }
        )
    return results
