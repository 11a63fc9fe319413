"""Areas beyond one flow: rounds, merges into a new area, hand-overs between ledartröjor, and
each person's history across rounds."""

from __future__ import annotations

import json
from typing import Any

from innovation import audit, words
from innovation.domain import (
    MAX_QUESTION,
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    RequestStatus,
    Role,
    clean_text,
    clean_username,
    make_key,
    parse_key,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.store.sql import Row, Tx
from innovation.timeutil import When, iso
from innovation.words import track_label

# An area's hand-overs, newest first.
HANDOVERS_SQL = "SELECT * FROM handover WHERE area_id = :a ORDER BY id DESC"

# Events that say who leads or sponsors an area, in the order they happened.
_PEOPLE_EVENTS = "('area.create', 'area.assign', 'area.handover', 'area.merge', 'area.merged')"


class Rounds(ServiceBase):
    # rounds ------------------------------------------------------------------------------------
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
            if tx.one("SELECT id FROM round WHERE name = :n", n=name) is not None:
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

    def list_rounds(self) -> list[dict[str, Any]]:
        """Every round with its areas: how many, in which phases, and which were merged."""
        with self.db.read() as tx:
            rounds = tx.all("SELECT name, year, description FROM round ORDER BY year, name")
            areas = tx.all("SELECT id, round, phase, merged_into FROM area ORDER BY id")
        result = []
        for r in rounds:
            mine = [a for a in areas if a["round"] == r["name"]]
            phases: dict[str, int] = {}
            for a in mine:
                if a["merged_into"] is None:
                    phases[a["phase"]] = phases.get(a["phase"], 0) + 1
            result.append(
                {
                    "name": r["name"],
                    "year": r["year"],
                    "description": r["description"],
                    "areas": [make_key("area", a["id"]) for a in mine],
                    "active": sum(1 for a in mine if a["merged_into"] is None),
                    "merged": sum(1 for a in mine if a["merged_into"] is not None),
                    "phases": phases,
                }
            )
        return result

    # merges ------------------------------------------------------------------------------------
    def _rank(self, track: str, row: Row) -> int:
        """How far an area has come: its phase's place in the merged area's flow."""
        order = [p.id for p in self.flows.get(track).flow.phases]
        if row["phase"] in order:
            return order.index(row["phase"])
        own = [p.id for p in self.flows.get(row["track"]).flow.phases]
        return own.index(row["phase"]) if row["phase"] in own else 0

    def _sources(self, tx: Tx, keys: list[str]) -> list[Row]:
        if not keys:
            raise Invalid("error.merge_two")
        rows = [self._area_row(tx, k) for k in keys]
        if len({r["id"] for r in rows}) != len(rows):
            raise Invalid("error.merge_two")
        return rows

    def _source_problems(self, tx: Tx, rows: list[Row]) -> list[str]:
        problems = []
        for r in rows:
            key = make_key("area", r["id"])
            if r["merged_into"] is not None:
                problems.append(
                    t("error.merge_merged", area=key, into=make_key("area", r["merged_into"]))
                )
                continue
            phase = self.flows.get(r["track"]).flow.phase(r["phase"])
            if phase is not None and phase.end:
                problems.append(t("error.merge_ended", area=key, phase=r["phase"]))
        return problems

    def merge_preview(self, sources: list[str], track: str | None = None) -> dict[str, Any]:
        """What a merge would do: each source's phase, its open request (withdrawn), its work
        (kept and reachable), and the phases the new area may start in."""
        with self.db.read() as tx:
            return self._preview(tx, sources, track)

    def _preview(self, tx: Tx, sources: list[str], track: str | None) -> dict[str, Any]:
        rows = self._sources(tx, sources)
        chosen_track = words.track(track) if track else rows[0]["track"]
        if chosen_track not in self.flows.names:
            raise Invalid(
                "error.bad_track",
                value=track,
                choices=", ".join(map(track_label, self.flows.names)),
            )
        items = []
        for r in rows:
            counts = {
                table: tx.value(f"SELECT count(*) FROM {table} WHERE area_id = :a", a=r["id"])
                for table in ("activity", "trial", "lesson", "indicator", "idea")
            }
            items.append(
                {
                    "key": make_key("area", r["id"]),
                    "question": r["question"],
                    "track": r["track"],
                    "phase": r["phase"],
                    "round": r["round"],
                    "request": make_key("request", r["open_request"])
                    if r["open_request"]
                    else None,
                    "hold_until": r["hold_until"],
                    "counts": counts,
                }
            )
        problems = self._source_problems(tx, rows)
        least = min(self._rank(chosen_track, r) for r in rows)
        phases = [p for p in self.flows.get(chosen_track).flow.phases if not p.end]
        allowed = [p.id for i, p in enumerate(phases) if i <= least]
        return {
            "sources": items,
            "track": chosen_track,
            "phases": allowed,
            "phase": allowed[-1] if allowed else None,
            "round": rows[0]["round"],
            "problems": problems,
        }

    @records_denial
    def merge(
        self,
        sources: list[str],
        *,
        into: str,
        fadder: str,
        ledartrojor: list[str],
        reason: str,
        phase: str | None = None,
        track: str | None = None,
        round: str | None = None,
    ) -> str:
        """Merges areas into a new one (facilitator or admin): the sources end as merged,
        pointing to it, with their history; their open requests are withdrawn."""
        question = clean_text(into, field_name=common.field("question"), limit=MAX_QUESTION)
        note = clean_text(reason, field_name=common.field("reason"), limit=MAX_TEXT, multiline=True)
        fadder, leads = self._people(fadder, ledartrojor)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR, Role.ADMIN):
                raise Forbidden("error.forbidden_merge", actor=actor.username)
            preview = self._preview(tx, sources, track)
            if preview["problems"]:
                raise Refused("error.merge_refused", problems="; ".join(preview["problems"]))
            start = (phase or preview["phase"] or "").strip().lower()
            if start not in preview["phases"]:
                raise Refused(
                    "error.merge_phase",
                    phase=start,
                    allowed=", ".join(preview["phases"]),
                )
            round_ = known_round(tx, round if round is not None else preview["round"])
            self._holds(tx, fadder, Role.FADDER)
            for lead in leads:
                self._holds(tx, lead, Role.LEDARTROJA)
            sources_rows = [self._area_row(tx, k["key"]) for k in preview["sources"]]
            when = self._when(tx, *sources_rows, step=True)
            values: dict[str, Any] = {
                "question": question,
                "track": preview["track"],
                "phase": self.flows.get(preview["track"]).start(start),
                "cycle": 1,
                "round": round_,
                "fadder": fadder,
                "ledartroja1": leads[0],
                "ledartroja2": leads[1],
            }
            area_id = common.insert(
                tx, "area", **values, created_at=when.ts, phase_since=when.ts, version=1
            )
            key = make_key("area", area_id)
            common.enter_phase(tx, area_id, values["phase"], when.ts)
            source_keys = [s["key"] for s in preview["sources"]]
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="area.merge",
                area=key,
                after={**values, "sources": source_keys},
                reason=note,
            )
            # The merge's own reason, untranslated: what is stored must not depend on the
            # language of whoever ran the command; the event names the new area.
            withdrawn = note
            for source in preview["sources"]:
                self._end_source(tx, source, area_id, key, actor.username, withdrawn, when)
        return key

    def _end_source(
        self,
        tx: Tx,
        source: dict[str, Any],
        new_id: int,
        new_key: str,
        actor: str,
        withdrawn: str,
        when: When,
    ) -> None:
        source_id = parse_key("area", source["key"])
        if source["request"]:
            tx.run(
                "UPDATE request SET status = 'withdrawn', decided_by = :by, decided_at = :at,"
                " comment = :note WHERE id = :id AND status = 'open'",
                by=actor,
                at=when.ts,
                note=withdrawn,
                id=parse_key("request", source["request"]),
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="request.withdraw",
                area=source["key"],
                subject=source["request"],
                before={"status": "open"},
                after={"status": RequestStatus.WITHDRAWN.value, "merged_into": new_key},
                reason=withdrawn,
            )
        tx.run(
            "UPDATE delegation SET ended_at = :now WHERE area_id = :a AND ended_at IS NULL",
            now=when.ts,
            a=source_id,
        )
        common.touch(tx, source_id)
        common.leave_phase(tx, source_id, when.ts)
        tx.run(
            "UPDATE area SET merged_into = :into, merged_at = :at WHERE id = :id",
            into=new_id,
            at=when.ts,
            id=source_id,
        )
        audit.append(
            tx,
            when,
            actor=actor,
            kind="area.merged",
            area=source["key"],
            before={"phase": source["phase"]},
            after={"merged_into": new_key},
        )

    # hand-overs --------------------------------------------------------------------------------
    @records_denial
    def handover(self, area: str, *, outgoing: str, incoming: str, reason: str) -> str:
        """Replaces one of an area's ledartröjor (facilitator), with a reason; the outgoing one
        may then leave a note that the incoming one sees first."""
        outgoing, incoming = clean_username(outgoing), clean_username(incoming)
        note = clean_text(reason, field_name=common.field("reason"), limit=MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            key = make_key("area", row["id"])
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_areas", actor=actor.username, area=key)
            leads = list(self._leads(row))
            if outgoing not in leads:
                raise Refused(
                    "error.not_a_lead", username=outgoing, area=key, leads=", ".join(leads)
                )
            if incoming in leads:
                raise Refused("error.already_lead", username=incoming, area=key)
            if incoming == row["fadder"]:
                raise Refused("error.fadder_is_lead", username=incoming)
            self._person(tx, incoming)
            self._holds(tx, incoming, Role.LEDARTROJA)
            self._refuse_delegate_as_lead(tx, row, [incoming], row["fadder"])
            new_leads = [incoming if u == outgoing else u for u in leads]
            when = self._when(tx, row, step=True)
            common.touch(tx, row["id"], ledartroja1=new_leads[0], ledartroja2=new_leads[1])
            handover_id = common.insert(
                tx,
                "handover",
                area_id=row["id"],
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
            key = make_key("area", row["id"])
            handover = tx.one(
                "SELECT * FROM handover WHERE area_id = :a AND outgoing = :u ORDER BY id DESC",
                a=row["id"],
                u=actor.username,
            )
            if handover is None:
                raise Forbidden("error.forbidden_handover_note", actor=actor.username, area=key)
            if handover["seen_at"] is not None:
                raise Refused(
                    "error.handover_read",
                    incoming=handover["incoming"],
                    at=iso(handover["seen_at"])[:16].replace("T", " "),
                )
            when = self._when(tx, row)
            tx.run(
                "UPDATE handover SET note = :n, note_at = :at WHERE id = :id",
                n=text,
                at=when.ts,
                id=handover["id"],
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="handover.note",
                area=key,
                subject=f"H{handover['id']}",
                before={"note": handover["note"]},
                after={"note": text, "incoming": handover["incoming"]},
            )
        return f"H{handover['id']}"

    @records_denial
    def handover_seen(self, area: str) -> int:
        """The incoming ledartröja has read the notes left for them; returns how many."""
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            key = make_key("area", row["id"])
            unread = tx.all(
                "SELECT id FROM handover WHERE area_id = :a AND incoming = :u"
                " AND note IS NOT NULL AND seen_at IS NULL ORDER BY id",
                a=row["id"],
                u=actor.username,
            )
            when = When(self.clock()) if unread else None
            for h in unread:
                assert when is not None
                tx.run("UPDATE handover SET seen_at = :at WHERE id = :id", at=when.ts, id=h["id"])
                audit.append(
                    tx,
                    when,
                    actor=actor.username,
                    kind="handover.seen",
                    area=key,
                    subject=f"H{h['id']}",
                )
        return len(unread)

    def handovers(self, area: str) -> list[dict[str, Any]]:
        """An area's hand-overs, newest first."""
        with self.db.read() as tx:
            row = self._area_row(tx, area)
            rows = tx.all(HANDOVERS_SQL, a=row["id"])
        return [handover_view(h) for h in rows]

    def unread_handover_notes(self, area: str) -> list[dict[str, Any]]:
        """Notes left for the acting person on an area that they have not read yet."""
        return unread_for(self.handovers(area), self.actor_name)

    # a person's history ------------------------------------------------------------------------
    def person_page(self, username: str) -> dict[str, Any]:
        """A person's roles, and every stint as fadder or ledartröja on any area, from the
        audit trail: which area, which round, which role, from when until when."""
        username = clean_username(username)
        with self.db.read() as tx:
            person = self._person(tx, username)
            areas = {
                make_key("area", a["id"]): a
                for a in tx.all("SELECT id, question, round, merged_into FROM area")
            }
            events = tx.all(
                f"SELECT kind, area, at, after, reason FROM audit_event WHERE kind IN"
                f" {_PEOPLE_EVENTS} ORDER BY id"
            )
        holders: dict[str, dict[str, str]] = {}
        stints: list[dict[str, Any]] = []
        open_stints: dict[tuple[str, str], dict[str, Any]] = {}
        for e in events:
            after = json.loads(e["after"]) if isinstance(e["after"], str) else e["after"]
            key = e["area"]
            if e["kind"] == "area.merged":
                now_holding: dict[str, str] = {}
            elif e["kind"] in ("area.create", "area.merge"):
                now_holding = _roles(after["fadder"], [after["ledartroja1"], after["ledartroja2"]])
            else:
                now_holding = _roles(
                    after.get("fadder", holders.get(key, {}).get("fadder", "")),
                    after["ledartrojor"],
                )
            before = holders.get(key, {})
            holders[key] = now_holding
            at = iso(e["at"])
            for who_role in set(before.items()) - set(now_holding.items()):
                stint = open_stints.pop((key, who_role[0]), None)
                if stint is not None:
                    stint["until"] = at
                    stint["ended_by"] = e["kind"]
            for who, role in set(now_holding.items()) - set(before.items()):
                if who != username:
                    continue
                area = areas.get(key)
                stint = {
                    "area": key,
                    "question": area["question"] if area else "",
                    "round": area["round"] if area else None,
                    "role": role,
                    "since": at,
                    "until": None,
                    "started_by": e["kind"],
                    "ended_by": None,
                }
                open_stints[(key, who)] = stint
                stints.append(stint)
        return {
            "username": person["username"],
            "name": person["name"],
            "roles": person["roles"].split(),
            "stints": stints,
        }


def _roles(fadder: str, leads: list[str]) -> dict[str, str]:
    roles = {u: "ledartroja" for u in leads if u}
    if fadder:
        roles[fadder] = "fadder"
    return roles


def known_round(tx: Tx, name: str | None) -> str | None:
    """A round the workspace knows, or a refusal that says how to add it."""
    if name is None or not name.strip():
        return None
    row = tx.one("SELECT name FROM round WHERE name = :n", n=name.strip())
    if row is None:
        known = ", ".join(r["name"] for r in tx.all("SELECT name FROM round ORDER BY year"))
        raise NotFound("error.unknown_round", name=name.strip(), known=known or "–")
    return str(row["name"])


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
