"""The command line: parses, calls the service, prints. Holds no business rules."""

# No `from __future__ import annotations` here: Typer reads the annotations at run time.

import functools
import inspect
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar, cast

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from innovation.domain import InnovationError, Invalid, NotFound, Refused
from innovation.engine import FlowError, default_flows, load_flow
from innovation.i18n import set_language, t
from innovation.present import (
    clip,
    event_label,
    event_summary,
    event_when,
    local_minute,
    participants,
)
from innovation.reports.tertial import latest_text
from innovation.service import Service
from innovation.service.interchange import ImportResult
from innovation.service.rounds import unread_for
from innovation.service.views import AreaDetail, EventView, MoveResult, to_json
from innovation.settings import Settings, demo_db_url
from innovation.store.database import Database
from innovation.text import Inert, inert

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    help="innovation: kommungemensamma områden, from nuläge to adopt or learn.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
person_app: typer.Typer = typer.Typer(help="People and their roles.", no_args_is_help=True)
area_app: typer.Typer = typer.Typer(help="Areas (kommungemensamma områden).", no_args_is_help=True)
activity_app = typer.Typer(help="Medskapande activities.", no_args_is_help=True)
scope_app = typer.Typer(help="The scope statement (avgränsning).", no_args_is_help=True)
nylage_app = typer.Typer(help="The desired new state (nyläge).", no_args_is_help=True)
owner_app = typer.Typer(help="The receiving owner of an adopted test.", no_args_is_help=True)
indicator_app = typer.Typer(help="Indicators with baseline and target.", no_args_is_help=True)
test_app = typer.Typer(help="Tests of solutions and their results.", no_args_is_help=True)
lesson_app = typer.Typer(help="Lessons (lärdomar).", no_args_is_help=True)
flow_app = typer.Typer(help="The flow files.", no_args_is_help=True)
db_app = typer.Typer(help="The database.", no_args_is_help=True)
for sub, name in (
    (person_app, "person"),
    (area_app, "area"),
    (activity_app, "activity"),
    (scope_app, "scope"),
    (nylage_app, "nylage"),
    (owner_app, "owner"),
    (indicator_app, "indicator"),
    (test_app, "test"),
    (lesson_app, "lesson"),
    (flow_app, "flow"),
    (db_app, "db"),
):
    app.add_typer(sub, name=name)


class _State:
    """Options given before the command; a command's own options override them."""

    db: str | None = None
    actor: str | None = None
    lang: str | None = None
    # The day what the command records happened (or the day a view shows), and the reason
    # when that day is in a closed period.
    on: str | None = None
    amend: str | None = None


