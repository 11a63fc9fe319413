"""The suite's own PostgreSQL servers end with the run that started them, however it ended."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pg import binaries

ROOT = Path(__file__).resolve().parents[2]

START = """
from tests.pg import PgServer
server = PgServer().start()
print(server.port, server.dir, flush=True)
import time
time.sleep(600)
"""


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def test_a_server_whose_starter_is_killed_outright_is_stopped_and_removed() -> None:
    if binaries() is None:
        if os.environ.get("CI"):
            raise RuntimeError("CI needs PostgreSQL's binaries: .ci/run installs them")
        pytest.skip("PostgreSQL is not installed here")
    starter = subprocess.Popen(
        [sys.executable, "-c", START],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert starter.stdout is not None
    port_text, folder = starter.stdout.readline().split()
    port = int(port_text)
    assert _listening(port) and Path(folder).is_dir()
    starter.send_signal(signal.SIGKILL)  # no atexit, no finally: only the watchdog is left
    starter.wait()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (_listening(port) or Path(folder).exists()):
        time.sleep(0.2)
    assert not _listening(port), "the server outlived the process that started it"
    assert not Path(folder).exists()
