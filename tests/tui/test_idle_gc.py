"""Full collections wait for a pause in the user's input, and the process's settings return."""

from __future__ import annotations

import gc

import pytest

from innovation.tui import idle_gc
from innovation.tui.idle_gc import IdleCollector


def test_full_collections_wait_for_a_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(idle_gc, "monotonic", lambda: now[0])
    before = gc.get_threshold()
    collector = IdleCollector()
    collector.start()
    try:
        assert gc.get_threshold()[2] == idle_gc.NEVER  # CPython starts none by itself
        collected: list[int] = []
        monkeypatch.setattr(gc, "collect", lambda *a: collected.append(1) or 0)
        monkeypatch.setattr(gc, "get_count", lambda: (0, 0, idle_gc.PENDING))
        collector.touched()
        now[0] += 0.2
        collector.tick()
        assert not collected  # the user is typing
        now[0] += idle_gc.IDLE_AFTER
        collector.tick()
        assert collected == [1] and gc.isenabled()
        assert collector.frozen
        collector.touched()
        now[0] += idle_gc.FORCED_AFTER
        collector.touched()
        collector.tick()
        assert collected == [1, 1]  # busy for a minute: collected all the same
    finally:
        collector.stop()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
