"""The tertial report's data: the world at the period's end, and once the period is closed, the
document that was delivered, never rebuilt.

A period's report reads the workspace as it stood at the end of the period's last day (or of
the day it was closed, when that came first): phases, time in phase, waiting requests and
their age, holds due, over-time flags. The open period reads as of today and says so. Closing a
period stores its report's canonical document, with the document's hash in the trail; every
later rendering of the period comes from that document. An amendment after closing stores the
next revision, saying what changed, by whom and why; earlier revisions stay readable.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast

from innovation import audit
from innovation.domain import NotFound, Refused, make_key, parse_period
from innovation.service import common
from innovation.service.base import ServiceBase
from innovation.service.views import (
    CollaborationView,
    OrgWorkView,
    ReportRevisionView,
    SteeringView,
    to_json,
)
from innovation.store import periods, reports
from innovation.store.sql import Tx
from innovation.timeutil import When, day_start, iso, local_date

if TYPE_CHECKING:
    from innovation.service import Service


def previous_period(period: str) -> str:
    year, part = int(period[:4]), int(period[-1])
    return f"{year - 1}-T3" if part == 1 else f"{year}-T{part - 1}"


def bounds(period: str) -> tuple[date, date]:
    """First day of the tertial, and the first day after it."""
    year, part = int(period[:4]), int(period[-1])
    start = date(year, 1 + (part - 1) * 4, 1)
    end = date(year + 1, 1, 1) if part == 3 else date(year, 1 + part * 4, 1)
    return start, end


def canonical(doc: dict[str, Any]) -> str:
    """The stored form of a report: the text its hash covers."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Reporting(ServiceBase):
    # reading -----------------------------------------------------------------------------------
    def report(
        self, period: str, *, only_round: str | None = None, revision: int | None = None
    ) -> dict[str, Any]:
        """A period's report: the stored document of a closed period (its newest revision, or
        the one asked for), otherwise the world at the period's end built now."""
        key = parse_period(period)
        with self.db.read() as tx:
            stored = self._stored(tx, key, revision)
        if stored is None:
            if revision is not None:
                raise NotFound("error.no_revision", period=key, revision=revision)
            return self.compose_report(key, only_round=only_round)
        doc: dict[str, Any] = json.loads(stored)
        return doc if only_round is None else _one_round(doc, only_round, cast("Service", self))

    def report_revisions(self, period: str) -> list[ReportRevisionView]:
        """A closed period's stored revisions, oldest first: who, when, why, what changed."""
        key = parse_period(period)
        with self.db.read() as tx:
            rows = reports.revisions(tx, key)
        return [
            ReportRevisionView(
                revision=r.revision,
                hash=r.hash,
                changes=json.loads(r.changes) if r.changes else [],
                reason=r.reason,
                by=r.created_by,
                at=iso(r.created_at),
            )
            for r in rows
        ]

    def _stored(self, tx: Tx, key: str, revision: int | None) -> str | None:
        row = reports.revision(tx, key, revision)
        if row is None:
            return None
        doc, kept = str(row.doc), str(row.hash)
        # What is shown is what was delivered: a stored document that no longer matches the
        # hash the trail keeps for it is refused, not shown.
        if hashlib.sha256(doc.encode("utf-8")).hexdigest() != kept or not self._in_trail(
            tx, key, row.revision, kept
        ):
            raise Refused("error.report_tampered", period=key, revision=row.revision)
        return doc

    @staticmethod
    def _in_trail(tx: Tx, key: str, revision: int, digest: str) -> bool:
        for after in reports.revisions_in_trail(tx, key):
            stored = after.get("revision", {})
            if stored.get("number") == revision and stored.get("hash") == digest:
                return True
        return False

    # building ----------------------------------------------------------------------------------
    def report_day(self, key: str) -> date:
        """The day a period's report describes: its last day, the day it was closed if that
        came first, or today while it runs."""
        start, end = bounds(key)
        today = local_date(self.clock())
        cut = min(end - timedelta(days=1), today)
        with self.db.read() as tx:
            closed = periods.closed(tx, key)
        if closed is not None and closed.closed_at is not None:
            cut = min(cut, local_date(closed.closed_at))
        return max(cut, start - timedelta(days=1))

    def compose_report(self, key: str, *, only_round: str | None = None) -> dict[str, Any]:
        """The report's data, built from the record as it stood at the end of report_day."""
        key = parse_period(key)
        start, end = bounds(key)
        today = local_date(self.clock())
        if start > today:
            # A report "as of today" dated the day before the period would describe a world
            # the period has no part in yet.
            raise Refused(
                "error.period_not_begun",
                period=key,
                start=start.isoformat(),
                today=today.isoformat(),
            )
        cut = self.report_day(key)
        me = cast("Service", self)
        view = me if cut >= today else me.as_of(cut)
        periods = {p.key: p for p in me.list_periods()}
        # Colours are reports about a period, whenever they were given: a late report or an
        # amendment of a closed period counts for it (read from today's record, not the day's).
        statuses = me.statuses(key)
        if only_round is not None:
            rounds = [r.name for r in view.list_rounds()]
            if only_round not in rounds:
                raise NotFound(
                    "error.unknown_round", name=only_round, known=", ".join(rounds) or "–"
                )
        # One read of the areas: those still going are reported, the merged ones listed if the
        # merge fell in the period.
        everything = view.list_areas(merged=True, round=only_round)
        areas = [a for a in everything if not a.merged_into]
        keys = {a.key for a in areas}
        since, until = day_start(start), day_start(end)
        collaborations = [c for c in view.collaboration_count(start, end).items if c.area in keys]
        before = [
            c
            for c in view.collaboration_count(*bounds(previous_period(key))).items
            if c.area in keys
        ]
        by_area_partners: dict[str, list[CollaborationView]] = {}
        for c in collaborations:
            by_area_partners.setdefault(c.area, []).append(c)
        merged = [
            {"key": a.key, "into": a.merged_into}
            for a in everything
            if a.merged_into and a.merged_at and start <= local_date(a.merged_at) < end
        ]
        by_area = view.period_work(since, until)
        names = view.person_names()
        count, head = me.head()
        moves = lessons = adoptions = 0
        waiting = [r for r in view.list_requests(mine=False) if r.area in keys]
        timing = view.time_in_phase()
        indicators = view.indicators_by_area(until=start.year)
        prev_start, prev_end = bounds(previous_period(key))
        cocreation, cocreation_before = (
            _cocreation(view, start, end),
            _cocreation(view, prev_start, prev_end),
        )
        # One read of every area's statements, not an area page per area (3,200 of them).
        statements = view.statements()
        ideas = _ideas(view, start, end)
        settings = me.settings()
        steering = view.steering()  # read once: the areas each assignment serves, the goals
        serves = _serves(steering)
        rows: list[dict[str, Any]] = []
        for a in areas:
            work = by_area.get(a.key) or {"moves": [], "tests": [], "lessons": []}
            area_moves, area_lessons = work["moves"], work["lessons"]
            moves += len(area_moves)
            lessons += len(area_lessons)
            ends = self._adopting_in(a.track)
            adoptions += sum(1 for m in area_moves if m["to"] in ends)
            rows.append(
                {
                    "key": a.key,
                    "question": a.question,
                    "track": a.track,
                    "round": a.round,
                    "phase": a.phase,
                    "cycle": a.cycle,
                    "fadder": names.get(a.fadder, a.fadder),
                    "ledartrojor": [names.get(u, u) for u in a.ledartrojor],
                    "status": to_json(statuses.get(a.key)),
                    "moves": area_moves,
                    "tests": work["tests"],
                    "lessons": area_lessons,
                    "indicators": [
                        {
                            "name": i.name,
                            "unit": i.unit,
                            "baseline_year": i.baseline_year,
                            "baseline": i.baseline,
                            "national": i.national,
                            "target": i.target,
                            "better": i.better,
                            "latest": to_json(i.latest),
                        }
                        for i in indicators.get(a.key, [])
                    ],
                    "hold": {"until": a.hold_until, "reason": a.hold_reason}
                    if a.hold_until
                    else None,
                    "hold_due": bool(a.hold_until and a.hold_until <= key),
                    "collaborations": to_json(by_area_partners.get(a.key, [])),
                    "time_in_phase": timing.get(a.key, {}),
                    "cocreation": cocreation.get(a.key, _NO_COCREATION),
                    "cocreation_before": cocreation_before.get(a.key, _NO_COCREATION),
                    "statements": {
                        "scope": statements[a.key].scope,
                        "nylage": statements[a.key].nylage,
                        "owner": statements[a.key].owner,
                    },
                    "ideas": ideas.get(a.key, _NO_IDEAS),
                    "serves": serves.get(a.key, []),
                }
            )
        over_periods = {}
        for p in sorted(periods):
            if p > key:
                continue  # the report is of its period: later periods are not in it
            counted = Counter(s.color for s in me.statuses(p).values())
            over_periods[p] = {c: counted.get(c, 0) for c in ("gron", "gul", "rod")}
        per_phase: dict[str, list[int]] = {}
        for r in rows:
            for phase, spent in r["time_in_phase"].items():
                per_phase.setdefault(phase, []).append(int(spent["days"]))
        return {
            "colors_over_periods": over_periods,
            "days_per_phase": {p: round(sum(v) / len(v)) for p, v in per_phase.items()},
            "assignments": to_json(me.assignments(key)),
            "period": key,
            "round": only_round,
            "period_status": periods[key].status if key in periods else "not opened",
            "as_of": cut.isoformat(),
            "as_of_today": cut >= today,
            "generated_at": iso(self.clock()),
            "audit_anchor": f"{count}:{head}",
            "summary": {
                **_summary(
                    rows,
                    waiting,
                    collaborations,
                    before,
                    merged,
                    moves,
                    adoptions,
                    lessons,
                    asks_areas=settings["colour_by"] in ("area", "both"),
                ),
                "cocreation": _total(cocreation.values()),
                "cocreation_before": _total(cocreation_before.values()),
                "ideas": _total(ideas.values()),
            },
            "areas": rows,
            "colour_by": settings["colour_by"],
            "legend": {c: settings[f"legend.{c}"] for c in ("gron", "gul", "rod")},
            "steering": {
                "vision": settings["vision"],
                "goal_areas": to_json(steering.goal_areas),
            },
            "org_work": _org_work(view.org_work(), start, end),
            "trainings": to_json(
                [
                    x
                    for x in view.trainings()
                    if x.on and start.isoformat() <= x.on < end.isoformat()
                ]
            ),
            "partners": [
                {"name": p.name, "status": p.status, "kind": p.kind} for p in view.list_partners()
            ],
        }

    # freezing and amending ---------------------------------------------------------------------
    def _freeze(self, tx: Tx, key: str, reason: str | None, actor: str) -> None:
        """Stores the period's report as it now reads and its hash in the trail: revision 1 when
        the period closes, the next one for each amendment."""
        previous = reports.revision(tx, key)
        doc = self.compose_report(key)
        number = 1
        changes: list[dict[str, Any]] | None = None
        if previous is not None:
            number = int(previous.revision) + 1
            changes = report_changes(json.loads(previous.doc), doc)
        doc["revision"] = number
        text = canonical(doc)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        when = When(self.clock())
        revision_id = common.insert(
            tx,
            "report_revision",
            period=key,
            revision=number,
            doc=text,
            hash=digest,
            changes=json.dumps(changes, ensure_ascii=False, sort_keys=True)
            if changes is not None
            else None,
            reason=reason,
            created_by=actor,
            created_at=when.ts,
        )
        audit.append(
            tx,
            when,
            actor=actor,
            kind="report.revise",
            subject=key,
            after={
                "revision": {
                    "id": revision_id,
                    "period": key,
                    "number": number,
                    "hash": digest,
                    "changes": changes,
                    "reason": reason,
                }
            },
            reason=reason,
        )


