"""How a command is declared: its words, its arguments and options, and the function that runs
it. A command's parser is built only when that command runs (or its help is asked for), in the
language the person chose; nothing else of the command line is built or imported."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from innovation.i18n import has, t
from innovation.plain import Plain, field


class Param(Plain, frozen=True):
    """A positional argument (flags empty) or an option."""

    dest: str
    help: str  # a catalogue key
    flags: tuple[str, ...] = ()
    kind: type = str
    required: bool = False
    multi: bool = False
    switch: bool = False
    default: Any = None
    optional: bool = False  # a positional that may be left out
    many: bool = False  # a positional that takes one or more values
    metavar: str | None = None


def pos(dest: str, help: str, *, optional: bool = False, many: bool = False) -> Param:
    return Param(dest, help, optional=optional, many=many)


def opt(
    flag: str,
    help: str,
    *,
    dest: str | None = None,
    kind: type = str,
    required: bool = False,
    multi: bool = False,
    default: Any = None,
    short: str | None = None,
    metavar: str | None = None,
) -> Param:
    name = dest or flag.lstrip("-").replace("-", "_")
    flags = (short, flag) if short else (flag,)
    return Param(name, help, flags, kind, required, multi, default=default, metavar=metavar)


def switch(flag: str, help: str, *, dest: str | None = None) -> Param:
    return Param(dest or flag.lstrip("-").replace("-", "_"), help, (flag,), switch=True)


# Every command that records something happened on a day, and may amend a closed period.
DATED = (
    opt("--on", "cli.arg.on", metavar="YYYY-MM-DD"),
    opt("--amend", "cli.arg.amend", metavar="…"),
)


class Command(Plain):
    path: str  # "area create"
    run: Callable[..., Any]
    params: list[Param] = field(default_factory=list)
    dated: bool = False

    @property
    def help_key(self) -> str:
        return "cli." + self.path.replace(" ", ".")

    def parser(self) -> argparse.ArgumentParser:
        parser = Parser(
            prog=f"innovation {self.path}",
            description=t(self.help_key),
            add_help=False,
            formatter_class=_Formatter,
            epilog=t("cli.globals_short"),
        )
        for p in [*self.params, *(DATED if self.dated else ())]:
            helped = t(p.help)
            if not p.flags:
                nargs: Any = "+" if p.many else ("?" if p.optional else None)
                parser.add_argument(p.dest, help=helped, nargs=nargs, metavar=_positional(p.dest))
            elif p.switch:
                parser.add_argument(*p.flags, dest=p.dest, action="store_true", help=helped)
            else:
                parser.add_argument(
                    *p.flags,
                    dest=p.dest,
                    type=_typed(p.kind),
                    required=p.required,
                    action="append" if p.multi else "store",
                    default=p.default,
                    help=helped,
                    metavar=_metavar(p),
                )
        parser.add_argument("-h", "--help", action="help", help=t("cli.arg.help"))
        return parser


def _positional(dest: str) -> str:
    key = f"cli.metavar.{dest}"
    return t(key) if has(key) else dest.upper()


def _metavar(p: Param) -> str:
    if p.metavar == "YYYY-MM-DD":
        return t("cli.metavar.day")
    if p.metavar:
        return p.metavar
    if p.kind is int:
        return t("cli.metavar.number")
    if p.kind is float:
        return t("cli.metavar.decimal")
    return t("cli.metavar.text")


def _typed(kind: type) -> Callable[[str], Any]:
    """The converter argparse calls; its name is the word in "invalid … value"."""
    if kind is float:

        def decimal(value: str) -> float:
            return float(value.replace(",", "."))  # 54,5 as well as 54.5

        decimal.__name__ = t("cli.type.decimal")
        return decimal
    if kind is int:

        def integer(value: str) -> int:
            return int(value)

        integer.__name__ = t("cli.type.int")
        return integer
    return kind


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's layout, told the terminal's width: left to itself it imports shutil (and
    with it bz2 and lzma) on every command to ask."""

    def __init__(self, prog: str) -> None:
        from innovation.cli.output import width

        super().__init__(prog, width=max(width() - 2, 40))


class Parser(argparse.ArgumentParser):
    """argparse in the person's language, exiting 2 with a message that says what to do."""

    def error(self, message: str) -> Any:
        from innovation.cli.output import err_line

        err_line(self.format_usage().rstrip(), style="dim")
        err_line(t("cli.usage_error", prog=self.prog, message=message), style="bold red")
        raise SystemExit(2)


REGISTRY: dict[str, Command] = {}


def command(
    path: str, *params: Param, dated: bool = False
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declares the function as the command `path` with these arguments and options."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY[path] = Command(path, func, list(params), dated)
        return func

    return register
