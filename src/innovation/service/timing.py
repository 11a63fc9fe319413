"""Time in phase: how long an area has spent in each phase, over all its cycles."""

from __future__ import annotations

from innovation.domain import make_key
from innovation.service.base import ServiceBase

# Days per stay, summed per area and phase by the database: closed stays keep their length,
# the current one counts to now.
_DAYS = {
    True: "coalesce(s.days, julianday(:now) - julianday(s.since))",
    False: "coalesce(s.days, extract(epoch from (:now - s.since)) / 86400.0)",
}


class Timing(ServiceBase):
    def time_in_phase(self, area: str | None = None) -> dict[str, dict[str, dict[str, object]]]:
        """Per area and phase: days spent (current stay included) and whether it is over the
        flow's limit for the phase."""
        now = self.clock()
        with self.db.read() as tx:
            where, params = "", {}
            if area is not None:
                where = "WHERE s.area_id = :area"
                params["area"] = self._area_row(tx, area)["id"]
            tracks = {
                r["id"]: r["track"]
                for r in tx.all(
                    "SELECT id, track FROM area" + (" WHERE id = :area" if area else ""), **params
                )
            }
            rows = tx.all(
                f"SELECT s.area_id, s.phase, sum({_DAYS[tx.sqlite]}) AS days, min(s.id) AS first"
                f" FROM phase_stay s {where} GROUP BY s.area_id, s.phase ORDER BY s.area_id, first",
                now=now.replace(tzinfo=None) if tx.sqlite else now,
                **params,
            )
        result: dict[str, dict[str, dict[str, object]]] = {}
        for r in rows:
            phase_def = self.flows.get(tracks[r["area_id"]]).flow.phase(r["phase"])
            limit = phase_def.max_days if phase_def else None
            total = float(r["days"])
            result.setdefault(make_key("area", r["area_id"]), {})[r["phase"]] = {
                "days": int(total),
                "limit": limit,
                "over": limit is not None and total > limit,
            }
        return result
