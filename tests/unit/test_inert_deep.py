"""inert_deep, the pass every service answer takes before an interface shows it: the same as
making every string in the answer inert, and the answer itself when nothing needed it."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from innovation.text import inert, inert_deep

# Text with what a terminal would obey (ESC, BEL, C1, bidi overrides), what is kept (line
# breaks, tabs), and what is only unusual (letters, a zero-width space, a no-break space).
_CHARS = st.sampled_from(
    list("\x1b\x07\x00\x7f\x85\x9b\u202e\u2066\u061c\u200e\n\tabcåäö O1-:") + ["\u200b", "\xa0"]
)
_TEXT = st.one_of(st.text(_CHARS, max_size=12), st.text(max_size=12))
_LEAF = st.one_of(_TEXT, st.integers(), st.none(), st.booleans(), st.floats(allow_nan=False))


@dataclasses.dataclass(frozen=True)
class Row:
    """An answer's row, as the service's views are."""

    key: Any
    text: Any


_VALUES = st.recursive(
    _LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.tuples(inner, inner),
        st.builds(Row, inner, inner),
        st.dictionaries(st.one_of(_TEXT, st.integers()), inner, max_size=5),
    ),
    max_leaves=40,
)


def _each_string_inert(value: Any) -> Any:
    """What inert_deep must give, written the plain way: everything rebuilt."""
    if isinstance(value, str):
        return inert(value, multiline=True)
    if isinstance(value, list):
        return [_each_string_inert(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_each_string_inert(v) for v in value)
    if isinstance(value, dict):
        return {_each_string_inert(k): _each_string_inert(v) for k, v in value.items()}
    if isinstance(value, Row):
        return Row(_each_string_inert(value.key), _each_string_inert(value.text))
    return value


@settings(max_examples=400)
@given(_VALUES)
def test_every_string_is_made_inert_and_a_clean_answer_is_returned_as_it_is(value: Any) -> None:
    expected = _each_string_inert(value)
    found = inert_deep(value)
    assert found == expected
    if expected == value:
        assert found is value  # nothing copied for nothing


def test_a_nested_escape_is_shown_and_its_neighbours_kept() -> None:
    answer = {"areas": [{"key": "O1", "question": "Hur\x1b]52;c;x\x07?", "n": 3}], "ok": True}
    shown = inert_deep(answer)
    assert shown == {"areas": [{"key": "O1", "question": "Hur␛]52;c;x␇?", "n": 3}], "ok": True}
    assert answer["areas"][0]["question"] == "Hur\x1b]52;c;x\x07?"  # the answer is not changed
