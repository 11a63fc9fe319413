"""A flow file's TOML document, kept parsed between commands.

Nearly every command reads the flows, and importing `tomllib` and parsing two small files took
7–9 ms of a command that takes 80–130 ms. The parsed document is kept in the user's cache
folder beside the exact text it was parsed from, and used only while the file still holds that
very text: an edited flow is read anew on the next command, whatever its time stamp or size.
The program's checks of a flow run on every load, cached or not; a file that is not valid TOML
is never kept. Anything wrong with the cache (missing, unreadable, unwritable, damaged) only
means the file is parsed as before.

`INNOVATION_CACHE` names the folder (empty: no cache); otherwise `$XDG_CACHE_HOME` or
`~/.cache` (`%LOCALAPPDATA%` on Windows), then `innovation/flows`. The flows decide who must
approve what, so an entry counts only if the person running the program owns it and its folder
and no one else may write to either: a cache folder named somewhere shared cannot be used to
hand the program other rules.
"""

from __future__ import annotations

import marshal  # built in: nothing to import (json or pickle would cost what is saved)
import os
from typing import Any

_VERSION = 1


def folder() -> str | None:
    chosen = os.environ.get("INNOVATION_CACHE")
    if chosen is not None:
        return os.path.join(chosen, "flows") if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base and os.name == "nt":
        base = os.environ.get("LOCALAPPDATA")
    if not base:
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "innovation", "flows")


def _entry(path: str) -> str | None:
    where = folder()
    if where is None:
        return None
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in os.path.abspath(path))
    return os.path.join(where, name[-200:] + ".marshal")


def parsed(text: str, path: str | None) -> dict[str, Any]:
    """The TOML document `text`, read from the file `path` (None: not a file's, not kept);
    raises tomllib.TOMLDecodeError."""
    entry = _entry(path) if path is not None else None
    if entry is not None:
        try:
            with open(entry, "rb") as handle:
                if _private(os.fstat(handle.fileno())) and _private(
                    os.stat(os.path.dirname(entry))
                ):
                    version, kept, doc = marshal.load(handle)
                    if version == _VERSION and kept == text and isinstance(doc, dict):
                        return doc
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no entry yet, or not one this program wrote: parse
    import tomllib

    doc = tomllib.loads(text)
    if entry is not None:
        _keep(entry, text, doc)
    return doc


def _private(st: os.stat_result) -> bool:
    """Owned by whoever runs the program, and writable by no one else."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's own profile folder
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _keep(entry: str, text: str, doc: dict[str, Any]) -> None:
    try:
        data = marshal.dumps((_VERSION, text, doc))
    except ValueError:
        return  # a TOML date or time: marshal keeps none, so this file is parsed each time
    part = f"{entry}.{os.getpid()}.part"
    try:
        os.makedirs(os.path.dirname(entry), mode=0o700, exist_ok=True)
        with open(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as handle:
            handle.write(data)
        os.replace(part, entry)  # whole or not at all, whoever reads it meanwhile
    except OSError:
        try:
            os.unlink(part)
        except OSError:
            pass
