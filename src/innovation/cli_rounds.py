"""Commands for rounds, merges, hand-overs, partners and a person's page (registered on the
main app by cli.py)."""

# No `from __future__ import annotations` here: Typer reads the annotations at run time.

from typing import Annotated

import typer
from rich.text import Text

from innovation.cli import (
    JsonOpt,
    PeriodAmendOpt,
    _created,
    _key_out,
    _print_json,
    _service,
    _table,
    area_app,
    command,
    dated,
    out,
    person_app,
)
from innovation.domain import Invalid
from innovation.i18n import t
from innovation.present import clip, merge_preview, stint_until

round_app = typer.Typer(help="Rounds (omgångar) of areas.", no_args_is_help=True)
partner_app = typer.Typer(help="Partners outside the municipality.", no_args_is_help=True)


# rounds ---------------------------------------------------------------------------------
@round_app.command("add")
@command
def round_add(
    name: Annotated[str, typer.Argument(help='The round\'s name, e.g. "2024"')],
    year: Annotated[int, typer.Option("--year", help="The year it started")],
    description: Annotated[str | None, typer.Option("--description")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a round that areas can belong to (facilitator or admin)."""
    _created(_service().add_round(name, year=year, description=description), as_json)


@round_app.command("list")
@command
def round_list(as_json: JsonOpt = False) -> None:
    """The rounds with their areas: how many are going, in which phases, how many merged."""
    rounds = _service().list_rounds()
    if as_json:
        _print_json(rounds)
        return
    table = _table(
        t("col.round"), t("col.year"), t("col.areas"), t("col.phases"), t("col.merged"), wide=(2,)
    )
    for r in rounds:
        phases = ", ".join(f"{t('phase.' + p)} {n}" for p, n in r["phases"].items())
        table.add_row(
            Text(r["name"]),
            str(r["year"]),
            Text(", ".join(r["areas"]) or "–"),
            Text(phases or "–"),
            str(r["merged"]),
        )
    out.print(table)


# merges and hand-overs ------------------------------------------------------------------
@area_app.command("merge")
@dated
def area_merge(
    areas: Annotated[list[str], typer.Argument(help="The areas to merge, e.g. O1 O2 O3")],
    into: Annotated[str | None, typer.Option("--into", help='The new "Hur kan vi …?"')] = None,
    fadder: Annotated[str | None, typer.Option("--fadder")] = None,
    ledartroja: Annotated[
        list[str] | None, typer.Option("--ledartroja", help="Twice: the two leads")
    ] = None,
    reason: Annotated[str | None, typer.Option("--reason")] = None,
    phase: Annotated[
        str | None, typer.Option("--phase", help="Where the new area starts (default: furthest)")
    ] = None,
    track: Annotated[str | None, typer.Option("--track", help="Default: the first area's")] = None,
    round_: Annotated[str | None, typer.Option("--round", help="Default: the first area's")] = None,
    preview: Annotated[
        bool, typer.Option("--preview", help="Show what would move where; change nothing")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Merge areas into a new one (facilitator or admin); the sources end as merged."""
    svc = _service()
    if preview:
        plan = svc.merge_preview(areas, track)
        if as_json:
            _print_json(plan)
        else:
            out.print(merge_preview(plan))
        return
    missing = [
        name
        for name, value in (("--into", into), ("--fadder", fadder), ("--reason", reason))
        if not value
    ]
    if missing:
        raise Invalid("error.merge_args", missing=", ".join(missing))
    key = svc.merge(
        areas,
        into=into or "",
        fadder=fadder or "",
        ledartrojor=ledartroja or [],
        reason=reason or "",
        phase=phase,
        track=track,
        round=round_,
    )
    _created(key, as_json)


@area_app.command("handover")
@dated
def area_handover(
    area: Annotated[str, typer.Argument(help="Area key")],
    outgoing: Annotated[str, typer.Option("--from", help="The ledartröja who leaves")],
    incoming: Annotated[str, typer.Option("--to", help="The ledartröja who takes over")],
    reason: Annotated[str, typer.Option("--reason")],
    as_json: JsonOpt = False,
) -> None:
    """Hand an area over from one ledartröja to another (facilitator), with a reason."""
    _key_out(
        _service().handover(area, outgoing=outgoing, incoming=incoming, reason=reason), as_json
    )


@area_app.command("handover-note")
@dated
def area_handover_note(
    area: Annotated[str, typer.Argument(help="Area key")],
    note: Annotated[str, typer.Option("--note", help="What the one who takes over should know")],
    as_json: JsonOpt = False,
) -> None:
    """The outgoing ledartröja's note to the one who took over (shown to them first)."""
    _key_out(_service().handover_note(area, note), as_json)


@area_app.command("handover-read")
@command
def area_handover_read(
    area: Annotated[str, typer.Argument(help="Area key")], as_json: JsonOpt = False
) -> None:
    """Print the hand-over notes left for me on an area, and mark them read."""
    svc = _service()
    notes = svc.unread_handover_notes(area)
    svc.handover_seen(area)
    if as_json:
        _print_json(notes)
        return
    if not notes:
        out.print(Text(t("handover.none")))
    for h in notes:
        out.print(
            Text(t("handover.from", outgoing=h["outgoing"], at=h["note_at"][:10]), style="bold")
        )
        out.print(Text(h["note"]))


# people ---------------------------------------------------------------------------------
@person_app.command("show")
@command
def person_show(
    username: Annotated[str, typer.Argument(help="Login name")], as_json: JsonOpt = False
) -> None:
    """A person's roles and every area they have led or sponsored, across rounds."""
    page = _service().person_page(username)
    if as_json:
        _print_json(page)
        return
    roles = ", ".join(t(f"role.{r}") for r in page["roles"])
    out.print(Text(f"{page['name']} ({page['username']}) · {roles}", style="bold"))
    if not page["stints"]:
        out.print(Text(t("person.no_stints")))
        return
    table = _table(
        t("col.round"),
        t("col.key"),
        t("col.question"),
        t("col.role"),
        t("col.since"),
        t("col.until"),
        wide=(2,),
    )
    for s in page["stints"]:
        table.add_row(
            Text(s["round"] or "–"),
            Text(s["area"]),
            Text(clip(s["question"], 70)),
            Text(t(f"role.{s['role']}")),
            s["since"][:10],
            Text(stint_until(s)),
        )
    out.print(table)


# partners -------------------------------------------------------------------------------
@partner_app.command("add")
@command
def partner_add(
    name: Annotated[str, typer.Argument(help="The organisation's name")],
    kind: Annotated[
        str, typer.Option("--kind", help="civil, business, authority, region or other")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Register an organisation outside the municipality."""
    _created(_service().add_partner(name, kind=kind), as_json)


@partner_app.command("list")
@command
def partner_list(as_json: JsonOpt = False) -> None:
    """The partners and how many collaborations each has."""
    partners = _service().list_partners()
    if as_json:
        _print_json(partners)
        return
    table = _table(t("col.key"), t("col.name"), t("col.kind"), t("col.collaborations"), wide=(1,))
    for p in partners:
        table.add_row(
            Text(p["key"]),
            Text(p["name"]),
            Text(t(f"partner.{p['kind']}")),
            str(p["collaborations"]),
        )
    out.print(table)


@partner_app.command("link")
@dated
def partner_link(
    area: Annotated[str, typer.Argument(help="Area key")],
    partner: Annotated[str, typer.Argument(help="Partner key, e.g. P2")],
    form: Annotated[str, typer.Option("--form", help="iop, agreement or informal")],
    since: Annotated[str, typer.Option("--since", help="YYYY-MM-DD")],
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that an area works with a partner (its ledartröjor or a facilitator)."""
    key = _service().link_partner(area, partner, form=form, since=since, until=until, note=note)
    _created(key, as_json)


@partner_app.command("end")
@dated
def partner_end(
    collaboration: Annotated[str, typer.Argument(help="Collaboration key, e.g. C3")],
    until: Annotated[str, typer.Option("--until", help="The last day, YYYY-MM-DD")],
    as_json: JsonOpt = False,
) -> None:
    """Record the last day of a collaboration."""
    _key_out(_service().end_collaboration(collaboration, until=until), as_json)


@partner_app.command("correct")
@dated
def partner_correct(
    collaboration: Annotated[str, typer.Argument(help="Collaboration key, e.g. C3")],
    reason: Annotated[str, typer.Option("--reason", help="What was wrong")],
    form: Annotated[str | None, typer.Option("--form", help="iop|agreement|informal")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD, or '' for none")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    period: PeriodAmendOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct a collaboration's form, dates or note."""
    key = _service().correct_collaboration(
        collaboration,
        reason=reason,
        form=form,
        since=since,
        until=until,
        note=note,
        period=period,
    )
    _key_out(key, as_json)


@partner_app.command("collaborations")
@command
def partner_collaborations(
    area: Annotated[str | None, typer.Argument(help="Area key (default: all)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Collaborations with partners, with their form and dates."""
    items = _service().collaborations(area)
    if as_json:
        _print_json(items)
        return
    table = _table(
        t("col.key"),
        t("col.area"),
        t("col.name"),
        t("col.form"),
        t("col.since"),
        t("col.until"),
        wide=(2,),
    )
    for c in items:
        table.add_row(
            Text(c["key"]),
            Text(c["area"]),
            Text(c["name"]),
            Text(t(f"form.{c['form']}")),
            c["since"],
            c["until"] or "–",
        )
    out.print(table)
