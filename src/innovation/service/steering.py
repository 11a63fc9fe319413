"""The steering structure the areas serve and the organisation's own work: the vision and the
målområden with their goals, an assignment's points, Nuläge and Nyläge, which assignments an
area serves, the assignment indicators' yearly values and how their targets are judged,
activities of the whole organisation (planned, then done), training of ledartröjor, a
partner's status, and the workspace's shared settings (who reports a colour, its legend)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from innovation import audit
from innovation.domain import (
    MAX_SHORT,
    MAX_TEXT,
    Invalid,
    NotFound,
    Refused,
    clean_text,
    clean_username,
    kolada_rank,
    make_key,
    parse_day,
    parse_key,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.assignments import Assignments, stated
from innovation.service.base import records_denial
from innovation.service.views import (
    GoalAreaView,
    OrgWorkView,
    SteeringView,
    TrainingView,
)
from innovation.store import steering as stored
from innovation.store.reads import by_id
from innovation.store.rows import AssignmentRow, OrgActivityRow, PartnerRow
from innovation.store.sql import Tx
from innovation.timeutil import When

# The settings a facilitator may set, and what each holds when nobody has set it.
SETTINGS: dict[str, str] = {
    "vision": "",
    # Who reports a colour each tertial: the assignment, each area, or both.
    "colour_by": "assignment",
    "legend.gron": "",
    "legend.gul": "",
    "legend.rod": "",
    # The public page: whether staff names are shown, and where residents send an idea.
    "publish.staff_names": "no",
    "publish.idea_link": "",
}
COLOUR_BY = ("assignment", "area", "both")
TARGET_KINDS = ("increase", "keep", "number", "top_quarter")
PARTNER_STATUSES = ("explored", "started", "signed")


def _better(value: str) -> str:
    chosen = {"higher": "higher", "högre": "higher", "lower": "lower", "lägre": "lower"}.get(
        value.strip().lower()
    )
    if chosen is None:
        raise Invalid("error.bad_better", value=value)
    return chosen


SOURCES = ("kkik", "medborgarundersokningen", "arsredovisningen", "kolada", "own")


class Steering(Assignments):
    # settings ---------------------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        """Every setting, with its default where nobody set it (an empty legend entry reads as
        the catalogue's definition of the colour, in the reader's language, when shown)."""
        found = dict(SETTINGS)
        with self.db.read() as tx:
            found.update(stored.settings(tx))
        return found

    @records_denial
    def set_setting(self, key: str, value: str) -> str:
        name = key.strip().lower()
        if name not in SETTINGS:
            raise Invalid("error.bad_setting", key=key, known=", ".join(SETTINGS))
        text = clean_text(value, field_name=t("attr.value"), limit=MAX_TEXT, multiline=True)
        if name == "colour_by" and text not in COLOUR_BY:
            raise Invalid("error.bad_colour_by", value=value, choices=", ".join(COLOUR_BY))
        if name == "publish.staff_names" and text not in ("yes", "no"):
            raise Invalid("error.bad_yes_no", value=value)
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            current = stored.setting(tx, name)
            old = current.value if current is not None else None
            row_id = current.id if current is not None else None
            when = self._now()
            if old is None:
                row_id = common.insert(
                    tx, "setting", key=name, value=text, created_by=actor, created_at=when.ts
                )
            else:
                stored.change_setting(tx, name, text, by=actor, at=when.ts)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="setting.set",
                subject=name,
                before={"value": old} if old is not None else {},
                after={"id": row_id, "key": name, "value": text},
            )
        return name

    # målområden and the assignment's text -----------------------------------------------------
    @records_denial
    def add_goal_area(self, name: str, *, goals: list[str]) -> str:
        title = clean_text(name, field_name=t("attr.name"), limit=MAX_SHORT)
        listed = [clean_text(g, field_name=t("attr.goal"), limit=MAX_TEXT) for g in goals]
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            if stored.goal_area_id(tx, title) is not None:
                raise Refused("error.goal_area_exists", name=title)
            when = self._now()
            goal_id = common.insert(
                tx,
                "goal_area",
                name=title,
                goals=json.dumps(listed),
                created_by=actor,
                created_at=when.ts,
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="goal_area.add",
                after={"id": goal_id, "name": title, "goals": listed},
            )
        return title

    @records_denial
    def describe_assignment(
        self,
        assignment: str,
        *,
        points: list[str] | None = None,
        nulage: str | None = None,
        nylage: str | None = None,
        goal_area: str | None = None,
    ) -> str:
        """The assignment's points (replacing the list), Nuläge, Nyläge and målområde."""
        changes: dict[str, Any] = {}
        if points is not None:
            changes["points"] = [
                clean_text(p, field_name=t("attr.point"), limit=MAX_TEXT) for p in points
            ]
        for name, value in (("nulage", nulage), ("nylage", nylage)):
            if value is not None:
                changes[name] = clean_text(
                    value, field_name=t(f"attr.{name}"), limit=MAX_TEXT, multiline=True
                )
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            assignment_id = self._assignment_id(tx, assignment)
            row = by_id(tx, AssignmentRow, assignment_id)
            assert row is not None
            if goal_area is not None:
                found = stored.goal_area_id(tx, goal_area.strip())
                if found is None:
                    raise NotFound("error.no_goal_area", name=goal_area)
                changes["goal_area_id"] = found
            if not changes:
                raise Invalid("error.nothing_to_describe")
            before = {
                k: (json.loads(row.points) if k == "points" and row.points else getattr(row, k))
                for k in changes
            }
            kept = {k: json.dumps(v) if k == "points" else v for k, v in changes.items()}
            common.update(tx, "assignment", assignment_id, **kept)
            audit.append(
                tx,
                self._now(),
                actor=actor,
                kind="assignment.describe",
                subject=row.title,
                before=before,
                after={"assignment_id": assignment_id, **changes},
            )
        return str(row.title)

    @records_denial
    def serve(self, area: str, assignment: str, *, stop: bool = False) -> str:
        """The area serves the assignment (or, with stop, no longer does)."""
        key = make_key("area", parse_key("area", area))
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            row = self._area_row(tx, key)
            assignment_id = self._assignment_id(tx, assignment)
            linked = stored.serves(tx, row.id, assignment_id)
            if stop and not linked:
                raise Refused("error.not_serving", area=key, assignment=assignment)
            if not stop and linked:
                raise Refused("error.already_serving", area=key, assignment=assignment)
            when = self._now()
            link_id = None
            if stop:
                stored.stop_serving(tx, row.id, assignment_id)
            else:
                link_id = common.insert(
                    tx,
                    "area_assignment",
                    area_id=row.id,
                    assignment_id=assignment_id,
                    created_by=actor,
                    created_at=when.ts,
                )
            audit.append(
                tx,
                when,
                actor=actor,
                area=key,
                kind="area.unserve" if stop else "area.serve",
                subject=key,
                after={
                    "assignment_id": assignment_id,
                    "assignment": assignment.strip(),
                    **({"id": link_id} if link_id is not None else {}),
                },
            )
        return key

    # assignment indicators: values and targets ------------------------------------------------
    def _assignment_indicator(self, tx: Tx, assignment: str, name: str) -> int:
        assignment_id = self._assignment_id(tx, assignment)
        found = stored.indicator_id(tx, assignment_id, name.strip())
        if found is None:
            raise NotFound("error.no_assignment_indicator", name=name, assignment=assignment)
        return found

    @records_denial
    def judge_assignment_indicator(
        self,
        assignment: str,
        indicator: str,
        *,
        target_kind: str,
        target_value: float | None = None,
        source: str | None = None,
        kolada: str | None = None,
        better: str | None = None,
    ) -> str:
        """How the indicator's target is judged: increase, keep (kept or increased), number
        (reach target_value), top_quarter (among the best quarter of municipalities); and,
        where given, the Kolada KPI its values come from and which way is better."""
        kind = target_kind.strip().lower()
        if kind not in TARGET_KINDS:
            raise Invalid(
                "error.bad_target_kind", value=target_kind, choices=", ".join(TARGET_KINDS)
            )
        if kind == "number" and target_value is None:
            raise Invalid("error.target_needs_number")
        origin = None if source is None else source.strip().lower()
        if origin is not None and origin not in SOURCES:
            raise Invalid("error.bad_value_source", value=source, choices=", ".join(SOURCES))
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            indicator_id = self._assignment_indicator(tx, assignment, indicator)
            values: dict[str, Any] = {
                "target_kind": kind,
                "target_value": target_value,
                "source": origin,
            }
            if kolada is not None:
                values["kolada"] = common.optional(kolada, "kolada", 40)
            if better is not None:
                values["better"] = _better(better)
            common.update(tx, "assignment_indicator", indicator_id, **values)
            audit.append(
                tx,
                self._now(),
                actor=actor,
                kind="assignment.judge",
                subject=indicator.strip(),
                after={"id": indicator_id, **values},
            )
        return indicator.strip()

    @records_denial
    def measure_assignment(
        self,
        assignment: str,
        indicator: str,
        *,
        year: int,
        value: float,
        national: float | None = None,
        rank: int | None = None,
        ranked: int | None = None,
        source: str = "own",
    ) -> str:
        """An assignment indicator's value for a year (a later value for the year replaces
        it), with the national value and our rank among municipalities where known."""
        values: dict[str, Any] = {
            "year": common.year(year, "year"),
            "value": common.number(value, "value"),
            "national": None if national is None else common.number(national, "national"),
            "rank": rank,
            "ranked": ranked,
            "source": clean_text(source, field_name=t("attr.source"), limit=200),
        }
        if (rank is None) != (ranked is None) or (rank is not None and not 1 <= rank <= ranked):  # type: ignore[operator]
            raise Invalid("error.bad_rank", rank=rank, ranked=ranked)
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            indicator_id = self._assignment_indicator(tx, assignment, indicator)
            when = self._now()
            put_value(tx, actor, when, indicator_id, indicator.strip(), values)
        return indicator.strip()

    # the organisation's own work ----------------------------------------------------------------
    @records_denial
    def plan_work(
        self,
        kind: str,
        title: str,
        *,
        on: str,
        assignment: str | None = None,
        note: str | None = None,
    ) -> str:
        """An activity of the whole organisation, planned for a day (it may lie ahead)."""
        values: dict[str, Any] = {
            "kind": clean_text(kind, field_name=t("attr.kind"), limit=100),
            "title": clean_text(title, field_name=t("attr.title"), limit=MAX_TEXT),
            "planned_on": parse_day(on).isoformat(),
            "note": common.optional(note, "note", MAX_TEXT, multiline=True),
        }
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            values["assignment_id"] = (
                None if assignment is None else self._assignment_id(tx, assignment)
            )
            when = self._now()
            work_id = common.insert(
                tx, "org_activity", created_by=actor, created_at=when.ts, **_dated(values)
            )
            key = make_key("work", work_id)
            audit.append(
                tx,
                when,
                actor=actor,
                kind="work.plan",
                subject=key,
                after={"id": work_id, **values},
            )
        return key

    @records_denial
    def work_done(self, work: str, *, residents: int = 0, staff: int = 0, managers: int = 0) -> str:
        """The planned activity happened (on the command's day, --on), with who took part."""
        counts = {
            "residents": common.count(residents, "residents"),
            "staff": common.count(staff, "staff"),
            "managers": common.count(managers, "managers"),
        }
        work_id = parse_key("work", work)
        key = make_key("work", work_id)
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            row = by_id(tx, OrgActivityRow, work_id)
            if row is None:
                raise NotFound("error.no_work", key=key)
            when = self._when(tx)
            values = {"done_on": when.day.isoformat(), **counts}
            common.update(tx, "org_activity", work_id, **_dated(values))
            audit.append(
                tx,
                when,
                actor=actor,
                kind="work.done",
                subject=key,
                before={"done_on": _day(row.done_on)},
                after={"id": work_id, **values},
            )
        return key

    def org_work(self) -> list[OrgWorkView]:
        with self.db.read() as tx:
            rows = stored.org_work(tx)
        return [
            OrgWorkView(
                key=make_key("work", r.work.id),
                kind=r.work.kind,
                title=r.work.title,
                assignment=r.assignment,
                planned_on=_day(r.work.planned_on) or "",
                done_on=_day(r.work.done_on),
                residents=r.work.residents,
                staff=r.work.staff,
                managers=r.work.managers,
                note=r.work.note,
            )
            for r in rows
        ]

    @records_denial
    def add_training(self, trainer: str, trainee: str, *, topic: str) -> str:
        """One person trained another, on the command's day."""
        who = clean_username(trainer)
        whom = clean_username(trainee)
        text = clean_text(topic, field_name=t("attr.topic"), limit=MAX_TEXT)
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            for username in (who, whom):
                self._person(tx, username)
            when = self._when(tx)
            values = {
                "trainer": who,
                "trainee": whom,
                "on_day": when.day.isoformat(),
                "topic": text,
            }
            training_id = common.insert(
                tx, "training", created_by=actor, created_at=when.ts, **_dated(values)
            )
            audit.append(
                tx,
                when,
                actor=actor,
                kind="training.add",
                subject=whom,
                after={"id": training_id, **values},
            )
        return whom

    def trainings(self) -> list[TrainingView]:
        with self.db.read() as tx:
            rows = stored.trainings(tx)
        return [TrainingView(r.trainer, r.trainee, _day(r.on_day), r.topic) for r in rows]

    @records_denial
    def set_partner_status(self, partner: str, status: str) -> str:
        chosen = status.strip().lower()
        if chosen not in PARTNER_STATUSES:
            raise Invalid(
                "error.bad_partner_status", value=status, choices=", ".join(PARTNER_STATUSES)
            )
        key = make_key("partner", parse_key("partner", partner))
        with self.db.write() as tx:
            actor = self._facilitator(tx)
            row = by_id(tx, PartnerRow, parse_key("partner", key))
            if row is None:
                raise NotFound("error.no_partner", key=key)
            stored.set_partner_status(tx, row.id, chosen)
            audit.append(
                tx,
                self._now(),
                actor=actor,
                kind="partner.status",
                subject=key,
                before={"status": row.status},
                after={"id": row.id, "status": chosen},
            )
        return key

    # the structure, read whole ------------------------------------------------------------------
    def steering(self) -> SteeringView:
        """The vision, the målområden with their goals, and each assignment with its text,
        points, Nuläge, Nyläge, målområde and the areas that serve it."""
        with self.db.read() as tx:
            goal_areas = [GoalAreaView(r.name, json.loads(r.goals)) for r in stored.goal_areas(tx)]
            served = stored.served(tx)
            assignments = [stated(r, served) for r in stored.assignments(tx)]
        return SteeringView(self.settings()["vision"], goal_areas, assignments)


