"""Time in phase: how long an area has spent in each phase, over all its cycles."""

from __future__ import annotations

from innovation.domain import make_key
from innovation.service.base import ServiceBase
from innovation.store import areas, reads


class Timing(ServiceBase):
    def time_in_phase(self, area: str | None = None) -> dict[str, dict[str, dict[str, object]]]:
        """Per area and phase: days spent (current stay included) and whether it is over the
        flow's limit for the phase."""
        now = self.clock()
        with self.db.read() as tx:
            area_id = self._area_row(tx, area).id if area is not None else None
            tracks = areas.tracks(tx, area_id)
            rows = reads.phase_days(tx, now, area_id)
        # A national workspace has some 13,000 (area, phase) rows: each phase's limit is
        # looked up in one table, not searched for in its flow.
        limits = {
            (engine.flow.id, p.id): p.max_days for engine in self.flows for p in engine.flow.phases
        }
        result: dict[str, dict[str, dict[str, object]]] = {}
        for area_id, phase, days in rows:
            limit = limits.get((tracks[area_id], phase))
            result.setdefault(make_key("area", area_id), {})[phase] = {
                "days": int(days),
                "limit": limit,
                "over": limit is not None and days > limit,
            }
        return result
