"""An area as a card on the board: what it says, line by line (the board draws it)."""

from __future__ import annotations

from typing import NamedTuple

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from innovation.i18n import t
from innovation.service.views import AreaSummary
from innovation.words import track_short

COLOR_STYLE = {"gron": "green", "gul": "yellow", "rod": "red"}
QUESTION_LINES = 3

BOLD, DIM, WAITS = Style(bold=True), Style(dim=True), Style(color="yellow")
PLAIN = Style()


class CardFacts(NamedTuple):
    area: AreaSummary
    attention: bool
    request_age: int | None
    color: str | None


def card_lines(facts: CardFacts, width: int, console: Console) -> list[list[Segment]]:
    """The card's inside, CARD_HEIGHT - 2 lines of at most `width` cells each: the key, colour
    and track; the question's first lines; what waits, or how long the area has stood still.

    Drawn as segments, not Rich texts: a board's first frame draws some thirty cards, and
    Rich's general text layout was most of their cost.
    """
    a, age, color = facts.area, facts.request_age, facts.color
    width = max(4, width)
    head = [Segment(a.key, BOLD)]
    if color:
        # The word is always there too: it reads in monochrome and for colour-blind users.
        head += [Segment(" ● ", Style.parse(COLOR_STYLE[color])), Segment(t(f"color.{color}"))]
    marks = []
    if a.request:
        marks.append(Segment(" ⧗", WAITS))
    if a.hold_until:
        marks.append(Segment(" ⏸", WAITS))
    track = Segment(f" {track_short(a.track)}", DIM)
    # On a narrow card the track goes first: the filter line says it, the colour it cannot.
    if Segment.get_line_length([*head, track, *marks]) <= width:
        head.append(track)
    head += marks
    if Segment.get_line_length(head) <= width:
        lines = [head]
    else:  # a narrow card: the head wraps onto the question's lines
        text = Text.assemble(*((s.text, s.style or PLAIN) for s in head))
        lines = [list(line.render(console)) for line in text.wrap(console, width)]
    # Then the question's first lines: the card is a pointer, the area screen has the whole.
    question = " ".join(a.question.split())  # a line break or tab in it is a space here
    at = [0, *divide_line(question, width, fold=True), len(question)]
    words = [question[i:j].rstrip() for i, j in zip(at, at[1:], strict=False) if j > i]
    room = 1 + QUESTION_LINES - len(lines)
    if len(words) > room > 0:
        words = words[:room]
        words[-1] = _crop(words[-1], width - 1) + "…"
    lines += [[Segment(w)] for w in words[: max(0, room)]]
    lines = lines[: 1 + QUESTION_LINES]
    lines += [[] for _ in range(1 + QUESTION_LINES - len(lines))]
    # The last line says what waits, else how long the area has stood in its phase.
    if a.request and age is not None:
        foot = Segment(t("tui.request_waits", request=a.request, n=age), WAITS)
    elif a.hold_until:
        foot = Segment(f"⏸ → {a.hold_until}", WAITS)
    else:
        days = t("tui.days_in_phase", n=a.days_in_phase)
        if len(days) > width:
            days = t("word.days", n=a.days_in_phase)
        foot = Segment(days, DIM)
    return [*lines, [Segment(_crop(foot.text, width), foot.style)]]


def _crop(text: str, width: int) -> str:
    return set_cell_size(text, width) if cell_len(text) > width else text
