"""Looking after the workspace: the flow files, the database, the demo, bringing a programme in
and taking it out, and the SSH keys that reach the program on a shared server."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from innovation.cli.context import Ctx, acting, need_terminal, open_tui
from innovation.cli.output import err_line, line, print_json, table
from innovation.cli.spec import command, opt, pos, switch
from innovation.domain import Invalid
from innovation.i18n import t


@command("flow check", pos("path", "cli.arg.flow_file"))
def flow_check(ctx: Ctx, path: str) -> int:
    from innovation.engine import FlowError, load_flow

    if ctx.json:
        try:
            flow = load_flow(Path(path))
        except FlowError as exc:
            print_json({"ok": False, "path": path, "problems": exc.problems})
            return 1
        print_json({"ok": True, "path": path, "flow": flow.id, "problems": []})
        return 0
    flow = load_flow(Path(path))
    line(
        (
            t(
                "out.flow_ok",
                path=path,
                flow=flow.id,
                phases=len(flow.phases),
                transitions=len(flow.transitions),
            ),
            "green",
        )
    )
    return 0


@command("flow show", pos("name", "cli.arg.flow_name"), switch("--mermaid", "cli.arg.mermaid"))
def flow_show(ctx: Ctx, name: str, mermaid: bool) -> None:
    from innovation.engine import default_flows, load_flow
    from innovation.engine.render import flow_as_dict, mermaid_text

    flow = load_flow(Path(name)) if name.endswith(".toml") else default_flows().get(name).flow
    if mermaid:
        sys.stdout.write(mermaid_text(flow))
        return
    if ctx.json:
        print_json(flow_as_dict(flow))
        return
    line((f"{flow.label} ({flow.id})", "bold"), f" · {flow.help}")
    rows = [(p.id, p.label + (f" ({t('word.end')})" if p.end else ""), p.help) for p in flow.phases]
    table(["id", t("col.label"), t("col.help")], rows, wide=2)
    line("")
    labels = {p.id: p.label for p in flow.phases}
    moves = [
        (
            tr.trigger,
            labels.get(tr.source, tr.source),
            labels.get(tr.dest, tr.dest) + (f" ({t('word.new_cycle')})" if tr.new_cycle else ""),
            t("word.yes") if tr.fadder else t("word.no"),
            ", ".join(tr.requires) or "–",
        )
        for tr in flow.transitions
    ]
    headers = [t("col.trigger"), t("col.from"), t("col.to"), t("col.approval"), t("col.requires")]
    table(headers, moves, wide=4)


@command("db grant", pos("username", "cli.arg.analyst"), switch("--revoke", "cli.arg.grant_revoke"))
def db_grant(ctx: Ctx, username: str, revoke: bool) -> None:
    login = ctx.service().grant_login(username, revoke=revoke)
    if ctx.json:
        print_json({"login": login, "revoked": revoke})
    else:
        line(
            t("out.login_revoked", login=login) if revoke else t("out.granted_analyst", login=login)
        )


@command("db upgrade")
def db_upgrade(ctx: Ctx) -> None:
    database = ctx.database()
    version = database.migrate()
    # The address as shown everywhere: never with its password.
    if ctx.json:
        print_json({"db": database.shown(), "version": version})
    else:
        line(t("out.db_upgraded", url=database.shown(), version=version))


@command(
    "import",
    pos("path", "cli.arg.import_path", optional=True),
    opt("--template", "cli.arg.template"),
    switch("--dry-run", "cli.arg.dry_run"),
)
def import_(ctx: Ctx, path: str | None, template: str | None, dry_run: bool) -> int:
    from innovation.interchange.workbook import read, write
    from innovation.service.interchange import ImportResult, file_digest

    if template is not None:
        write(Path(template), {}, readme=[t("import.readme", sheets="")])
        line(t("out.template_written", path=template))
        return 0
    if path is None:
        raise Invalid("error.import_what")
    source = Path(path)
    rows, shape_problems = read(source)
    svc = ctx.service()
    if shape_problems:
        result = ImportResult(rows=sum(len(v) for v in rows.values()), problems=shape_problems)
    else:
        result = svc.import_rows(
            rows, source=source.name, digest=file_digest(source), dry_run=dry_run
        )
    if ctx.json:
        print_json(result)
        return 1 if result.problems else 0
    for p in result.problems:
        where = " · ".join(
            x for x in (p.sheet, f"{t('word.row')} {p.row}" if p.row else "", p.column) if x
        )
        err_line(f"{where}: {p.why}")
    done = ", ".join(f"{sheet} {n}" for sheet, n in result.done.items()) or "–"
    if result.problems:
        err_line(t("out.import_refused", n=len(result.problems)), style="bold red")
        return 1
    if dry_run:
        line(t("out.import_dry", rows=result.rows, done=done))
    else:
        line(t("out.programme_imported", rows=result.rows, done=done))
    return 0


@command(
    "export",
    opt("--format", "cli.arg.export_format", dest="fmt", required=True),
    opt("--output", "cli.arg.export_output", short="-o", required=True),
)
def export_(ctx: Ctx, fmt: str, output: str) -> None:
    from innovation.interchange.workbook import write

    if fmt not in ("xlsx", "csv"):
        raise Invalid("error.bad_format", value=fmt, choices="xlsx, csv")
    target = Path(output)
    if fmt == "xlsx" and target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    if fmt == "csv" and target.suffix:
        raise Invalid("error.export_folder", path=output)
    write(target, ctx.service().export_rows())
    line(t("out.workspace_exported", path=str(target)))


@command("demo", switch("--no-tui", "cli.arg.no_tui"), switch("--reset", "cli.arg.demo_reset"))
def demo(ctx: Ctx, no_tui: bool, reset: bool) -> None:
    from innovation.seed import seed_demo
    from innovation.settings import Settings, demo_db_url
    from innovation.store.database import Database

    # Never write demo data into a person's default workspace: only into a database named
    # explicitly, or the demo's own file.
    explicit = bool(ctx.db or os.environ.get("INNOVATION_DB"))
    if not no_tui:
        need_terminal(demo=True)  # before the demo is seeded: a refused start changes nothing
    url = Settings.resolve(db=ctx.db).db_url if explicit else demo_db_url()
    database = Database(url)
    from innovation.timeutil import local_date, utcnow

    # The story as of today: days in a phase and what needs attention read as a live programme.
    seed_demo(database, reset=reset, today=local_date(utcnow()))
    ctx.db = url
    if no_tui:
        err_line(t("out.demo_db", path=database.shown()), style="dim")
        ctx.actor = ctx.actor or "ada"
        from innovation.cli.commands.areas import area_list

        area_list(ctx, round_=None, all_=False, day=None)
        return
    # The demo starts as its facilitator unless told otherwise; `w` switches person.
    actor = ctx.actor or os.environ.get("INNOVATION_USER") or "fia"
    database.close()
    open_tui(ctx, demo=True, settings=Settings.resolve(db=url, actor=actor))


# Reaching the program on a shared server (docs/shared-database.md) ---------------------------

# Over SSH a person runs commands, never chooses who they are or where the data is, and never
# reads or writes a file on the server (whose files are the service account's).
_SSH_OPTIONS = ("--as", "--db", "-o", "--output", "--template")
_SSH_COMMANDS = (
    ("db",),
    ("demo",),
    ("import",),
    ("indicator", "import"),
    ("flow", "check"),
    ("ssh-serve",),
    ("key", "sync"),
    ("export",),
)


def ssh_refusal(argv: list[str]) -> str | None:
    """Why a command sent over SSH is not run (None: it may run)."""
    for arg in argv:
        name = arg.split("=", 1)[0]
        if name in _SSH_OPTIONS or (name.startswith("-o") and not name.startswith("--")):
            return t("error.ssh_option", option=name)
    words = [a for a in argv if not a.startswith("-") or a == "-"]
    for forbidden in _SSH_COMMANDS:
        if tuple(words[: len(forbidden)]) == forbidden:
            return t("error.ssh_command", command=" ".join(forbidden))
    if words[:2] == ["key", "add"] and (len(words) < 4 or words[3] != "-"):
        return t("error.ssh_key_stdin")
    return None


@command("ssh-serve", pos("user", "cli.arg.ssh_user"))
def ssh_serve(ctx: Ctx, user: str) -> int:
    import shlex

    from innovation.domain import clean_username

    try:
        user = clean_username(user)
    except Invalid as exc:
        err_line(exc.message(), style="bold red")
        return 2
    # Only this process sets who acts; the SSH client can set no variable (sshd accepts none).
    os.environ["INNOVATION_SSH_USER"] = user
    os.environ.pop("INNOVATION_USER", None)
    asked = os.environ.get("SSH_ORIGINAL_COMMAND", "").strip()
    if not asked:
        if not sys.stdin.isatty():
            err_line(t("error.ssh_needs_tty"), style="bold red")
            return 2
        open_tui(Ctx(lang=ctx.lang))
        return 0
    try:
        argv = shlex.split(asked)
    except ValueError as exc:
        err_line(t("error.ssh_quoting", detail=str(exc)), style="bold red")
        return 2
    if argv and argv[0] == "innovation":
        argv = argv[1:]
    problem = ssh_refusal(argv)
    if problem is not None:
        err_line(problem, style="bold red")
        return 2
    from innovation.cli.main import run

    return run(argv)


def _forced_command(ctx: Ctx) -> list[str]:
    """What every key runs: this program, on this workspace, as ssh-serve."""
    env = [f"INNOVATION_DB={ctx.settings().db_url}"]
    for name in (
        "INNOVATION_AUTHORIZED_KEYS",
        "INNOVATION_LANG",
        "INNOVATION_TZ",
        "INNOVATION_FLOWS",
        "INNOVATION_MUNICIPALITY",
    ):
        # The file a key added over SSH is written into there and then; the server's language
        # and time zone (a person may still ask for --lang en); the deployment's own flows,
        # so that everyone who comes in by a key is held to the same rules as its admins.
        if os.environ.get(name):
            env.append(f"{name}={os.environ[name]}")
    return ["env", *env, sys.executable, "-m", "innovation"]


def _sync(ctx: Ctx, path: Path | None) -> Path | None:
    """Writes the managed block of authorized_keys (INNOVATION_AUTHORIZED_KEYS, or --file)."""
    from innovation.service.keys import merge_authorized_keys

    named = os.environ.get("INNOVATION_AUTHORIZED_KEYS")
    target = path or (Path(named) if named else None)
    if target is None:
        return None
    managed = ctx.service().authorized_keys_text(_forced_command(ctx))
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(merge_authorized_keys(existing, managed), encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(target)
    return target


@command("key add", pos("username", "cli.arg.key_owner"), pos("file", "cli.arg.key_file"))
def key_add(ctx: Ctx, username: str, file: str) -> None:
    if file == "-":
        text = sys.stdin.read(16_384)
    else:
        try:
            text = Path(file).read_text(encoding="utf-8")[:16_384]
        except (OSError, UnicodeDecodeError) as exc:
            raise Invalid("error.key_unreadable", path=file, detail=str(exc)) from None
    fingerprint = ctx.service().add_key(username, text)
    written = _sync(ctx, None)
    if ctx.json:
        print_json({"fingerprint": fingerprint, "authorized_keys": str(written or "")})
        return
    line(t("out.key_added", fingerprint=fingerprint, username=username))
    if written is not None:
        line((t("out.keys_synced", path=str(written)), "dim"))


@command("key revoke", pos("fingerprint", "cli.arg.fingerprint"))
def key_revoke(ctx: Ctx, fingerprint: str) -> None:
    ctx.service().revoke_key(fingerprint)
    written = _sync(ctx, None)
    if ctx.json:
        print_json({"fingerprint": fingerprint, "revoked": True})
        return
    line(t("out.key_revoked", fingerprint=fingerprint))
    if written is not None:
        line((t("out.keys_synced", path=str(written)), "dim"))


@command("key list", switch("--revoked", "cli.arg.keys_revoked"))
def key_list(ctx: Ctx, revoked: bool) -> None:
    keys = ctx.service().list_keys(revoked=revoked)
    if ctx.json:
        print_json(keys)
        return
    if not keys:
        line(t("out.no_keys"))
        return
    rows = []
    for k in keys:
        added = f"{k.added_at[:10]} ({k.added_by})"
        if k.revoked_at:
            added += " · " + t("out.revoked_on", at=k.revoked_at[:10])
        rows.append((k.username, k.kind, k.fingerprint, added))
    table([t("col.person"), t("col.key_kind"), t("col.fingerprint"), t("col.added")], rows)


@command("key sync", opt("--file", "cli.arg.keys_file"))
def key_sync(ctx: Ctx, file: str | None) -> None:
    written = _sync(ctx, Path(file) if file else None)
    if written is None:
        raise Invalid("error.keys_where")
    err_line(t("out.keys_synced", path=str(written)))


__all__ = ["acting", "ssh_refusal"]
