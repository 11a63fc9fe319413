"""The demo workspace: db/seed/demo.toml played through the service layer, once."""

from __future__ import annotations

import calendar
import functools
import json
import re
import tempfile
import tomllib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from innovation.domain import make_key, parse_key
from innovation.resources import seed_dir
from innovation.service import Service
from innovation.store import decisions, ideas, work
from innovation.store import people as stored_people
from innovation.store.database import Database

SETUP_AT = "2023-01-09"


def _fixed(at: datetime) -> datetime:
    return at


def _moment(day: str, order: int) -> datetime:
    # Steps of one day keep their order a minute apart, from nine in the morning.
    start = datetime.combine(datetime.fromisoformat(day).date(), time(9, 0), tzinfo=UTC)
    return start + timedelta(minutes=order)


def _open_request(db: Database, area: str) -> str:
    with db.read() as tx:
        rid = decisions.open_request(tx, parse_key("area", area))
    assert rid is not None, f"the demo expects {area} to wait for a decision"
    return make_key("request", rid)


def _pending_test(db: Database, area: str) -> str:
    with db.read() as tx:
        tid = work.pending_trial(tx, parse_key("area", area))
    assert tid is not None, f"the demo expects a test without a result on {area}"
    return make_key("test", tid)


def _idea(db: Database, title: str) -> str:
    with db.read() as tx:
        iid = ideas.idea_titled(tx, title)
    assert iid is not None, f"the demo expects the idea {title!r}"
    return make_key("idea", iid)


def _kolada(svc: Service, name: str, years: int) -> int:
    """The demo's Kolada file, its years moved with the story."""
    source = Path(seed_dir()) / name
    if not years:
        return svc.import_kolada(source)
    doc = json.loads(source.read_text(encoding="utf-8"))
    for value in doc.get("values", []):
        if isinstance(value.get("period"), int):
            value["period"] += years
    with tempfile.TemporaryDirectory() as tmp:
        moved = Path(tmp) / name
        moved.write_text(json.dumps(doc), encoding="utf-8")
        return svc.import_kolada(moved)


