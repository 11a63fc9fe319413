"""What a command prints: lines of text with a little style on a terminal (none in a pipe or
with NO_COLOR), tables laid out in one pass and streamed, and JSON written by the standard
library. What the database holds reaches here already inert (text.Inert)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from innovation.plain import fields_of
from innovation.text import json_safe

Segment = str | tuple[str, str]

_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
    "magenta": "35",
    "reverse": "7",
}


def _styled(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _paint(text: str, style: str, on: bool) -> str:
    if not on or not style:
        return text
    codes = ";".join(_SGR[s] for s in style.split() if s in _SGR)
    return f"\x1b[{codes}m{text}\x1b[0m" if codes else text


def render(segments: Iterable[Segment], stream: TextIO) -> str:
    on = _styled(stream)
    return "".join(seg if isinstance(seg, str) else _paint(seg[0], seg[1], on) for seg in segments)


def line(*segments: Segment) -> None:
    """One line on standard output."""
    stream = sys.stdout
    stream.write(render(segments, stream) + "\n")


def err_line(text: str, *, style: str = "") -> None:
    stream = sys.stderr
    stream.write(render([(text, style)], stream) + "\n")


def blank() -> None:
    sys.stdout.write("\n")


def _fields(value: Any) -> Any:
    """A view for the encoder: its fields as they stand (a Plain view, or a dataclass without
    slots, keeps exactly its fields in its __dict__, in their order), or any other value as
    its text."""
    names = fields_of(value)
    if names is None:
        return str(value)
    own = getattr(value, "__dict__", None)
    if own is not None and len(own) == len(names):
        return own
    return {name: getattr(value, name) for name in names}


def dumps(value: Any) -> str:
    """JSON by the standard library's C encoder, which asks for a view's fields as it meets
    the view: a list one item to a line (as quick to write as compact JSON, and readable in a
    pager); anything else indented."""
    if isinstance(value, list):
        if not value:
            return "[]"
        items = ",\n  ".join(map(_item_encoder(), value))
        return json_safe(f"[\n  {items}\n]")
    return json_safe(json.dumps(value, ensure_ascii=False, indent=2, default=_fields))


def _item_encoder() -> Callable[[Any], str]:
    """One compact encoder for every item of a list. json.JSONEncoder.encode makes a new C
    encoder for each call; made once here, a long list is written in about half the time."""
    import json.encoder

    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is None:  # a Python built without the _json accelerator
        return json.JSONEncoder(ensure_ascii=False, default=_fields).encode
    encoder = c_make_encoder(
        None, _fields, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    return lambda item: "".join(encoder(item, 0))


def print_json(value: Any) -> None:
    sys.stdout.write(dumps(value) + "\n")


def width() -> int:
    # As shutil.get_terminal_size, without importing shutil (and its archive modules) for it.
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or 100
    except (AttributeError, ValueError, OSError):
        return 100


def table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, wide: int | None = None
) -> None:
    """Columns as wide as their widest cell, computed in one pass and printed row by row. On a
    terminal the `wide` column takes what is left of its width (clipped with …); in a pipe
    every cell is whole."""
    stream = sys.stdout
    terminal = stream.isatty()
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    sizes = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            if len(c) > sizes[i]:
                sizes[i] = len(c)
    if terminal and wide is not None:
        others = sum(s for i, s in enumerate(sizes) if i != wide) + 2 * (len(sizes) - 1)
        sizes[wide] = max(12, min(sizes[wide], width() - others - 1))
    on = _styled(stream)
    last = len(headers) - 1

    def fit(text: str, size: int, i: int) -> str:
        if terminal and len(text) > size:
            text = text[: size - 1] + "…"
        return text if i == last else text.ljust(size)

    write = stream.write
    write(_paint("  ".join(fit(h, sizes[i], i) for i, h in enumerate(headers)), "bold", on) + "\n")
    for row in cells:
        write("  ".join(fit(c, sizes[i], i) for i, c in enumerate(row)) + "\n")