def _day(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _dated(values: dict[str, Any]) -> dict[str, Any]:
    """Day columns as dates for the driver."""
    out = dict(values)
    for name in ("planned_on", "done_on", "on_day"):
        if isinstance(out.get(name), str):
            out[name] = date.fromisoformat(out[name])
    return out


def store_assignment_kolada(
    tx: Tx,
    actor: str,
    when: When,
    kpi: str,
    found: dict[int, tuple[float, float | None, list[float]]],
    source: str,
) -> int:
    """Our values of a Kolada KPI by year (with the national figure and every
    municipality's value) stored on the assignment indicators that name it, each with our
    rank; returns how many values were stored."""
    count = 0
    for ind in stored.indicators_of_kpi(tx, kpi):
        for year, (value, national, everyone) in sorted(found.items()):
            rank = ranked = None
            if len(everyone) > 1:
                above = sum(1 for v in everyone if v > value)
                below = sum(1 for v in everyone if v < value)
                rank, ranked = kolada_rank(above, below, ind.better), len(everyone)
            values = {
                "year": year,
                "value": value,
                "national": national,
                "rank": rank,
                "ranked": ranked,
                "source": source[:200],
            }
            if put_value(tx, actor, when, ind.id, ind.name, values, unchanged_too=False):
                count += 1
    return count


def put_value(
    tx: Tx,
    actor: str,
    when: When,
    indicator_id: int,
    subject: str,
    values: dict[str, Any],
    *,
    unchanged_too: bool = True,
) -> bool:
    """An assignment indicator's value for a year, replacing the year's earlier one, with its
    event; returns whether anything was recorded (an import skips a value it already holds)."""
    old = stored.indicator_value(tx, indicator_id, values["year"])
    if old is not None and not unchanged_too:
        if all(getattr(old, k) == v for k, v in values.items()):
            return False
    if old is not None:
        stored.remove_indicator_value(tx, old.id)
    value_id = common.insert(
        tx,
        "assignment_indicator_value",
        indicator_id=indicator_id,
        created_by=actor,
        created_at=when.ts,
        **values,
    )
    audit.append(
        tx,
        when,
        actor=actor,
        kind="assignment.value",
        subject=subject,
        before={"value": old.value} if old is not None else {},
        after={"id": value_id, "indicator_id": indicator_id, **values},
    )
    return True
