"""The core imports neither the UI nor, for the engine, the store."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "innovation.domain",
    "innovation.engine",
    "innovation.store.database",
    "innovation.service",
    "innovation.audit",
    "innovation.present",
    "innovation.seed",
    # The command line opens the UI only when asked, so its commands start without textual.
    "innovation.cli",
]


@pytest.mark.parametrize("module", CORE)
def test_core_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; assert 'textual' not in sys.modules, 'textual imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_engine_imports_no_store_or_interface() -> None:
    code = (
        "import sys, innovation.engine; "
        "bad = [m for m in sys.modules if m.startswith(('innovation.store', 'innovation.service',"
        " 'innovation.cli', 'sqlalchemy', 'sqlmodel', 'typer', 'rich'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's [tool.importlinter] contracts: the engine and domain import no store,
    service or interface; the store no service or interface; the interfaces reach the data
    only through the service."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    tool = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(tool)], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout
