"""Reaching the program on a shared server: SSH keys that name people, and the forced command
each key runs (docs/shared-database.md)."""

# No `from __future__ import annotations` here: Typer reads the annotations at run time.

import os
import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from innovation.cli import (
    JsonOpt,
    _fail,
    _open_tui,
    _print_json,
    _service,
    _settings,
    _table,
    app,
    command,
    err,
    out,
)
from innovation.domain import Invalid, clean_username
from innovation.i18n import t
from innovation.service.keys import merge_authorized_keys

key_app: typer.Typer = typer.Typer(help="SSH keys: who may reach the program on the server.")
app.add_typer(key_app, name="key")

# Over SSH a person runs commands, never chooses who they are or where the data is, and never
# reads or writes a file on the server (whose files are the service account's).
_SSH_OPTIONS = ("--as", "--db", "-o", "--output", "--template")
_SSH_COMMANDS = (("db",), ("demo",), ("import",), ("indicator", "import"), ("flow", "check"),
                 ("ssh-serve",), ("key", "sync"), ("export",))  # fmt: skip


def ssh_refusal(argv: list[str]) -> str | None:
    """Why a command sent over SSH is not run (None: it may run)."""
    for arg in argv:
        name = arg.split("=", 1)[0]
        if name in _SSH_OPTIONS:
            return t("error.ssh_option", option=name)
    words = [a for a in argv if not a.startswith("-") or a == "-"]
    for forbidden in _SSH_COMMANDS:
        if tuple(words[: len(forbidden)]) == forbidden:
            return t("error.ssh_command", command=" ".join(forbidden))
    if words[:2] == ["key", "add"] and (len(words) < 4 or words[3] != "-"):
        return t("error.ssh_key_stdin")
    return None


@app.command("ssh-serve", hidden=True)
def ssh_serve(user: Annotated[str, typer.Argument(help="The person the SSH key names")]) -> None:
    """The forced command of every key in the service account's authorized_keys: runs what
    the person asked for (SSH_ORIGINAL_COMMAND), as that person, or the terminal UI."""
    try:
        user = clean_username(user)
    except Invalid as exc:
        _fail(exc.message(), code=2)
    # Only this process sets who acts; the SSH client can set no variable (sshd accepts none).
    os.environ["INNOVATION_SSH_USER"] = user
    os.environ.pop("INNOVATION_USER", None)
    asked = os.environ.get("SSH_ORIGINAL_COMMAND", "").strip()
    if not asked:
        if not sys.stdin.isatty():
            _fail(t("error.ssh_needs_tty"), code=2)
        settings = _settings()
        _open_tui(settings, demo=False)
        return
    try:
        argv = shlex.split(asked)
    except ValueError as exc:
        _fail(t("error.ssh_quoting", detail=str(exc)), code=2)
    if argv and argv[0] == "innovation":
        argv = argv[1:]
    problem = ssh_refusal(argv)
    if problem is not None:
        _fail(problem, code=2)
    app(args=argv, prog_name="innovation")


def _forced_command() -> list[str]:
    """What every key runs: this program, on this workspace, as ssh-serve."""
    settings = _settings()
    env = [f"INNOVATION_DB={settings.db_url}"]
    for name in ("INNOVATION_AUTHORIZED_KEYS", "INNOVATION_LANG", "INNOVATION_TZ"):
        # The file a key added over SSH is written into there and then; the server's language
        # and time zone (a person may still ask for --lang en).
        if os.environ.get(name):
            env.append(f"{name}={os.environ[name]}")
    return ["env", *env, sys.executable, "-m", "innovation"]


def _sync(path: Path | None) -> Path | None:
    """Writes the managed block of authorized_keys (INNOVATION_AUTHORIZED_KEYS, or --file)."""
    target = path or (
        Path(os.environ["INNOVATION_AUTHORIZED_KEYS"])
        if os.environ.get("INNOVATION_AUTHORIZED_KEYS")
        else None
    )
    if target is None:
        return None
    managed = _service().authorized_keys_text(_forced_command())
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(merge_authorized_keys(existing, managed), encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(target)
    return target


@key_app.command("add")
@command
def key_add(
    username: Annotated[str, typer.Argument(help="Whose key it is")],
    file: Annotated[
        str, typer.Argument(help="The public key file (id_ed25519.pub), or - for stdin")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Let a person in with an SSH key (admin); the key then runs only the program, as them."""
    if file == "-":
        text = sys.stdin.read(16_384)
    else:
        try:
            text = Path(file).read_text(encoding="utf-8")[:16_384]
        except (OSError, UnicodeDecodeError) as exc:
            raise Invalid("error.key_unreadable", path=file, detail=str(exc)) from None
    fingerprint = _service().add_key(username, text)
    written = _sync(None)
    if as_json:
        _print_json({"fingerprint": fingerprint, "authorized_keys": str(written or "")})
        return
    out.print(Text(t("out.key_added", fingerprint=fingerprint, username=username)))
    if written is not None:
        out.print(Text(t("out.keys_synced", path=str(written)), style="dim"))


@key_app.command("revoke")
@command
def key_revoke(
    fingerprint: Annotated[str, typer.Argument(help="SHA256:… (see key list)")],
) -> None:
    """Take a key away for good (admin)."""
    _service().revoke_key(fingerprint)
    written = _sync(None)
    out.print(Text(t("out.key_revoked", fingerprint=fingerprint)))
    if written is not None:
        out.print(Text(t("out.keys_synced", path=str(written)), style="dim"))


@key_app.command("list")
@command
def key_list(
    revoked: Annotated[bool, typer.Option("--revoked", help="Also keys taken away")] = False,
    as_json: JsonOpt = False,
) -> None:
    """The keys that reach the program: whose, which, added by whom."""
    keys = _service().list_keys(revoked=revoked)
    if as_json:
        _print_json(keys)
        return
    table = _table(t("col.person"), t("col.key_kind"), t("col.fingerprint"), t("col.added"))
    for k in keys:
        added = f"{k.added_at[:10]} ({k.added_by})"
        if k.revoked_at:
            added += " · " + t("out.revoked_on", at=k.revoked_at[:10])
        table.add_row(Text(k.username), Text(k.kind), Text(k.fingerprint), Text(added))
    out.print(table)


@key_app.command("sync")
@command
def key_sync(
    file: Annotated[
        Path | None, typer.Option("--file", help="authorized_keys [INNOVATION_AUTHORIZED_KEYS]")
    ] = None,
) -> None:
    """Write the keys into the service account's authorized_keys (on the server)."""
    written = _sync(file)
    if written is None:
        raise Invalid("error.keys_where")
    err.print(Text(t("out.keys_synced", path=str(written))))


__all__ = ["key_app", "ssh_refusal"]
