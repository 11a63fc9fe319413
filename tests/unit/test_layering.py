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
    """Where the two databases differ is the store's business (store/sql.py, store/trail.py,
    store/reads.py, store/logins.py): the service, the trail's chain and the interfaces never
    ask which database they are on."""
    from pathlib import Path

    import innovation

    root = Path(innovation.__file__).parent
    found = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("service", "audit", "tui", "cli")
        for path in sorted((root / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "tx.sqlite" in line or "tx.raw" in line or "dialect" in line.split("#")[0]
    ]
    assert found == []


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


def test_only_the_store_holds_sql() -> None:
    """The service, the trail's chain, the demo and the interfaces call the store's named
    functions, which return typed rows: none of them spells out SQL or runs it (store/ is
    where every statement lives)."""
    from pathlib import Path

    import innovation

    root = Path(innovation.__file__).parent
    found = [
        f"{path.relative_to(root)}: {hit}"
        for path in sorted(root.rglob("*.py"))
        if path.relative_to(root).parts[0] != "store"
        for hit in _sql_in(path)
    ]
    assert found == []


def test_the_interfaces_contract_names_every_store_module_but_the_database() -> None:
    """A new store module is kept from the interfaces the day it is added: the contract
    forbids every module of store/ except database.py (which opens a workspace)."""
    import tomllib
    from pathlib import Path

    import innovation

    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c.get("source_modules") == ["innovation.tui", "innovation.cli"]
        and c["type"] == "forbidden"
        and "innovation.store.sql" in c["forbidden_modules"]
    ]
    store = Path(innovation.__file__).parent / "store"
    modules = {f"innovation.store.{p.stem}" for p in store.glob("*.py") if p.stem != "__init__"}
    forbidden = {m for m in contract["forbidden_modules"] if m.startswith("innovation.store.")}
    assert modules - forbidden == {"innovation.store.database"}
