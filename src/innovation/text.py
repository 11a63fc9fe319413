"""Text from the database made inert for whoever reads it: on a terminal, in a report, in a file.

What a person wrote is data. The service refuses control characters in what it is given, but a
database can be written by other means, so everything shown is passed through here: control
characters become visible symbols (ESC is shown as ␛) instead of reaching a terminal, and the
characters that reorder text on screen (bidirectional overrides) are shown by their code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from innovation.plain import Plain, fields_of, replace

# C0 controls, DEL, C1 controls, and the bidirectional formatting characters that can make
# text read differently from what it holds ("Trojan Source").
_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_KEEP_LINES = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟: ESC is ␛
    if code == 0x7F:
        return "␡"
    return f"⟨U+{code:04X}⟩"


def inert(text: str | None, *, multiline: bool = False) -> str:
    """The text with every control character shown rather than obeyed; line breaks and tabs
    stay in multi-line text."""
    if not text:
        return text or ""
    pattern = _UNSAFE_KEEP_LINES if multiline else _UNSAFE
    return pattern.sub(_visible, text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


_JSON_UNSAFE = re.compile(rf"[\x7f-\x9f{_BIDI}]")
_JSON_UNSAFE_CHARS = tuple(
    chr(c)
    for c in (
        *range(0x7F, 0xA0),
        0x61C,
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
)


def json_safe(encoded: str) -> str:
    """JSON text in which the characters JSON itself leaves raw (DEL, C1 controls, bidi
    overrides) are written as \\u escapes: the same value, inert on a terminal."""
    # Looking for each character on its own is a memchr-like scan, about ten times quicker
    # than the pattern over a national list's megabyte, which almost never holds one.
    if not any(c in encoded for c in _JSON_UNSAFE_CHARS):
        return encoded
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage
    return before them) is kept as text by a leading apostrophe (OWASP's CSV injection)."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def inert_deep(value: Any) -> Any:
    """A service's answer with every string in it made inert (line breaks kept): dataclasses,
    dicts, lists and tuples are rebuilt only where something changes, so a clean answer (the
    usual one) comes back as it is, after one look at each string."""
    return _deep(value)[0]


_PLAIN = frozenset({int, float, bool, type(None)})
_search = _UNSAFE_KEEP_LINES.search


def _clean(text: str) -> bool:
    # A printable string has no control or format character (Unicode's Cc and Cf, where every
    # character _UNSAFE matches is): str.isprintable answers that without the pattern, several
    # times quicker for the short texts (keys, days, names) most answers are made of.
    return text.isprintable() or _search(text) is None


def _changes(pairs: Iterable[tuple[Any, Any]]) -> dict[Any, Any] | None:
    """What inert changes among (place, item) pairs, by place; None when nothing. The usual
    items, a clean string or a number, are looked at here without a call: a national report
    holds some 350,000, and a call each was a third of its reading."""
    found: dict[Any, Any] | None = None
    for place, item in pairs:
        kind = type(item)
        if kind is str:
            if item.isprintable() or _search(item) is None:
                continue
        elif kind in _PLAIN:
            continue
        new, changed = _deep(item)
        if changed:
            if found is None:
                found = {}
            found[place] = new
    return found


def _deep(value: Any) -> tuple[Any, bool]:
    kind = type(value)
    if kind is str:
        if _clean(value):
            return value, False
        return inert(value, multiline=True), True
    if kind in _PLAIN:
        return value, False
    if kind is list:
        at = _changes(enumerate(value))
        if at is None:
            return value, False
        out = list(value)
        for i, new in at.items():
            out[i] = new
        return out, True
    if kind is dict:
        values = _changes(value.items())
        keys = _changes((k, k) for k in value)
        if values is None and keys is None:
            return value, False
        values, keys = values or {}, keys or {}
        return {keys.get(k, k): values.get(k, v) for k, v in value.items()}, True
    if isinstance(value, tuple):
        items = [_deep(v) for v in value]
        if not any(changed for _, changed in items):
            return value, False
        plain = [v for v, _ in items]
        return (kind(*plain) if hasattr(value, "_fields") else tuple(plain)), True
    if isinstance(value, type):
        return value, False
    fields = fields_of(value)
    if fields is not None:
        fixed = _changes([(name, getattr(value, name)) for name in fields])
        return (_replaced(value, fixed), True) if fixed else (value, False)
    return value, False


def _replaced(value: Any, fixed: dict[str, Any]) -> Any:
    if isinstance(value, Plain):
        return replace(value, **fixed)
    import dataclasses

    return dataclasses.replace(value, **fixed)


class Inert:
    """A service seen through inert text: every answer of every call made inert before an
    interface shows it (what the service is given is untouched)."""

    def __init__(self, inner: Any) -> None:
        object.__setattr__(self, "_inner", inner)

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._inner, name)
        if not callable(found):
            return inert_deep(found)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = found(*args, **kwargs)
            if hasattr(result, "db") and hasattr(result, "actor_name"):
                return Inert(result)  # a service (dated, or a day's view)
            return inert_deep(result)

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)

    @property
    def inner(self) -> Any:
        return self._inner


_MARKDOWN = re.compile(r"([\\`*_\[\]<>&~|!#])")


def md(text: object) -> str:
    """What a person wrote, as Markdown that reads as that text and nothing else: inert, on
    one line, every character that could start emphasis, a link, HTML, a table cell, a heading
    or an escape written as a literal (CommonMark's backslash escapes)."""
    if text is None:
        return ""
    line = " ".join(inert(str(text), multiline=True).split())
    return _MARKDOWN.sub(r"\\\1", line)
