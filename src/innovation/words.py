"""The words people type for the program's fixed values, in Swedish or English, with or without
å, ä and ö, in any case: "avgränsning", "Avgransning" and "avgransning" are one phase.

Each parser returns the program's own id or None; the caller refuses with its own message.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "_": " ", "-": " "})


def fold(text: str) -> str:
    """A word as it is compared: lower case, å ä ö as a a o, dashes and runs of spaces as one."""
    plain = unicodedata.normalize("NFC", text).strip().lower().translate(_FOLD)
    return " ".join(plain.split())


def _lookup(table: Mapping[str, Iterable[str]], value: str) -> str | None:
    wanted = fold(value)
    for key, words in table.items():
        if wanted == fold(key) or wanted in {fold(w) for w in words}:
            return key
    return None


TRACKS = {
    "malsokande": ("målsökande", "goal-seeking", "goal seeking", "msö", "mso"),
    "malstyrt": ("målstyrt", "goal-directed", "goal directed", "ms"),
}
OUTCOMES = {
    "worked": ("fungerade", "fungerat", "det fungerade", "ja", "yes"),
    "did-not-work": ("fungerade inte", "fungerade ej", "did not work", "didn't work", "nej", "no"),
}
COLOURS = {
    "gron": ("grön", "green"),
    "gul": ("yellow",),
    "rod": ("röd", "red"),
}
DECISIONS = {
    "go": ("godkänd", "godkänn", "godkänt", "approve", "approved", "ja"),
    "recycle": ("reject", "rejected", "avslå", "avslagen", "tillbaka"),
    "hold": ("vilande", "vila", "paus", "on hold"),
    "kill": ("avsluta", "avslutad", "stoppa", "stop"),
}
SOURCES = {
    "resident": ("invånare", "invanare", "medborgare"),
    "employee": ("medarbetare", "anställd", "staff"),
    "manager": ("chef", "chefer"),
    "partner": ("partner", "samarbetspartner"),
    "medskapande": ("co-creation", "cocreation"),
}
ROLES = {
    "ledartroja": ("ledartröja", "ledartröjor", "lead", "area lead"),
    "fadder": ("faddrar", "sponsor"),
    "facilitator": ("facilitatorer",),
    "admin": ("administratör", "administrator"),
}


def track(value: str) -> str | None:
    """A track by its words, or a flow a facilitator added, by its file's id or labels."""
    found = _lookup(TRACKS, value)
    if found is not None:
        return found
    from innovation.engine import default_flows

    wanted = fold(value)
    for engine in default_flows():
        flow = engine.flow
        if wanted in {fold(flow.id), fold(flow.label), fold(flow.label_en or flow.label)}:
            return flow.id
    return None


def outcome(value: str) -> str | None:
    return _lookup(OUTCOMES, value)


def colour(value: str) -> str | None:
    return _lookup(COLOURS, value)


def decision(value: str) -> str | None:
    return _lookup(DECISIONS, value)


def source(value: str) -> str | None:
    return _lookup(SOURCES, value)


def role(value: str) -> str | None:
    return _lookup(ROLES, value)


def phase_names(phases: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A flow's phases by their ids and labels (the flow file's own words), folded: look a
    phase up by `fold(value)`; where two pairs name the same word, the first wins."""
    names: dict[str, str] = {}
    for pid, label in phases:
        names.setdefault(fold(pid), pid)
        names.setdefault(fold(label), pid)
    return names


# The other way: a fixed value as the words a person reads.


def own_label(label: str, label_en: str, *, lang: str | None = None) -> str:
    """A flow file's name for a phase or a flow, in the person's language: its label_en in
    English, where it gives one, otherwise its label."""
    from innovation.i18n import language

    return label_en if label_en and (lang or language()) == "en" else label


def phase_label(pid: str, track: str | None = None, *, lang: str | None = None) -> str:
    """A phase's name from its flow file (the track's, or the first flow that has it), in the
    person's language."""
    from innovation.engine import default_flows

    flows = default_flows()
    engines = [flows.get(track)] if track in flows.names else list(flows)
    for engine in engines:
        for p in engine.flow.phases:
            if p.id == pid:
                return own_label(p.label, p.label_en, lang=lang)
    return pid


def track_label(track: str, *, lang: str | None = None) -> str:
    """A track's name: the catalogue's words for the standard tracks, the flow file's own
    label (label_en in English) for one a facilitator added."""
    from innovation.i18n import has, t

    if has(f"track.{track}"):
        return t(f"track.{track}", lang=lang)
    from innovation.engine import default_flows

    if track not in default_flows().names:
        return track
    flow = default_flows().get(track).flow
    return own_label(flow.label, flow.label_en, lang=lang)


def track_short(track: str) -> str:
    """A track's abbreviation on cards and in tables: the catalogue's for the standard tracks,
    the first letters of the flow file's label for one a facilitator added."""
    from innovation.i18n import has, t

    if has(f"track_short.{track}"):
        return t(f"track_short.{track}")
    return track_label(track)[:3].upper()


def all_phases() -> list[str]:
    """Every flow's phases in flow order: the phases that are going (a phase one flow adds sits
    where that flow has it), then the end phases."""
    from innovation.engine import default_flows

    going: list[str] = []
    ends: list[str] = []
    for engine in default_flows():
        after = -1  # a phase the first flow lacks goes right after its flow's previous one
        for p in engine.flow.phases:
            if p.end:
                ends += [] if p.id in ends else [p.id]
            elif p.id in going:
                after = going.index(p.id)
            else:
                after += 1
                going.insert(after, p.id)
    return going + ends


def outcome_label(value: str) -> str:
    from innovation.i18n import t

    return t(f"outcome.{value}")
