"""python -m bench [--areas N] [-o FILE]: run the benchmarks, print ratios, write one JSON file."""

from __future__ import annotations

import argparse
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import cli, load, memory, peer, steps, tui, verify
from bench import report as report_bench


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--areas", type=int, default=1000, help="moves per measurement")
    parser.add_argument("--events", type=int, default=1_000_000, help="audit events to verify")
    parser.add_argument(
        "--only",
        choices=["steps", "peer", "verify", "tui", "report", "load", "memory", "cli"],
        action="append",
        help="run only these workloads",
    )
    parser.add_argument("-o", "--output", type=Path, default=Path("bench/results/latest.json"))
    parser.add_argument(
        "--national-areas", type=int, default=cli.NATIONAL_AREAS, help="areas of the cli rows"
    )
    args = parser.parse_args()
    chosen = args.only or ["steps", "peer", "verify", "tui", "report", "load", "memory", "cli"]
    results = []
    if "steps" in chosen:
        results += steps.run(args.areas)
    if "peer" in chosen:
        results += peer.run()
    if "verify" in chosen:
        results += verify.run(args.events)
    if "tui" in chosen:
        results += tui.run(events=args.events)
    if "report" in chosen:
        results += report_bench.run(events=args.events)
    if "load" in chosen:
        results += load.run()
    if "memory" in chosen:
        results += memory.run(events=args.events)
    if "cli" in chosen:
        results += cli.run(args.national_areas)
    for r in results:
        mark = "ok" if r["met"] else "MISSED"
        print(
            f"{r['workload']:<40} ours {r['ours']:>9.1f}  baseline {r['baseline']:>9.1f}"
            f"  ratio {r['ratio']:.3f}  goal {r['goal']}  {mark}"
            + (f"  p99 {r['p99_ms']} ms (raw {r['baseline_p99_ms']} ms)" if "p99_ms" in r else "")
        )
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
        "results": results,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
