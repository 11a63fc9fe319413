"""The message catalogues: gettext .po files per language, read by Babel as a translator's
tools read them; every message in both languages with the same placeholders; every key the
code names, and every value the program writes (event kinds, phases, statuses, outcomes,
colours), has its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from innovation import i18n
from innovation.engine import default_flows
from innovation.i18n import LANGUAGES, has, po_path, t, tn

SRC = Path(i18n.__file__).resolve().parent
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)[^{}]*\}")


def babel(lang: str):  # type: ignore[no-untyped-def]
    with po_path(lang).open("rb") as handle:
        return read_po(handle, abort_invalid=True)


@pytest.fixture(scope="module")
def catalogues():  # type: ignore[no-untyped-def]
    return {lang: babel(lang) for lang in LANGUAGES}


def test_both_languages_have_the_same_messages(catalogues) -> None:  # type: ignore[no-untyped-def]
    ids = {lang: {m.id if isinstance(m.id, str) else m.id[0] for m in c if m.id}
           for lang, c in catalogues.items()}  # fmt: skip
    assert ids["sv"] == ids["en"], ids["sv"] ^ ids["en"]
    assert len(ids["sv"]) > 1000


def test_every_message_is_written_with_the_same_placeholders(catalogues) -> None:  # type: ignore[no-untyped-def]
    texts = {}
    for lang, c in catalogues.items():
        for m in c:
            if not m.id:
                continue
            key = m.id if isinstance(m.id, str) else m.id[0]
            forms = [m.string] if isinstance(m.string, str) else list(m.string)
            assert all(f.strip() for f in forms), f"{lang}: {key} has no text"
            assert "fuzzy" not in m.flags, f"{lang}: {key} is fuzzy"
            texts[(lang, key)] = forms
    for (lang, key), forms in texts.items():
        if lang != "sv":
            continue
        english = texts[("en", key)]
        assert len(forms) == len(english), key
        wanted = set().union(*(set(PLACEHOLDER.findall(f)) for f in english))
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) <= wanted | {"n"}, (key, form)
        found = set().union(*(set(PLACEHOLDER.findall(f)) for f in forms))
        assert found == wanted, (key, found, wanted)


def test_the_programs_reader_agrees_with_babel_and_gettext(tmp_path: Path, catalogues) -> None:  # type: ignore[no-untyped-def]
    for lang, c in catalogues.items():
        ours = i18n.read_po(po_path(lang).read_text(encoding="utf-8"))
        for m in c:
            if not m.id:
                continue
            if isinstance(m.id, str):
                assert ours.get(m.id) == m.string, m.id
            else:
                assert ours.plurals[m.id[0]] == list(m.string), m.id
        mo = tmp_path / f"{lang}.mo"
        with mo.open("wb") as handle:
            write_mo(handle, c)
        compiled = i18n._read_mo(mo)
        assert compiled.messages == ours.messages
        assert compiled.plurals == ours.plurals


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    missing = []
    keywords = {"t": None, "tn": (1,), "Refused": None, "Invalid": None, "NotFound": None,
                "Forbidden": None}  # fmt: skip
    for filename, _lineno, message, _comments, _context in extract_from_dir(
        str(SRC), method_map=[("**.py", "python")], keywords=keywords
    ):
        key = message if isinstance(message, str) else message[0]
        if key and re.fullmatch(r"[a-z_]+(\.[a-z0-9_-]+)+", key) and not has(key):
            missing.append(f"{filename}: {key}")
    assert not missing, "\n".join(missing)


def _written_kinds() -> set[str]:
    """Every kind of event the program writes: the projector's, and the literals the service
    passes as kind=…."""
    from innovation.service.base import NOTE_KINDS, STEP_KINDS
    from innovation.store.projection import Projector

    kinds = set(Projector(None)._kinds) | set(NOTE_KINDS) | set(STEP_KINDS)  # type: ignore[arg-type]
    for path in (SRC / "service").glob("*.py"):
        kinds |= set(re.findall(r'(?<![\w])kind="([a-z_.]+)"', path.read_text(encoding="utf-8")))
    return kinds


def test_every_value_the_program_writes_has_words_in_both_languages() -> None:
    keys = {f"event.{k}" for k in _written_kinds()}
    keys |= {f"status.{s}" for s in ("open", "approved", "rejected", "held", "killed", "withdrawn")}
    keys |= {f"color.{c}" for c in ("gron", "gul", "rod")}
    keys |= {f"outcome.{o}" for o in ("worked", "did-not-work")}
    keys |= {f"track.{tr}" for tr in default_flows().names}
    keys |= {f"period.{p}" for p in ("open", "closed")}
    keys |= {f"role.{r}" for r in ("ledartroja", "fadder", "facilitator", "admin")}
    keys |= {f"idea.{s}" for s in ("open", "promoted", "parked", "declined")}
    missing = sorted(k for k in keys for lang in LANGUAGES if i18n.catalogue(lang).get(k) is None)
    assert not missing, missing
    for engine in default_flows():
        for phase in engine.flow.phases:
            assert phase.label.strip(), phase.id


def test_plural_forms_and_a_missing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert tn("count.lessons", 1, lang="sv") == "1 lärdom"
    assert tn("count.lessons", 3, lang="sv") == "3 lärdomar"
    assert tn("count.lessons", 1, lang="en") == "1 lesson"
    monkeypatch.setenv("INNOVATION_STRICT_MESSAGES", "1")
    with pytest.raises(i18n.MissingMessage):
        t("no.such.key")
    monkeypatch.delenv("INNOVATION_STRICT_MESSAGES")
    assert t("no.such.key") == "no.such.key"  # a person sees the key, never a traceback


def test_a_translators_edit_shows_without_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "locale"
    for lang in LANGUAGES:
        target = root / lang / "LC_MESSAGES"
        target.mkdir(parents=True)
        text = po_path(lang).read_text(encoding="utf-8")
        (target / "innovation.po").write_text(
            text.replace('msgstr "område"', 'msgstr "verksamhetsområde"'), encoding="utf-8"
        )
    monkeypatch.setattr(i18n, "LOCALE", root)
    monkeypatch.setattr(i18n, "_loaded", {})
    assert t("kind.area", lang="sv") == "verksamhetsområde"