_state = _State()

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database: a file path, sqlite:///… or postgresql://… [INNOVATION_DB]"
    ),
]
AsOpt = Annotated[str | None, typer.Option("--as", help="Act as this username [INNOVATION_USER]")]
LangOpt = Annotated[str | None, typer.Option("--lang", help="sv (default) or en [INNOVATION_LANG]")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
OnOpt = Annotated[
    str | None,
    typer.Option("--on", help="The day it happened, YYYY-MM-DD (default: today)"),
]
PeriodAmendOpt = Annotated[
    str | None,
    typer.Option("--period", help="Also correct this closed tertial's report (a new revision)"),
]
AmendOpt = Annotated[
    str | None,
    typer.Option("--amend", help="Why, when the day is in a closed period (an amendment)"),
]
BetterOpt = Annotated[
    str | None,
    typer.Option("--better", help="higher or lower: which way is better (Kolada's rank)"),
]


def _fail(message: str, code: int = 1) -> NoReturn:
    err.print(Text(inert(message, multiline=True), style="bold red"))
    raise typer.Exit(code)


def command(func: F) -> F:
    """Adds --db/--as/--lang to a command and turns refusals into a message and exit 1."""
    return _command(func, dated=False)


def dated(func: F) -> F:
    """A command that records what happened on a day: also --on and --amend."""
    return _command(func, dated=True)


def _command(func: F, *, dated: bool) -> F:
    sig = inspect.signature(func)
    kw_only = inspect.Parameter.KEYWORD_ONLY
    extra = [
        inspect.Parameter("db", kw_only, default=None, annotation=DbOpt),
        inspect.Parameter("as_", kw_only, default=None, annotation=AsOpt),
        inspect.Parameter("lang", kw_only, default=None, annotation=LangOpt),
    ]
    if dated:
        extra += [
            inspect.Parameter("on", kw_only, default=None, annotation=OnOpt),
            inspect.Parameter("amend", kw_only, default=None, annotation=AmendOpt),
        ]

    @functools.wraps(func)
    def wrapper(*args: Any, db: str | None, as_: str | None, lang: str | None, **kw: Any) -> Any:
        _state.db = db or _state.db
        _state.actor = as_ or _state.actor
        _state.lang = lang or _state.lang
        if dated:
            _state.on, _state.amend = kw.pop("on", None), kw.pop("amend", None)
        set_language(_state.lang)
        try:
            return func(*args, **kw)
        except InnovationError as exc:
            _fail(exc.message())
        except FlowError as exc:
            _fail(exc.message())

    wrapper.__signature__ = sig.replace(parameters=[*sig.parameters.values(), *extra])  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def _settings() -> Settings:
    return Settings.resolve(db=_state.db, actor=_state.actor, lang=_state.lang)


def _acting(settings: Settings, database: Database) -> str:
    """Who acts. Reached over SSH: the person the key names (set by ssh-serve, which no client
    can change). On SQLite: --as, INNOVATION_USER or the OS login. On PostgreSQL: the same when
    the program runs on the server as the service role (its operator is trusted), otherwise
    the database login itself, which the database lets read and nothing more."""
    reached = os.environ.get("INNOVATION_SSH_USER")
    if reached:
        return reached
    if database.is_sqlite or database.is_service():
        return settings.actor
    if settings.actor_given:
        raise Refused("error.as_on_shared", login=database.login())
    return database.login()


def _service(settings: Settings | None = None) -> Service:
    s = settings or _settings()
    database = Database(s.db_url)
    svc = Service(database, _acting(s, database))
    if _state.on or _state.amend:
        svc = svc.dated(_state.on, amend=_state.amend)
    # Whatever the database holds reaches the terminal inert (text.py): ESC shown as ␛.
    return cast(Service, Inert(svc))


def _table(*columns: str, wide: tuple[int, ...] = ()) -> Table:
    """A compact table; the columns at the `wide` positions wrap, the others stay whole."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    for i, name in enumerate(columns):
        if i in wide:
            table.add_column(name, ratio=1, overflow="fold", min_width=20)
        else:
            table.add_column(name, no_wrap=True)
    return table


def _print_json(value: Any) -> None:
    out.print_json(json.dumps(to_json(value), ensure_ascii=False))


def _key_out(key: str, as_json: bool, message: str | None = None) -> None:
    """Prints what a command saved: its key as JSON, or a sentence."""
    if as_json:
        _print_json({"key": key})
    else:
        out.print(Text(message or t("out.saved", key=key)))


def _created(key: str, as_json: bool) -> None:
    _key_out(key, as_json, t("out.created", key=key))


@app.callback(invoke_without_command=True)
def root(ctx: typer.Context, db: DbOpt = None, as_: AsOpt = None, lang: LangOpt = None) -> None:
    """innovation: kommungemensamma områden, from nuläge to adopt or learn.

    Without a command it opens the terminal UI on the configured database.
    """
    _state.db, _state.actor, _state.lang = db, as_, lang
    set_language(lang)
    if ctx.invoked_subcommand is None:
        try:
            _open_tui(_settings(), demo=False)
        except InnovationError as exc:
            _fail(exc.message())


def _open_tui(settings: Settings, *, demo: bool) -> None:
    """Runs the terminal UI; it needs a person of this workspace (the demo lets you switch)."""
    from innovation.tui.app import InnovationApp

    database = Database(settings.db_url)
    actor = _acting(settings, database)
    svc = Service(database, actor)
    known = {p.username for p in svc.list_people()}
    if actor.strip().lower() not in known:
        if not known:
            raise Refused("error.no_people")
        if not demo:
            raise NotFound("error.unknown_actor", username=actor)
    InnovationApp(database, actor.strip().lower(), demo=demo and database.is_sqlite).run()


# people ---------------------------------------------------------------------------------
@person_app.command("add")
@command
def person_add(
    username: Annotated[str, typer.Argument(help="Login name, a-z 0-9 . _ -")],
    name: Annotated[str, typer.Option("--name", help="Display name")],
    role: Annotated[list[str], typer.Option("--role", help="ledartroja|fadder|facilitator|admin")],
    as_json: JsonOpt = False,
) -> None:
    """Add a person (the first person of a workspace must be an admin)."""
    _created(_service().add_person(username, name=name, roles=role), as_json)


@person_app.command("roles")
@command
def person_roles(
    username: Annotated[str, typer.Argument(help="Login name")],
    role: Annotated[list[str], typer.Option("--role", help="The person's roles from now on")],
    as_json: JsonOpt = False,
) -> None:
    """Replace a person's roles (admin)."""
    key = _service().set_roles(username, roles=role)
    _key_out(key, as_json)


@person_app.command("rename")
@command
def person_rename(
    username: Annotated[str, typer.Argument(help="Login name")],
    name: Annotated[str, typer.Option("--name", help="The name as it should read")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is corrected")],
    as_json: JsonOpt = False,
) -> None:
    """Correct a person's name (an admin, or the person themselves)."""
    _key_out(_service().rename_person(username, name=name, reason=reason), as_json)


@person_app.command("list")
@command
def person_list(as_json: JsonOpt = False) -> None:
    """List the people of the workspace."""
    people = _service().list_people()
    if as_json:
        _print_json(people)
        return
    table = _table(t("col.key"), t("col.name"), t("col.roles"))
    for p in people:
        roles = ", ".join(t(f"role.{r}") for r in p.roles)
        table.add_row(Text(p.username), Text(p.name), Text(roles))
    out.print(table)


# areas ----------------------------------------------------------------------------------
@area_app.command("create")
@dated
def area_create(
    question: Annotated[str, typer.Argument(help='The question: "Hur kan vi …?"')],
    track: Annotated[str, typer.Option("--track", help="malsokande|malstyrt")],
    fadder: Annotated[str, typer.Option("--fadder", help="The sponsor's username")],
    ledartroja: Annotated[list[str], typer.Option("--ledartroja", help="Twice: the two leads")],
    round_: Annotated[str | None, typer.Option("--round", help="Round (omgång), e.g. 2024")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create an area; it starts in the flow's first phase."""
    key = _service().create_area(
        question, track=track, fadder=fadder, ledartrojor=ledartroja, round=round_
    )
    _created(key, as_json)


@area_app.command("assign")
@dated
def area_assign(
    area: Annotated[str, typer.Argument(help="Area key")],
    fadder: Annotated[str | None, typer.Option("--fadder", help="The new fadder")] = None,
    ledartroja: Annotated[
        list[str] | None, typer.Option("--ledartroja", help="Twice: the two leads")
    ] = None,
    reason: Annotated[str | None, typer.Option("--reason")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Change an area's fadder or ledartröjor; open requests follow the new fadder."""
    key = _service().assign(area, fadder=fadder, ledartrojor=ledartroja, reason=reason)
    _key_out(key, as_json)


@area_app.command("reword")
@dated
def area_reword(
    area: Annotated[str, typer.Argument(help="Area key")],
    question: Annotated[
        str, typer.Argument(help='The question as it should read: "Hur kan vi …?"')
    ],
    reason: Annotated[str, typer.Option("--reason", help="Why it is reworded")],
    period: PeriodAmendOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Reword an area's question; the history keeps the old wording and the reason."""
    _key_out(_service().reword(area, question, reason=reason, period=period), as_json)


@area_app.command("list")
@command
def area_list(
    round_: Annotated[str | None, typer.Option("--round", help="Only this round's areas")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also the areas that were merged")] = False,
    on: Annotated[
        str | None, typer.Option("--on", help="As they stood at the end of this day")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the areas with their phase (merged ones with --all), today or on a day."""
    svc = _service()
    if on is not None:
        svc = svc.as_of(on)
        if not as_json:
            out.print(Text(t("out.as_of", day=svc.viewing), style="bold"))
    areas = svc.list_areas(merged=all_, round=round_)
    if as_json:
        _print_json(areas)
        return
    if not areas:
        out.print(Text(t("out.no_areas")))
        return
    table = _table(
        t("col.key"),
        t("col.question"),
        t("col.track"),
        t("col.phase"),
        t("col.cycle"),
        t("col.round"),
        t("col.fadder"),
        t("col.waiting"),
        wide=(1,),
    )
    for a in areas:
        table.add_row(
            Text(a.key),
            Text(clip(a.question, 90)),
            Text(t(f"track_short.{a.track}")),
            Text(f"→ {a.merged_into}" if a.merged_into else a.phase),
            str(a.cycle),
            Text(a.round or ""),
            Text(a.fadder),
            Text(a.request or ""),
        )
    out.print(table)


def _print_detail(d: AreaDetail) -> None:
    out.print(Text(f"{d.key} · {d.question}", style="bold"))
    out.print(
        Text(
            t(
                "show.header",
                track=t(f"track.{d.track}"),
                phase=d.phase_label,
                cycle=d.cycle,
                round=d.round or "–",
            )
        )
    )
    out.print(Text(t("show.people", fadder=d.fadder, leads=", ".join(d.ledartrojor))))
    if d.merged_into:
        at = (d.merged_at or "")[:10]
        out.print(Text("⏹ " + t("merge.into", area=d.merged_into, at=at), style="yellow"))
    if d.merged_from:
        out.print(Text(t("merge.from", areas=", ".join(d.merged_from))))
    flow = default_flows().get(d.track).flow
    strip = Text()
    for i, phase in enumerate(flow.phases):
        if i:
            strip.append(" ─ ")
        if phase.id == d.phase:
            strip.append(f"[ {phase.label.upper()} ]", style="bold reverse")
        else:
            strip.append(phase.label)
    out.print(strip)
    for label, value in (
        (t("show.scope"), d.scope),
        (t("show.nylage"), d.nylage),
        (t("show.owner"), d.owner),
    ):
        if value:
            out.print(Text(f"{label}: ", style="bold") + Text(clip(value, 200)))
    out.print()
    out.print(Text(t("show.next"), style="bold underline"))
    if d.hold:
        out.print(
            Text(
                "⏸ " + t("show.hold", until=d.hold.until, reason=d.hold.reason or ""),
                style="yellow",
            )
        )
    if d.delegation:
        out.print(Text(t("show.delegation", to=d.delegation.delegate, until=d.delegation.until)))
    if d.request:
        r = d.request
        if r.stale:
            out.print(Text("! " + t("show.stale", request=r.key), style="yellow"))
        out.print(
            Text(
                "⧗ "
                + t(
                    "show.open_request",
                    request=r.key,
                    source=r.source,
                    dest=r.dest,
                    fadder=r.fadder,
                ),
                style="yellow",
            )
        )
    if not d.moves:
        out.print(Text(t("show.no_moves")))
    for m in d.moves:
        line = Text(f"→ {m.to}")
        notes = [t("show.fadder_decides")] if m.approval else []
        if m.new_cycle:
            notes.append(t("word.new_cycle"))
        if notes:
            line.append(f"  ({', '.join(notes)})", style="dim")
        if not m.missing:
            line.append(f"  ✓ {t('show.ready')}", style="green")
        out.print(line)
        for hint in m.hints:
            out.print(Text(f"   ✗ {hint}", style="red"))
    sections: list[tuple[str, list[Text]]] = [
        (
            t("show.activities"),
            [
                Text(f"{a.key}  {a.date}  {a.kind}  ")
                + Text(participants(a.residents, a.staff, a.managers), style="dim")
                for a in d.activities
            ],
        ),
        (
            t("show.tests"),
            [
                Text(f"{x.key}  {clip(x.hypothesis, 70)}")
                + Text(f"  {x.outcome}: {clip(x.result, 50)}" if x.result else "", style="dim")
                for x in d.tests
            ],
        ),
        (t("show.lessons"), [Text(f"{x.key}  {clip(x.text, 100)}") for x in d.lessons]),
        (
            t("show.partners"),
            [
                Text(f"{c['key']}  {c['name']}  ")
                + Text(f"{t('form.' + c['form'])}, {c['since']} – {c['until'] or ''}", style="dim")
                for c in d.collaborations
            ],
        ),
        (
            t("show.handovers"),
            [
                Text(
                    t(
                        "handover.line",
                        at=h["at"][:10],
                        outgoing=h["outgoing"],
                        incoming=h["incoming"],
                        reason=clip(h["reason"], 80),
                    )
                )
                for h in d.handovers
            ],
        ),
        (
            t("show.indicators"),
            [
                Text(f"{x.key}  {x.name}: {x.baseline:g} {x.unit} ({x.baseline_year}) → {x.target}")
                + Text(f"; {latest_text(to_json(x))}", style="dim")
                for x in d.indicators
            ],
        ),
    ]
    for title, lines in sections:
        if lines:
            out.print()
            out.print(Text(f"{title} ({len(lines)})", style="bold underline"))
            for line in lines:
                out.print(line)


@area_app.command("show")
@command
def area_show(
    area: Annotated[str, typer.Argument(help="Area key, e.g. O3")],
    on: Annotated[
        str | None, typer.Option("--on", help="As it stood at the end of this day")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """One area: phase, people, recorded work and the moves open now (or on a day)."""
    svc = _service()
    if on is not None:
        svc = svc.as_of(on)
        if not as_json:
            out.print(Text(t("out.as_of", day=svc.viewing), style="bold"))
    detail = svc.show_area(area)
    timing = svc.time_in_phase(area).get(detail.key, {})
    if as_json:
        _print_json({**to_json(detail), "time_in_phase": timing})
    else:
        if unread_for(detail.handovers, svc.actor_name):
            # The one who took over sees the outgoing ledartröja's note first.
            out.print(Text("✉ " + t("handover.unread", area=detail.key), style="bold yellow"))
        _print_detail(detail)
        spent = Text(f"{t('rep.time_in_phase')}: ", style="bold")
        for i, (phase, v) in enumerate(timing.items()):
            spent += Text((", " if i else "") + f"{phase} {v['days']} d")
            if v["over"]:
                spent += Text(f" (> {v['limit']} d)", style="bold red")
        out.print()
        out.print(spent)


# recording work -------------------------------------------------------------------------
@activity_app.command("add")
@dated
def activity_add(
    area: Annotated[str, typer.Argument(help="Area key")],
    kind: Annotated[str, typer.Option("--kind", help="workshop, intervju, antikrångel-tid …")],
    residents: Annotated[int, typer.Option("--residents", help="Invånare taking part")] = 0,
    staff: Annotated[int, typer.Option("--staff", help="Medarbetare taking part")] = 0,
    managers: Annotated[int, typer.Option("--managers", help="Chefer taking part")] = 0,
    note: Annotated[str | None, typer.Option("--note")] = None,
    date: Annotated[str | None, typer.Option("--date", help="The same as --on")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a medskapande (co-creation) activity, on the day it happened (--on)."""
    if date is not None:
        _state.on = _state.on or date
    key = _service().add_activity(
        area, kind=kind, residents=residents, staff=staff, managers=managers, note=note
    )
    _created(key, as_json)


def _statement(setter: str, area: str, value: str, as_json: bool) -> None:
    key = getattr(_service(), setter)(area, value)
    _key_out(key, as_json)


@scope_app.command("set")
@dated
def scope_set(
    area: Annotated[str, typer.Argument(help="Area key")],
    text: Annotated[str, typer.Argument(help="What is in and what is out")],
    as_json: JsonOpt = False,
) -> None:
    """Set the scope statement (avgränsning) for the current cycle."""
    _statement("set_scope", area, text, as_json)


@nylage_app.command("set")
@dated
def nylage_set(
    area: Annotated[str, typer.Argument(help="Area key")],
    text: Annotated[str, typer.Argument(help="The desired new state")],
    as_json: JsonOpt = False,
) -> None:
    """Describe the desired new state (nyläge) for the current cycle."""
    _statement("set_nylage", area, text, as_json)


@owner_app.command("set")
@dated
def owner_set(
    area: Annotated[str, typer.Argument(help="Area key")],
    text: Annotated[str, typer.Argument(help="The department that takes it over")],
    as_json: JsonOpt = False,
) -> None:
    """Name the receiving owner that makes a tested solution its ordinary way of working."""
    _statement("set_owner", area, text, as_json)


@indicator_app.command("add")
@dated
def indicator_add(
    area: Annotated[str, typer.Argument(help="Area key")],
    name: Annotated[str, typer.Option("--name")],
    unit: Annotated[str, typer.Option("--unit", help="%, antal, index …")],
    baseline_year: Annotated[int, typer.Option("--baseline-year")],
    baseline: Annotated[float, typer.Option("--baseline", help="Own value in the baseline year")],
    target: Annotated[str, typer.Option("--target", help='A number or e.g. "bland de 25 % bästa"')],
    national: Annotated[float | None, typer.Option("--national", help="Riket's value")] = None,
    kolada: Annotated[str | None, typer.Option("--kolada", help="Kolada KPI id")] = None,
    better: Annotated[
        str, typer.Option("--better", help="higher or lower: which way is better")
    ] = "higher",
    as_json: JsonOpt = False,
) -> None:
    """Add an indicator with its baseline (startläge) and target."""
    key = _service().add_indicator(
        area,
        name=name,
        unit=unit,
        baseline_year=baseline_year,
        baseline=baseline,
        target=target,
        national=national,
        kolada=kolada,
        better=better,
    )
    _created(key, as_json)


@indicator_app.command("measure")
@dated
def indicator_measure(
    indicator: Annotated[str, typer.Argument(help="Indicator key, e.g. I2")],
    year: Annotated[int, typer.Option("--year")],
    value: Annotated[float, typer.Option("--value")],
    gender: Annotated[str, typer.Option("--gender", help="T (total), K or M")] = "T",
    as_json: JsonOpt = False,
) -> None:
    """Record an indicator's value for a year."""
    _key_out(_service().measure(indicator, year=year, value=value, gender=gender), as_json)


@indicator_app.command("import")
@command
def indicator_import(
    file: Annotated[Path, typer.Argument(help="Kolada's JSON data (values per KPI and year)")],
    as_json: JsonOpt = False,
) -> None:
    """Import values from a file in Kolada's data format, for our municipality's indicators."""
    stored = _service().import_kolada(file)
    if as_json:
        _print_json({"stored": stored})
    else:
        out.print(Text(t("out.imported", n=stored)))


@indicator_app.command("fetch")
@command
def indicator_fetch(
    indicator: Annotated[str | None, typer.Argument(help="One indicator (default: all)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Fetch values from Kolada's public API (when online) for indicators with a Kolada id."""
    stored = _service().fetch_kolada(indicator)
    if as_json:
        _print_json({"stored": stored})
    else:
        out.print(Text(t("out.imported", n=stored)))


@indicator_app.command("correct")
@dated
def indicator_correct(
    indicator: Annotated[str, typer.Argument(help="Indicator key, e.g. I2")],
    reason: Annotated[str, typer.Option("--reason", help="What was wrong")],
    name: Annotated[str | None, typer.Option("--name")] = None,
    unit: Annotated[str | None, typer.Option("--unit")] = None,
    baseline: Annotated[float | None, typer.Option("--baseline")] = None,
    baseline_year: Annotated[int | None, typer.Option("--baseline-year")] = None,
    national: Annotated[float | None, typer.Option("--national")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    period: PeriodAmendOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct what was written wrong about an indicator, even a frozen start value."""
    key = _service().correct_indicator(
        indicator,
        reason=reason,
        name=name,
        unit=unit,
        baseline=baseline,
        baseline_year=baseline_year,
        national=national,
        target=target,
        period=period,
    )
    _key_out(key, as_json)


@indicator_app.command("set")
@dated
def indicator_set(
    indicator: Annotated[str, typer.Argument(help="Indicator key")],
    baseline: Annotated[float | None, typer.Option("--baseline")] = None,
    baseline_year: Annotated[int | None, typer.Option("--baseline-year")] = None,
    national: Annotated[float | None, typer.Option("--national")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    better: BetterOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Change a baseline or target (refused once the scope gate has been approved), or which
    way is better (always)."""
    key = _service().set_indicator(
        indicator,
        baseline=baseline,
        baseline_year=baseline_year,
        national=national,
        target=target,
        better=better,
    )
    _key_out(key, as_json)


@indicator_app.command("values")
@command
def indicator_values(
    indicator: Annotated[str, typer.Argument(help="Indicator key")], as_json: JsonOpt = False
) -> None:
    """An indicator's values by year, with their source and when they were fetched."""
    values = _service().indicator_values(indicator)
    if as_json:
        _print_json(values)
        return
    table = _table(
        t("col.year"),
        "T/K/M",
        t("col.value"),
        t("col.kolada_colour"),
        t("col.source"),
        t("col.when"),
        wide=(4,),
    )
    for v in values:
        colour = (
            Text(f"{t('color.' + v['kolada_colour'])} ({v['rank']}/{v['ranked']})")
            if v["kolada_colour"]
            else Text("")
        )
        table.add_row(
            str(v["year"]),
            v["gender"],
            f"{v['value']:g}",
            colour,
            Text(v["source"]),
            v["fetched_at"][:16],
        )
    out.print(table)


@test_app.command("add")
@dated
def test_add(
    area: Annotated[str, typer.Argument(help="Area key")],
    hypothesis: Annotated[str, typer.Option("--hypothesis")],
    measure: Annotated[str | None, typer.Option("--measure", help="How it is measured")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a test of a solution with its hypothesis."""
    _created(_service().add_test(area, hypothesis=hypothesis, measure=measure), as_json)


@test_app.command("result")
@dated
def test_result(
    test: Annotated[str, typer.Argument(help="Test key, e.g. T2")],
    result: Annotated[str, typer.Option("--result")],
    outcome: Annotated[str, typer.Option("--outcome", help="worked|did-not-work")],
    as_json: JsonOpt = False,
) -> None:
    """Record a test's result and outcome."""
    key = _service().record_result(test, result=result, outcome=outcome)
    _key_out(key, as_json)


@lesson_app.command("add")
@dated
def lesson_add(
    area: Annotated[str, typer.Argument(help="Area key")],
    text: Annotated[str, typer.Argument(help="What was tried, what happened, what we keep")],
    as_json: JsonOpt = False,
) -> None:
    """Record a lesson (lärdom)."""
    _created(_service().add_lesson(area, text), as_json)


# ideas -----------------------------------------------------------------------------------------
idea_app = typer.Typer(help="Ideas: proposed, supported, weighed and tried.", no_args_is_help=True)
app.add_typer(idea_app, name="idea")


@idea_app.command("add")
@dated
def idea_add(
    area: Annotated[str, typer.Argument(help="Area key")],
    title: Annotated[str, typer.Option("--title", help="A short title")],
    source: Annotated[
        str, typer.Option("--source", help="medskapande|resident|employee|manager|partner")
    ] = "employee",
    description: Annotated[str | None, typer.Option("--description")] = None,
    stop: Annotated[bool, typer.Option("--stop", help="An idea to stop doing something")] = False,
    note: Annotated[
        str | None, typer.Option("--note", help="Where it came from (no personal data)")
    ] = None,
    activity: Annotated[
        str | None, typer.Option("--activity", help="The medskapande activity it came from")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Propose an idea for an area (anyone in the workspace)."""
    key = _service().add_idea(
        area,
        title=title,
        source=source,
        description=description,
        stop=stop,
        note=note,
        activity=activity,
    )
    _created(key, as_json)


@idea_app.command("support")
@command
def idea_support(
    idea: Annotated[str, typer.Argument(help="Idea key, e.g. F3")],
    withdraw: Annotated[bool, typer.Option("--withdraw", help="Take your support back")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Support an idea (one support per person), or withdraw it."""
    _key_out(_service().support_idea(idea, withdraw=withdraw), as_json)


@idea_app.command("score")
@dated
def idea_score(
    idea: Annotated[str, typer.Argument(help="Idea key")],
    effect: Annotated[int, typer.Option("--effect", help="Effect for residents, 1-5")],
    cost: Annotated[int, typer.Option("--cost", help="Cost, 1 (low) - 5 (high)")],
    speed: Annotated[int, typer.Option("--speed", help="How quickly it can be tested, 1-5")],
    reason: Annotated[str, typer.Option("--reason", help="A short reason")],
    as_json: JsonOpt = False,
) -> None:
    """Weigh an idea (the area's ledartröjor); weighing again replaces yours."""
    key = _service().score_idea(idea, effect=effect, cost=cost, speed=speed, reason=reason)
    _key_out(key, as_json)


@idea_app.command("promote")
@dated
def idea_promote(
    idea: Annotated[str, typer.Argument(help="Idea key")],
    hypothesis: Annotated[
        str | None, typer.Option("--hypothesis", help="Default: the idea's title")
    ] = None,
    measure: Annotated[str | None, typer.Option("--measure")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Turn an idea into a test in its area's current cycle."""
    test = _service().promote_idea(idea, hypothesis=hypothesis, measure=measure)
    _key_out(test, as_json, t("out.promoted", idea=idea.upper(), test=test))


@idea_app.command("park")
@dated
def idea_park(
    idea: Annotated[str, typer.Argument(help="Idea key")],
    reason: Annotated[str, typer.Option("--reason")],
    as_json: JsonOpt = False,
) -> None:
    """Park an idea: good, not now."""
    _key_out(_service().park_idea(idea, reason=reason), as_json)


@idea_app.command("decline")
@dated
def idea_decline(
    idea: Annotated[str, typer.Argument(help="Idea key")],
    reason: Annotated[str, typer.Option("--reason")],
    as_json: JsonOpt = False,
) -> None:
    """Decline an idea, with a reason; it stays readable."""
    _key_out(_service().decline_idea(idea, reason=reason), as_json)


@idea_app.command("move")
@dated
def idea_move(
    idea: Annotated[str, typer.Argument(help="Idea key")],
    to: Annotated[str, typer.Option("--to", help="The area where it fits better")],
    reason: Annotated[str, typer.Option("--reason")],
    as_json: JsonOpt = False,
) -> None:
    """Move an idea to another area; both areas show where it went."""
    _key_out(_service().move_idea(idea, to=to, reason=reason), as_json)


@idea_app.command("list")
@command
def idea_list(
    area: Annotated[str | None, typer.Argument(help="Area key (default: every area)")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="open|promoted|parked|declined")
    ] = None,
    stop: Annotated[
        bool, typer.Option("--stop", help="Only ideas to stop doing something")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """The backlog, best first: by score, then support."""
    ideas = _service().list_ideas(area, status=status, kind="stop" if stop else None)
    if as_json:
        _print_json(ideas)
        return
    table = _table(
        t("col.key"),
        t("col.area"),
        t("col.title"),
        t("col.score"),
        t("col.support"),
        t("col.status"),
        wide=(2,),
    )
    for i in ideas:
        status_text = t(f"idea.{i.status}") + (f" → {i.test}" if i.test else "")
        if area and i.area != area.upper():
            status_text = t("out.moved_to", area=i.area)
        title = Text(f"{t('idea_kind.stop')}: ", style="bold") if i.kind == "stop" else Text()
        table.add_row(
            Text(i.key),
            Text(i.area),
            title + Text(clip(i.title, 70)),
            "–" if i.score is None else f"{i.score:.1f}",
            str(i.supporters),
            Text(status_text),
        )
    out.print(table)


@idea_app.command("show")
@command
def idea_show(
    idea: Annotated[str, typer.Argument(help="Idea key")], as_json: JsonOpt = False
) -> None:
    """One idea: its weighing, support, and the test, result and lesson or adoption it led to."""
    d = _service().show_idea(idea)
    if as_json:
        _print_json(d)
        return
    i = d.idea
    out.print(Text(f"{i.key} · {i.title}", style="bold"))
    origin = f" ({t('out.moved_from', area=i.origin)})" if i.origin else ""
    out.print(
        Text(
            f"{i.area}{origin} · {t(f'idea_kind.{i.kind}')} · {t(f'source.{i.source}')}"
            f" · {t(f'idea.{i.status}')}",
            style="dim",
        )
    )
    if i.description:
        out.print(Text(i.description))
    if i.status_reason:
        out.print(Text(f"“{i.status_reason}”", style="italic"))
    for sc in d.scores:
        out.print(Text("  " + t("out.score_line", **sc)))
    out.print(Text(f"  {t('col.support')}: {', '.join(d.supporters) or '–'}"))
    if i.test:
        out.print(Text(f"→ {i.test}: {clip(d.test_hypothesis, 80)}", style="bold"))
        if d.test_result:
            out.print(Text(f"   {d.test_outcome}: {d.test_result}"))
        for lesson in d.lessons:
            out.print(Text(f"   {t('kind.lesson')}: {clip(lesson, 100)}"))
        if d.adopted_by:
            out.print(Text(f"   adopt: {d.adopted_by}", style="green"))


@idea_app.command("search")
@command
def idea_search(
    text: Annotated[str, typer.Argument(help="Words that must all appear")],
    as_json: JsonOpt = False,
) -> None:
    """Search every idea and lesson of every area, so no round re-tests what one learnt."""
    hits = _service().search(text)
    if as_json:
        _print_json(hits)
        return
    table = _table(t("col.key"), t("col.area"), t("col.what"), t("col.status"), wide=(2,))
    for h in hits:
        note = t(f"idea.{h.note}") if h.kind == "idea" else f"{t('kind.lesson')}, {h.note}"
        table.add_row(Text(h.key), Text(h.area), Text(clip(h.text, 90)), Text(note))
    out.print(table)


# follow-up ----------------------------------------------------------------------------------------
period_app = typer.Typer(help="Tertials (T1, T2, T3 = the annual report).", no_args_is_help=True)
status_app = typer.Typer(help="The traffic light per area and tertial.", no_args_is_help=True)
app.add_typer(period_app, name="period")
app.add_typer(status_app, name="status")


@period_app.command("open")
@command
def period_open(
    period: Annotated[str, typer.Argument(help="YYYY-T1, YYYY-T2 or YYYY-T3")],
    as_json: JsonOpt = False,
) -> None:
    """Open a tertial for status reports (facilitator)."""
    _key_out(_service().open_period(period), as_json)


@period_app.command("close")
@command
def period_close(
    period: Annotated[str, typer.Argument(help="YYYY-Tn")], as_json: JsonOpt = False
) -> None:
    """Close a tertial: its reports can from now on only be amended (facilitator)."""
    _key_out(_service().close_period(period), as_json)


@period_app.command("list")
@command
def period_list(as_json: JsonOpt = False) -> None:
    """The tertials and whether they are open."""
    periods = _service().list_periods()
    if as_json:
        _print_json(periods)
        return
    table = _table(t("col.key"), t("col.status"))
    for p in periods:
        table.add_row(p["key"], p["status"])
    out.print(table)


@status_app.command("set")
@dated
def status_set(
    area: Annotated[str, typer.Argument(help="Area key")],
    period: Annotated[str, typer.Option("--period", help="YYYY-Tn, an open tertial")],
    color: Annotated[str, typer.Option("--color", help="gron|gul|rod")],
    cause: Annotated[str | None, typer.Option("--cause", help="Required for gul and rod")] = None,
    measures: Annotated[
        str | None, typer.Option("--measures", help="Required for gul and rod")
    ] = None,
    comment: Annotated[str | None, typer.Option("--comment")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Report an area's colour for an open tertial (its fadder or ledartröjor)."""
    key = _service().set_status(
        area, period=period, color=color, cause=cause, measures=measures, comment=comment
    )
    _key_out(key, as_json)


@status_app.command("amend")
@dated
def status_amend(
    area: Annotated[str, typer.Argument(help="Area key")],
    period: Annotated[str, typer.Option("--period", help="YYYY-Tn, a closed tertial")],
    color: Annotated[str, typer.Option("--color", help="gron|gul|rod")],
    reason: Annotated[str, typer.Option("--reason", help="What is corrected, and why")],
    cause: Annotated[str | None, typer.Option("--cause")] = None,
    measures: Annotated[str | None, typer.Option("--measures")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct a closed tertial's report with a new record that names what it corrects."""
    key = _service().amend_status(
        area, period=period, color=color, reason=reason, cause=cause, measures=measures
    )
    _key_out(key, as_json)


assignment_app = typer.Typer(help="Political assignments (uppdrag).", no_args_is_help=True)
app.add_typer(assignment_app, name="assignment")


@assignment_app.command("add")
@command
def assignment_add(
    title: Annotated[str, typer.Argument(help="The assignment's title")],
    description: Annotated[str | None, typer.Option("--description")] = None,
) -> None:
    """Add a political assignment the areas serve (facilitator)."""
    out.print(
        Text(
            t(
                "out.assignment_saved",
                title=_service().add_assignment(title, description=description),
            )
        )
    )


@assignment_app.command("indicator")
@command
def assignment_indicator(
    assignment: Annotated[str, typer.Argument(help="The assignment's title")],
    name: Annotated[str, typer.Option("--name")],
    horizon: Annotated[str, typer.Option("--horizon", help="1-2 (years) or mandate")],
    unit: Annotated[str, typer.Option("--unit")] = "%",
    start_year: Annotated[int | None, typer.Option("--start-year")] = None,
    own: Annotated[float | None, typer.Option("--own", help="Startläge, our value")] = None,
    national: Annotated[float | None, typer.Option("--national", help="Startläge, riket")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
) -> None:
    """Add an indicator to an assignment (facilitator)."""
    saved = _service().add_assignment_indicator(
        assignment,
        name=name,
        horizon=horizon,
        unit=unit,
        start_year=start_year,
        own=own,
        national=national,
        target=target,
    )
    out.print(Text(t("out.assignment_saved", title=saved)))


@assignment_app.command("status")
@command
def assignment_status(
    assignment: Annotated[str, typer.Argument(help="The assignment's title")],
    period: Annotated[str, typer.Option("--period")],
    color: Annotated[str, typer.Option("--color", help="gron|gul|rod")],
    comment: Annotated[str, typer.Option("--comment")],
    cause: Annotated[str | None, typer.Option("--cause")] = None,
    measures: Annotated[str | None, typer.Option("--measures")] = None,
) -> None:
    """Report the assignment's colour for an open tertial (facilitator)."""
    key = _service().set_assignment_status(
        assignment, period=period, color=color, comment=comment, cause=cause, measures=measures
    )
    out.print(Text(t("out.saved", key=key)))


@assignment_app.command("amend")
@command
def assignment_amend(
    assignment: Annotated[str, typer.Argument(help="The assignment's title")],
    period: Annotated[str, typer.Option("--period", help="A closed tertial")],
    color: Annotated[str, typer.Option("--color", help="gron|gul|rod")],
    comment: Annotated[str, typer.Option("--comment")],
    reason: Annotated[str, typer.Option("--reason", help="Why the delivered colour was wrong")],
    cause: Annotated[str | None, typer.Option("--cause")] = None,
    measures: Annotated[str | None, typer.Option("--measures")] = None,
) -> None:
    """Correct the assignment's colour for a closed tertial: a new revision of its report."""
    key = _service().amend_assignment_status(
        assignment,
        period=period,
        color=color,
        comment=comment,
        reason=reason,
        cause=cause,
        measures=measures,
    )
    out.print(Text(t("out.saved", key=key)))


@assignment_app.command("edit")
@dated
def assignment_edit(
    assignment: Annotated[str, typer.Argument(help="The assignment's title")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is corrected")],
    title: Annotated[str | None, typer.Option("--title", help="The corrected title")] = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    period: PeriodAmendOpt = None,
) -> None:
    """Correct the assignment's title or text (facilitator)."""
    key = _service().edit_assignment(
        assignment, reason=reason, title=title, description=description, period=period
    )
    out.print(Text(t("out.saved", key=key)))


@assignment_app.command("list")
@command
def assignment_list(
    period: Annotated[str | None, typer.Option("--period")] = None, as_json: JsonOpt = False
) -> None:
    """The assignments, their indicators and (for a period) their colour."""
    items = _service().assignments(period.upper() if period else None)
    if as_json:
        _print_json(items)
        return
    for a in items:
        out.print(Text(a["title"], style="bold"))
        if a["status"]:
            out.print(Text(f"  {t('color.' + a['status']['color'])}: {a['status']['comment']}"))
        for i in a["indicators"]:
            out.print(Text(f"  - {i['name']} ({t('horizon.' + i['horizon'])})"))


@app.command("report")
@command
def report(
    period: Annotated[str, typer.Option("--period", help="YYYY-Tn")],
    round_: Annotated[str | None, typer.Option("--round", help="Only this round's areas")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, json or html")] = "md",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default: stdout)")
    ] = None,
    revision: Annotated[
        int | None, typer.Option("--revision", help="A closed period's earlier revision")
    ] = None,
    revisions: Annotated[
        bool, typer.Option("--revisions", help="List a closed period's revisions")
    ] = False,
) -> None:
    """The tertial follow-up: the world at the period's end; a closed period's report as it
    was delivered (its newest revision, or --revision N)."""
    from innovation.reports.html import to_html
    from innovation.reports.tertial import build, to_markdown

    if fmt not in ("md", "json", "html"):
        raise Invalid("error.bad_format", value=fmt, choices="md, json, html")
    svc = _service()
    if revisions:
        _print_revisions(svc.report_revisions(period), fmt == "json")
        return
    data = build(svc, period, only_round=round_, revision=revision)
    if fmt == "md":
        text = to_markdown(data)
    elif fmt == "html":
        text = to_html(data)
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    err.print(Text(t("out.report_written", path=str(output))))


def _print_revisions(revisions: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        _print_json(revisions)
        return
    if not revisions:
        out.print(Text(t("out.no_revisions")))
        return
    for r in revisions:
        head = t("out.revision", n=r["revision"], at=local_minute(r["at"]), by=r["by"])
        out.print(Text(head, style="bold") + Text(f"  {r['hash'][:16]}…", style="dim"))
        if r["reason"]:
            out.print(Text(f"  “{r['reason']}”", style="italic"))
        for c in r["changes"]:
            out.print(Text(f"  {c['path']}: {c['before']!r} → {c['after']!r}"))


# moves and decisions ------------------------------------------------------------------------
@app.command("move")
@dated
def move(
    area: Annotated[str, typer.Argument(help="Area key")],
    phase: Annotated[str, typer.Argument(help="The phase to move to")],
    reason: Annotated[str, typer.Option("--reason", help="Why the area is ready")],
    as_json: JsonOpt = False,
) -> None:
    """Move an area, or file a request where the fadder must approve."""
    svc = _service()
    result = svc.move(area, phase, reason=reason)
    if result.request:
        if as_json:
            _print_json({"request": result.request})
            return
        fadder = svc.show_area(result.area).fadder
        out.print(
            Text(
                t(
                    "out.requested",
                    area=result.area,
                    source=result.phase,
                    dest=phase.lower(),
                    request=result.request,
                    fadder=fadder,
                )
            )
        )
    elif as_json:
        _print_json({"phase": result.phase, "cycle": result.cycle})
    else:
        out.print(Text(t("out.moved", area=result.area, phase=result.phase, cycle=result.cycle)))


@app.command("approve")
@dated
def approve(
    request: Annotated[str, typer.Argument(help="Request key, e.g. R4")],
    comment: Annotated[str | None, typer.Option("--comment")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Go: approve a request (the area's fadder or delegate); the move happens."""
    _decided("out.approved", _service().approve(request, comment=comment), as_json)


def _decided(key: str, r: MoveResult, as_json: bool) -> None:
    if as_json:
        _print_json({"request": r.request, "area": r.area, "phase": r.phase, "cycle": r.cycle})
    else:
        out.print(Text(t(key, request=r.request, area=r.area, phase=r.phase)))


@app.command("reject")
@dated
def reject(
    request: Annotated[str, typer.Argument(help="Request key, e.g. R4")],
    comment: Annotated[str, typer.Option("--comment", help="What must be done first")],
    back_to: Annotated[
        str | None, typer.Option("--back-to", help="An earlier phase of the same cycle")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Recycle: the area stays, or goes back to an earlier phase to do more work."""
    r = _service().reject(request, comment=comment, back_to=back_to)
    _decided("out.recycled" if back_to else "out.rejected", r, as_json)


@app.command("hold")
@dated
def hold(
    request: Annotated[str, typer.Argument(help="Request key, e.g. R4")],
    until: Annotated[str, typer.Option("--until", help="Revisit tertial, e.g. 2025-T1")],
    comment: Annotated[str, typer.Option("--comment", help="Why not now")],
    as_json: JsonOpt = False,
) -> None:
    """Hold: good, but not now. The area is vilande until the tertial; resume lifts it."""
    r = _service().hold(request, until=until, comment=comment)
    if as_json:
        _print_json({"request": r.request, "area": r.area, "hold_until": until.upper()})
    else:
        out.print(Text(t("out.held", request=r.request, area=r.area, until=until.upper())))


@app.command("kill")
@dated
def kill(
    request: Annotated[str, typer.Argument(help="Request key, e.g. R4")],
    comment: Annotated[str, typer.Option("--comment", help="The lesson to keep")],
    as_json: JsonOpt = False,
) -> None:
    """Kill: stop, and keep the lesson. The area ends its cycle in learn."""
    _decided("out.killed", _service().kill(request, comment=comment), as_json)


@app.command("withdraw")
@dated
def withdraw(
    request: Annotated[str, typer.Argument(help="Request key, e.g. R4")],
    reason: Annotated[str | None, typer.Option("--reason")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Take back a request you filed."""
    key = _service().withdraw(request, reason=reason)
    if as_json:
        _print_json({"request": key, "status": "withdrawn"})
    else:
        out.print(Text(t("out.withdrawn", request=key)))


@app.command("resume")
@dated
def resume(
    area: Annotated[str, typer.Argument(help="Area key")],
    comment: Annotated[str | None, typer.Option("--comment")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Lift a hold: the area is active again (the fadder or their delegate)."""
    key = _service().resume(area, comment=comment)
    if as_json:
        _print_json({"area": key, "hold_until": None})
    else:
        out.print(Text(t("out.resumed", area=key)))


@app.command("delegate")
@dated
def delegate(
    area: Annotated[str, typer.Argument(help="Area key")],
    to: Annotated[str | None, typer.Option("--to", help="Who decides in your place")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD")] = None,
    revoke: Annotated[bool, typer.Option("--revoke", help="End the delegation now")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Let another person decide requests on one of your areas until a date."""
    key = _service().delegate(area, to=to, until=until, revoke=revoke)
    if as_json:
        _print_json({"area": key, "delegate": None if revoke else to, "until": until})
    elif revoke:
        out.print(Text(t("out.delegation_ended", area=key)))
    else:
        out.print(Text(t("out.delegated", area=key, to=to, until=until)))


@app.command("requests")
@command
def requests(
    all_: Annotated[bool, typer.Option("--all", help="Every open request, not just mine")] = False,
    mine: Annotated[
        bool, typer.Option("--mine", help="Waiting for my decision or filed by me (the default)")
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Requests waiting for my decision (or filed by me), oldest first, with their age."""
    rows = _service().list_requests(mine=mine and not all_)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        out.print(Text(t("out.no_requests")))
        return
    table = _table(
        t("col.key"),
        t("col.area"),
        t("col.move"),
        t("col.by"),
        t("col.fadder"),
        t("col.age"),
        t("col.reason"),
        wide=(6,),
    )
    for r in rows:
        stale = Text(f" ({t('word.stale')})", style="yellow") if r.stale else Text()
        table.add_row(
            Text(r.key) + stale,
            Text(r.area),
            Text(f"{r.source} → {r.dest}"),
            Text(r.requested_by),
            Text(r.fadder),
            t("word.days", n=r.age_days),
            Text(clip(r.reason, 50)),
        )
    out.print(table)


@app.command("history")
@command
def history(
    area: Annotated[str, typer.Argument(help="Area key")], as_json: JsonOpt = False
) -> None:
    """Everything recorded about an area, oldest first."""
    svc = _service()
    events = svc.history(area)
    if as_json:
        _print_json(events)
        return
    _print_events(events, svc.person_names())


def _print_events(events: list[EventView], names: dict[str, str]) -> None:
    # One block per event, like `git log`: it reads at any terminal width.
    for e in events:
        head = Text(f"#{e.id}  ", style="bold") + Text(event_when(e.on, e.at), style="dim")
        head += Text(f"  {names.get(e.actor, e.actor)}")
        head += Text(f" · {event_label(e.kind)}", style="red" if e.kind == "denied" else "cyan")
        if e.area:
            head += Text(f" · {e.area}", style="dim")
        out.print(head)
        summary = event_summary(e.kind, e.subject, e.before, e.after)
        if summary:
            out.print(Text("    ") + Text(summary))
        if e.reason:
            out.print(Text("    ") + Text(f"“{clip(e.reason, 200)}”", style="italic"))


audit_app = typer.Typer(help="The audit trail.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


@audit_app.command("list")
@command
def audit_list(
    area: Annotated[str | None, typer.Option("--area", help="Only this area")] = None,
    person: Annotated[str | None, typer.Option("--person", help="Only this username")] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only this kind, or a prefix such as request")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this day, YYYY-MM-DD")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The whole trail, oldest first, filtered by area, person, kind of event and dates."""
    svc = _service()
    events = svc.audit_list(area=area, person=person, kind=kind, since=since, until=until)
    if as_json:
        _print_json(events)
    else:
        _print_events(events, svc.person_names())


@audit_app.command("verify")
@command
def audit_verify(
    expect: Annotated[
        str | None, typer.Option("--expect", help="A head kept earlier, COUNT:HASH")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Walk the hash chain; report the first broken link precisely (exit 1 on any break)."""
    report = _service().verify(expect=expect)
    problem = report.broken or report.expected_problem
    if as_json:
        _print_json(
            {
                "ok": report.ok,
                "count": report.count,
                "head": report.head,
                "broken_at": problem.event if problem else None,
                "problem": t(problem.key, **problem.params) if problem else None,
            }
        )
    elif report.broken:
        detail = t(report.broken.key, **report.broken.params)
        err.print(Text(t("audit.broken", event=report.broken.event, detail=detail), style="red"))
    elif report.expected_problem:
        p = report.expected_problem
        err.print(Text(t("audit.broken", event=p.event, detail=t(p.key, **p.params)), style="red"))
    else:
        out.print(Text(t("audit.ok", count=report.count, head=report.head), style="green"))
        if expect:
            count, head = expect.split(":", 1)
            out.print(Text(t("audit.expect_ok", count=count, head=head)))
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("head")
@command
def audit_head(as_json: JsonOpt = False) -> None:
    """Print the trail's count and head hash, to keep somewhere else (detects truncation)."""
    count, digest = _service().head()
    if as_json:
        _print_json({"count": count, "head": digest})
        return
    sys.stdout.write(f"{count}:{digest}\n")
    err.print(Text(t("out.head", count=count, head=digest), style="dim"))


@audit_app.command("replay")
@command
def audit_replay(as_json: JsonOpt = False) -> None:
    """Rebuild every area from the events through the current flows; compare with the tables."""
    replayed, differences, events = _service().replay()
    if as_json:
        _print_json({"ok": not differences, "events": events, "differences": differences})
    elif differences:
        err.print(Text(t("replay.failed", count=len(differences)), style="red"))
        for line in differences:
            err.print(Text(f"  - {line}"))
    else:
        out.print(
            Text(
                t(
                    "replay.ok",
                    areas=len(replayed.areas),
                    requests=len(replayed.requests),
                    events=events,
                ),
                style="green",
            )
        )
    if differences:
        raise typer.Exit(1)


@audit_app.command("export")
@command
def audit_export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
    area: Annotated[str | None, typer.Option("--area", help="Only this area")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this day, YYYY-MM-DD")] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default: stdout)")
    ] = None,
) -> None:
    """Every event with its hash, for people and tools (format: docs/audit.md)."""
    svc = _service()
    if output is None:
        svc.export(sys.stdout, fmt=fmt, area=area, since=since)
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        count = svc.export(handle, fmt=fmt, area=area, since=since)
    tmp.replace(output)
    err.print(Text(t("out.exported", count=count, path=str(output))))


@app.command("annotate")
@command
def annotate(
    event: Annotated[str, typer.Argument(help="Event number, e.g. 42")],
    note: Annotated[str, typer.Option("--note", help="The note on the past event")],
    as_json: JsonOpt = False,
) -> None:
    """Add a facilitator's note to a past event (itself an event; the original is untouched)."""
    new_id = _service().annotate(event, note=note)
    if as_json:
        _print_json({"key": f"#{new_id}"})
    else:
        out.print(Text(t("out.created", key=f"#{new_id}")))


# flows ---------------------------------------------------------------------------------------
@flow_app.command("check")
@command
def flow_check(
    path: Annotated[Path, typer.Argument(help="A flow file (TOML)")], as_json: JsonOpt = False
) -> None:
    """Validate a flow file; every problem is reported with where it is."""
    if as_json:
        try:
            flow = load_flow(path)
        except FlowError as exc:
            _print_json({"ok": False, "path": str(path), "problems": exc.problems})
            raise typer.Exit(1) from None
        _print_json({"ok": True, "path": str(path), "flow": flow.id, "problems": []})
        return
    flow = load_flow(path)
    out.print(
        Text(
            t(
                "out.flow_ok",
                path=str(path),
                flow=flow.id,
                phases=len(flow.phases),
                transitions=len(flow.transitions),
            ),
            style="green",
        )
    )


@flow_app.command("show")
@command
def flow_show(
    name: Annotated[str, typer.Argument(help="malsokande or malstyrt, or a path")],
    mermaid: Annotated[
        bool, typer.Option("--mermaid", help="Mermaid stateDiagram-v2 text")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show a flow as a table, or as a Mermaid state diagram."""
    from innovation.engine.render import flow_as_dict, mermaid_text

    flow = load_flow(Path(name)) if name.endswith(".toml") else default_flows().get(name).flow
    if mermaid:
        sys.stdout.write(mermaid_text(flow))
        return
    if as_json:
        _print_json(flow_as_dict(flow))
        return
    out.print(Text(f"{flow.label} ({flow.id})", style="bold") + Text(f" · {flow.help}"))
    phases = _table("id", t("col.label"), t("col.help"), wide=(2,))
    for p in flow.phases:
        label = Text(p.label) + (Text(f" ({t('word.end')})", style="dim") if p.end else Text())
        phases.add_row(Text(p.id), label, Text(p.help))
    out.print(phases)
    moves = _table(
        t("col.trigger"),
        t("col.from"),
        t("col.to"),
        t("col.approval"),
        t("col.requires"),
        wide=(4,),
    )
    for tr in flow.transitions:
        to = Text(tr.dest) + (
            Text(f" ({t('word.new_cycle')})", style="dim") if tr.new_cycle else Text()
        )
        moves.add_row(
            Text(tr.trigger),
            Text(tr.source),
            to,
            t("word.yes") if tr.fadder else t("word.no"),
            Text(", ".join(tr.requires) or "–"),
        )
    out.print(moves)


# database and demo ---------------------------------------------------------------------------
@db_app.command("grant")
@command
def db_grant(
    username: Annotated[str, typer.Argument(help="The analyst's login name")],
    revoke: Annotated[bool, typer.Option("--revoke", help="No longer let it log in")] = False,
    as_json: JsonOpt = False,
) -> None:
    """PostgreSQL: a read-only login on the analyst views (the database's owner)."""
    login = _service().grant_login(username, revoke=revoke)
    if as_json:
        _print_json({"login": login, "revoked": revoke})
    else:
        out.print(Text(t("out.login_revoked" if revoke else "out.granted_analyst", login=login)))


@db_app.command("upgrade")
@command
def db_upgrade(as_json: JsonOpt = False) -> None:
    """Create or upgrade the schema to the newest migration."""
    s = _settings()
    database = Database(s.db_url)
    version = database.migrate()
    # The address as shown everywhere: never with its password.
    if as_json:
        _print_json({"db": database.shown(), "version": version})
    else:
        out.print(Text(t("out.db_upgraded", url=database.shown(), version=version)))


@app.command("import")
@command
def import_(
    path: Annotated[
        Path | None, typer.Argument(help="A workbook (.xlsx) or a folder of CSV files")
    ] = None,
    template: Annotated[
        Path | None, typer.Option("--template", help="Write an empty workbook of the shape")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would happen; write nothing")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Bring an existing programme in: every row as the command it stands for, with its day;
    all or nothing (admin)."""
    from innovation.interchange.workbook import read, write
    from innovation.service.interchange import file_digest

    if template is not None:
        write(template, {}, readme=[t("import.readme", sheets="")])
        out.print(Text(t("out.template_written", path=str(template))))
        return
    if path is None:
        raise Invalid("error.import_what")
    rows, shape_problems = read(path)
    svc = _service()
    if shape_problems:
        result = ImportResult(rows=sum(len(v) for v in rows.values()), problems=shape_problems)
    else:
        result = svc.import_rows(rows, source=path.name, digest=file_digest(path), dry_run=dry_run)
    if as_json:
        _print_json(result)
    else:
        for p in result.problems:
            where = " · ".join(
                x for x in (p.sheet, f"{t('word.row')} {p.row}" if p.row else "", p.column) if x
            )
            err.print(Text(f"{where}: ", style="bold") + Text(p.why))
        done = ", ".join(f"{sheet} {n}" for sheet, n in result.done.items()) or "–"
        if result.problems:
            err.print(Text(t("out.import_refused", n=len(result.problems)), style="bold red"))
        elif dry_run:
            out.print(Text(t("out.import_dry", rows=result.rows, done=done)))
        else:
            out.print(Text(t("out.programme_imported", rows=result.rows, done=done)))
    if result.problems:
        raise typer.Exit(1)


@app.command("export")
@command
def export_(
    fmt: Annotated[str, typer.Option("--format", help="xlsx, or csv (a folder of files)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file or folder")],
) -> None:
    """Take the workspace out in the import's shape, read from the audit trail."""
    from innovation.interchange.workbook import write

    if fmt not in ("xlsx", "csv"):
        raise Invalid("error.bad_format", value=fmt, choices="xlsx, csv")
    if fmt == "xlsx" and output.suffix.lower() != ".xlsx":
        output = output.with_suffix(".xlsx")
    if fmt == "csv" and output.suffix:
        raise Invalid("error.export_folder", path=str(output))
    write(output, _service().export_rows())
    out.print(Text(t("out.workspace_exported", path=str(output))))


@app.command("demo")
@command
def demo(
    no_tui: Annotated[bool, typer.Option("--no-tui", help="Print the areas instead")] = False,
) -> None:
    """Seed the demo workspace (idempotent) and open it."""
    from innovation.seed import seed_demo

    # Never write demo data into a person's default workspace: only into a database named
    # explicitly, or the demo's own file.
    url = Settings.resolve(db=_state.db).db_url if _explicit_db() else demo_db_url()
    database = Database(url)
    seed_demo(database)
    _state.db = url
    if no_tui:
        err.print(Text(t("out.demo_db", path=database.url), style="dim"))
        _state.actor = _state.actor or "ada"
        area_list.__wrapped__(as_json=False)  # type: ignore[attr-defined]
        return
    # The demo starts as its facilitator unless told otherwise; `w` switches person.
    actor = _state.actor or os.environ.get("INNOVATION_USER") or "fia"
    database.close()
    _open_tui(Settings.resolve(db=url, actor=actor), demo=True)


def _explicit_db() -> bool:
    return bool(_state.db or os.environ.get("INNOVATION_DB"))


def main() -> None:
    for arg in sys.argv[1:]:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 (a terminal set to another encoding): say so, change
            # nothing, rather than fail half-way with a traceback.
            set_language(None)
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            err.print(Text(t("error.not_utf8", arg=shown), style="bold red"))
            sys.exit(2)
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


# Rounds, merges, hand-overs, partners and the person page live in their own module.
from innovation import cli_access  # noqa: E402,F401  (the key commands and ssh-serve)
from innovation.cli_rounds import partner_app, round_app  # noqa: E402

app.add_typer(round_app, name="round")
app.add_typer(partner_app, name="partner")
