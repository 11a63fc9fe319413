"""Flow files: the shipped ones load, broken ones are refused with where each problem is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from innovation.engine import FlowError, load_flow, parse_flow
from innovation.resources import flows_dir

GOOD = """
[flow]
id = "mini"
label = "Mini"
initial = "a"

[[phase]]
id = "a"
label = "A"
help = "first"

[[phase]]
id = "b"
label = "B"
help = "last"
end = true

[[transition]]
trigger = "go"
source = "a"
dest = "b"
requires = ["scope"]
"""


def problems(text: str) -> list[str]:
    with pytest.raises(FlowError) as info:
        parse_flow(text, "test.toml")
    return info.value.problems


@pytest.mark.parametrize("name", ["malsokande", "malstyrt"])
def test_shipped_flows_load(name: str) -> None:
    flow = load_flow(Path(flows_dir()) / f"{name}.toml")
    assert flow.id == name
    assert flow.phase_ids == ("nulage", "avgransning", "nylage", "test", "adopt", "learn")
    assert {p.id for p in flow.phases if p.end} == {"adopt", "learn"}
    assert all(p.label and p.help for p in flow.phases)


def test_tracks_differ_only_in_leaving_nylage() -> None:
    sok = load_flow(Path(flows_dir()) / "malsokande.toml")
    styr = load_flow(Path(flows_dir()) / "malstyrt.toml")
    gates = {tr.trigger: tr.requires for tr in sok.transitions}
    other = {tr.trigger: tr.requires for tr in styr.transitions}
    differing = {k for k in gates if gates[k] != other[k]}
    assert differing == {"borja_testa"}
    assert "test_hypothesis" in gates["borja_testa"]
    assert "indicator" in other["borja_testa"]


def test_fadder_gates_in_default_flows() -> None:
    for name in ("malsokande", "malstyrt"):
        flow = load_flow(Path(flows_dir()) / f"{name}.toml")
        gated = {(tr.source, tr.dest) for tr in flow.transitions if tr.fadder}
        assert gated == {("avgransning", "nylage"), ("test", "adopt"), ("test", "learn")}


def test_good_minimal_flow() -> None:
    flow = parse_flow(GOOD)
    assert flow.initial == "a"
    assert flow.transitions[0].requires == ("scope",)


def test_toml_syntax_error_names_line() -> None:
    found = problems("[flow\nid = 1")
    assert len(found) == 1
    assert "TOML error" in found[0] and "line 1" in found[0]


def test_unknown_phase_in_transition() -> None:
    found = problems(GOOD.replace('dest = "b"', 'dest = "zz"'))
    assert any("[[transition]] #1 dest" in p and "'zz'" in p for p in found)


def test_unknown_requirement() -> None:
    found = problems(GOOD.replace('["scope"]', '["scope", "magic"]'))
    assert any("[[transition]] #1" in p and "'magic'" in p and "medskapande" in p for p in found)


def test_duplicate_trigger() -> None:
    extra = '\n[[transition]]\ntrigger = "go"\nsource = "b"\ndest = "a"\n'
    found = problems(GOOD + extra)
    assert any("[[transition]] #2" in p and "'go'" in p and "#1" in p for p in found)


def test_duplicate_source_and_dest() -> None:
    extra = '\n[[transition]]\ntrigger = "again"\nsource = "a"\ndest = "b"\n'
    found = problems(GOOD + extra)
    assert any("a → b" in p for p in found)


def test_unreachable_phase() -> None:
    extra = '\n[[phase]]\nid = "c"\nlabel = "C"\nhelp = "island"\nend = true\n'
    found = problems(GOOD + extra)
    assert found == ["the phase 'c' cannot be reached from the initial phase 'a'"]


def test_no_end_phase() -> None:
    found = problems(GOOD.replace("end = true", "end = false"))
    assert "the flow has no end phase (end = true)" in found


def test_dead_end_phase() -> None:
    text = GOOD.replace('dest = "b"', 'dest = "c"') + (
        '\n[[phase]]\nid = "c"\nlabel = "C"\nhelp = "stuck"\n'
    )
    found = problems(text)
    assert any("'c'" in p and "no way out" in p for p in found)
    assert any("'b'" in p and "cannot be reached" in p for p in found)


def test_missing_fields_and_unknown_keys_all_reported() -> None:
    text = """
