"""Merges: several areas become a new one that keeps what each recorded; the preview first."""

from __future__ import annotations

from typing import Any

from innovation import audit, words
from innovation.domain import (
    MAX_QUESTION,
    MAX_TEXT,
    Forbidden,
    Invalid,
    Refused,
    RequestStatus,
    Role,
    clean_text,
    make_key,
    parse_key,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.rounds import known_round
from innovation.service.views import MergePlan, MergeSource
from innovation.store import areas, decisions
from innovation.store.areas import AreaFactsRow
from innovation.store.sql import Tx
from innovation.timeutil import When
from innovation.words import track_label


class Merges(ServiceBase):
    """Merging areas into a new one."""

    def _rank(self, track: str, row: AreaFactsRow) -> int:
        """How far an area has come: its phase's place in the merged area's flow."""
        order = [p.id for p in self.flows.get(track).flow.phases]
        if row.phase in order:
            return order.index(row.phase)
        own = [p.id for p in self.flows.get(row.track).flow.phases]
        return own.index(row.phase) if row.phase in own else 0

    def _sources(self, tx: Tx, keys: list[str]) -> list[AreaFactsRow]:
        if not keys:
            raise Invalid("error.merge_two")
        rows = [self._area_row(tx, k) for k in keys]
        if len({r.id for r in rows}) != len(rows):
            raise Invalid("error.merge_two")
        return rows

    def _source_problems(self, tx: Tx, rows: list[AreaFactsRow]) -> list[str]:
        problems = []
        for r in rows:
            key = make_key("area", r.id)
            if r.merged_into is not None:
                problems.append(
                    t("error.merge_merged", area=key, into=make_key("area", r.merged_into))
                )
                continue
            phase = self.flows.get(r.track).flow.phase(r.phase)
            if phase is not None and phase.end:
                problems.append(t("error.merge_ended", area=key, phase=r.phase))
        return problems

    def merge_preview(self, sources: list[str], track: str | None = None) -> MergePlan:
        """What a merge would do: each source's phase, its open request (withdrawn), its work
        (kept and reachable), and the phases the new area may start in."""
        with self.db.read() as tx:
            return self._preview(tx, sources, track)

    def _preview(self, tx: Tx, sources: list[str], track: str | None) -> MergePlan:
        rows = self._sources(tx, sources)
        chosen_track = words.track(track) if track else rows[0].track
        if chosen_track not in self.flows.names:
            raise Invalid(
                "error.bad_track",
                value=track,
                choices=", ".join(map(track_label, self.flows.names)),
            )
        items = []
        for r in rows:
            counts = areas.holdings(tx, r.id)
            items.append(
                MergeSource(
                    key=make_key("area", r.id),
                    question=r.question,
                    track=r.track,
                    phase=r.phase,
                    round=r.round,
                    request=make_key("request", r.open_request) if r.open_request else None,
                    hold_until=r.hold_until,
                    counts=counts,
                )
            )
        problems = self._source_problems(tx, rows)
        least = min(self._rank(chosen_track, r) for r in rows)
        phases = [p for p in self.flows.get(chosen_track).flow.phases if not p.end]
        allowed = [p.id for i, p in enumerate(phases) if i <= least]
        return MergePlan(
            sources=items,
            track=chosen_track,
            phases=allowed,
            phase=allowed[-1] if allowed else None,
            round=rows[0].round,
            problems=problems,
        )

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
            if preview.problems:
                raise Refused("error.merge_refused", problems="; ".join(preview.problems))
            start = (phase or preview.phase or "").strip().lower()
            if start not in preview.phases:
                raise Refused(
                    "error.merge_phase",
                    phase=start,
                    allowed=", ".join(preview.phases),
                )
            round_ = known_round(tx, round if round is not None else preview.round)
            self._holds(tx, fadder, Role.FADDER)
            for lead in leads:
                self._holds(tx, lead, Role.LEDARTROJA)
            sources_rows = [self._area_row(tx, k.key) for k in preview.sources]
            when = self._when(tx, *sources_rows, step=True)
            values: dict[str, Any] = {
                "question": question,
                "track": preview.track,
                "phase": self.flows.get(preview.track).start(start),
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
            source_keys = [s.key for s in preview.sources]
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
            for source in preview.sources:
                self._end_source(tx, source, area_id, key, actor.username, withdrawn, when)
        return key

    def _end_source(
        self,
        tx: Tx,
        source: MergeSource,
        new_id: int,
        new_key: str,
        actor: str,
        withdrawn: str,
        when: When,
    ) -> None:
        source_id = parse_key("area", source.key)
        if source.request:
            decisions.decide(
                tx,
                parse_key("request", source.request),
                status=RequestStatus.WITHDRAWN.value,
                by=actor,
                at=when.ts,
                comment=withdrawn,
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="request.withdraw",
                area=source.key,
                subject=source.request,
                before={"status": "open"},
                after={"status": RequestStatus.WITHDRAWN.value, "merged_into": new_key},
                reason=withdrawn,
            )
        common.end_delegations(tx, source_id, when.ts)
        common.touch(tx, source_id)
        common.leave_phase(tx, source_id, when.ts)
        areas.mark_merged(tx, source_id, new_id, when.ts)
        audit.append(
            tx,
            when,
            actor=actor,
            kind="area.merged",
            area=source.key,
            before={"phase": source.phase},
            after={"merged_into": new_key},
        )
