"""Flows as text: Mermaid state diagrams and plain dicts, read from the same definition."""

from __future__ import annotations

from typing import Any

from innovation.engine.flow import Flow


def mermaid_text(flow: Flow) -> str:
    lines = ["stateDiagram-v2", f"    %% {flow.label}: {flow.help}"]
    for p in flow.phases:
        lines.append(f'    state "{p.label}" as {p.id}')
    lines.append(f"    [*] --> {flow.initial}")
    for tr in flow.transitions:
        notes = []
        if tr.fadder:
            notes.append("fadder")
        notes.extend(tr.requires)
        if tr.new_cycle:
            notes.append("ny cykel")
        label = f"{tr.trigger}" + (f" [{', '.join(notes)}]" if notes else "")
        lines.append(f"    {tr.source} --> {tr.dest}: {label}")
    for p in flow.phases:
        if p.end:
            lines.append(f"    {p.id} --> [*]")
    return "\n".join(lines) + "\n"


def flow_as_dict(flow: Flow) -> dict[str, Any]:
    return {
        "id": flow.id,
        "label": flow.label,
        "help": flow.help,
        "initial": flow.initial,
        "kill": flow.kill,
        "phases": [
            {"id": p.id, "label": p.label, "help": p.help, "end": p.end} for p in flow.phases
        ],
        "transitions": [
            {
                "trigger": tr.trigger,
                "source": tr.source,
                "dest": tr.dest,
                "fadder": tr.fadder,
                "requires": list(tr.requires),
                "new_cycle": tr.new_cycle,
            }
            for tr in flow.transitions
        ],
    }
