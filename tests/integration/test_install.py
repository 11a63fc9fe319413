"""`pip install .` outside the checkout: the flows and migrations travel with the program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        pytest.fail("uv is needed to install the project into a clean environment")
    return found


@pytest.mark.slow
def test_installed_program_runs_the_demo_outside_the_checkout(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # A regular (non-editable) install, as pip install . makes it.
    subprocess.run(
        [_uv(), "pip", "install", "--quiet", "--python", str(python), str(ROOT)],
        check=True,
        capture_output=True,
    )
    home = tmp_path / "home"
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "INNOVATION_LANG": "en",
    }
    run = subprocess.run(
        [str(venv / "bin" / "innovation"), "demo", "--no-tui"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "O11" in run.stdout
    assert (home / "data" / "innovation" / "demo.sqlite").exists()
    # The default workspace was not touched by the demo.
    assert not (home / "data" / "innovation" / "innovation.sqlite").exists()
    packaged = subprocess.run(
        [str(python), "-c", "import innovation.resources as r; print(r.data_root())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "site-packages" in packaged.stdout
