"""Time in phase: how long an area has spent in each phase, over all its cycles."""

from __future__ import annotations

import json
from datetime import datetime

from innovation.domain import make_key
from innovation.service.base import ServiceBase
from innovation.timeutil import as_utc

# Events after which an area stands in a new phase.
_PHASE_EVENTS = ("area.create", "move", "request.approve", "request.reject", "request.kill")


class Timing(ServiceBase):
    def time_in_phase(self, area: str | None = None) -> dict[str, dict[str, dict[str, object]]]:
        """Per area and phase: days spent (current stay included) and whether it is over the
        flow's limit for the phase."""
        now = self.clock()
        with self.db.read() as tx:
            params: dict[str, object] = {}
            sql = (
                "SELECT area, kind, at, after FROM audit_event WHERE kind IN "
                "('area.create', 'move', 'request.approve', 'request.reject', 'request.kill')"
            )
            if area is not None:
                key = make_key("area", self._area_row(tx, area)["id"])
                sql += " AND area = :area"
                params["area"] = key
            rows = tx.all(sql + " ORDER BY id", **params)
            tracks = {
                make_key("area", r["id"]): r["track"] for r in tx.all("SELECT id, track FROM area")
            }
        stays: dict[str, list[tuple[str, datetime]]] = {}
        for r in rows:
            after = json.loads(r["after"])
            if r["kind"] not in _PHASE_EVENTS or "phase" not in after:
                continue
            stays.setdefault(r["area"], []).append((after["phase"], as_utc(r["at"])))
        result: dict[str, dict[str, dict[str, object]]] = {}
        for key, entries in stays.items():
            flow = self.flows.get(tracks.get(key, "malsokande")).flow
            days: dict[str, float] = {}
            for (phase, start), nxt in zip(entries, [*entries[1:], (None, now)], strict=True):
                days[phase] = days.get(phase, 0.0) + (nxt[1] - start).total_seconds() / 86400
            result[key] = {}
            for phase, total in days.items():
                phase_def = flow.phase(phase)
                limit = phase_def.max_days if phase_def else None
                result[key][phase] = {
                    "days": int(total),
                    "limit": limit,
                    "over": limit is not None and total > limit,
                }
        return result
