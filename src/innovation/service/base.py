"""What every service call shares: who acts, loading an area's facts in one statement."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from innovation import audit
from innovation.domain import (
    AreaFacts,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_username,
    make_key,
    parse_key,
)
from innovation.engine import Flows, default_flows
from innovation.i18n import t
from innovation.store.database import Database
from innovation.store.sql import Row, Tx
from innovation.timeutil import utcnow

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    name: str
    roles: frozenset[str]

    def has(self, *roles: Role) -> bool:
        return any(r.value in self.roles for r in roles)


# Everything the engine may judge, counted for the area's current cycle.
FACTS_SQL = """
SELECT a.*,
  (SELECT count(*) FROM activity x WHERE x.area_id = a.id AND x.cycle = a.cycle) AS n_activities,
  (SELECT count(*) FROM trial x WHERE x.area_id = a.id AND x.cycle = a.cycle) AS n_tests,
  (SELECT count(*) FROM trial x WHERE x.area_id = a.id AND x.cycle = a.cycle
     AND x.result IS NOT NULL) AS n_results,
  (SELECT count(*) FROM lesson x WHERE x.area_id = a.id AND x.cycle = a.cycle) AS n_lessons,
  (SELECT count(*) FROM indicator x WHERE x.area_id = a.id) AS n_indicators,
  (SELECT min(x.id) FROM request x WHERE x.area_id = a.id AND x.status = 'open') AS open_request,
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id) AS n_ideas,
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.source = 'resident') AS n_ideas_res,
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.source = 'employee') AS n_ideas_staff,
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.kind = 'stop') AS n_ideas_stop,
  (SELECT count(*) FROM idea x WHERE x.area_id = a.id AND x.status = 'promoted') AS n_ideas_prom
FROM area a
"""
_ACTOR_SQL = "SELECT username, name, roles FROM person WHERE username = :username"


def facts_of(row: Row) -> AreaFacts:
    cycle = row["cycle"]
    return AreaFacts(
        key=make_key("area", row["id"]),
        track=row["track"],
        phase=row["phase"],
        cycle=cycle,
        activities=row["n_activities"],
        scope=row["scope"] is not None and row["scope_cycle"] == cycle,
        nylage=row["nylage"] is not None and row["nylage_cycle"] == cycle,
        indicators_complete=row["n_indicators"],
        tests_with_hypothesis=row["n_tests"],
        tests_with_result=row["n_results"],
        owner=row["owner"] is not None and row["owner_cycle"] == cycle,
        lessons=row["n_lessons"],
        extra={
            "ideas": row["n_ideas"],
            "ideas_from_residents": row["n_ideas_res"],
            "ideas_from_staff": row["n_ideas_staff"],
            "stop_ideas": row["n_ideas_stop"],
            "promoted_ideas": row["n_ideas_prom"],
        },
    )


class ServiceBase:
    """The one way to change data. Each public call is one transaction and one audit event."""

    def __init__(
        self,
        db: Database,
        actor: str,
        *,
        flows: Flows | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.actor_name = actor.strip().lower()
        self.flows = flows or default_flows()
        self.clock = clock

    def _actor(self, tx: Tx) -> Actor:
        row = tx.one(_ACTOR_SQL, username=self.actor_name)
        if row is None:
            if not tx.value("SELECT count(*) FROM person"):
                raise Refused("error.no_people")
            raise NotFound("error.unknown_actor", username=self.actor_name)
        return Actor(row["username"], row["name"], frozenset(row["roles"].split()))

    @staticmethod
    def _person(tx: Tx, username: str) -> Row:
        row = tx.one("SELECT * FROM person WHERE username = :username", username=username)
        if row is None:
            raise NotFound("error.unknown_person", username=username)
        return row

    @staticmethod
    def _area_row(tx: Tx, key: str) -> Row:
        area_id = parse_key("area", key)
        tx.lock("area", area_id)  # a writer then reads the area as the last writer left it
        row = tx.one(FACTS_SQL + " WHERE a.id = :id", id=area_id)
        if row is None:
            raise NotFound("error.not_found", kind=t("kind.area"), key=make_key("area", area_id))
        return row

    def _holds(self, tx: Tx, username: str, role: Role) -> None:
        person = self._person(tx, username)
        if role.value not in person["roles"].split():
            raise Refused("error.lacks_role", username=username, role=t(f"role.{role.value}"))

    @staticmethod
    def _people(fadder: str, ledartrojor: list[str]) -> tuple[str, list[str]]:
        fadder = clean_username(fadder)
        leads = [clean_username(u) for u in ledartrojor]
        if len(leads) != 2 or leads[0] == leads[1]:
            raise Invalid("error.two_leads")
        if fadder in leads:
            raise Refused("error.fadder_is_lead", username=fadder)
        return fadder, leads

    @staticmethod
    def _refuse_if_merged(row: Row) -> None:
        """A merged area has ended: its history is read, nothing is added to it."""
        if row["merged_into"] is not None:
            raise Refused(
                "error.area_merged",
                area=make_key("area", row["id"]),
                into=make_key("area", row["merged_into"]),
            )

    @staticmethod
    def _leads(row: Row) -> tuple[str, str]:
        return row["ledartroja1"], row["ledartroja2"]

    def _lead_area(self, tx: Tx, key: str) -> tuple[Actor, Row, str]:
        actor = self._actor(tx)
        row = self._area_row(tx, key)
        area_key = make_key("area", row["id"])
        if actor.username not in self._leads(row):
            raise Forbidden(
                "error.forbidden_record",
                actor=actor.username,
                area=area_key,
                leads=", ".join(self._leads(row)),
            )
        self._refuse_if_merged(row)
        return actor, row, area_key

    def _record_denial(self, command: str, target: object, exc: Forbidden) -> None:
        """Writes who tried what, in a transaction of its own: the attempt changed nothing."""
        with self.db.write() as tx:
            audit.append(
                tx,
                at=self.clock(),
                actor=self.actor_name,
                kind="denied",
                area=exc.params.get("area"),
                subject=str(target)[:63] if isinstance(target, str) else None,
                after={"command": command, "refusal": exc.key, **_plain(exc.params)},
            )


def _plain(params: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if isinstance(v, str | int | float | bool) or v is None}


def records_denial(func: F) -> F:
    """A command refused for permission leaves an audit event of the attempt behind."""

    @functools.wraps(func)
    def wrapper(self: ServiceBase, *args: Any, **kw: Any) -> Any:
        try:
            return func(self, *args, **kw)
        except Forbidden as exc:
            self._record_denial(func.__name__, args[0] if args else None, exc)
            raise

    return wrapper  # type: ignore[return-value]
