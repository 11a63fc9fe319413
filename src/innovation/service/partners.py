"""Partners outside the municipality, the areas' collaborations with them, and how many were
under way in a period (the follow-up counts them)."""

from __future__ import annotations

from datetime import date

from innovation import audit
from innovation.domain import (
    MAX_SHORT,
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_text,
    make_key,
    parse_key,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.records import collaboration_view
from innovation.service.views import CollaborationCount, CollaborationView, PartnerView
from innovation.store import partners
from innovation.store.areas import AreaFactsRow
from innovation.store.rows import PartnerRow
from innovation.store.sql import Tx
from innovation.timeutil import When, iso

# Every collaboration with its partner's name and kind; callers add WHERE and ORDER BY.
KINDS = ("civil", "business", "authority", "region", "other")
FORMS = ("iop", "agreement", "informal")
_KIND_ALIASES = {
    "civilsamhalle": "civil",
    "ideburen": "civil",
    "naringsliv": "business",
    "foretag": "business",
    "myndighet": "authority",
    "annan": "other",
}
_FORM_ALIASES = {"avtal": "agreement", "informell": "informal", "informellt": "informal"}


def _choice(value: str, choices: tuple[str, ...], aliases: dict[str, str], error: str) -> str:
    name = value.strip().lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    name = aliases.get(name, name)
    if name not in choices:
        raise Invalid(error, value=value, choices=", ".join(choices))
    return name


def _day(value: str | date, name: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise Invalid("error.bad_date", value=value) from None


class Partners(ServiceBase):
    def _partner(self, tx: Tx, key: str) -> PartnerRow:
        partner_id = parse_key("partner", key)
        row = partners.partner(tx, partner_id)
        if row is None:
            raise NotFound("error.no_such_partner", key=make_key("partner", partner_id))
        return row

    @records_denial
    def add_partner(self, name: str, *, kind: str) -> str:
        """Registers an organisation outside the municipality (a ledartröja or facilitator)."""
        name = clean_text(name, field_name=common.field("name"), limit=MAX_SHORT)
        kind = _choice(kind, KINDS, _KIND_ALIASES, "error.bad_partner_kind")
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.LEDARTROJA, Role.FACILITATOR):
                raise Forbidden("error.forbidden_partner", actor=actor.username)
            same = partners.partner_named(tx, name)
            if same is not None:
                raise Refused("error.partner_exists", name=name, key=make_key("partner", same.id))
            when = self._now()
            partner_id = common.insert(
                tx, "partner", name=name, kind=kind, created_by=actor.username, created_at=when.ts
            )
            key = make_key("partner", partner_id)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="partner.add",
                subject=key,
                after={"name": name, "kind": kind},
            )
        return key

    def _area_for_partners(self, tx: Tx, area: str) -> tuple[str, AreaFactsRow, str, When]:
        """The area's ledartröjor and facilitators link partners to it."""
        actor = self._actor(tx)
        row = self._area_row(tx, area)
        key = make_key("area", row.id)
        if actor.username not in self._leads(row) and not actor.has(Role.FACILITATOR):
            raise Forbidden(
                "error.forbidden_link",
                actor=actor.username,
                area=key,
                leads=", ".join(self._leads(row)),
            )
        self._refuse_if_merged(row)
        return actor.username, row, key, self._when(tx, row)

    @records_denial
    def link_partner(
        self,
        area: str,
        partner: str,
        *,
        form: str,
        since: str | date,
        until: str | date | None = None,
        note: str | None = None,
    ) -> str:
        """Records that an area works with a partner: the form (IOP, agreement, informal) and
        the dates."""
        form = _choice(form, FORMS, _FORM_ALIASES, "error.bad_form")
        start = _day(since, "since")
        end = None if until is None or until == "" else _day(until, "until")
        if end is not None and end < start:
            raise Invalid("error.until_before_since", since=start, until=end)
        text = common.optional(note, "note", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor, row, area_key, when = self._area_for_partners(tx, area)
            p = self._partner(tx, partner)
            link_id = common.insert(
                tx,
                "collaboration",
                area_id=row.id,
                partner_id=p.id,
                form=form,
                since=start,
                until=end,
                note=text,
                created_by=actor,
                created_at=when.ts,
            )
            common.touch(tx, row.id)
            key = make_key("collaboration", link_id)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="collaboration.add",
                area=area_key,
                subject=key,
                after={
                    "partner": make_key("partner", p.id),
                    "name": p.name,
                    "form": form,
                    "since": start.isoformat(),
                    "until": end.isoformat() if end else None,
                    "note": text,
                },
            )
        return key

    @records_denial
    def end_collaboration(self, collaboration: str, *, until: str | date) -> str:
        """Records the last day of a collaboration."""
        end = _day(until, "until")
        with self.db.write() as tx:
            link_id = parse_key("collaboration", collaboration)
            link = partners.collaboration(tx, link_id)
            if link is None:
                raise NotFound(
                    "error.no_such_collaboration",
                    key=make_key("collaboration", link_id),
                )
            actor, row, area_key, when = self._area_for_partners(tx, make_key("area", link.area_id))
            since = _day(str(link.since)[:10], "since")
            if end < since:
                raise Invalid("error.until_before_since", since=since, until=end)
            partners.end_collaboration(tx, link_id, end)
            common.touch(tx, row.id)
            key = make_key("collaboration", link_id)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="collaboration.end",
                area=area_key,
                subject=key,
                before={"until": str(link.until)[:10] if link.until else None},
                after={"until": end.isoformat()},
            )
        return key

    def list_partners(self) -> list[PartnerView]:
        with self.db.read() as tx:
            rows = partners.partners_with_links(tx)
        return [
            PartnerView(
                key=make_key("partner", r.partner.id),
                name=r.partner.name,
                kind=r.partner.kind,
                status=r.partner.status,
                collaborations=r.links,
                created_at=iso(r.partner.created_at),
            )
            for r in rows
        ]

    def collaborations(self, area: str | None = None) -> list[CollaborationView]:
        """Collaborations with partners, of one area or all, oldest first."""
        with self.db.read() as tx:
            area_id = self._area_row(tx, area).id if area is not None else None
            rows = partners.collaborations(tx, area_id)
        return [collaboration_view(r) for r in rows]

    def collaboration_count(self, since: date, until: date) -> CollaborationCount:
        """Collaborations under way at some time in [since, until): in all, by form and by the
        partner's kind, and which areas have them."""
        with self.db.read() as tx:
            rows = partners.collaborations_during(tx, since, until)
        by_form = dict.fromkeys(FORMS, 0)
        by_kind = dict.fromkeys(KINDS, 0)
        for r in rows:
            by_form[r.collaboration.form] += 1
            by_kind[r.kind] += 1
        return CollaborationCount(
            total=len(rows),
            by_form=by_form,
            by_kind=by_kind,
            items=[collaboration_view(r) for r in rows],
        )
