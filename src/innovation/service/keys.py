"""SSH keys: on a shared server, the key a person logs in with names who acts.

People reach the program over SSH (`ssh innovation@server`), never the database: each key in
the service account's authorized_keys runs `innovation ssh-serve USER` and nothing else (the
model gitolite uses). Admins add and revoke keys here, audited; `authorized_keys_text` is the
block of that file the program manages.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import shlex
import struct
from dataclasses import dataclass

from innovation import audit
from innovation.domain import (
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_username,
)
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.store import keys as stored_keys
from innovation.store.rows import SshKeyRow

KINDS = (
    "ssh-ed25519", "sk-ssh-ed25519@openssh.com", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521", "sk-ecdsa-sha2-nistp256@openssh.com", "ssh-rsa",
)  # fmt: skip
BEGIN = "# innovation: the keys below are managed by `innovation key`; edits are overwritten"
END = "# innovation: end of managed keys"
MIN_RSA_BITS = 3072


@dataclass(frozen=True, slots=True)
class KeyView:
    id: int
    username: str
    kind: str
    fingerprint: str
    comment: str | None
    added_by: str
    added_at: str
    revoked_at: str | None
    revoked_by: str | None


def parse_public_key(line: str) -> tuple[str, str, str, str | None]:
    """(kind, base64 blob, SHA256 fingerprint, comment) of one OpenSSH public key line;
    refuses options before the key, anything but one line, and a blob that is not a key."""
    text = line.strip()
    if not text or "\n" in text or "\r" in text:
        raise Invalid("error.key_one_line")
    parts = text.split(None, 2)
    if len(parts) < 2 or parts[0] not in KINDS:
        raise Invalid("error.key_kind", kinds=", ".join(KINDS))
    kind, blob = parts[0], parts[1]
    comment = parts[2].strip() if len(parts) == 3 else None
    try:
        raw = base64.b64decode(blob, validate=True)
        (size,) = struct.unpack(">I", raw[:4])
        named = raw[4 : 4 + size].decode("ascii")
    except (binascii.Error, struct.error, UnicodeDecodeError):
        raise Invalid("error.key_blob") from None
    if named != kind:
        raise Invalid("error.key_blob")
    if kind == "ssh-rsa" and _rsa_bits(raw) < MIN_RSA_BITS:
        raise Invalid("error.key_weak", bits=MIN_RSA_BITS)
    if comment is not None and (len(comment) > 200 or not comment.isprintable()):
        comment = None
    digest = base64.b64encode(hashlib.sha256(raw).digest()).decode("ascii").rstrip("=")
    return kind, blob, f"SHA256:{digest}", comment


def _rsa_bits(raw: bytes) -> int:
    offset, fields = 0, []
    for _ in range(3):  # the name, e and n
        (size,) = struct.unpack(">I", raw[offset : offset + 4])
        fields.append(raw[offset + 4 : offset + 4 + size])
        offset += 4 + size
    return int.from_bytes(fields[2], "big").bit_length()


def _view(r: SshKeyRow) -> KeyView:
    from innovation.timeutil import iso

    return KeyView(
        id=r.id,
        username=r.username,
        kind=r.kind,
        fingerprint=r.fingerprint,
        comment=r.comment,
        added_by=r.added_by,
        added_at=iso(r.added_at),
        revoked_at=iso(r.revoked_at) if r.revoked_at else None,
        revoked_by=r.revoked_by,
    )


class Keys(ServiceBase):
    @records_denial
    def add_key(self, username: str, public_key: str) -> str:
        """Lets a person in with this key (an admin); returns its fingerprint."""
        username = clean_username(username)
        kind, blob, fingerprint, comment = parse_public_key(public_key)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.ADMIN):
                raise Forbidden("error.forbidden_keys", actor=actor.username)
            self._person(tx, username)
            same = stored_keys.by_fingerprint(tx, fingerprint)
            if same is not None:
                if same.revoked_at is not None:
                    raise Refused("error.key_revoked_before", fingerprint=fingerprint)
                owner = same.username
                raise Refused("error.key_exists", fingerprint=fingerprint, username=owner)
            when = self._now()
            key_id = common.insert(
                tx,
                "ssh_key",
                username=username,
                kind=kind,
                fingerprint=fingerprint,
                public_key=f"{kind} {blob}",
                comment=comment,
                added_by=actor.username,
                added_at=when.ts,
            )
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="key.add",
                subject=username,
                after={
                    "id": key_id,
                    "username": username,
                    "kind": kind,
                    "fingerprint": fingerprint,
                    "public_key": f"{kind} {blob}",
                    "comment": comment,
                },
            )
        return fingerprint

    @records_denial
    def revoke_key(self, fingerprint: str) -> str:
        """Takes a key away for good (an admin): its person can no longer log in with it."""
        wanted = fingerprint.strip()
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.ADMIN):
                raise Forbidden("error.forbidden_keys", actor=actor.username)
            row = stored_keys.by_fingerprint(tx, wanted)
            if row is None:
                raise NotFound("error.no_key", fingerprint=wanted)
            if row.revoked_at is not None:
                raise Refused("error.key_revoked_before", fingerprint=wanted)
            when = self._now()
            stored_keys.revoke(tx, row.id, by=actor.username, at=when.ts)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="key.revoke",
                subject=row.username,
                before={"fingerprint": wanted},
                after={"id": row.id, "revoked": True},
            )
        return wanted

    def list_keys(self, *, revoked: bool = False) -> list[KeyView]:
        """Every key (an admin or facilitator), or a person's own."""
        with self.db.read() as tx:
            actor = self._actor(tx)
            rows = stored_keys.keys(tx, revoked=revoked)
        if not actor.has(Role.ADMIN, Role.FACILITATOR):
            rows = [r for r in rows if r.username == actor.username]
        return [_view(r) for r in rows]

    def authorized_keys_text(self, command: list[str]) -> str:
        """The managed block of the service account's authorized_keys: each active key may
        run `command… ssh-serve USER` and nothing else (no shell, no forwarding)."""
        with self.db.read() as tx:
            rows = stored_keys.active(tx)
        lines = [BEGIN]
        for r in rows:
            forced = " ".join(shlex.quote(part) for part in [*command, "ssh-serve", r.username])
            if '"' in forced or "\\" in forced:
                raise Invalid("error.key_command", command=forced)
            lines.append(f'command="{forced}",restrict,pty {r.public_key} innovation:{r.username}')
        lines.append(END)
        return "\n".join(lines) + "\n"


def merge_authorized_keys(existing: str, managed: str) -> str:
    """The file with its managed block replaced (lines outside it kept as they are)."""
    lines = existing.splitlines()
    if BEGIN in lines and END in lines:
        start, end = lines.index(BEGIN), lines.index(END)
        kept = lines[:start] + lines[end + 1 :]
    else:
        kept = lines
    body = "\n".join(line for line in kept if line.strip())
    return (body + "\n" if body else "") + managed


__all__ = ["KeyView", "Keys", "merge_authorized_keys", "parse_public_key"]
