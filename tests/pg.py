"""A throw-away PostgreSQL server for the test suite, started from the installed binaries.

initdb into a temporary directory, a free port on 127.0.0.1, the socket in the same
directory; as the unprivileged `postgres` user when the suite runs as root (CI does).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path


def binaries() -> Path | None:
    """Where initdb and postgres are: on PATH, or Debian's versioned directory."""
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        bindir = binaries()
        if bindir is None:
            raise RuntimeError("PostgreSQL's binaries are not installed (initdb not found)")
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="innovation-pg-"))
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self._as_other = os.geteuid() == 0
        if self._as_other:
            entry = pwd.getpwnam("postgres")
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        self.data = self.dir / "data"
        self.proc: subprocess.Popen[bytes] | None = None
        self._watch_end: int | None = None

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if self._as_other else list(args)

    def start(self) -> PgServer:
        subprocess.run(
            self._cmd(
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                self.user,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
            ),
            check=True,
            capture_output=True,
        )
        self.proc = subprocess.Popen(
            self._cmd(
                str(self.bindir / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-h",
                "127.0.0.1",
                "-k",
                str(self.dir),
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
            ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._watch()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("PostgreSQL did not start")
        # Ready for connections, not only listening.
        import psycopg

        for _ in range(100):
            try:
                psycopg.connect(self.url("postgres"), connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
        return self

    def _watch(self) -> None:
        """A watchdog in a session of its own stops the server and removes its folder once
        this process has ended, however it ended: a run killed outright (SIGKILL, a CI
        timeout) left its servers running until someone killed them by hand."""
        read_end, self._watch_end = os.pipe()
        stop = self._cmd(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast")
        subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, *stop, str(self.dir)],
            stdin=read_end,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(read_end)

    def url(self, database: str, user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, template: str | None = None) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            extra = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name}{extra}")
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.proc is not None:
            # Fast shutdown: open sessions are ended, not waited for (a smart shutdown waits
            # for every client, and a test that leaked one would hang the run's end).
            subprocess.run(
                self._cmd(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast"),
                capture_output=True,
                timeout=30,
                check=False,
            )
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)
        if self._watch_end is not None:
            os.close(self._watch_end)  # the watchdog finds nothing left to do, and ends
            self._watch_end = None


# Waits until the pipe on its stdin has no writer left (the test process is gone, or it
# stopped the server itself), then stops the server and removes its folder.
_WATCHDOG = """
import os, shutil, subprocess, sys
while os.read(0, 1):
    pass
if os.path.isdir(sys.argv[-1]):
    subprocess.run(sys.argv[1:-1], capture_output=True, timeout=60, check=False)
    shutil.rmtree(sys.argv[-1], ignore_errors=True)
"""
