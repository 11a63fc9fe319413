"""The command line (`innovation …`): see main.py for how a command is found and run."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    from innovation.cli.main import main as run_main

    run_main(argv)
