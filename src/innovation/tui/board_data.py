"""What the board shows, read without Textual: its data, how it is read, and how many cards a
column holds. Kept apart from the screen so that the TUI's first reads can be made in a child
process that never imports Textual (tui/opening.py)."""

from __future__ import annotations

from innovation.plain import Plain
from innovation.service import Service
from innovation.service.views import AreaSummary, RequestView

# Every card is this tall (border included), so a column knows how many fit without laying
# them out: a board of thousands of areas shows them through the few that fit.
CARD_HEIGHT = 7
CARD_ROWS = CARD_HEIGHT + 1  # a card and the blank line below it
# Rows of the screen that are not the board's columns' insides: the top bar, the filter line,
# the key bar and the columns' borders.
BOARD_CHROME = 5
# Cards per column the first read takes: what a tall terminal shows. A taller one shows the
# rest once every area is read, a moment later.
HEAD_READ = 12


class BoardData(Plain, frozen=True):
    areas: list[AreaSummary]
    requests: dict[str, RequestView]
    colors: dict[str, str]
    missing: set[str]
    # Set when only the first screen's areas were read: how many each phase has.
    counts: dict[str, int] | None = None


def read_board(svc: Service, head: int | None = None) -> BoardData:
    """Every area, or with `head` only the first `head` of each phase (and each phase's count)."""
    if head is None:
        areas, counts = svc.list_areas(), None
    else:
        areas, counts = svc.board_head(head)
    requests = {r.area: r for r in svc.list_requests(mine=False)}
    colors = {k: c for k, (c, _) in svc.latest_colors().items()}
    return BoardData(areas, requests, colors, svc.missing_reports(), counts)


def fits_in(rows: int) -> int:
    """How many cards a column shows on a terminal this many rows tall (at least one)."""
    return max(1, (rows - BOARD_CHROME) // CARD_ROWS)


def first_head(rows: int) -> int:
    """How many areas of each phase the board's first read takes on a terminal this tall."""
    return max(HEAD_READ, fits_in(rows))
