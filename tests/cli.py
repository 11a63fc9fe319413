"""Runs the command line in this process, as a person would in a terminal: the same argv, the
same environment, what it prints and its exit status (standard output and error are pipes, as
in a script)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from innovation.cli.main import run
from innovation.i18n import set_language


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str
    output: str  # both, in the order they were written


class _Tee(io.StringIO):
    def __init__(self, both: io.StringIO) -> None:
        super().__init__()
        self.both = both

    def write(self, text: str) -> int:
        self.both.write(text)
        return super().write(text)


def invoke(args: Sequence[str], env: Mapping[str, str] | None = None, *, input: str = "") -> Result:
    saved_env = dict(os.environ)
    saved = sys.stdin, sys.stdout, sys.stderr
    both = io.StringIO()
    out, err = _Tee(both), _Tee(both)
    os.environ.update(env or {})
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(input), out, err
    try:
        try:
            code = run([str(a) for a in args])
        except SystemExit as exc:  # argparse's usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        os.environ.clear()
        os.environ.update(saved_env)
        set_language(None)
    return Result(code, out.getvalue(), err.getvalue(), both.getvalue())
