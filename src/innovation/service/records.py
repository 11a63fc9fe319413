"""How an area's hand-overs and collaborations are read and shown: their SQL and their rows as
the views give them. Kept apart from the commands that change them, so that showing an area
loads none of the writing code."""

from __future__ import annotations

from typing import Any

from innovation.domain import make_key
from innovation.store.sql import Row
from innovation.timeutil import iso

# An area's hand-overs, newest first.
HANDOVERS_SQL = "SELECT * FROM handover WHERE area_id = :a ORDER BY id DESC"

COLLABORATIONS_SQL = (
    "SELECT c.*, p.name, p.kind FROM collaboration c JOIN partner p ON p.id = c.partner_id"
)


def handover_view(h: Row) -> dict[str, Any]:
    return {
        "key": f"H{h['id']}",
        "outgoing": h["outgoing"],
        "incoming": h["incoming"],
        "reason": h["reason"],
        "note": h["note"],
        "at": iso(h["created_at"]),
        "note_at": iso(h["note_at"]) if h["note_at"] else None,
        "seen_at": iso(h["seen_at"]) if h["seen_at"] else None,
    }


def unread_for(handovers: list[dict[str, Any]], username: str) -> list[dict[str, Any]]:
    """Of an area's hand-overs, the notes left for this person that they have not read."""
    return [
        h for h in handovers if h["incoming"] == username and h["note"] and h["seen_at"] is None
    ]


def collaboration_view(r: Row) -> dict[str, Any]:
    return {
        "key": make_key("collaboration", r["id"]),
        "area": make_key("area", r["area_id"]),
        "partner": make_key("partner", r["partner_id"]),
        "name": r["name"],
        "kind": r["kind"],
        "form": r["form"],
        "since": str(r["since"])[:10],
        "until": str(r["until"])[:10] if r["until"] else None,
        "note": r["note"],
    }