def _run_step(db: Database, svc: Service, step: dict[str, Any], years: int = 0) -> None:
    do, area = step["do"], step.get("area", "")

    def idea() -> str:
        return _idea(db, step["idea"])

    actions: dict[str, Callable[[], object]] = {
        "activity": lambda: svc.dated(step["date"]).add_activity(
            area,
            kind=step["kind"],
            residents=step.get("residents", 0),
            staff=step.get("staff", 0),
            managers=step.get("managers", 0),
            note=step.get("note"),
        ),
        "move": lambda: svc.move(area, step["to"], reason=step["reason"]),
        "scope": lambda: svc.set_scope(area, step["text"]),
        "nylage": lambda: svc.set_nylage(area, step["text"]),
        "owner": lambda: svc.set_owner(area, step["text"]),
        "test": lambda: svc.add_test(
            area, hypothesis=step["hypothesis"], measure=step.get("measure")
        ),
        "result": lambda: svc.record_result(
            _pending_test(db, area), result=step["result"], outcome=step["outcome"]
        ),
        "lesson": lambda: svc.add_lesson(area, step["text"]),
        "indicator": lambda: svc.add_indicator(
            area,
            name=step["name"],
            unit=step["unit"],
            baseline_year=step["baseline_year"],
            baseline=float(step["baseline"]),
            target=step["target"],
            national=float(step["national"]) if "national" in step else None,
            kolada=step.get("kolada"),
        ),
        "kolada_import": lambda: _kolada(svc, step["file"], years),
        "merge": lambda: svc.merge(
            step["sources"],
            into=step["into"],
            fadder=step["fadder"],
            ledartrojor=step["ledartrojor"],
            reason=step["reason"],
            phase=step.get("phase"),
            track=step.get("track"),
        ),
        "handover": lambda: svc.handover(
            area, outgoing=step["from"], incoming=step["to"], reason=step["reason"]
        ),
        "handover_note": lambda: svc.handover_note(area, step["note"]),
        "partner": lambda: svc.add_partner(step["name"], kind=step["kind"]),
        "link": lambda: svc.link_partner(
            area,
            step["partner"],
            form=step["form"],
            since=step["since"],
            until=step.get("until"),
            note=step.get("note"),
        ),
        "approve": lambda: svc.approve(_open_request(db, area), comment=step.get("comment")),
        "propose": lambda: svc.add_idea(
            area,
            title=step["title"],
            source=step["source"],
            description=step.get("description"),
            stop=step.get("stop", False),
            note=step.get("note"),
        ),
        "support": lambda: svc.support_idea(idea()),
        "score": lambda: svc.score_idea(
            idea(),
            effect=step["effect"],
            cost=step["cost"],
            speed=step["speed"],
            reason=step["reason"],
        ),
        "promote": lambda: svc.promote_idea(
            idea(), hypothesis=step.get("hypothesis"), measure=step.get("measure")
        ),
        "park": lambda: svc.park_idea(idea(), reason=step["reason"]),
        "decline": lambda: svc.decline_idea(idea(), reason=step["reason"]),
        "move_idea": lambda: svc.move_idea(idea(), to=step["to"], reason=step["reason"]),
        "open_period": lambda: svc.open_period(step["period"]),
        "close_period": lambda: svc.close_period(step["period"]),
        "assignment": lambda: svc.add_assignment(
            step["title"], description=step.get("description")
        ),
        "assignment_indicator": lambda: svc.add_assignment_indicator(
            step["assignment"],
            name=step["name"],
            horizon=step["horizon"],
            unit=step.get("unit", "%"),
            start_year=step.get("start_year"),
            own=step.get("own"),
            national=step.get("national"),
            target=step.get("target"),
        ),
        "goal_area": lambda: svc.add_goal_area(step["name"], goals=step["goals"]),
        "describe_assignment": lambda: svc.describe_assignment(
            step["assignment"],
            points=step.get("points"),
            nulage=step.get("nulage"),
            nylage=step.get("nylage"),
            goal_area=step.get("goal_area"),
        ),
        "serve": lambda: svc.serve(area, step["assignment"]),
        "judge": lambda: svc.judge_assignment_indicator(
            step["assignment"],
            step["indicator"],
            target_kind=step["target_kind"],
            source=step.get("source"),
        ),
        "assignment_value": lambda: svc.measure_assignment(
            step["assignment"],
            step["indicator"],
            year=step["year"],
            value=step["value"],
            national=step.get("national"),
            source=step.get("source", "own"),
        ),
        "plan_work": lambda: svc.plan_work(
            step["kind"],
            step["title"],
            on=step["planned_on"],
            assignment=step.get("assignment"),
            note=step.get("note"),
        ),
        "work_done": lambda: svc.dated(step["on"]).work_done(
            step["work"],
            residents=step.get("residents", 0),
            staff=step.get("staff", 0),
            managers=step.get("managers", 0),
        ),
        "training": lambda: svc.dated(step["on"]).add_training(
            step["trainer"], step["trainee"], topic=step["topic"]
        ),
        "partner_status": lambda: svc.set_partner_status(step["partner"], step["status"]),
        "setting": lambda: svc.set_setting(step["key"], step["value"]),
        "assignment_status": lambda: svc.set_assignment_status(
            step["assignment"], period=step["period"], color=step["color"], comment=step["comment"]
        ),
        "status": lambda: svc.set_status(
            area,
            period=step["period"],
            color=step["color"],
            cause=step.get("cause"),
            measures=step.get("measures"),
            comment=step.get("comment"),
        ),
    }
    actions[do]()


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TERTIAL = re.compile(r"^(\d{4})-T([123])$")
_YEARS = ("year", "baseline_year", "start_year", "period")


