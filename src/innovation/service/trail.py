"""The audit trail as the service shows it: filtered, paged, and annotated by facilitators."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TextIO

from innovation import audit
from innovation.audit.chain import parse_doc
from innovation.domain import MAX_TEXT, Forbidden, Invalid, NotFound, Role, make_key, parse_key
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.views import EventView
from innovation.store import events
from innovation.store.database import sqlite_path
from innovation.store.rows import AuditEventRow
from innovation.store.sql import Tx
from innovation.timeutil import When, local_date

if TYPE_CHECKING:
    from innovation.audit import replay as replay_mod
    from innovation.audit import verify as verify_mod
    from innovation.store.projection import Event
    from innovation.store.scratch import Difference, Scratch

# Proving, replaying and exporting the trail import their modules when called: an area's
# history, the common reading, needs none of them.


def parse_event(value: str) -> int:
    text = value.strip().lstrip("#")
    if not (text.isascii() and text.isdigit()) or len(text) > 12:
        raise Invalid("error.bad_event", value=value)
    return int(text)


def event_view(r: AuditEventRow) -> EventView:
    """An event as shown: every field read from its hashed document, never from the columns
    derived from it (a rebuilt table could make those say something else)."""
    e = parse_doc(r.doc)
    return EventView(
        id=r.id,
        at=e["at"],
        actor=e["actor"],
        kind=e["kind"],
        area=e["area"],
        subject=e["subject"],
        before=json.loads(e["before"]),
        after=json.loads(e["after"]),
        reason=e["reason"],
        hash=r.hash,
        on=e["on"] or local_date(e["at"]).isoformat(),
    )


def history_filter(
    svc: ServiceBase,
    tx: Tx,
    area: str | None,
    person: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
) -> events.Filter:
    """The history's filters: an area, a person, a kind of event (or a prefix such as
    "request"), and the days recorded from and until (both included)."""
    key = None
    if area is not None:
        key = make_key("area", parse_key("area", area))
        svc._area_row(tx, key)
    bounds: dict[str, str | None] = {"since": None, "until": None}
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            try:
                day = date.fromisoformat(value.strip())
            except ValueError:
                raise Invalid("error.bad_date", value=value) from None
            if name == "until":
                day = date.fromordinal(day.toordinal() + 1)
            bounds[name] = iso_day(day)
    return events.Filter(
        area=key,
        actor=person.strip().lower() if person is not None else None,
        kind=kind,
        since=bounds["since"],
        until=bounds["until"],
    )


class Trail(ServiceBase):
    @records_denial
    def annotate(self, event: str, *, note: str) -> int:
        """A facilitator's note on a past event: an event of its own, the original untouched."""
        event_id = parse_event(event)
        text = common.required(note, "note", MAX_TEXT)
        with self.db.write() as tx:
            actor = self._actor(tx)
            target = events.event(tx, event_id)
            if target is None:
                raise NotFound("error.no_such_event", key=f"#{event_id}")
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_annotate", actor=actor.username, area=target.area)
            appended = audit.append(
                tx,
                When(self.clock()),
                actor=actor.username,
                kind="annotation",
                area=target.area,
                subject=f"#{event_id}",
                after={"event": event_id, "kind": target.kind, "note": text},
            )
        return appended.id

    def audit_list(
        self,
        *,
        area: str | None = None,
        person: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        before_id: int | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[EventView]:
        """Events filtered by area, person, kind (a prefix such as "request") and dates.

        Paged by key: pass the last id seen as before_id (newest first), never an offset,
        so a page costs the same at the end of a long trail as at its start.
        """
        with self.db.read() as tx:
            which = history_filter(self, tx, area, person, kind, since, until)
            # before_id is the last id seen: newest first, the page goes on below it.
            rows = events.events(
                tx,
                which,
                before_id=before_id if newest_first else None,
                after_id=None if newest_first else before_id,
                limit=limit,
                newest_first=newest_first,
            )
        return [event_view(r) for r in rows]

    def history(self, area: str | None = None) -> list[EventView]:
        return self.audit_list(area=area)

    def annotations(self, event_id: int) -> list[EventView]:
        return self.annotations_of([event_id]).get(event_id, [])

    def annotations_of(self, event_ids: list[int]) -> dict[int, list[EventView]]:
        """The annotations on each of these events (one read for a page of them)."""
        if not event_ids:
            return {}
        subjects = {f"#{i}": i for i in event_ids}
        with self.db.read() as tx:
            rows = events.annotations_of(tx, list(subjects))
        notes: dict[int, list[EventView]] = {}
        for r in rows:
            view = event_view(r)
            notes.setdefault(subjects[str(view.subject)], []).append(view)
        return notes


def iso_day(day: date) -> str:
    # An event's `at` is the text its document holds ("YYYY-MM-DDTHH:MM:SS.ffffffZ") on both
    # databases, which sorts by day: compare it with the day's text.
    return day.isoformat()


class Proofs(ServiceBase):
    """Verify, head, replay and export: read-only, for anyone who may read the trail."""

    def verify(
        self, *, expect: str | None = None, parallel_from: int | None = None
    ) -> verify_mod.Report:
        from innovation.audit import verify as verify_mod

        if parallel_from is None:
            parallel_from = verify_mod.PARALLEL_FROM
        kept = verify_mod.parse_head(expect) if expect else None
        path = sqlite_path(self.db.url)
        with self.db.read() as tx:
            return verify_mod.verify(
                tx,
                expect=kept,
                path=path,
                parallel_from=parallel_from,
            )

    def listen_for_changes(
        self,
        *,
        running: Callable[[], bool],
        changed: Callable[[], object],
        every: float,
        since: int | None = None,
    ) -> None:
        """On a shared PostgreSQL database: calls `changed` after each batch of events others
        record, until `running()` is false (checked every `every` seconds); a lost connection
        is refused with the driver's reason. With `since` (the newest event a screen has seen),
        also once at the start if there are newer ones. A screen on SQLite asks last_change
        instead."""
        from innovation.store.live import listen

        listen(self.db, running=running, changed=changed, every=every, since=since)

    def last_change(self) -> int:
        """The newest event's number: every change writes one, so a screen that saw this
        number has seen everything (a look-up on the primary key: cheap to ask every second)."""
        with self.db.read() as tx:
            return events.last_id(tx)

    def head(self) -> tuple[int, str]:
        from innovation.audit import verify as verify_mod

        with self.db.read() as tx:
            return verify_mod.head(tx)

    def replay(self) -> tuple[replay_mod.Replayed, list[str], int]:
        """Rebuilds every table from the events alone, in a scratch database, and compares
        them row by row with the database; also plays every move through today's flows.
        Returns what the history led to, every difference as a sentence, and the count."""
        from innovation.audit import replay as replay_mod

        with self.db.read() as tx:
            recorded = list(replay_mod.events_from_db(tx))
            replayed = replay_mod.replay(recorded, self.flows)
            problems, found = self._rebuild(tx, recorded)
        differences = replayed.problems + problems + replay_mod.differences_text(found)
        return replayed, differences, len(recorded)

    def rebuilt_differences(self) -> list[Difference]:
        """How the tables differ from the tables the trail alone gives (empty: none)."""
        from innovation.audit import replay as replay_mod
        from innovation.store.scratch import Difference

        with self.db.read() as tx:
            problems, found = self._rebuild(tx, list(replay_mod.events_from_db(tx)))
        return [Difference("audit_event", p, "not_applied") for p in problems] + found

    def _rebuild(self, tx: Tx, events: list[Event]) -> tuple[list[str], list[Difference]]:
        from innovation.store.scratch import Scratch, compare

        scratch = Scratch(self.db)
        try:
            problems = self._project(scratch, events)
            with scratch.db.read() as rebuilt:
                return problems, compare(tx, rebuilt)
        finally:
            scratch.close()

    def _project(self, scratch: Scratch, events: list[Event]) -> list[str]:
        """Applies the events to the scratch database; names any that cannot be applied."""
        from innovation.store.projection import Projector

        problems: list[str] = []

        def trigger_of(track: str, source: str, dest: str) -> str | None:
            tr = self.flows.get(track).transition_to(source, dest)
            return tr.trigger if tr else None

        with scratch.db.write() as stx:
            projector = Projector(stx, trigger_of)
            for event in events:
                try:
                    projector.apply(event)
                except Exception as exc:  # a forged or broken event: say which, go on
                    detail = str(exc).split("\n")[0]
                    problems.append(t("replay.not_applied", event=event["id"], detail=detail))
        return problems

    def export(
        self,
        out: TextIO,
        *,
        fmt: str,
        area: str | None = None,
        since: str | None = None,
        person: str | None = None,
        kind: str | None = None,
        until: str | None = None,
    ) -> int:
        """Every event the filters match (those of the history), with its hash."""
        from innovation.audit import export as export_mod

        if fmt not in ("jsonl", "csv"):
            raise Invalid("error.bad_format", value=fmt, choices="jsonl, csv")
        with self.db.read() as tx:
            where, params = history_filter(self, tx, area, person, kind, since, until).sql()
            found = export_mod.rows(tx, where, params)
            writer = export_mod.write_jsonl if fmt == "jsonl" else export_mod.write_csv
            return writer(found, out)
