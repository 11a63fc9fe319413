"""An area as a card on the board: what it says, line by line (the column draws it)."""

from __future__ import annotations

from typing import NamedTuple

from rich.console import Console
from rich.text import Text

from innovation.i18n import t
from innovation.service.views import AreaSummary

COLOR_STYLE = {"gron": "green", "gul": "yellow", "rod": "red"}
# Every card is this tall (border included), so a column knows how many fit without laying
# them out: a board of thousands of areas shows them through the few that fit.
CARD_HEIGHT = 7
QUESTION_LINES = 3


class CardFacts(NamedTuple):
    area: AreaSummary
    attention: bool
    request_age: int | None
    color: str | None


def card_lines(facts: CardFacts, width: int, console: Console) -> list[Text]:
    """The card's inside, CARD_HEIGHT - 2 lines of at most `width` cells: the key, colour and
    track; the question's first lines; what waits, or how long the area has stood still."""
    a, age, color = facts.area, facts.request_age, facts.color
    width = max(4, width)
    head = Text(a.key, style="bold")
    if color:
        # The word is always there too: it reads in monochrome and for colour-blind users.
        head.append(" ● ", style=COLOR_STYLE[color]).append(t(f"color.{color}"))
    marks = Text()
    if a.request:
        marks.append(" ⧗", style="yellow")
    if a.hold_until:
        marks.append(" ⏸", style="yellow")
    track = Text(f" {t(f'track_short.{a.track}')}", style="dim")
    # On a narrow card the track goes first: the filter line says it, the colour it cannot.
    if len(head) + len(track) + len(marks) <= width:
        head.append_text(track)
    head.append_text(marks)
    # Then the question's first lines (the head wraps onto them on a narrow card): the card
    # is a pointer, the area screen has the whole.
    lines = [*head.append("\n").append(a.question).wrap(console, width)]
    if len(lines) > 1 + QUESTION_LINES:
        lines = lines[: 1 + QUESTION_LINES]
        last = lines[-1]
        last.rstrip()
        last.truncate(width - 1)
        last.append("…")
    lines += [Text()] * (1 + QUESTION_LINES - len(lines))
    # The last line says what waits, else how long the area has stood in its phase.
    if a.request and age is not None:
        foot = Text(t("tui.request_waits", request=a.request, n=age), "yellow")
    elif a.hold_until:
        foot = Text(f"⏸ → {a.hold_until}", style="yellow")
    else:
        days = t("tui.days_in_phase", n=a.days_in_phase)
        if len(days) > width:
            days = t("word.days", n=a.days_in_phase)
        foot = Text(days, style="dim")
    foot.truncate(width)
    return [*lines, foot]
