"""The English screens: collected only in a process started in English (see
tests/tui/test_snapshots.py::test_every_screen_in_english)."""

from __future__ import annotations

import os

import pytest

from innovation.i18n import set_language

collect_ignore_glob = [] if os.environ.get("INNOVATION_SNAPSHOT_LANG") == "en" else ["test_*.py"]


@pytest.fixture(autouse=True)
def _swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same fixture name as tests/tui's: here the UI is read in English.
    monkeypatch.setenv("INNOVATION_LANG", "en")
    set_language("en")
