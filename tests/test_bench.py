"""The benchmarks stay runnable: each workload on a tiny size (no timing is asserted)."""

from __future__ import annotations

from bench import steps, verify


def test_steps_workload_runs() -> None:
    results = steps.run(areas=20)
    assert [r["workload"].split(" (")[0] for r in results] == ["audited steps/s"] * 2
    assert all(r["ours"] > 0 and r["baseline"] > 0 for r in results)


def test_verify_workload_runs() -> None:
    (result,) = verify.run(events=2_000)
    assert result["ours"] > 0 and result["baseline"] > 0


def test_tui_workload_runs() -> None:
    from bench import tui

    results = tui.run(areas=30, events=500, repeats=2, starts=1)
    assert len(results) == 5 and all(r["ours"] > 0 for r in results)


def test_report_workload_runs() -> None:
    from bench import report

    (result,) = report.run(areas=20, events=500)
    assert result["ours"] > 0 and result["baseline"] > 0


def test_load_workload_runs() -> None:
    from bench import load

    rate, hammer = load.run(per_client=3)
    assert rate["ours"] > 0 and rate["baseline"] > 0 and rate["p99_ms"] > 0
    assert hammer["met"] and hammer["ours"] == 0


def test_memory_workload_runs() -> None:
    from bench import memory

    peak, growth = memory.run(areas=20, events=2_000, small=200)
    assert peak["ours"] > peak["baseline"] > 0 and growth["baseline"] > 0


def test_peer_workload_runs() -> None:
    from bench import peer

    full, full_floor, normal, normal_floor = peer.run(areas=3)
    assert full["ours"] > 0 and full["baseline"] > 0 and normal["baseline"] > 0
    assert full_floor["baseline"] > 0 and normal_floor["ours"] > 0
