"""What waits for each person, as the e-mail digest `innovation remind` sends: requests to
decide, colours to report for an open period, holds due, areas over their phase's time, ideas
to weigh, hand-over notes unread. Each item names the command and the TUI key that act on it.
Sending is remembered in the trail (a reminder.sent event), so a digest is never sent twice
for the same day (or week) and a missed run catches up."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from innovation import audit
from innovation.domain import Forbidden, Invalid, Role, clean_username, parse_key
from innovation.i18n import t
from innovation.service.base import ServiceBase, records_denial
from innovation.store import events, ideas, people
from innovation.store import periods as stored_periods
from innovation.timeutil import local_date
from innovation.words import phase_label

DIGESTS = ("daily", "weekly", "none")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,185}\.[^@\s.]{2,63}$")


@dataclass
class Item:
    """One thing waiting for a person: what (a catalogue key and its words), on what (an area
    or request key), and how to act (the command, the TUI's keys)."""

    kind: str
    key: str
    params: dict[str, Any]
    command: str
    keys: str


@dataclass
class Digest:
    username: str
    name: str
    email: str | None
    lang: str
    items: list[Item] = field(default_factory=list)


class Reminders(ServiceBase):
    @records_denial
    def set_contact(
        self,
        username: str,
        *,
        email: str | None = None,
        digest: str | None = None,
        lang: str | None = None,
    ) -> str:
        """Where a person's reminders go, how often, in which language (the person, or an
        admin)."""
        who = clean_username(username)
        changes: dict[str, Any] = {}
        if email is not None:
            address = email.strip()
            if address and not _EMAIL.match(address):
                raise Invalid("error.bad_email", value=email)
            changes["email"] = address or None
        if digest is not None:
            if digest.strip().lower() not in DIGESTS:
                raise Invalid("error.bad_digest", value=digest, choices=", ".join(DIGESTS))
            changes["digest"] = digest.strip().lower()
        if lang is not None:
            if lang.strip().lower() not in ("sv", "en"):
                raise Invalid("error.bad_lang", value=lang)
            changes["lang"] = lang.strip().lower()
        if not changes:
            raise Invalid("error.nothing_to_set")
        with self.db.write() as tx:
            actor = self._actor(tx)
            if actor.username != who and not actor.has(Role.ADMIN):
                raise Forbidden("error.forbidden_contact", actor=actor.username, username=who)
            row = self._person(tx, who)
            before = {k: getattr(row, k) for k in changes}
            people.set_contact(tx, who, **changes)
            audit.append(tx, self._now(), actor=actor.username, kind="person.contact",
                         subject=who, before=before, after=changes)  # fmt: skip
        return who

    def digest(self, username: str) -> Digest:
        """Everything waiting for one person, now."""
        from innovation.service import Service

        who = clean_username(username)
        with self.db.read() as tx:
            row = self._person(tx, who)
            periods = stored_periods.open_keys(tx)
        lang = row.lang or "sv"
        found = Digest(who, row.name, row.email, lang)
        them = Service(self.db, who, flows=self.flows, clock=self.clock)
        roles = set(str(row.roles).split())
        for r in them.list_requests(deciding=True):
            found.items.append(Item(
                "decide", r.key,
                {"request": r.key, "area": r.area, "days": r.age_days,
                 "move": f"{phase_label(r.source, lang=lang)} → {phase_label(r.dest, lang=lang)}"},
                f"innovation approve {r.key}", "i",
            ))  # fmt: skip
        areas = [a for a in them.list_areas() if who in (a.fadder, *a.ledartrojor)]
        colour_by = them.settings()["colour_by"]
        if colour_by in ("area", "both"):
            for period in periods:
                reported = them.statuses(period)
                for a in areas:
                    if a.key not in reported:
                        found.items.append(Item(
                            "report", a.key, {"area": a.key, "period": period},
                            f"innovation status set {a.key} --period {period} --color …", "f",
                        ))  # fmt: skip
        if colour_by in ("assignment", "both") and Role.FACILITATOR.value in roles:
            for period in periods:
                for s in them.assignments(period):
                    if s.status is None:
                        found.items.append(Item(
                            "assignment", s.title, {"title": s.title, "period": period},
                            f'innovation assignment status "{s.title}" --period {period}'
                            " --color … --comment …", "f",
                        ))  # fmt: skip
        current = _period_of(local_date(self.clock()))
        timing = them.time_in_phase()
        for a in areas:
            if a.hold_until and a.hold_until <= current and who == a.fadder:
                found.items.append(Item("hold", a.key, {"area": a.key, "until": a.hold_until},
                                        f"innovation resume {a.key}", "⏎"))  # fmt: skip
            stay = timing.get(a.key, {}).get(a.phase)
            if stay and stay.get("over"):
                found.items.append(Item(
                    "over_time", a.key,
                    {"area": a.key, "phase": phase_label(a.phase, a.track, lang=lang),
                     "days": stay["days"], "limit": stay["limit"]},
                    f"innovation area show {a.key}", "⏎",
                ))  # fmt: skip
        leads = [a for a in areas if who in a.ledartrojor]
        for a in leads:
            for idea in them.list_ideas(a.key, status="open"):
                if idea.area == a.key and not _scored_by(them, idea.key, who):
                    found.items.append(Item(
                        "idea", idea.key, {"idea": idea.key, "area": a.key, "title": idea.title},
                        f"innovation idea score {idea.key} --effect … --cost … --speed …"
                        " --reason …", "e",
                    ))  # fmt: skip
            if them.unread_handover_notes(a.key):
                found.items.append(Item("handover", a.key, {"area": a.key},
                                        f"innovation area handover-read {a.key}", "⏎"))  # fmt: skip
        return found

    def due(self, today: date | None = None) -> list[Digest]:
        """The digests to send now: people with an address whose frequency says it is time
        (daily: not yet today; weekly: not in the last seven days) and something waiting."""
        day = today or local_date(self.clock())
        with self.db.read() as tx:
            subscribers = people.digest_subscribers(tx)
            last = events.last_reminders(tx)
        found = []
        for username, how_often in subscribers:
            sent = last.get(username)
            if sent is not None:
                gap = (day - date.fromisoformat(sent[:10])).days
                if gap < (1 if how_often == "daily" else 7):
                    continue
            digest = self.digest(username)
            if digest.items:
                found.append(digest)
        return found

    def record_sent(self, digest: Digest, subject: str) -> None:
        """Remembers a digest that the mail server accepted (never one it refused)."""
        with self.db.write() as tx:
            actor = self._actor(tx)
            audit.append(tx, self._now(), actor=actor.username, kind="reminder.sent",
                         subject=digest.username,
                         after={"to": digest.email, "subject": subject,
                                "items": [f"{i.kind}:{i.key}" for i in digest.items]})  # fmt: skip

    def check_may_remind(self) -> None:
        """Sending everybody's reminders is for a facilitator or an admin (the daily job runs
        as one)."""
        with self.db.read() as tx:
            actor = self._actor(tx)
        if not (actor.has(Role.FACILITATOR) or actor.has(Role.ADMIN)):
            raise Forbidden("error.forbidden_remind", actor=actor.username)

    def check_may_publish(self) -> None:
        """The public page is published by a facilitator."""
        with self.db.read() as tx:
            actor = self._actor(tx)
        if not actor.has(Role.FACILITATOR):
            raise Forbidden("error.forbidden_publish", actor=actor.username)


def _scored_by(svc: Any, idea: str, username: str) -> bool:
    with svc.db.read() as tx:
        return ideas.scored_by(tx, parse_key("idea", idea), username)


def _period_of(day: date) -> str:
    from innovation.domain import period_of

    return period_of(day)


def item_text(item: Item, lang: str) -> str:
    return t(f"remind.item.{item.kind}", lang=lang, **item.params)
