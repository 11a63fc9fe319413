"""Every screen of tests/tui/test_snapshots.py, in English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from innovation.tui.app import InnovationApp
from tests.tui import test_snapshots as sv


@pytest.mark.parametrize("size", sv.SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(sv.SCREENS))
def test_screen_en(
    name: str,
    size: tuple[int, int],
    make_app: Callable[[str], InnovationApp],
    snap_compare: Callable[..., bool],
) -> None:
    assert sv.compare(name, size, make_app, snap_compare)
