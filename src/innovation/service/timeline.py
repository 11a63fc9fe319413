"""The world on any day: the trail up to that day, projected into a database of its own.

The same projection that `audit replay` checks the tables against (store/projection.py) is
applied to every event that happened on or before the day, in the order they were recorded;
the ordinary queries then read that database, with the clock at the day's last moment. So the
state on a day is derived from the record by the very code that proves the record.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import Self

from innovation.audit import replay as replay_mod
from innovation.domain import Invalid, parse_day
from innovation.service.base import ServiceBase
from innovation.store.projection import Event, Projector, keep_event
from innovation.store.reads import exists
from innovation.store.scratch import Scratch
from innovation.store.sql import Tx
from innovation.timeutil import day_end, local_date

# Who exists and what rounds and partners there are is the workspace's reference data: the
# view of an earlier day shows today's names for them (people are often added to the record
# long after the work they did, as when a programme is brought in).
REFERENCE_KINDS = ("person.add", "person.roles", "person.rename", "round.add", "partner.add")
# A correction puts right what was wrong all along: it reads into every earlier day too (where
# what it corrects existed then); the history keeps the old value and when it was corrected.
CORRECTION_KINDS = ("area.reword", "indicator.correct", "collaboration.correct", "assignment.edit")


# The events that make an area (a merge makes the area the merged ones go on in).
MAKES_AREA = ("area.create", "area.merge")


class Timeline(ServiceBase):
    viewing: date | None = None
    # On a view of an earlier day: the day the workspace's first area was made (None: no area
    # yet, or not a view).
    areas_from: date | None = None

    def as_of(self, day: str | date) -> Self:
        """A read-only service showing the workspace as it stood at the end of `day`."""
        when = parse_day(day)
        today = local_date(self.clock())
        if when > today:
            raise Invalid("error.future_view", day=when.isoformat(), today=today.isoformat())
        scratch = Scratch(self.db, with_trail=True)
        later: dict[int, date] = {}
        first: date | None = None
        try:
            events = []
            with self.db.read() as tx:
                for e in replay_mod.events_from_db(tx, with_doc=True):
                    if e["kind"] in MAKES_AREA and e["area"] is not None:
                        first = e["day"] if first is None else min(first, e["day"])
                        if e["day"] > when:
                            later[int(e["area"][1:])] = e["day"]
                    if e["day"] <= when or e["kind"] in REFERENCE_KINDS + CORRECTION_KINDS:
                        events.append(e)
            with scratch.db.write() as stx:
                projector = Projector(stx, self._trigger_of)
                for event in events:
                    if event["day"] > when and event["kind"] in CORRECTION_KINDS:
                        if not _exists(stx, event):
                            continue
                        projector.apply(event)
                        continue  # the day's own history does not show it
                    projector.apply(event)
                    # The day's own trail, for its history (ids kept: they are the events').
                    keep_event(stx, event)
        except BaseException:
            scratch.close()
            raise
        scratch.db.read_only = True
        view = self.__class__(
            scratch.db,
            self.actor_name,
            flows=self.flows,
            clock=lambda: day_end(when),
        )
        view.viewing = when
        view.later_areas = later
        view.areas_from = first
        weakref.finalize(view, scratch.close)
        return view

    def before_any_area(self) -> date | None:
        """On a view of a day before the first area was made: the day it was made."""
        first = self.areas_from
        if self.viewing is not None and first is not None and first > self.viewing:
            return first
        return None

    def _trigger_of(self, track: str, source: str, dest: str) -> str | None:
        tr = self.flows.get(track).transition_to(source, dest)
        return tr.trigger if tr else None


def _exists(tx: Tx, event: Event) -> bool:
    """Whether what a later correction corrects existed on the day being shown."""
    table = {"indicator.correct": "indicator", "collaboration.correct": "collaboration"}.get(
        event["kind"]
    )
    if event["kind"] == "assignment.edit":
        return exists(tx, "assignment", int(event["after"]["id"]))
    area = event["area"]
    found = area is not None and exists(tx, "area", int(area[1:]))
    if found and table is not None:
        found = exists(tx, table, int(str(event["subject"])[1:]))
    return found
