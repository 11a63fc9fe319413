"""Hand-overs: a ledartröja hands an area over to another, with a note the incoming one reads
first."""

from __future__ import annotations

from innovation import audit
from innovation.domain import (
    MAX_TEXT,
    Forbidden,
    Refused,
    Role,
    clean_text,
    clean_username,
    make_key,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.records import handover_view, unread_for
from innovation.service.views import HandoverView
from innovation.store import partners
from innovation.timeutil import When, iso


class Handovers(ServiceBase):
    """Hand-overs between ledartröjor and their notes."""

    @records_denial
    def handover(self, area: str, *, outgoing: str, incoming: str, reason: str) -> str:
        """Replaces one of an area's ledartröjor (facilitator), with a reason; the outgoing one
        may then leave a note that the incoming one sees first."""
        outgoing, incoming = clean_username(outgoing), clean_username(incoming)
        note = clean_text(reason, field_name=common.field("reason"), limit=MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            key = make_key("area", row.id)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_areas", actor=actor.username, area=key)
            leads = list(self._leads(row))
            if outgoing not in leads:
                raise Refused(
                    "error.not_a_lead", username=outgoing, area=key, leads=", ".join(leads)
                )
            if incoming in leads:
                raise Refused("error.already_lead", username=incoming, area=key)
            if incoming == row.fadder:
                raise Refused("error.fadder_is_lead", username=incoming)
            self._person(tx, incoming)
            self._holds(tx, incoming, Role.LEDARTROJA)
            self._refuse_delegate_as_lead(tx, row, [incoming], row.fadder)
            new_leads = [incoming if u == outgoing else u for u in leads]
            when = self._when(tx, row, step=True)
            common.touch(tx, row.id, ledartroja1=new_leads[0], ledartroja2=new_leads[1])
            handover_id = common.insert(
                tx,
                "handover",
                area_id=row.id,
                outgoing=outgoing,
                incoming=incoming,
                reason=note,
                created_by=actor.username,
                created_at=when.ts,
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="area.handover",
                area=key,
                subject=f"H{handover_id}",
                before={"ledartrojor": leads},
                after={"ledartrojor": new_leads, "outgoing": outgoing, "incoming": incoming},
                reason=note,
            )
        return key

    @records_denial
    def handover_note(self, area: str, note: str) -> str:
        """The outgoing ledartröja's note for the one who took over (until it has been read)."""
        text = clean_text(note, field_name=common.field("note"), limit=MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            key = make_key("area", row.id)
            handover = partners.last_handover_from(tx, row.id, actor.username)
            if handover is None:
                raise Forbidden("error.forbidden_handover_note", actor=actor.username, area=key)
            if handover.seen_at is not None:
                raise Refused(
                    "error.handover_read",
                    incoming=handover.incoming,
                    at=iso(handover.seen_at)[:16].replace("T", " "),
                )
            when = self._when(tx, row)
            partners.leave_note(tx, handover.id, text, when.ts)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="handover.note",
                area=key,
                subject=f"H{handover.id}",
                before={"note": handover.note},
                after={"note": text, "incoming": handover.incoming},
            )
        return f"H{handover.id}"

    @records_denial
    def handover_seen(self, area: str) -> int:
        """The incoming ledartröja has read the notes left for them; returns how many."""
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            key = make_key("area", row.id)
            unread = partners.unread_notes(tx, row.id, actor.username)
            when = When(self.clock()) if unread else None
            for handover_id in unread:
                assert when is not None
                partners.mark_seen(tx, handover_id, when.ts)
                audit.append(
                    tx,
                    when,
                    actor=actor.username,
                    kind="handover.seen",
                    area=key,
                    subject=f"H{handover_id}",
                )
        return len(unread)

    def handovers(self, area: str) -> list[HandoverView]:
        """An area's hand-overs, newest first."""
        with self.db.read() as tx:
            row = self._area_row(tx, area)
            rows = partners.handovers(tx, row.id)
        return [handover_view(h) for h in rows]

    def unread_handover_notes(self, area: str) -> list[HandoverView]:
        """Notes left for the acting person on an area that they have not read yet."""
        return unread_for(self.handovers(area), self.actor_name)
