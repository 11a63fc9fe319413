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
        result: dict[str, dict[str, dict[str, object]]] = {}
        for r in rows:
            phase_def = self.flows.get(tracks[r.area_id]).flow.phase(r.phase)
            limit = phase_def.max_days if phase_def else None
            result.setdefault(make_key("area", r.area_id), {})[r.phase] = {
                "days": int(r.days),
                "limit": limit,
                "over": limit is not None and r.days > limit,
            }
        return result
