"""Setting up a workspace: people, their roles, areas and who leads and sponsors them."""

from __future__ import annotations

from typing import Any

from innovation import audit, words
from innovation.domain import (
    MAX_QUESTION,
    MAX_SHORT,
    MAX_TEXT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_text,
    clean_username,
    make_key,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.rounds import known_round
from innovation.store import areas as stored_areas
from innovation.store import logins, people
from innovation.words import track_label


class Setup(ServiceBase):
    @records_denial
    def add_person(self, username: str, *, name: str, roles: list[str]) -> str:
        username = clean_username(username)
        name = clean_text(name, field_name=common.field("name"), limit=MAX_SHORT)
        chosen = common.roles(roles)
        with self.db.write() as tx:
            if not people.anyone(tx):
                # An empty workspace: whoever runs this sets it up, as its first admin.
                if Role.ADMIN.value not in chosen:
                    raise Refused("error.first_person_admin")
                actor_name = username
            else:
                actor = self._actor(tx)
                if not actor.has(Role.ADMIN, Role.FACILITATOR):
                    raise Forbidden("error.forbidden_people", actor=actor.username)
                if Role.ADMIN.value in chosen and not actor.has(Role.ADMIN):
                    # Who may give every power is the one who has it: a facilitator adds
                    # people, an admin makes admins.
                    raise Forbidden("error.forbidden_make_admin", actor=actor.username)
                actor_name = actor.username
            if people.person(tx, username) is not None:
                raise Refused("error.person_exists", username=username)
            when = self._now()
            person_id = common.insert(
                tx,
                "person",
                username=username,
                name=name,
                roles=" ".join(chosen),
                created_at=when.ts,
            )
            audit.append(
                tx,
                when,
                actor=actor_name,
                kind="person.add",
                subject=username,
                after={"username": username, "name": name, "roles": chosen, "id": person_id},
            )
        return username

    def grant_login(self, username: str, *, revoke: bool = False) -> str:
        """On PostgreSQL: a read-only login for an analyst, who may read the analyst views and
        nothing else (or, with revoke, no longer log in). Only the database's owner does this:
        people reach the program over SSH, and no login the program makes can write, create
        roles or take the trail's lock."""
        username = clean_username(username)
        with self.db.write() as tx:
            found = logins.session(tx)
            if found is None:
                raise Refused("error.grant_sqlite")
            login = found.login
            if not found.superuser:
                raise Forbidden("error.forbidden_grant", actor=login)
            if logins.writes(tx, username):
                raise Refused("error.grant_service", login=username)
            if revoke:
                if not logins.exists(tx, username):
                    raise NotFound("error.no_login", login=username)
                logins.revoke_analyst(tx, username)
            else:
                logins.grant_analyst(tx, username)
            audit.append(
                tx,
                self._now(),
                actor=login,
                kind="login.revoke" if revoke else "login.grant",
                subject=username,
                after={"login": username, "reads": "analyst views", "revoked": revoke},
            )
        return username

    @records_denial
    def set_roles(self, username: str, *, roles: list[str]) -> str:
        """Replaces a person's roles (admin); refuses to strip a role someone still uses."""
        username = clean_username(username)
        chosen = common.roles(roles)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.ADMIN):
                raise Forbidden("error.forbidden_roles", actor=actor.username)
            person = self._person(tx, username)
            old = person.roles.split()
            if Role.ADMIN.value in old and Role.ADMIN.value not in chosen:
                if people.admins(tx) <= 1:
                    raise Refused("error.last_admin", username=username)
            for role, holding in (
                (Role.FADDER, stored_areas.sponsored_by),
                (Role.LEDARTROJA, stored_areas.led_by),
            ):
                if role.value in old and role.value not in chosen:
                    held = holding(tx, username)
                    if held:
                        keys = ", ".join(make_key("area", a) for a in held)
                        raise Refused(
                            "error.role_in_use",
                            username=username,
                            role=t(f"role.{role.value}"),
                            areas=keys,
                        )
            people.set_roles(tx, username, " ".join(chosen))
            audit.append(
                tx,
                self._now(),
                actor=actor.username,
                kind="person.roles",
                subject=username,
                before={"roles": old},
                after={"roles": chosen},
            )
        return username

    @records_denial
    def create_area(
        self,
        question: str,
        *,
        track: str,
        fadder: str,
        ledartrojor: list[str],
        round: str | None = None,
    ) -> str:
        question = clean_text(question, field_name=common.field("question"), limit=MAX_QUESTION)
        chosen = words.track(track)
        if chosen is None or chosen not in self.flows.names:
            raise Invalid(
                "error.bad_track",
                value=track,
                choices=", ".join(map(track_label, self.flows.names)),
            )
        track = chosen
        round_ = common.optional(round, "round", 40)
        fadder, leads = self._people(fadder, ledartrojor)
        engine = self.flows.get(track)
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_areas", actor=actor.username)
            round_ = known_round(tx, round_)
            self._holds(tx, fadder, Role.FADDER)
            for lead in leads:
                self._holds(tx, lead, Role.LEDARTROJA)
            when = self._now()
            values: dict[str, Any] = {
                "question": question,
                "track": track,
                "phase": engine.start(engine.flow.initial),
                "cycle": 1,
                "round": round_,
                "fadder": fadder,
                "ledartroja1": leads[0],
                "ledartroja2": leads[1],
            }
            area_id = common.insert(
                tx, "area", **values, created_at=when.ts, phase_since=when.ts, version=1
            )
            common.enter_phase(tx, area_id, values["phase"], when.ts)
            key = make_key("area", area_id)
            audit.append(tx, when, actor=actor.username, kind="area.create", area=key, after=values)
        return key

    @records_denial
    def assign(
        self,
        area: str,
        *,
        fadder: str | None = None,
        ledartrojor: list[str] | None = None,
        reason: str | None = None,
    ) -> str:
        """Changes an area's fadder and/or its two ledartröjor; open requests follow."""
        if fadder is None and not ledartrojor:
            raise Invalid("error.assign_nothing")
        note = common.optional(reason, "reason", MAX_TEXT, multiline=True)
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            key = make_key("area", row.id)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_areas", actor=actor.username, area=key)
            new_fadder, leads = self._people(
                fadder if fadder is not None else row.fadder,
                ledartrojor if ledartrojor else list(self._leads(row)),
            )
            self._holds(tx, new_fadder, Role.FADDER)
            for lead in leads:
                self._holds(tx, lead, Role.LEDARTROJA)
            self._refuse_delegate_as_lead(tx, row, leads, new_fadder)
            before = {"fadder": row.fadder, "ledartrojor": list(self._leads(row))}
            after = {"fadder": new_fadder, "ledartrojor": leads}
            if before == after:
                raise Refused("error.assign_same", area=key)
            when = self._when(tx, row, step=True)
            common.touch(tx, row.id, fadder=new_fadder, ledartroja1=leads[0], ledartroja2=leads[1])
            if new_fadder != row.fadder:
                # A delegation is the outgoing fadder's; it ends with their sponsorship.
                common.end_delegations(tx, row.id, when.ts)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="area.assign",
                area=key,
                before=before,
                after=after,
                reason=note,
            )
        return key
