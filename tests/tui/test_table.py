"""The table draws a plain cell as DataTable's own layout draws it: same text, same styles."""

from __future__ import annotations

import random

import pytest
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from innovation.tui.widgets.rows import RowTable
from innovation.tui.widgets.table import Table
from tests.tui.conftest import screen_text

POOLS = [
    "abcdefghij klmnopqrstuvwxyz",
    "ÅÄÖåäöéü",
    "漢字かなカナ한글",  # two cells each
    "👍🎉✅⧗●",
    "e\u0301a\u0308",  # combining marks
    "\u200b\u200d\ufeff",  # zero width
    "[]/\\=:;",
]
JOINING = "\u0301\u0308\u200b\u200d\ufeff"
EDGES = ["", " ", "  leading", "trailing  ", "漢", "a漢", "漢" * 20, "x" * 80, "👍" * 9]


def texts(seed: int, count: int) -> list[Text]:
    rng = random.Random(seed)
    out = [Text(e) for e in EDGES]
    styles = ["", "red", "bold", "dim italic", "red on white"]
    for _ in range(count):
        pool = "".join(rng.sample(POOLS, rng.randint(1, 3)))
        plain = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        out.append(Text(plain, style=rng.choice(styles)))
    return out


def cells(line: list[Segment]) -> list[tuple[str, Style | None]]:
    return [(ch, seg.style) for seg in line for ch in seg.text]


class One(App[None]):
    def compose(self) -> ComposeResult:
        yield Table(id="t", cursor_type="row", zebra_stripes=True)


async def test_a_plain_cell_is_drawn_as_datatable_draws_it() -> None:
    app = One()
    async with app.run_test(size=(120, 30)) as pilot:
        table = app.query_one(Table)
        table.add_columns("a", "b")
        generated = texts(2026, 300)
        for i in range(0, len(generated) - 1, 2):
            table.add_row(generated[i], generated[i + 1])
        await pilot.pause()
        compared = 0
        rng = random.Random(7)
        for row in range(table.row_count):
            for column in (0, 1):
                width = rng.choice([2, 3, 4, 5, 8, 13, 30, 45])
                base = rng.choice([Style(), Style(bgcolor="grey11"), Style(color="blue")])
                cursor, hover = rng.random() < 0.3, rng.random() < 0.3
                ours = table._plain_cell(row, column, base, width, cursor, hover)
                plain = generated[row * 2 + column].plain
                if ours is None:
                    # Only joined or zero-width characters, or no room, are left to DataTable.
                    assert width == 2 or any(c in plain for c in JOINING), (plain, width)
                    continue
                theirs = DataTable._render_cell(table, row, column, base, width, cursor, hover)
                assert len(theirs) == 1
                assert cells(ours) == cells(theirs[0]), (generated[row * 2 + column], width)
                compared += 1
        assert compared > 200  # not vacuous: the quick way was compared, often
        # A column is never narrower than its padding; if one were, DataTable draws it.
        assert table._plain_cell(0, 0, Style(), 1, False, False) is None


async def test_other_cells_keep_datatables_drawing() -> None:
    app = One()
    async with app.run_test(size=(120, 30)) as pilot:
        table = app.query_one(Table)
        table.add_columns("a")
        table.add_row(Text("two\nlines"))
        table.add_row(Text.assemble("red", ("blue", "blue")))
        table.add_row(Text("tab\there"))
        table.add_row(Text("right", justify="right"))
        table.add_row(Text("wrapped text in a tall row"), height=2)
        await pilot.pause()
        for row in range(table.row_count):
            assert table._plain_cell(row, 0, Style(), 10, False, False) is None
        # And they are drawn all the same: the first line of each.
        lines = [table._render_cell(row, 0, Style(), 12)[0] for row in range(table.row_count)]
        assert ["".join(s.text for s in line).strip() for line in lines] == [
            "two",
            "redblue",
            "tab     here"[:10].strip(),
            "right",
            "wrapped",
        ]


class Both(App[None]):
    def compose(self) -> ComposeResult:
        yield Table(id="ours")
        yield DataTable(id="theirs")


async def test_columns_are_as_wide_as_datatable_makes_them() -> None:
    app = Both()
    async with app.run_test(size=(120, 30)) as pilot:
        generated = texts(11, 200) + [Text("två\nrader som är långa"), Text("tab\tbort")]
        for table in app.query(DataTable):
            table.add_columns("a", "b", "c")
            for i in range(0, len(generated) - 2, 3):
                table.add_row(*generated[i : i + 3])
            table.add_row(Text("x"), None, Text("y"), label=Text("etikett"))
        await pilot.pause()
        ours, theirs = app.query_one("#ours", Table), app.query_one("#theirs", DataTable)
        widths = [[c.content_width for c in t.ordered_columns] for t in (ours, theirs)]
        assert widths[0] == widths[1]
        assert ours.virtual_size == theirs.virtual_size


class Events(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        yield RowTable("#", "Vad", id="rows")

    def on_row_table_highlighted(self, message: RowTable.Highlighted) -> None:
        self.seen.append(("highlighted", message.cursor_row))

    def on_row_table_selected(self, message: RowTable.Selected) -> None:
        self.seen.append(("selected", message.cursor_row))


async def test_the_row_table_keeps_text_as_written_and_its_rows_whole() -> None:
    app = Events()
    async with app.run_test(size=(40, 8)) as pilot:
        table = app.query_one(RowTable)
        table.add_rows([("1", "[bold]inte markup[/]"), ("2", Text("rad\nbrytning\tflik", "red"))])
        await pilot.pause()
        assert table.row_at(0) == ["1", "[bold]inte markup[/]"]
        assert table.row_at(1) == ["2", "rad brytning flik"]  # one line, always
        assert table.widths == [1, len("[bold]inte markup[/]")]
        with pytest.raises(ValueError):
            table.add_rows([("3", "tre"), ("fyra",)])
        assert table.row_count == 2  # the whole call refused, not its first row kept
        shown = [line.rstrip() for line in screen_text(app).splitlines()]
        assert shown[:3] == [" #  Vad", " 1  [bold]inte markup[/]", " 2  rad brytning flik"]
        # Keys move the cursor within the rows and say so; Enter chooses.
        table.focus()
        await pilot.press("down", "down", "up", "enter")
        await pilot.pause()
        assert app.seen == [
            ("highlighted", 0), ("highlighted", 1), ("highlighted", 1), ("highlighted", 0),
            ("selected", 0),
        ]  # fmt: skip
        table.clear()
        assert table.row_count == 0 and table.cursor_row == 0 and table.widths == [1, 3]
        # A direction override or an escape is shown, not obeyed (as `inert` shows it).
        table.add_rows([("x", "vänd\u202etext\x1b[2J")])
        assert table.row_at(0) == ["x", "vänd⟨U+202E⟩text␛[2J"]
