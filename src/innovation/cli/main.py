"""The command line's entry: the options around a command, which module holds it, and running
it with the exit status people and scripts rely on (0 done, 1 refused, 2 a usage error).

Running one command imports that command's module and nothing of the others; help for the
whole program is read from a table here, not by importing every command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from innovation.cli.context import Ctx
from innovation.i18n import has, set_language, t

# The first word of every command, and the module that holds it. A word that is a group
# takes a second word (area create); the others are commands of their own (move).
MODULES = {
    "person": "people",
    "area": "areas",
    "activity": "work",
    "scope": "work",
    "nylage": "work",
    "owner": "work",
    "test": "work",
    "lesson": "work",
    "indicator": "work",
    "idea": "ideas",
    "move": "decisions",
    "approve": "decisions",
    "reject": "decisions",
    "hold": "decisions",
    "kill": "decisions",
    "withdraw": "decisions",
    "resume": "decisions",
    "delegate": "decisions",
    "requests": "decisions",
    "period": "followup",
    "status": "followup",
    "assignment": "followup",
    "report": "followup",
    "history": "trail",
    "audit": "trail",
    "annotate": "trail",
    "round": "partners",
    "partner": "partners",
    "flow": "admin",
    "db": "admin",
    "demo": "admin",
    "import": "admin",
    "export": "admin",
    "key": "admin",
    "ssh-serve": "admin",
    "setting": "steering",
    "goal": "steering",
    "work": "steering",
    "training": "steering",
    "remind": "reach",
    "publish": "reach",
}
GROUPS = {
    "person",
    "area",
    "activity",
    "scope",
    "nylage",
    "owner",
    "test",
    "lesson",
    "indicator",
    "idea",
    "period",
    "status",
    "assignment",
    "audit",
    "round",
    "partner",
    "flow",
    "db",
    "key",
    "setting",
    "goal",
    "work",
    "training",
}
# In the order `innovation --help` lists them.
ORDER = [
    "person",
    "area",
    "activity",
    "scope",
    "nylage",
    "owner",
    "indicator",
    "test",
    "lesson",
    "idea",
    "move",
    "requests",
    "approve",
    "reject",
    "hold",
    "kill",
    "withdraw",
    "resume",
    "delegate",
    "period",
    "status",
    "assignment",
    "report",
    "history",
    "audit",
    "annotate",
    "round",
    "partner",
    "goal",
    "work",
    "training",
    "setting",
    "remind",
    "publish",
    "import",
    "export",
    "flow",
    "key",
    "db",
    "demo",
]
_VALUED = ("--db", "--as", "--lang")


def split_globals(argv: Sequence[str]) -> tuple[Ctx, list[str], bool]:
    """The options that may stand before or after the command, and what is left; whether
    --version was asked for."""
    ctx = Ctx()
    rest: list[str] = []
    version = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        name, eq, value = arg.partition("=")
        if name in _VALUED:
            if not eq:
                if i + 1 >= len(argv):
                    rest.append(arg)  # the command's parser says what is missing
                    break
                value = argv[i + 1]
                i += 1
            setattr(ctx, {"--db": "db", "--as": "actor", "--lang": "lang"}[name], value)
        elif arg == "--json":
            ctx.json = True
        elif arg == "--version":
            version = True
        else:
            rest.append(arg)
        i += 1
    return ctx, rest, version


def run(argv: Sequence[str]) -> int:
    """Runs one command line; returns the exit status."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 (a terminal set to another encoding): say so and change
            # nothing, rather than fail half-way.
            from innovation.cli.output import err_line

            set_language(None)
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            err_line(t("error.not_utf8", arg=shown), style="bold red")
            return 2
    ctx, rest, version = split_globals(argv)
    set_language(ctx.lang)
    _translate_argparse()
    if version:
        from importlib.metadata import version as installed

        sys.stdout.write(f"innovation {installed('innovation')}\n")
        return 0
    words = [w for w in rest if not w.startswith("-")]
    if not rest:
        return _guarded(lambda: _tui(ctx))
    if not words or rest[0] in ("-h", "--help"):
        _help(None)
        return 0
    first = words[0]
    if first not in MODULES:
        return _unknown(first, list(MODULES))
    import importlib

    from innovation.cli.spec import REGISTRY

    importlib.import_module(f"innovation.cli.commands.{MODULES[first]}")
    if first in GROUPS:
        second = words[1] if len(words) > 1 else None
        if second is None or f"{first} {second}" not in REGISTRY:
            if second is None or rest[rest.index(first) + 1 :][:1] in (["-h"], ["--help"]):
                _help(first)
                return 0 if second is None or second in ("-h", "--help") else 2
            choices = [p.split(" ", 1)[1] for p in REGISTRY if p.startswith(first + " ")]
            return _unknown(f"{first} {second}", [f"{first} {c}" for c in choices])
        path = f"{first} {second}"
        args = list(rest)
        args.remove(first)
        args.remove(second)
    else:
        path = first
        args = list(rest)
        args.remove(first)
    command = REGISTRY[path]
    parsed = vars(command.parser().parse_args(args))
    if command.dated:
        ctx.on, ctx.amend = parsed.pop("on"), parsed.pop("amend")
    return _guarded(lambda: command.run(ctx, **parsed))


def _guarded(action: object) -> int:
    """Runs the action; a refusal is a message and exit 1, never a traceback."""
    from innovation.cli.output import err_line
    from innovation.domain import InnovationError
    from innovation.engine import FlowError
    from innovation.text import inert

    try:
        result = action()  # type: ignore[operator]
    except InnovationError as exc:
        err_line(inert(exc.message(), multiline=True), style="bold red")
        return 1
    except FlowError as exc:
        err_line(inert(exc.message(), multiline=True), style="bold red")
        return 1
    except BrokenPipeError:
        return 0  # the reader (head, less) had enough
    return int(result) if isinstance(result, int) else 0


def _tui(ctx: Ctx) -> None:
    from innovation.cli.context import open_tui

    open_tui(ctx)


def _unknown(word: str, known: list[str]) -> int:
    import difflib

    from innovation.cli.output import err_line

    near = difflib.get_close_matches(word, known, n=3)
    hint = t("cli.did_you_mean", words=", ".join(near)) if near else t("cli.see_help")
    err_line(t("cli.unknown_command", command=word, hint=hint), style="bold red")
    return 2


def _help(group: str | None) -> None:
    """The commands, each with one line, in the person's language."""
    from innovation.cli.output import line

    if group is None:
        line((t("cli.usage"), "bold"))
        line(t("cli.about"))
        line("")
        for word in ORDER:
            line(("  " + word.ljust(12), "bold"), t(f"cli.group.{word}"))
        line("")
        line(t("cli.globals"))
        return
    from innovation.cli.spec import REGISTRY

    line((f"innovation {group} …", "bold"), "  ", t(f"cli.group.{group}"))
    for path, command in REGISTRY.items():
        if path.startswith(group + " "):
            line(("  " + path.split(" ", 1)[1].ljust(16), "bold"), t(command.help_key))


def _translate_argparse() -> None:
    """argparse's own words (usage, options, its errors) in the person's language."""
    import argparse

    def translated(message: str) -> str:
        key = "argparse:" + message
        return t(key) if has(key) else message

    argparse._ = translated  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> None:
    try:
        code = run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader (head, less) had enough: not an error. Python would otherwise complain
        # while flushing at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    if argv is None:
        # A finished command has written and committed everything; tearing down every module
        # and object at exit would only make the person wait.
        import os

        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    sys.exit(code)
