"""What the commands share: saying what was saved, as a sentence or as JSON."""

from __future__ import annotations

from innovation.cli.context import Ctx
from innovation.cli.output import line, print_json
from innovation.i18n import t


def saved(ctx: Ctx, key: str, message: str | None = None) -> None:
    """Prints what a command saved: its key as JSON, or a sentence."""
    if ctx.json:
        print_json({"key": key})
    else:
        line(message or t("out.saved", key=key))


def created(ctx: Ctx, key: str) -> None:
    saved(ctx, key, t("out.created", key=key))