def _tertials_before(last: date, today: date) -> int:
    """How many whole tertials (four months each) the story can move forward and still end
    on or before today."""
    months = (today.year - last.year) * 12 + today.month - last.month
    if today.day < last.day:
        months -= 1
    return max(0, months // 4)


def _shift(value: Any, months: int, key: str = "") -> Any:
    """The story's days moved `months` forward (a multiple of four: tertials stay tertials),
    its tertial keys and years with them."""
    if isinstance(value, dict):
        named = "year" in value and set(value) <= {"name", "year", "description"}  # a [[round]]
        return {k: _shift(v, months, "round" if named and k == "name" else k)
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_shift(v, months, key) for v in value]
    if isinstance(value, str):
        day = _DAY.match(value)
        if day:
            y, m, d = (int(x) for x in day.groups())
            total = y * 12 + (m - 1) + months
            year, month = divmod(total, 12)
            last = calendar.monthrange(year, month + 1)[1]
            return date(year, month + 1, min(d, last)).isoformat()
        if key == "round" and value.isdigit() and len(value) == 4:
            return str(int(value) + months // 12)  # a round named by its year
        tertial = _TERTIAL.match(value)
        if tertial:
            index = int(tertial.group(1)) * 3 + int(tertial.group(2)) - 1 + months // 4
            return f"{index // 3}-T{index % 3 + 1}"
        return value
    if isinstance(value, int) and not isinstance(value, bool) and key in _YEARS and value > 1900:
        return value + months // 12
    return value


def _story_end(doc: dict[str, Any]) -> date:
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and _DAY.match(value):
            found.append(value)

    walk(doc)
    return date.fromisoformat(max(found))


def reset_demo(db: Database, path: Path | None = None) -> None:
    """Removes a demo workspace's file so that the demo starts afresh. Refused for anything
    but a SQLite file whose people are exactly the demo's (a real workspace is never reset)."""
    from innovation.domain import Refused

    if not db.is_sqlite or db.file is None:
        raise Refused("error.demo_reset_shared")
    file = Path(db.file)
    if file.exists():
        doc = tomllib.loads((path or Path(seed_dir()) / "demo.toml").read_text(encoding="utf-8"))
        wanted = {p["username"] for p in doc["person"]}
        with db.read() as tx:
            present = {p.username for p in stored_people.everyone(tx)}
        if present and present != wanted:
            raise Refused("error.demo_reset_real", path=str(file))
    db.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)
    db.state = "empty"


def seed_demo(
    db: Database, path: Path | None = None, *, reset: bool = False, today: date | None = None
) -> bool:
    """Seeds an empty workspace; returns False (and changes nothing) if it has people.
    With reset, a demo workspace is first removed, so it starts afresh. With today, the
    story (2023 → 2024 as written) is moved forward by whole tertials to end shortly before
    today, so that days in a phase and what needs attention read as in a live programme."""
    if reset:
        reset_demo(db, path)
    db.migrate()  # the demo writes: a new file becomes a workspace first
    with db.read() as tx:
        if stored_people.anyone(tx):
            return False
    doc = tomllib.loads((path or Path(seed_dir()) / "demo.toml").read_text(encoding="utf-8"))
    months = 4 * _tertials_before(_story_end(doc), today) if today else 0
    if months:
        doc = _shift(doc, months)
    setup_at = _shift(SETUP_AT, months)
    people, areas = doc["person"], doc["area"]
    admin = people[0]["username"]
    # (day, kind, item): a stable sort keeps the file's order within a day.
    plan = [(setup_at, "person", p) for p in people]
    plan += [(setup_at, "round", r) for r in doc.get("round", [])]
    plan += [(a["at"], "area", a) for a in areas]
    plan += [(s["at"], "step", s) for s in doc.get("step", [])]
    plan.sort(key=lambda item: item[0])
    for order, (day, kind, item) in enumerate(plan):
        at = _moment(day, order)
        actor = admin if kind in ("person", "round", "area") else item["as"]
        svc = Service(db, actor, clock=functools.partial(_fixed, at))
        if kind == "person":
            svc.add_person(item["username"], name=item["name"], roles=item["roles"])
        elif kind == "round":
            svc.add_round(item["name"], year=item["year"], description=item.get("description"))
        elif kind == "area":
            svc.create_area(
                item["question"],
                track=item["track"],
                fadder=item["fadder"],
                ledartrojor=item["ledartrojor"],
                round=item.get("round"),
            )
        else:
            _run_step(db, svc, item, months // 12)
    return True
