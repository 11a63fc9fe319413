"""People and their roles; a person's history across rounds."""

from __future__ import annotations

from innovation.cli.commands.common import created, saved
from innovation.cli.context import Ctx
from innovation.cli.output import line, print_json, table
from innovation.cli.spec import command, opt, pos
from innovation.i18n import t
from innovation.present import clip, stint_until


@command(
    "person add",
    pos("username", "cli.arg.username"),
    opt("--name", "cli.arg.name", required=True),
    opt("--role", "cli.arg.role", required=True, multi=True),
)
def person_add(ctx: Ctx, username: str, name: str, role: list[str]) -> None:
    created(ctx, ctx.service().add_person(username, name=name, roles=role))


@command(
    "person roles",
    pos("username", "cli.arg.username"),
    opt("--role", "cli.arg.roles_now", required=True, multi=True),
)
def person_roles(ctx: Ctx, username: str, role: list[str]) -> None:
    saved(ctx, ctx.service().set_roles(username, roles=role))


@command(
    "person rename",
    pos("username", "cli.arg.username"),
    opt("--name", "cli.arg.name_now", required=True),
    opt("--reason", "cli.arg.reason_correct", required=True),
)
def person_rename(ctx: Ctx, username: str, name: str, reason: str) -> None:
    saved(ctx, ctx.service().rename_person(username, name=name, reason=reason))


@command("person list")
def person_list(ctx: Ctx) -> None:
    people = ctx.service().list_people()
    if ctx.json:
        print_json(people)
        return
    rows = [(p.username, p.name, ", ".join(t(f"role.{r}") for r in p.roles)) for p in people]
    table([t("col.key"), t("col.name"), t("col.roles")], rows)


@command("person show", pos("username", "cli.arg.username"))
def person_show(ctx: Ctx, username: str) -> None:
    page = ctx.service().person_page(username)
    if ctx.json:
        print_json(page)
        return
    roles = ", ".join(t(f"role.{r}") for r in page.roles)
    line((f"{page.name} ({page.username}) · {roles}", "bold"))
    if not page.stints:
        line(t("person.no_stints"))
        return
    headers = [
        t("col.round"),
        t("col.key"),
        t("col.question"),
        t("col.role"),
        t("col.since"),
        t("col.until"),
    ]
    rows = [
        (
            s.round or "–",
            s.area,
            clip(s.question, 70),
            t(f"role.{s.role}"),
            s.since[:10],
            stint_until(s),
        )
        for s in page.stints
    ]
    table(headers, rows, wide=2)


@command(
    "person contact",
    pos("username", "cli.arg.username"),
    opt("--email", "cli.arg.email"),
    opt("--digest", "cli.arg.digest"),
    opt("--language", "cli.arg.person_lang", dest="person_lang"),
)
def person_contact(
    ctx: Ctx, username: str, email: str | None, digest: str | None, person_lang: str | None
) -> None:
    saved(ctx, ctx.service().set_contact(username, email=email, digest=digest, lang=person_lang))
