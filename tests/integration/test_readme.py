"""The README's command blocks, executed literally and in order in an empty directory, as a
new user would type them (one shell: what a block exports, the next one has). A block that
cannot run here says why in the comment just above it (`<!-- not run: … -->`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"(<!-- not run: [^>]*-->\s*)?```sh\n(.*?)```", re.S)


def blocks() -> list[tuple[str, bool]]:
    return [(m.group(2), m.group(1) is None) for m in BLOCK.finditer(README.read_text())]


def test_every_block_is_run_or_says_why_not() -> None:
    found = blocks()
    assert len(found) >= 5
    assert sum(run for _, run in found) >= 3


@pytest.mark.slow
def test_the_readme_runs_as_written(tmp_path: Path) -> None:
    script = "\n".join(["set -euo pipefail", *(text for text, run in blocks() if run)])
    bin_dir = str(Path(sys.executable).parent)
    env = {
        "HOME": str(tmp_path),
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "INNOVATION_TZ": "Europe/Stockholm",
        "TERM": "dumb",
    }
    # The flow files are read from the checkout, as a user's commands there would.
    shutil_copy = subprocess.run(["cp", "-r", str(README.parent / "flows"), str(tmp_path)])
    assert shutil_copy.returncode == 0
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, f"stdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}"
    assert "Historik" not in done.stderr
    assert os.path.exists(tmp_path / "kommun.sqlite")
