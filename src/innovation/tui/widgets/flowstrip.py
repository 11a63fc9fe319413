"""The flow drawn as a strip, the current phase highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from innovation.engine.flow import Flow


def strip(flow: Flow, current: str) -> Text:
    text = Text()
    ends = [p for p in flow.phases if p.end]
    for i, phase in enumerate(p for p in flow.phases if not p.end):
        if i:
            text.append(" ─ ", style="dim")
        _phase(text, phase.id, phase.label, current)
    if ends:
        text.append(" ─ ", style="dim")
        for i, phase in enumerate(ends):
            if i:
                text.append(" | ", style="dim")
            _phase(text, phase.id, phase.label, current)
    return text


def _phase(text: Text, phase_id: str, label: str, current: str) -> None:
    if phase_id == current:
        text.append(f"[ {label.upper()} ]", style="bold reverse")
    else:
        text.append(label.lower())


class FlowStrip(Static):
    DEFAULT_CSS = """
    FlowStrip {
        height: auto;
        padding: 0 1;
    }
    """

    def show(self, flow: Flow, current: str) -> None:
        self.update(strip(flow, current))
