"""Areas beyond one flow: rounds, and each person's history across rounds (merges are in
merges.py, hand-overs in handovers.py)."""

from __future__ import annotations

import json

from innovation import audit
from innovation.domain import (
    MAX_TEXT,
    Forbidden,
    NotFound,
    Refused,
    Role,
    clean_text,
    clean_username,
    make_key,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.views import PersonPage, RoundView, StintView
from innovation.store import areas as stored_areas
from innovation.store import events as stored_events
from innovation.store import rounds as stored_rounds
from innovation.store.sql import Tx
from innovation.timeutil import iso

# Events that say who leads or sponsors an area, in the order they happened.
_PEOPLE_EVENTS = ("area.create", "area.assign", "area.handover", "area.merge", "area.merged")


class Rounds(ServiceBase):
    """Rounds of areas, and a person's page across them."""

    @records_denial
    def add_round(self, name: str, *, year: int, description: str | None = None) -> str:
        """A new round (omgång) that areas can name (facilitator or admin)."""
        name = clean_text(name, field_name=common.field("round"), limit=40)
        common.year(year, "year")
        text = common.optional(description, "description", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR, Role.ADMIN):
                raise Forbidden("error.forbidden_rounds", actor=actor.username)
            if stored_rounds.round_named(tx, name) is not None:
                raise Refused("error.round_exists", name=name)
            when = self._now()
            round_id = common.insert(
                tx,
                "round",
                name=name,
                year=year,
                description=text,
                created_by=actor.username,
                created_at=when.ts,
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="round.add",
                subject=name,
                after={"name": name, "year": year, "description": text, "id": round_id},
            )
        return name

    def list_rounds(self) -> list[RoundView]:
        """Every round with its areas: how many, in which phases, and which were merged."""
        with self.db.read() as tx:
            rounds = stored_rounds.rounds(tx)
            areas = stored_areas.summaries(tx, merged=True)
        result = []
        for r in rounds:
            mine = [a for a in areas if a.round == r.name]
            phases: dict[str, int] = {}
            for a in mine:
                if a.merged_into is None:
                    phases[a.phase] = phases.get(a.phase, 0) + 1
            result.append(
                RoundView(
                    name=r.name,
                    year=r.year,
                    description=r.description,
                    areas=[make_key("area", a.id) for a in mine],
                    active=sum(1 for a in mine if a.merged_into is None),
                    merged=sum(1 for a in mine if a.merged_into is not None),
                    phases=phases,
                )
            )
        return result

    def person_page(self, username: str) -> PersonPage:
        """A person's roles, and every stint as fadder or ledartröja on any area, from the
        audit trail: which area, which round, which role, from when until when."""
        username = clean_username(username)
        with self.db.read() as tx:
            person = self._person(tx, username)
            areas = {make_key("area", a.id): a for a in stored_areas.summaries(tx, merged=True)}
            events = stored_events.of_kinds(tx, _PEOPLE_EVENTS)
        holders: dict[str, dict[str, str]] = {}
        stints: list[StintView] = []
        open_stints: dict[tuple[str, str], StintView] = {}
        for e in events:
            after = json.loads(e.after) if isinstance(e.after, str) else e.after
            if e.area is None:
                continue  # these kinds are always of an area
            key = e.area
            if e.kind == "area.merged":
                now_holding: dict[str, str] = {}
            elif e.kind in ("area.create", "area.merge"):
                now_holding = _roles(after["fadder"], [after["ledartroja1"], after["ledartroja2"]])
            else:
                now_holding = _roles(
                    after.get("fadder", holders.get(key, {}).get("fadder", "")),
                    after["ledartrojor"],
                )
            before = holders.get(key, {})
            holders[key] = now_holding
            at = iso(e.at)
            for who_role in set(before.items()) - set(now_holding.items()):
                stint = open_stints.pop((key, who_role[0]), None)
                if stint is not None:
                    stint.until = at
                    stint.ended_by = e.kind
            for who, role in set(now_holding.items()) - set(before.items()):
                if who != username:
                    continue
                area = areas.get(key)
                stint = StintView(
                    area=key,
                    question=area.question if area else "",
                    round=area.round if area else None,
                    role=role,
                    since=at,
                    until=None,
                    started_by=e.kind,
                    ended_by=None,
                )
                open_stints[(key, who)] = stint
                stints.append(stint)
        return PersonPage(
            username=person.username, name=person.name, roles=person.roles.split(), stints=stints
        )


def _roles(fadder: str, leads: list[str]) -> dict[str, str]:
    roles = {u: "ledartroja" for u in leads if u}
    if fadder:
        roles[fadder] = "fadder"
    return roles


def known_round(tx: Tx, name: str | None) -> str | None:
    """A round the workspace knows, or a refusal that says how to add it."""
    if name is None or not name.strip():
        return None
    row = stored_rounds.round_named(tx, name.strip())
    if row is None:
        known = ", ".join(r.name for r in stored_rounds.rounds(tx))
        raise NotFound("error.unknown_round", name=name.strip(), known=known or "–")
    return row.name
