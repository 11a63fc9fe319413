"""Flow files: the shipped ones load, broken ones are refused with where each problem is."""

from __future__ import annotations

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
