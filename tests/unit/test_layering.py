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


def test_no_dialect_outside_the_store() -> None:
    """Where the two databases differ is the store's business (store/reads.py, store/logins.py,
    store/sql.py): the service and the interfaces never ask which database they are on."""
    from pathlib import Path

    import innovation

    root = Path(innovation.__file__).parent
    found = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("service", "tui", "cli")
        for path in sorted((root / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "tx.sqlite" in line or "dialect" in line.split("#")[0]
    ]
    assert found == []


# Service modules that still hold SQL of their own, until it moves into the store. The list
# only shrinks: a module taken off it may not gain SQL again, and no new module may start.
STILL_WITH_SQL = {
    "assignments.py",
    "handovers.py",
    "indicators.py",
    "interchange.py",
    "keys.py",
    "reporting.py",
    "rounds.py",
    "setup.py",
    "steering.py",
    "timeline.py",
    "trail.py",
}
_RUNS = {"one", "all", "run", "insert", "value", "tuples", "get", "fetch"}


def _sql_in(path: object) -> list[str]:
    """Where a module runs a statement itself (tx.one(…), tx.run(…), …) or spells one out."""
    import ast
    import re
    from pathlib import Path

    assert isinstance(path, Path)
    statement = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE)\s", re.IGNORECASE)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _RUNS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "tx"
        ):
            found.append(f"{path.name}:{node.lineno} tx.{node.func.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if statement.match(node.value):
                found.append(f"{path.name}:{node.lineno} {node.value.strip()[:40]!r}")
    return found


def test_the_service_asks_the_store_for_its_data() -> None:
    """The service calls the store's named functions, which return typed rows; it neither
    spells out SQL nor runs it (store/ is where every statement lives)."""
    from pathlib import Path

    import innovation

    service = Path(innovation.__file__).parent / "service"
    found = [
        hit
        for path in sorted(service.glob("*.py"))
        if path.name not in STILL_WITH_SQL
        for hit in _sql_in(path)
    ]
    assert found == []
    # The list says what is left, nothing more: a module without SQL leaves it.
    done = sorted(n for n in STILL_WITH_SQL if not _sql_in(service / n))
    assert done == []