_NO_COCREATION = {"occasions": 0, "residents": 0, "staff": 0, "managers": 0}
_NO_IDEAS = {"proposed": 0, "from_residents": 0, "promoted": 0, "stop": 0}


def _cocreation(view: Service, start: date, end: date) -> dict[str, dict[str, int]]:
    """Each area's co-creation in [start, end): occasions and who took part."""
    with view.db.read() as tx:
        rows = reports.cocreation(tx, start, end)
    return {
        make_key("area", r.area_id): {
            "occasions": r.occasions,
            "residents": r.residents,
            "staff": r.staff,
            "managers": r.managers,
        }
        for r in rows
    }


def _ideas(view: Service, start: date, end: date) -> dict[str, dict[str, int]]:
    """Each area's ideas proposed in [start, end): how many, from residents, promoted to a
    test, to stop doing something."""
    found: dict[str, dict[str, int]] = {}
    for i in view.list_ideas(None):
        created = str(getattr(i, "created_at", "") or "")[:10]
        if created and not (start.isoformat() <= created < end.isoformat()):
            continue
        counts = found.setdefault(i.area, dict(_NO_IDEAS))
        counts["proposed"] += 1
        counts["from_residents"] += i.source == "resident"
        counts["promoted"] += i.status == "promoted"
        counts["stop"] += i.kind == "stop"
    return found


