"""Bringing an existing programme in, and taking a workspace out, in the shape of
interchange/shape.py.

Every imported row becomes the same audited command a person would run, dated the day it
happened and done by the person it names; the whole import is one transaction, so either
every row is in or none is. Rows run in the order they happened (then in the order of the
sheets: an area before its work, work before the move it allowed). Every bad row is reported
with its sheet, row, column and why, and then nothing is written; a dry run does everything
and writes nothing. Only an admin imports: rows act in other people's names, and the trail
says who brought them in (an `import.run` event before them).

The export is read from the trail, so importing an export gives back the same rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovation import audit, words
from innovation.domain import (
    Forbidden,
    InnovationError,
    Invalid,
    Refused,
    Role,
    clean_username,
    parse_day,
    parse_period,
)
from innovation.i18n import t
from innovation.interchange import shape as S
from innovation.interchange.workbook import Problem, Row, Rows
from innovation.service.base import ServiceBase, records_denial
from innovation.store import people
from innovation.store.projection import Event
from innovation.timeutil import When

if TYPE_CHECKING:
    from innovation.service import Service

# Within one day: an area before anything about it, a period opened before colours for it,
# work before the move it allowed, a period closed last.
_RANK = {
    "area": 0, "merge": 1, "period.open": 2, "indicator": 3, "activity": 4, "statement": 5,
    "test": 6, "idea": 7, "idea.decide": 8, "result": 9, "lesson": 10, "value": 11,
    "colour": 12, "step": 13, "period.close": 14,
}  # fmt: skip
_STATEMENTS = {"avgransning": "set_scope", "nylage": "set_nylage", "mottagare": "set_owner",
               "scope": "set_scope", "owner": "set_owner"}  # fmt: skip
_DAY_COLUMN = {S.AREAS.name: "startdatum", S.PERIODS.name: "öppnad"} | {
    sheet.name: "datum"
    for sheet in (S.ACTIVITIES, S.STATEMENTS, S.TESTS, S.LESSONS, S.IDEAS, S.INDICATORS,
                  S.VALUES, S.STEPS, S.MERGES, S.COLOURS)
}  # fmt: skip
_DECISIONS = {"provas": "promote", "promote": "promote", "promoted": "promote",
              "parkerad": "park", "park": "park", "parked": "park",
              "avbojd": "decline", "decline": "decline", "declined": "decline"}  # fmt: skip
_STEPS = {
    "flytt": "move", "move": "move", "godkand": "go", "go": "go", "approve": "go",
    "recycle": "recycle", "avslagen": "recycle", "vilande": "hold", "hold": "hold",
    "kill": "kill", "aterupptagen": "resume", "resume": "resume",
    "tillbakadragen": "withdraw", "withdraw": "withdraw",
}  # fmt: skip


class _Skip(Exception):
    """The row is already in the workspace, exactly: nothing to do."""


class _RolledBack(Exception):
    pass


@dataclass
class Keys:
    """The file's keys of areas, tests and indicators, and the workspace's keys they became."""

    areas: dict[str, str] = field(default_factory=dict)
    tests: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, str] = field(default_factory=dict)
    ideas: dict[tuple[str, int], str] = field(default_factory=dict)  # by (sheet, row)

    def area(self, key: str) -> str:
        return self.areas.get(key.strip().upper(), key)


@dataclass(frozen=True)
class Action:
    row: Row
    day: date | None
    rank: int
    run: Callable[[ServiceBase, Keys], object]


@dataclass
class ImportResult:
    rows: int = 0
    done: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False


class _Plan:
    """Turns rows into actions, checking each value before anything runs."""

    def __init__(self) -> None:
        self.actions: list[Action] = []
        self.problems: list[Problem] = []

    def problem(self, row: Row, column: str | None, why: str) -> None:
        self.problems.append(Problem(row.sheet, row.number, column, why))

    def day(self, row: Row, column: str, required: bool = True) -> date | None:
        value = row.get(column)
        if not value:
            if required:
                self.problem(row, column, t("import.required"))
            return None
        try:
            return parse_day(value)
        except InnovationError as exc:
            self.problem(row, column, exc.message())
            return None

    def need(self, row: Row, *columns: str) -> bool:
        missing = [c for c in columns if not row.get(c)]
        for c in missing:
            self.problem(row, c, t("import.required"))
        return not missing

    def number(self, row: Row, column: str, *, whole: bool = False) -> float | None:
        value = row.get(column).replace(",", ".").replace(" ", "")
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            self.problem(row, column, t("import.not_a_number", value=row.get(column)))
            return None
        if whole and not number.is_integer():
            self.problem(row, column, t("import.not_whole", value=row.get(column)))
            return None
        return number

    def add(
        self, row: Row, day: date | None, kind: str, run: Callable[[Any, Keys], object]
    ) -> None:
        self.actions.append(Action(row, day, _RANK.get(kind, 99), run))


def _as(svc: Service, who: str, day: date | None) -> Any:
    """The service acting as `who` on `day` (the importer when the row names nobody)."""
    actor = clean_username(who) if who else svc.actor_name
    acting = svc.__class__(svc.db, actor, flows=svc.flows, clock=svc.clock)
    return acting.dated(day) if day is not None else acting


def _plan(rows: Rows) -> _Plan:
    plan = _Plan()

    def add(r: Row, day: date | None, kind: str, run: Callable[..., object], **extra: Any) -> None:
        plan.add(r, day, kind, partial(run, r=r, day=day, **extra))

    for r in rows.get(S.PEOPLE.name, []):
        if plan.need(r, "användarnamn", "namn", "roller"):
            roles = [w for w in r.get("roller").replace(",", " ").split() if w]
            add(r, None, "person", _person, roles=roles)
    for r in rows.get(S.ROUNDS.name, []):
        year = plan.number(r, "år", whole=True)
        if plan.need(r, "namn", "år") and year is not None:
            add(r, None, "round", _round, year=int(year))
    for r in rows.get(S.AREAS.name, []):
        day = plan.day(r, "startdatum")
        if plan.need(r, "nyckel", "fråga", "spår", "fadder", "ledartröja 1", "ledartröja 2"):
            add(r, day, "area", _area)
    for r in rows.get(S.MERGES.name, []):
        day = plan.day(r, "datum")
        needed = ("nyckel", "källor", "fråga", "fadder", "ledartröja 1", "ledartröja 2", "skäl")
        if plan.need(r, *needed, "av"):
            add(r, day, "merge", _merge)
    for r in rows.get(S.INDICATORS.name, []):
        day = plan.day(r, "datum", required=False)
        numbers = [plan.number(r, c) for c in ("basår", "basvärde", "riket")]
        if plan.need(r, "nyckel", "område", "namn", "enhet", "basår", "basvärde", "mål", "av"):
            add(r, day, "indicator", _indicator, numbers=numbers)
    for r in rows.get(S.ACTIVITIES.name, []):
        day = plan.day(r, "datum")
        counts = [plan.number(r, c, whole=True) for c in ("invånare", "medarbetare", "chefer")]
        if plan.need(r, "område", "typ", "av"):
            add(r, day, "activity", _activity, counts=counts)
    for r in rows.get(S.STATEMENTS.name, []):
        day = plan.day(r, "datum")
        what = _STATEMENTS.get(words.fold(r.get("vad")))
        if r.get("vad") and what is None:
            choices = "avgränsning, nyläge, mottagare"
            plan.problem(r, "vad", t("import.bad_choice", choices=choices))
        elif plan.need(r, "område", "vad", "text", "av"):
            add(r, day, "statement", _statement, what=what)
    for r in rows.get(S.TESTS.name, []):
        # A row with no hypothesis gives the result of a test made elsewhere (a promoted idea).
        if r.get("hypotes") or r.get("datum"):
            day = plan.day(r, "datum")
            if not plan.need(r, "nyckel", "område", "hypotes", "av"):
                continue
            add(r, day, "test", _test)
        elif not plan.need(r, "nyckel", "av"):
            continue
        if r.get("resultatdatum") or r.get("resultat") or r.get("utfall"):
            done = plan.day(r, "resultatdatum")
            result = words.outcome(r.get("utfall")) if r.get("utfall") else None
            if result is None:
                choices = "fungerade, fungerade inte"
                plan.problem(r, "utfall", t("import.bad_choice", choices=choices))
            elif plan.need(r, "resultat"):
                add(r, done, "result", _result, outcome=result)
    for r in rows.get(S.LESSONS.name, []):
        day = plan.day(r, "datum")
        if plan.need(r, "område", "text", "av"):
            add(r, day, "lesson", _lesson)
    for r in rows.get(S.IDEAS.name, []):
        day = plan.day(r, "datum")
        source = words.source(r.get("källa")) if r.get("källa") else None
        if r.get("källa") and source is None:
            choices = "invånare, medarbetare, chef, partner, medskapande"
            plan.problem(r, "källa", t("import.bad_choice", choices=choices))
        elif plan.need(r, "område", "titel", "källa", "av"):
            add(r, day, "idea", _idea, source=source)
            decision = _DECISIONS.get(words.fold(r.get("beslut")))
            if r.get("beslut") and decision is None:
                plan.problem(
                    r, "beslut", t("import.bad_choice", choices="prövas, parkerad, avböjd")
                )
            elif decision is not None and plan.need(r, "beslut av"):
                if decision != "promote" and not plan.need(r, "skäl"):
                    continue
                decided = plan.day(r, "beslutsdatum")
                add(r, decided, "idea.decide", _idea_decided, decision=decision)
    for r in rows.get(S.VALUES.name, []):
        day = plan.day(r, "datum")
        year, value = plan.number(r, "år", whole=True), plan.number(r, "värde")
        if plan.need(r, "indikator", "år", "värde", "av") and year is not None:
            add(r, day, "value", _value, year=int(year), value=value)
    for r in rows.get(S.STEPS.name, []):
        day = plan.day(r, "datum")
        step = _STEPS.get(words.fold(r.get("steg")))
        if r.get("steg") and step is None:
            choices = "flytt, godkänd, recycle, vilande, kill, återupptagen, tillbakadragen"
            plan.problem(r, "steg", t("import.bad_choice", choices=choices))
        elif plan.need(r, "område", "steg", "av"):
            if step == "move" and not plan.need(r, "fas", "text"):
                continue
            if step == "hold" and not plan.need(r, "till"):
                continue
            add(r, day, "step", _step, step=step)
    for r in rows.get(S.PERIODS.name, []):
        opened, closed = plan.day(r, "öppnad"), plan.day(r, "stängd", required=False)
        if not plan.need(r, "period", "av"):
            continue
        try:
            key = parse_period(r.get("period"))
        except InnovationError as exc:
            plan.problem(r, "period", exc.message())
            continue
        add(r, opened, "period.open", _period_open, period=key)
        if closed is not None:
            add(r, closed, "period.close", _period_close, period=key)
    for r in rows.get(S.COLOURS.name, []):
        day = plan.day(r, "datum")
        if plan.need(r, "område", "period", "färg", "av"):
            add(r, day, "colour", _colour)
    return plan


def _statement(svc: Service, keys: Keys, *, r: Row, day: date | None, what: str) -> None:
    getattr(_as(svc, r.get("av"), day), what)(keys.area(r.get("område")), r.get("text"))


def _idea_decided(svc: Service, keys: Keys, *, r: Row, day: date | None, decision: str) -> None:
    acting = _as(svc, r.get("beslut av"), day)
    idea = keys.ideas[(r.sheet, r.number)]
    if decision == "promote":
        test = acting.promote_idea(idea, hypothesis=r.get("skäl") or None)
        if r.get("test"):
            keys.tests[r.get("test").upper()] = test
    elif decision == "park":
        acting.park_idea(idea, reason=r.get("skäl"))
    else:
        acting.decline_idea(idea, reason=r.get("skäl"))


def _result(svc: Service, keys: Keys, *, r: Row, day: date | None, outcome: str) -> None:
    test = keys.tests.get(r.get("nyckel").upper(), r.get("nyckel"))
    _as(svc, r.get("av"), day).record_result(test, result=r.get("resultat"), outcome=outcome)


def _lesson(svc: Service, keys: Keys, *, r: Row, day: date | None) -> None:
    _as(svc, r.get("av"), day).add_lesson(keys.area(r.get("område")), r.get("text"))


def _idea(svc: Service, keys: Keys, *, r: Row, day: date | None, source: str) -> None:
    stop = words.fold(r.get("sluta göra")) in ("ja", "yes", "x", "1", "sant", "true")
    keys.ideas[(r.sheet, r.number)] = _as(svc, r.get("av"), day).add_idea(
        keys.area(r.get("område")),
        title=r.get("titel"),
        source=source,
        description=r.get("beskrivning") or None,
        stop=stop,
    )


def _value(svc: Service, keys: Keys, *, r: Row, day: date | None, year: int, value: float) -> None:
    indicator = keys.indicators.get(r.get("indikator").upper(), r.get("indikator"))
    _as(svc, r.get("av"), day).measure(
        indicator, year=year, value=value, gender=r.get("kön") or "T"
    )


def _period_open(svc: Service, keys: Keys, *, r: Row, day: date | None, period: str) -> None:
    _as(svc, r.get("av"), day).open_period(period)


def _period_close(svc: Service, keys: Keys, *, r: Row, day: date | None, period: str) -> None:
    _as(svc, r.get("av"), day).close_period(period)


def _colour(svc: Service, keys: Keys, *, r: Row, day: date | None) -> None:
    _as(svc, r.get("av"), day).set_status(
        keys.area(r.get("område")),
        period=r.get("period"),
        color=r.get("färg"),
        cause=r.get("orsak") or None,
        measures=r.get("åtgärder") or None,
        comment=r.get("kommentar") or None,
    )


def _person(svc: Service, keys: Keys, *, r: Row, day: date | None, roles: list[str]) -> None:
    username = clean_username(r.get("användarnamn"))
    known = {p.username: p for p in svc.list_people()}
    found = known.get(username)
    if found is not None:
        if found.name == r.get("namn"):
            raise _Skip
    svc.add_person(username, name=r.get("namn"), roles=roles)


def _round(svc: Service, keys: Keys, *, r: Row, day: date | None, year: int) -> None:
    if any(x.name == r.get("namn") for x in svc.list_rounds()):
        raise _Skip
    svc.add_round(r.get("namn"), year=year, description=r.get("beskrivning") or None)


def _area(svc: Service, keys: Keys, *, r: Row, day: date | None) -> None:
    key = _as(svc, r.get("av"), day).create_area(
        r.get("fråga"),
        track=r.get("spår"),
        fadder=r.get("fadder"),
        ledartrojor=[r.get("ledartröja 1"), r.get("ledartröja 2")],
        round=r.get("omgång") or None,
    )
    keys.areas[r.get("nyckel").upper()] = key


def _merge(svc: Service, keys: Keys, *, r: Row, day: date | None) -> None:
    key = _as(svc, r.get("av"), day).merge(
        [keys.area(x) for x in r.get("källor").replace(",", " ").split()],
        into=r.get("fråga"),
        fadder=r.get("fadder"),
        ledartrojor=[r.get("ledartröja 1"), r.get("ledartröja 2")],
        reason=r.get("skäl"),
        phase=r.get("fas") or None,
        track=r.get("spår") or None,
        round=r.get("omgång") or None,
    )
    keys.areas[r.get("nyckel").upper()] = key


def _indicator(
    svc: Any, keys: Keys, *, r: Row, day: date | None, numbers: list[float | None]
) -> None:
    area = keys.area(r.get("område"))
    if day is None:
        day = date.fromisoformat(svc.show_area(area).created_at[:10])
    year, baseline, national = numbers
    key = _as(svc, r.get("av"), day).add_indicator(
        area,
        name=r.get("namn"),
        unit=r.get("enhet"),
        baseline_year=int(year or 0),
        baseline=float(baseline or 0),
        target=r.get("mål"),
        national=national,
        kolada=r.get("kolada") or None,
        better=r.get("bättre") or "higher",
    )
    keys.indicators[r.get("nyckel").upper()] = key


def _activity(
    svc: Any, keys: Keys, *, r: Row, day: date | None, counts: list[float | None]
) -> None:
    residents, staff, managers = (int(c or 0) for c in counts)
    _as(svc, r.get("av"), day).add_activity(
        keys.area(r.get("område")),
        kind=r.get("typ"),
        residents=residents,
        staff=staff,
        managers=managers,
        note=r.get("anteckning") or None,
    )


def _test(svc: Service, keys: Keys, *, r: Row, day: date | None) -> None:
    key = _as(svc, r.get("av"), day).add_test(
        keys.area(r.get("område")), hypothesis=r.get("hypotes"), measure=r.get("mått") or None
    )
    keys.tests[r.get("nyckel").upper()] = key


def _step(svc: Service, keys: Keys, *, r: Row, day: date | None, step: str) -> None:
    acting = _as(svc, r.get("av"), day)
    area = keys.area(r.get("område"))
    text = r.get("text") or None
    if step == "move":
        acting.move(area, r.get("fas"), reason=r.get("text"))
        return
    if step == "resume":
        acting.resume(area, comment=text)
        return
    request = svc.show_area(area).request
    if request is None:
        raise Invalid("error.import_no_request", area=area)
    if step == "go":
        acting.approve(request.key, comment=text)
    elif step == "recycle":
        acting.reject(request.key, comment=r.get("text"), back_to=r.get("fas") or None)
    elif step == "hold":
        acting.hold(request.key, until=r.get("till"), comment=r.get("text"))
    elif step == "kill":
        acting.kill(request.key, comment=r.get("text"))
    elif step == "withdraw":
        acting.withdraw(request.key, reason=text)


def _names_admin(rows: Rows, username: str) -> bool:
    for r in rows.get(S.PEOPLE.name, []):
        roles = [words.role(w) for w in r.get("roller").replace(",", " ").split()]
        if r.get("användarnamn").strip().lower() == username and "admin" in roles:
            return True
    return False


def _column(row: Row, exc: InnovationError) -> str | None:
    """The column a refusal is about: the one whose value the message names."""
    named = {str(v).strip().lower() for v in exc.params.values() if v is not None}
    for column, value in row.values.items():
        if value and value.strip().lower() in named:
            return column
    return None


class Interchange(ServiceBase):
    @records_denial
    def import_rows(
        self, rows: Rows, *, source: str, digest: str, dry_run: bool = False
    ) -> ImportResult:
        """Runs every row as the command it stands for, all in one transaction (or none)."""
        result = ImportResult(rows=sum(len(v) for v in rows.values()), dry_run=dry_run)
        plan = _plan(rows)
        result.problems += plan.problems
        # In the order things happened; rows without a day (people, rounds) first.
        order = [sheet.name for sheet in S.SHEETS]
        actions = sorted(
            plan.actions,
            key=lambda a: (a.day or date.min, a.rank, order.index(a.row.sheet), a.row.number),
        )
        keys = Keys()
        try:
            with self.db.batch() as tx:
                if people.anyone(tx):
                    actor = self._actor(tx)
                    if not actor.has(Role.ADMIN):
                        raise Forbidden("error.forbidden_import_rows", actor=actor.username)
                elif not _names_admin(rows, self.actor_name):
                    # An empty workspace is set up by its first admin: the file must name them.
                    raise Refused("error.import_first_admin", username=self.actor_name)
                audit.append(
                    tx,
                    When(self.clock()),
                    actor=self.actor_name,
                    kind="import.run",
                    subject=source[:63],
                    after={"file": source, "sha256": digest, "rows": result.rows},
                )
                if not result.problems:
                    for action in actions:
                        try:
                            with self.db.savepoint():
                                action.run(self, keys)
                        except _Skip:
                            result.skipped += 1
                            continue
                        except InnovationError as exc:
                            row = action.row
                            where = _column(row, exc)
                            result.problems.append(
                                Problem(row.sheet, row.number, where, exc.message())
                            )
                            continue
                        sheet = action.row.sheet
                        result.done[sheet] = result.done.get(sheet, 0) + 1
                if result.problems or dry_run:
                    raise _RolledBack
        except _RolledBack:
            return result
        result.written = True
        return result

    def export_rows(self) -> dict[str, list[dict[str, str]]]:
        """The workspace in the import's shape, read from the trail."""
        from innovation.audit import replay as replay_mod

        with self.db.read() as tx:
            events = list(replay_mod.events_from_db(tx))
            everyone = sorted(people.everyone(tx), key=lambda p: p.id)
        out: dict[str, list[dict[str, str]]] = {s.name: [] for s in S.SHEETS}
        out[S.PEOPLE.name] = [
            {"användarnamn": p.username, "namn": p.name, "roller": p.roles} for p in everyone
        ]
        tests: dict[str, dict[str, str]] = {}
        periods: dict[str, dict[str, str]] = {}
        ideas: dict[str, dict[str, str]] = {}
        for e in events:
            _export_event(e, out, tests, periods, ideas)
        # Each sheet in the order things happened (a day's rows in the order recorded).
        for name, rows in out.items():
            column = _DAY_COLUMN.get(name)
            if column is not None:
                rows.sort(key=partial(_day_of, column))
        return out


