"""How an area's hand-overs and collaborations are shown: their rows as the views give them.
Kept apart from the commands that change them, so that showing an area
loads none of the writing code."""

from __future__ import annotations

from innovation.domain import make_key
from innovation.service.views import CollaborationView, HandoverView
from innovation.store.partners import CollaborationWith
from innovation.store.rows import HandoverRow
from innovation.timeutil import iso


def handover_view(h: HandoverRow) -> HandoverView:
    return HandoverView(
        key=f"H{h.id}",
        outgoing=h.outgoing,
        incoming=h.incoming,
        reason=h.reason,
        note=h.note,
        at=iso(h.created_at),
        note_at=iso(h.note_at) if h.note_at else None,
        seen_at=iso(h.seen_at) if h.seen_at else None,
    )


def unread_for(handovers: list[HandoverView], username: str) -> list[HandoverView]:
    """Of an area's hand-overs, the notes left for this person that they have not read."""
    return [h for h in handovers if h.incoming == username and h.note and h.seen_at is None]


def collaboration_view(r: CollaborationWith) -> CollaborationView:
    c = r.collaboration
    return CollaborationView(
        key=make_key("collaboration", c.id),
        area=make_key("area", c.area_id),
        partner=make_key("partner", c.partner_id),
        name=r.name,
        kind=r.kind,
        form=c.form,
        since=str(c.since)[:10],
        until=str(c.until)[:10] if c.until else None,
        note=c.note,
    )