def _serves(steering: SteeringView) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for a in steering.assignments:
        for key in a.areas:
            found.setdefault(key, []).append(a.title)
    return found


def _total(items: Any) -> dict[str, int]:
    total: Counter[str] = Counter()
    for item in items:
        total.update(item)
    return dict(total)


def _org_work(work: list[OrgWorkView], start: date, end: date) -> dict[str, Any]:
    """The organisation's own work done in the period, and what is planned after it."""
    done = [w for w in work if w.done_on and start.isoformat() <= w.done_on < end.isoformat()]
    planned = [w for w in work if not w.done_on and w.planned_on >= start.isoformat()]
    return {
        "done": to_json(done),
        "planned": to_json(planned),
        "total": _total(
            {"residents": w.residents, "staff": w.staff, "managers": w.managers} for w in done
        ),
    }


def _summary(
    rows: list[dict[str, Any]],
    waiting: list[Any],
    collaborations: list[CollaborationView],
    before: list[CollaborationView],
    merged: list[dict[str, Any]],
    moves: int,
    adoptions: int,
    lessons: int,
    *,
    asks_areas: bool = True,
) -> dict[str, Any]:
    colors = Counter(r["status"]["color"] if r["status"] else "missing" for r in rows)
    return {
        "areas": len(rows),
        "colors": {c: colors.get(c, 0) for c in ("gron", "gul", "rod", "missing")},
        "phases": dict(Counter(r["phase"] for r in rows)),
        "tracks": dict(Counter(r["track"] for r in rows)),
        "moves": moves,
        "adoptions": adoptions,
        "lessons": lessons,
        "requests_waiting": [
            {"key": r.key, "area": r.area, "move": f"{r.source} → {r.dest}", "days": r.age_days}
            for r in waiting
        ],
        # Missing only where a colour was asked for: not when the assignment reports alone.
        "missing": [r["key"] for r in rows if not r["status"]] if asks_areas else [],
        "holds_due": [r["key"] for r in rows if r["hold_due"]],
        "collaborations": {
            "total": len(collaborations),
            "by_form": dict(Counter(c.form for c in collaborations)),
            "previous_period": len(before),
        },
        "merged": merged,
        "over_time": [r["key"] for r in rows if r["time_in_phase"].get(r["phase"], {}).get("over")],
    }


def _one_round(doc: dict[str, Any], name: str, svc: Service) -> dict[str, Any]:
    """A stored report's areas of one round, with the summary's counts recounted from them."""
    rows = [a for a in doc["areas"] if a["round"] == name]
    if not rows and name not in {r.name for r in svc.list_rounds()}:
        known = ", ".join(r.name for r in svc.list_rounds()) or "–"
        raise NotFound("error.unknown_round", name=name, known=known)
    keys = {a["key"] for a in rows}
    s = doc["summary"]
    colors = Counter(r["status"]["color"] if r["status"] else "missing" for r in rows)
    summary = {
        **s,
        "areas": len(rows),
        "colors": {c: colors.get(c, 0) for c in ("gron", "gul", "rod", "missing")},
        "phases": dict(Counter(r["phase"] for r in rows)),
        "tracks": dict(Counter(r["track"] for r in rows)),
        "moves": sum(len(r["moves"]) for r in rows),
        "lessons": sum(len(r["lessons"]) for r in rows),
        "requests_waiting": [r for r in s["requests_waiting"] if r["area"] in keys],
        "missing": [k for k in s["missing"] if k in keys],
        "holds_due": [k for k in s["holds_due"] if k in keys],
        "over_time": [k for k in s["over_time"] if k in keys],
        "merged": [m for m in s["merged"] if m["into"] in keys],
    }
    return {**doc, "round": name, "areas": rows, "summary": summary}


def report_changes(old: Any, new: Any, path: str = "") -> list[dict[str, Any]]:
    """What differs between two revisions, value by value: a path in the report (areas and
    other keyed lists by their keys), what it was and what it became."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for name in sorted(old.keys() | new.keys()):
            if name in ("generated_at", "audit_anchor", "revision"):
                continue
            found += report_changes(old.get(name), new.get(name), f"{path}.{name}".lstrip("."))
        return found
    if isinstance(old, list) and isinstance(new, list) and _keyed(old) and _keyed(new):
        before = {x["key"]: x for x in old}
        after = {x["key"]: x for x in new}
        found = []
        for key in [*before, *(k for k in after if k not in before)]:
            found += report_changes(before.get(key), after.get(key), f"{path}[{key}]")
        return found
    if old != new:
        return [{"path": path, "before": old, "after": new}]
    return []


def _keyed(items: list[Any]) -> bool:
    return all(isinstance(x, dict) and "key" in x for x in items)