def _export_event(
    e: Event,
    out: dict[str, list[dict[str, str]]],
    tests: dict[str, dict[str, str]],
    periods: dict[str, dict[str, str]],
    ideas: dict[str, dict[str, str]],
) -> None:
    a, b, kind, day = e["after"], e["before"], e["kind"], e["day"].isoformat()
    who, area = e["actor"], e["area"] or ""
    text = e["reason"] or ""

    def add(sheet: S.Sheet, **values: Any) -> dict[str, str]:
        row = {k: "" if v is None else _plain(v) for k, v in values.items()}
        out[sheet.name].append(row)
        return row

    if kind == "round.add":
        add(S.ROUNDS, namn=a["name"], år=a["year"], beskrivning=a.get("description"))
    elif kind == "area.create":
        add(S.AREAS, nyckel=area, fråga=a["question"], spår=a["track"], fadder=a["fadder"],
            **{"ledartröja 1": a["ledartroja1"], "ledartröja 2": a["ledartroja2"]},
            omgång=a.get("round"), startdatum=day, av=who)  # fmt: skip
    elif kind == "area.merge":
        add(S.MERGES, nyckel=area, källor=" ".join(a["sources"]), datum=day, fråga=a["question"],
            spår=a["track"], fas=a["phase"], fadder=a["fadder"],
            **{"ledartröja 1": a["ledartroja1"], "ledartröja 2": a["ledartroja2"]},
            omgång=a.get("round"), skäl=text, av=who)  # fmt: skip
    elif kind == "activity.add":
        add(S.ACTIVITIES, område=area, datum=a.get("date", day), typ=a["kind"],
            invånare=a["residents"], medarbetare=a["staff"], chefer=a["managers"],
            anteckning=a.get("note"), av=who)  # fmt: skip
    elif kind in ("scope.set", "nylage.set", "owner.set"):
        column = kind.split(".")[0]
        what = {"scope": "avgränsning", "nylage": "nyläge", "owner": "mottagare"}[column]
        add(S.STATEMENTS, område=area, datum=day, vad=what, text=a[column], av=who)
    elif kind == "test.add":
        tests[e["subject"]] = add(
            S.TESTS, nyckel=e["subject"], område=area, datum=day, hypotes=a["hypothesis"],
            mått=a.get("measure"), av=who,
        )  # fmt: skip
    elif kind == "test.result" and e["subject"] in tests:
        outcome = "fungerade" if a["outcome"] == "worked" else "fungerade inte"
        row = tests[e["subject"]]
        if "hypotes" not in row:
            # A promoted idea's test: its result gets a row of its own on the Tester sheet.
            row = add(S.TESTS, nyckel=e["subject"], område=area, datum="", hypotes="", av=who)
        row.update(resultatdatum=day, resultat=a["result"], utfall=outcome)
    elif kind == "lesson.add":
        add(S.LESSONS, område=area, datum=day, text=a["text"], av=who)
    elif kind == "idea.add":
        source = {"resident": "invånare", "employee": "medarbetare", "manager": "chef"}.get(
            a["source"], a["source"]
        )
        stop = "ja" if a["kind"] == "stop" else ""
        ideas[e["subject"]] = add(
            S.IDEAS, område=area, datum=day, titel=a["title"], beskrivning=a.get("description"),
            källa=source, **{"sluta göra": stop}, av=who,
        )  # fmt: skip
    elif kind in ("idea.promote", "idea.park", "idea.decline") and e["subject"] in ideas:
        row = ideas[e["subject"]]
        decision = {"idea.promote": "prövas", "idea.park": "parkerad", "idea.decline": "avböjd"}
        row.update({"beslut": decision[kind], "beslutsdatum": day, "beslut av": who})
        if kind == "idea.promote":
            row["test"] = a["test"]
            tests[a["test"]] = row  # its result, if any, goes to the Tester sheet's row
            if a["hypothesis"] != row["titel"]:
                row["skäl"] = a["hypothesis"]
        else:
            row["skäl"] = text
    elif kind == "indicator.add":
        add(S.INDICATORS, nyckel=e["subject"], område=area, datum=day, namn=a["name"],
            enhet=a["unit"], basår=a["baseline_year"], basvärde=a["baseline"],
            riket=a.get("national"), mål=a["target"], kolada=a.get("kolada"),
            bättre=a.get("better"), av=who)  # fmt: skip
    elif kind == "indicator.value" and a.get("source") == "manual":
        add(S.VALUES, indikator=e["subject"], år=a["year"], värde=a["value"], kön=a["gender"],
            datum=day, av=who)  # fmt: skip
    elif kind in ("move", "request.file"):
        add(S.STEPS, område=area, datum=day, steg="flytt", fas=a.get("dest", a.get("phase")),
            text=text, av=who)  # fmt: skip
    elif kind.startswith("request.") and kind != "request.file":
        if kind == "request.withdraw" and a.get("merged_into"):
            return  # the merge withdraws it again
        step = {"request.approve": "godkänd", "request.reject": "recycle",
                "request.hold": "vilande", "request.kill": "kill",
                "request.withdraw": "tillbakadragen"}[kind]  # fmt: skip
        add(S.STEPS, område=area, datum=day, steg=step,
            fas=a.get("phase") if kind == "request.reject" else None, text=text,
            till=a.get("hold_until") if kind == "request.hold" else None, av=who)  # fmt: skip
    elif kind == "area.resume":
        add(S.STEPS, område=area, datum=day, steg="återupptagen", text=text, av=who)
    elif kind == "period.open":
        periods[e["subject"]] = add(S.PERIODS, period=e["subject"], öppnad=day, av=who)
    elif kind == "period.close" and e["subject"] in periods:
        periods[e["subject"]]["stängd"] = day
    elif kind == "status.set":
        add(S.COLOURS, område=area, period=a["period"], färg=a["color"], orsak=a.get("cause"),
            åtgärder=a.get("measures"), kommentar=a.get("comment"), datum=day, av=who)  # fmt: skip
    del b


def _day_of(column: str, row: dict[str, str]) -> str:
    return row.get(column) or row.get("resultatdatum", "")


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def file_digest(path: Path) -> str:
    """The SHA-256 of an imported file (or of a folder's files in name order)."""
    h = hashlib.sha256()
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    for f in files:
        h.update(f.name.encode("utf-8"))
        h.update(f.read_bytes())
    return h.hexdigest()


__all__ = ["ImportResult", "Interchange", "file_digest"]
