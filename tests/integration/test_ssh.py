"""People reach the program over SSH: a real sshd on loopback, real keys. The key names who
acts; no shell, no forwarding, no other name; the terminal UI over a pseudo-terminal."""

from __future__ import annotations

import getpass
import json
import os
import pty
import select
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from innovation.resources import flows_dir

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _keygen(path: Path, comment: str) -> Path:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(path)],
        check=True,
    )
    return path


class Server:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = _free_port()
        self.user = getpass.getuser()
        self.env = {
            **os.environ,
            "INNOVATION_DB": str(root / "ws.sqlite"),
            "INNOVATION_AUTHORIZED_KEYS": str(root / "authorized_keys"),
            "INNOVATION_FLOWS": str(flows_dir()),
            "INNOVATION_LANG": "en",
            "INNOVATION_USER": "ada",
        }

    def innovation(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "innovation", *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
        )

    def ssh(
        self, key: Path, *args: str, options: tuple[str, ...] = ()
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["ssh", *self.options(key), *options, f"{self.user}@127.0.0.1", "--", *args],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
        )

    def options(self, key: Path) -> list[str]:
        return ["-p", str(self.port), "-i", str(key), "-o", "IdentitiesOnly=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "LogLevel=ERROR", "-o", "BatchMode=yes"]  # fmt: skip


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    if not Path(SSHD).exists() or not shutil.which("ssh"):
        if os.environ.get("CI"):
            raise RuntimeError("CI needs OpenSSH's server and client: .ci/run installs them")
        pytest.skip("OpenSSH's server is not installed here")
    root = tmp_path
    s = Server(root)
    _keygen(root / "host_key", "host")
    for who in ("lea", "ada", "stranger"):
        _keygen(root / who, f"{who}@laptop")
    for args in (
        ("person", "add", "ada", "--name", "Ada", "--role", "admin", "--role", "facilitator"),
        ("person", "add", "lea", "--name", "Lea", "--role", "ledartroja"),
        ("person", "add", "leo", "--name", "Leo", "--role", "ledartroja"),
        ("person", "add", "fred", "--name", "Fred", "--role", "fadder"),
        ("area", "create", "Hur kan vi?", "--track", "malsokande", "--fadder", "fred",
         "--ledartroja", "lea", "--ledartroja", "leo"),
        ("key", "add", "lea", str(root / "lea.pub")),
        ("key", "add", "ada", str(root / "ada.pub")),
    ):  # fmt: skip
        done = s.innovation(*args)
        assert done.returncode == 0, done.stderr
    config = root / "sshd_config"
    config.write_text(
        "\n".join(
            [
                f"Port {s.port}",
                "ListenAddress 127.0.0.1",
                f"HostKey {root / 'host_key'}",
                f"AuthorizedKeysFile {root / 'authorized_keys'}",
                f"PidFile {root / 'sshd.pid'}",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin forced-commands-only",
                "AllowTcpForwarding no",
                "AllowAgentForwarding no",
                "AllowStreamLocalForwarding no",
                "X11Forwarding no",
                "PermitTunnel no",
                "PermitUserEnvironment no",
                "PermitTTY yes",
                f"AllowUsers {s.user}",
            ]
        )
        + "\n"
    )
    Path("/run/sshd").mkdir(exist_ok=True) if os.geteuid() == 0 else None
    proc = subprocess.Popen(
        [SSHD, "-D", "-f", str(config), "-E", str(root / "sshd.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", s.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield s
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_key_names_who_acts(server: Server) -> None:
    root = server.root
    listed = server.ssh(root / "lea", "area", "list")
    assert listed.returncode == 0 and "O1" in listed.stdout, listed.stderr
    done = server.ssh(root / "lea", "lesson", "add", "O1", "'Lärt över SSH'")
    assert done.returncode == 0, done.stderr
    trail = server.innovation("audit", "list", "--kind", "lesson", "--json")
    assert '"actor": "lea"' in trail.stdout and "Lärt över SSH" in trail.stdout
    # Who comes in by a key is held to the deployment's own flows, as its admins are.
    assert f"INNOVATION_FLOWS={flows_dir()}" in (root / "authorized_keys").read_text()
    # No other name, no other database, no server files.
    for args in (("person", "list", "--as", "ada"), ("--db", "/etc/passwd", "area", "list"),
                 ("report", "--period", "2024-T2", "-o", "/tmp/x"), ("db", "upgrade")):  # fmt: skip
        refused = server.ssh(root / "lea", *args)
        assert refused.returncode == 2 and "SSH" in refused.stderr, args
    # A ledartröja cannot add a key for herself through the program either.
    pub = (root / "stranger.pub").read_text()
    target = f"{server.user}@127.0.0.1"
    again = subprocess.run(
        ["ssh", *server.options(root / "lea"), target, "key", "add", "lea", "-"],
        input=pub, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert again.returncode == 1 and "may not add or revoke keys" in again.stderr


def test_no_shell_no_forwarding_no_stranger(server: Server) -> None:
    root = server.root
    shell = server.ssh(root / "lea", "sh", "-c", "id")
    assert shell.returncode != 0 and "uid=" not in shell.stdout
    chained = server.ssh(root / "lea", "area list; id")
    assert chained.returncode != 0 and "uid=" not in chained.stdout
    forward = server.ssh(root / "lea", options=("-W", f"127.0.0.1:{server.port}"))
    assert forward.returncode == 255 and "forwarding" in forward.stderr
    stranger = server.ssh(root / "stranger", "area", "list")
    assert stranger.returncode == 255 and "Permission denied" in stranger.stderr
    # A revoked key is out at once.
    keys = json.loads(server.innovation("key", "list", "--json").stdout)
    fingerprint = next(k["fingerprint"] for k in keys if k["username"] == "lea")
    assert server.innovation("key", "revoke", fingerprint).returncode == 0
    gone = server.ssh(root / "lea", "area", "list")
    assert gone.returncode == 255 and "Permission denied" in gone.stderr


def test_the_terminal_ui_over_a_pseudo_terminal(server: Server) -> None:
    """ssh -t with no command opens the UI, as the key's person."""
    pid, fd = pty.fork()
    if pid == 0:  # the child is the SSH client on a real pseudo-terminal
        os.environ["TERM"] = "xterm-256color"
        target = f"{server.user}@127.0.0.1"
        os.execvp("ssh", ["ssh", "-tt", *server.options(server.root / "lea"), target])
    seen = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and b"ledartr" not in seen:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        assert "Lea (ledartröja)" in seen.decode("utf-8", "replace"), seen[-500:]
        os.write(fd, b"q")
    finally:
        try:
            os.kill(pid, 15)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
