"""Reading and writing the programme's shape: an .xlsx workbook (openpyxl) or a folder of CSV
files, one per sheet. Values are read as text; each row keeps its number in the sheet so that a
problem is reported where the person will find it."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from innovation.domain import Invalid
from innovation.i18n import t
from innovation.interchange.shape import BY_NAME, SHEETS, Sheet

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000


@dataclass(frozen=True, slots=True)
class Row:
    sheet: str
    number: int  # as the spreadsheet numbers it: the header is row 1
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


@dataclass(frozen=True, slots=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None
    why: str


Rows = dict[str, list[Row]]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
        return value[1:].strip()  # kept from running by the export (see _cell)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _take(
    sheet: Sheet, header: list[str], body: list[tuple[int, list[Any]]]
) -> tuple[list[Row], list[Problem]]:
    problems: list[Problem] = []
    names = [h.strip().lower() for h in header]
    known = {c.name for c in sheet.columns}
    for name in names:
        if name and name not in known:
            columns = ", ".join(sheet.names)
            problems.append(
                Problem(sheet.name, 1, name, t("import.unknown_column", columns=columns))
            )
    for column in sheet.columns:
        if column.required and column.name not in names:
            problems.append(Problem(sheet.name, 1, column.name, t("import.missing_column")))
    rows = []
    for number, cells in body:
        values = {
            names[i]: _text(v) for i, v in enumerate(cells) if i < len(names) and names[i] in known
        }
        if any(values.values()):
            rows.append(Row(sheet.name, number, values))
    if len(rows) > MAX_ROWS:
        problems.append(Problem(sheet.name, None, None, t("import.too_many_rows", limit=MAX_ROWS)))
    return rows, problems


def read(path: Path) -> tuple[Rows, list[Problem]]:
    """The rows of every sheet in a workbook or a folder of CSV files, and what is wrong with
    its shape (unknown sheets or columns, required columns missing)."""
    if path.is_dir():
        return _read_folder(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Invalid("error.import_unreadable", path=str(path), detail=exc.strerror) from None
    if size > MAX_BYTES:
        raise Invalid("error.import_too_large", path=str(path), limit=MAX_BYTES // (1024 * 1024))
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise Invalid("error.import_unreadable", path=str(path), detail=str(exc)) from None
    found: Rows = {}
    problems: list[Problem] = []
    try:
        for ws in book.worksheets:
            sheet = BY_NAME.get(ws.title.strip())
            if sheet is None:
                if ws.title.strip().lower() not in ("läs mig", "read me"):
                    problems.append(Problem(ws.title, None, None, _unknown_sheet()))
                continue
            cells = ws.iter_rows(values_only=True, max_row=MAX_ROWS + 2)
            header = [_text(v) for v in next(cells, ())]
            body = [(n, list(r)) for n, r in enumerate(cells, start=2)]
            rows, wrong = _take(sheet, header, body)
            found[sheet.name] = rows
            problems += wrong
    finally:
        book.close()
    return found, problems


def _unknown_sheet() -> str:
    return t("import.unknown_sheet", sheets=", ".join(s.name for s in SHEETS))


def _read_folder(path: Path) -> tuple[Rows, list[Problem]]:
    found: Rows = {}
    problems: list[Problem] = []
    for file in sorted(path.glob("*.csv")):
        sheet = BY_NAME.get(file.stem)
        if sheet is None:
            problems.append(Problem(file.name, None, None, _unknown_sheet()))
            continue
        if file.stat().st_size > MAX_BYTES:
            problems.append(
                Problem(file.name, None, None, t("import.file_too_large", limit=MAX_BYTES // 2**20))
            )
            continue
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(file.name, None, None, t("import.unreadable", detail=exc)))
            continue
        reader = list(csv.reader(io.StringIO(text)))
        if not reader:
            continue
        body = [(n, list(r)) for n, r in enumerate(reader[1:], start=2)]
        rows, wrong = _take(sheet, reader[0], body)
        found[sheet.name] = rows
        problems += wrong
    return found, problems


def write(
    path: Path, rows: dict[str, list[dict[str, str]]], *, readme: list[str] | None = None
) -> None:
    """Writes every sheet of the shape (empty ones too), as a workbook or, for a path without
    the .xlsx suffix, as a folder of CSV files."""
    if path.suffix.lower() != ".xlsx":
        path.mkdir(parents=True, exist_ok=True)
        for sheet in SHEETS:
            with (path / f"{sheet.name}.csv").open("w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(sheet.names)
                for r in rows.get(sheet.name, []):
                    writer.writerow([_cell(r.get(c, "")) for c in sheet.names])
        return
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    first = book.active
    assert first is not None
    if readme:
        first.title = "Läs mig"
        for line in readme:
            first.append([line])
    else:
        book.remove(first)
    for sheet in SHEETS:
        ws = book.create_sheet(sheet.name)
        ws.append(list(sheet.names))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for n, r in enumerate(rows.get(sheet.name, []), start=2):
            for i, name in enumerate(sheet.names, start=1):
                value = r.get(name, "")
                if value:
                    cell = ws.cell(row=n, column=i, value=value)
                    # Text, never a formula, whatever it starts with.
                    cell.data_type = "s"
        for i, column in enumerate(sheet.columns, start=1):
            letter = ws.cell(row=1, column=i).column_letter
            ws.column_dimensions[letter].width = max(12, min(60, len(column.name) + 4))
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)


def _cell(value: str) -> str:
    # A spreadsheet must not run what a person wrote (OWASP's CSV/formula injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") and not _number(value) else value


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True
