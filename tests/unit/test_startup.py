"""A command imports what it uses and nothing else (issue: commands as quick as the terminal).
What a command costs in time is measured by `python -m bench --only cli`, never here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from innovation.service import Service, providers
from innovation.service.__main__ import render

# Never on the path of an ordinary command: the ORM and its migrations, the UI, Rich's layout,
# the network, the spreadsheet and report libraries, pydantic.
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "textual", "rich", "typer",
         "urllib.request", "http.client", "openpyxl", "markdown_it", "transitions",
         "multiprocessing", "concurrent.futures", "platformdirs",
         # 20–30 ms of start-up between them: dataclasses imports inspect (innovation.plain
         # is the views' dataclass), pathlib imports urllib and ipaddress, shutil the
         # archive modules.
         "dataclasses", "inspect", "pathlib", "shutil")  # fmt: skip


def test_the_providers_table_is_current() -> None:
    """service/_providers.py says which mixin holds each method; regenerate it with
    `python -m innovation.service` after adding or moving one."""
    here = Path(__file__).resolve().parents[2] / "src/innovation/service/_providers.py"
    assert here.read_text(encoding="utf-8") == render(), "run: python -m innovation.service"


def test_the_lazy_service_finds_every_method(tmp_path: Path) -> None:
    from innovation.store.database import Database

    svc = Service(Database(str(tmp_path / "w.sqlite")), "ada")
    for name in providers():
        getattr(svc, name)
    with pytest.raises(AttributeError):
        svc.no_such_method  # noqa: B018


def _imported(db: Path, *argv: str) -> list[str]:
    code = (
        "import sys, json\n"
        "from innovation.cli.main import run\n"
        f"code = run({list(argv)!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    env_cmd = [sys.executable, "-c", code]
    out = subprocess.run(
        env_cmd,
        capture_output=True,
        text=True,
        check=True,
        env={
            "INNOVATION_DB": str(db),
            "INNOVATION_USER": "fia",
            "INNOVATION_CACHE": os.environ["INNOVATION_CACHE"],
            "PATH": "/usr/bin:/bin",
        },
    )
    code_, modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert code_ == 0, out.stderr
    return list(modules)


@pytest.mark.parametrize(
    "argv",
    [
        ("area", "list"),
        ("--json", "area", "list"),
        ("area", "show", "O3"),
        ("requests", "--all"),
        ("history", "O3"),
        ("--as", "jon", "activity", "add", "O12", "--kind", "workshop", "--residents", "3"),
        ("person", "list"),
    ],
)
def test_a_command_imports_only_what_it_uses(demo_db: Path, argv: tuple[str, ...]) -> None:
    modules = _imported(demo_db, *argv)
    heavy = [m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY]
    assert not heavy, f"{' '.join(argv)} imported {heavy}"
    others = {m for m in modules if m.startswith("innovation.cli.commands.")}
    assert len(others - {"innovation.cli.commands.common"}) == 1, others


def test_a_command_reads_the_flows_without_parsing_toml_once_they_are_kept(
    demo_db: Path,
) -> None:
    # engine/toml_cache.py: the first command parses the flow files and keeps their
    # documents; the next imports no TOML parser.
    _imported(demo_db, "area", "show", "O3")
    assert "tomllib" not in _imported(demo_db, "area", "show", "O3")


def test_the_scratch_schema_is_current() -> None:
    """store/scratch_schema.sql is the tables' definitions as SQLite statements (a workspace on
    PostgreSQL is projected into such a scratch file without importing SQLAlchemy); regenerate
    it with `python -m innovation.store.scratch` after changing tables.py."""
    from innovation.store.scratch import SCHEMA_SQL, schema_statements

    written = SCHEMA_SQL.read_text(encoding="utf-8")
    assert written == ";\n\n".join(schema_statements()) + ";\n", (
        "run: python -m innovation.store.scratch"
    )
