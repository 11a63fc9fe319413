"""Every string a person reads, in Swedish (the default) and English: gettext catalogues in
locale/<language>/LC_MESSAGES/innovation.po, one entry per message key (docs/translating.md).

The build compiles each .po into a .mo (hatch_build.py, with Babel), which the standard
library's gettext reads; in a checkout whose .po is newer than its .mo (a translator's edit),
the .po itself is read, so an edit shows at once. A message is looked up by its key; a key
a language lacks falls back to English, and a key no catalogue has is shown as itself, except
under the test suite (INNOVATION_STRICT_MESSAGES), where it fails.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

LANGUAGES = ("sv", "en")
DOMAIN = "innovation"
# A folder as text: pathlib costs a command 5–10 ms to import, and every command reads here.
LOCALE: str | os.PathLike[str] = os.path.join(os.path.dirname(os.path.realpath(__file__)), "locale")
_current = "sv"
_loaded: dict[str, Catalogue] = {}


class MissingMessage(KeyError):
    """A message key that no catalogue holds (only raised under the test suite)."""


class Catalogue:
    """One language's messages: singular texts, and plural forms as lists."""

    def __init__(self, messages: dict[str, str], plurals: dict[str, list[str]]) -> None:
        self.messages = messages
        self.plurals = plurals

    def get(self, key: str) -> str | None:
        return self.messages.get(key)

    def plural(self, key: str, n: int) -> str | None:
        forms = self.plurals.get(key)
        if not forms:
            return None
        # Swedish and English alike: one form for 1, the other for every other number.
        return forms[0 if n == 1 else min(1, len(forms) - 1)]


def po_path(lang: str) -> Path:
    from pathlib import Path

    return Path(_po_file(lang))


def _po_file(lang: str) -> str:
    return os.path.join(LOCALE, lang, "LC_MESSAGES", f"{DOMAIN}.po")


def catalogue(lang: str) -> Catalogue:
    """The language's catalogue, read once per process."""
    found = _loaded.get(lang)
    if found is None:
        found = _loaded[lang] = _read(lang)
    return found


def _read(lang: str) -> Catalogue:
    po = _po_file(lang)
    mo = po[:-3] + ".mo"
    po_time = _mtime(po)
    mo_time = _mtime(mo)
    if mo_time is not None and (po_time is None or mo_time >= po_time):
        return _read_mo(mo)
    if po_time is not None:
        with open(po, encoding="utf-8") as handle:
            return read_po(handle.read())
    return Catalogue({}, {})


def _mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


def _read_mo(path: str) -> Catalogue:
    """A compiled catalogue (GNU .mo), read directly: one pass over its two tables, without
    gettext's per-entry header and charset handling (a command reads one at every start)."""
    import struct

    with open(path, "rb") as handle:
        data = handle.read()
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, originals, translations = struct.unpack_from(order + "4xIII", data, 4)
    keys = struct.unpack_from(f"{order}{2 * count}I", data, originals)
    texts = struct.unpack_from(f"{order}{2 * count}I", data, translations)
    messages: dict[str, str] = {}
    plurals: dict[str, list[str]] = {}
    for i in range(0, 2 * count, 2):
        key = data[keys[i + 1] : keys[i + 1] + keys[i]]
        text = data[texts[i + 1] : texts[i + 1] + texts[i]].decode("utf-8")
        if not key:
            continue  # the header
        if b"\x00" in key:
            plurals[key.split(b"\x00", 1)[0].decode("utf-8")] = text.split("\x00")
        else:
            messages[key.decode("utf-8")] = text
    return Catalogue(messages, plurals)


_PO_LINE = re.compile(r'^(msgid|msgid_plural|msgstr(?:\[(\d+)\])?|msgctxt)\s+"(.*)"\s*$')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unquote(body: str) -> str:
    """A .po string's text (between its quotes), its backslash escapes undone."""
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def read_po(text: str) -> Catalogue:
    """A .po file's messages (the subset of the format our catalogues use: ids, plural ids,
    plural forms, strings continued over lines); fuzzy and obsolete entries are left out."""
    messages: dict[str, str] = {}
    plurals: dict[str, list[str]] = {}
    entry: dict[str, Any] = {}
    last: tuple[str, int | None] | None = None
    fuzzy = False

    def done() -> None:
        nonlocal entry, fuzzy
        msgid = entry.get("msgid")
        if msgid and not fuzzy:
            if "plural" in entry:
                forms = entry.get("forms", {})
                plurals[msgid] = [forms[i] for i in sorted(forms)]
            elif entry.get("msgstr"):
                messages[msgid] = entry["msgstr"]
        entry, fuzzy = {}, False

    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                if "msgid" in entry:
                    done()
                fuzzy = True
            continue
        if line.startswith('"') and last is not None:
            _append(entry, last, _unquote(line[1:-1]))
            continue
        match = _PO_LINE.match(line)
        if match is None:
            continue
        word, index, value = match.group(1), match.group(2), _unquote(match.group(3))
        if word == "msgid" and "msgid" in entry:
            done()
        if word.startswith("msgstr["):
            last = ("forms", int(index))
        else:
            last = ({"msgid_plural": "plural"}.get(word, word), None)
        _append(entry, last, value, first=True)
    done()
    return Catalogue(messages, plurals)


def _append(
    entry: dict[str, Any], where: tuple[str, int | None], value: str, first: bool = False
) -> None:
    name, index = where
    if index is None:
        entry[name] = value if first else entry.get(name, "") + value
    else:
        forms = entry.setdefault("forms", {})
        forms[index] = value if first else forms.get(index, "") + value


def set_language(lang: str | None) -> str:
    """Sets the language for this process; unknown values fall back to Swedish."""
    global _current
    chosen = (lang or os.environ.get("INNOVATION_LANG") or "sv").lower()[:2]
    _current = chosen if chosen in LANGUAGES else "sv"
    return _current


def language() -> str:
    return _current


def _missing(key: str) -> str:
    if os.environ.get("INNOVATION_STRICT_MESSAGES"):
        raise MissingMessage(key)
    return key


def has(key: str) -> bool:
    """Whether a catalogue holds the message (for keys built from data, with a fallback)."""
    # The person's own language first: the English fallback is read only if it is needed.
    return any(
        c.get(key) is not None or key in c.plurals
        for c in (catalogue(lang) for lang in (_current, "en"))
    )


def t(msg: str, /, *, lang: str | None = None, **params: Any) -> str:
    """The message in the person's language, its {placeholders} filled in."""
    text = catalogue(lang or _current).get(msg)
    if text is None:
        text = catalogue("en").get(msg)
        if text is None:
            return _missing(msg)
    return text.format(**params) if params else text


def tn(msg: str, n: int, /, *, lang: str | None = None, **params: Any) -> str:
    """The message in the form for the number n ("1 lärdom", "3 lärdomar"); {n} is filled in."""
    text = catalogue(lang or _current).plural(msg, n)
    if text is None:
        text = catalogue("en").plural(msg, n)
        if text is None:
            return _missing(msg)
    return text.format(n=n, **params)