[flow]
id = "Bad Id"
colour = "red"

[[phase]]
id = "a"
"""
    found = problems(text)
    joined = "\n".join(found)
    assert "'Bad Id' is not a valid id" in joined
    assert "unknown field 'colour'" in joined
    assert "'label' is missing" in joined
    assert "'initial' is missing" in joined
    assert len(found) >= 5


def test_initial_must_be_a_phase() -> None:
    found = problems(GOOD.replace('initial = "a"', 'initial = "q"'))
    assert any("[flow] initial" in p and "'q'" in p for p in found)


def test_wrong_types() -> None:
    found = problems(GOOD.replace('requires = ["scope"]', 'requires = "scope"\nfadder = "yes"'))
    assert any("'requires'" in p for p in found)
    assert any("'fadder'" in p and "true/false" in p for p in found)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FlowError) as info:
        load_flow(tmp_path / "missing.toml")
    assert "Cannot read" in info.value.problems[0]


# The parsed documents kept between commands (engine/toml_cache.py) ------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INNOVATION_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "flows"


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    def refuse(text: str) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_a_flow_file_is_parsed_once_then_read_from_the_cache(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mini.toml"
    path.write_text(GOOD, encoding="utf-8")
    first = load_flow(path)
    assert len(list(cache.iterdir())) == 1
    _no_parsing(monkeypatch)
    assert load_flow(path) == first


def test_an_edited_flow_is_read_anew_whatever_its_time_stamp(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "mini.toml"
    path.write_text(GOOD, encoding="utf-8")
    before = path.stat()
    assert load_flow(path).label == "Mini"
    # The same size and the same time stamp: only the text tells the two apart.
    path.write_text(GOOD.replace('label = "Mini"', 'label = "Maxi"'), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert load_flow(path).label == "Maxi"


def test_a_cached_flow_is_still_checked(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "mini.toml"
    path.write_text(GOOD.replace('dest = "b"', 'dest = "zz"'), encoding="utf-8")
    for _ in range(2):  # parsed, then from the cache: refused both times, for the same reason
        with pytest.raises(FlowError) as info:
            load_flow(path)
        assert any("'zz'" in p for p in info.value.problems)


def test_a_file_that_is_not_toml_is_never_kept(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[flow\nid = ", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(FlowError) as info:
            load_flow(path)
        assert "line 1" in info.value.problems[0]
    assert not cache.exists() or not list(cache.iterdir())


def test_a_damaged_or_unwritable_cache_only_means_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mini.toml"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("INNOVATION_CACHE", str(tmp_path / "cache"))
    load_flow(path)
    (entry,) = (tmp_path / "cache" / "flows").iterdir()
    for damage in (b"", b"\x00garbage", entry.read_bytes()[:20]):
        entry.write_bytes(damage)
        assert load_flow(path).id == "mini"
    # A cache folder that cannot be made (a file is in its way), or none at all.
    (tmp_path / "blocked").write_text("a file", encoding="utf-8")
    monkeypatch.setenv("INNOVATION_CACHE", str(tmp_path / "blocked"))
    assert load_flow(path).id == "mini"
    monkeypatch.setenv("INNOVATION_CACHE", "")
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):
        load_flow(path)  # no cache: parsed each time


def test_an_entry_others_may_write_is_not_used(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache folder named somewhere shared must not hand the program other rules."""
    path = tmp_path / "mini.toml"
    path.write_text(GOOD, encoding="utf-8")
    load_flow(path)
    (entry,) = cache.iterdir()
    assert entry.stat().st_mode & 0o777 == 0o600
    # Someone else's version of the document, beside the file's very text.
    import marshal

    version, text, doc = marshal.loads(entry.read_bytes())
    doc["flow"]["label"] = "Planted"
    entry.write_bytes(marshal.dumps((version, text, doc)))
    assert load_flow(path).label == "Planted"  # the owner's own entry is trusted
    for target, mode in ((entry, 0o622), (cache, 0o777)):
        entry.write_bytes(marshal.dumps((version, text, doc)))
        target.chmod(mode)
        assert load_flow(path).label == "Mini", target
        target.chmod(0o600 if target == entry else 0o700)
