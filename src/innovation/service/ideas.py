"""Ideas: proposed, supported, weighed by the ledartröjor, and promoted, parked or declined."""

from __future__ import annotations

from typing import Any

from innovation import audit, words
from innovation.domain import (
    MAX_SHORT,
    MAX_TEXT,
    Forbidden,
    IdeaKind,
    IdeaSource,
    IdeaStatus,
    Invalid,
    NotFound,
    Refused,
    Role,
    clean_text,
    make_key,
    parse_key,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import Actor, ServiceBase, records_denial
from innovation.service.views import IdeaDetail, IdeaView, ScoreView, SearchHit
from innovation.store import ideas as stored
from innovation.store import work
from innovation.store.areas import AreaFactsRow
from innovation.store.ideas import IdeaFacts
from innovation.store.reads import by_id
from innovation.store.rows import TrialRow
from innovation.store.sql import Tx
from innovation.timeutil import When, iso

CRITERIA = ("effect", "cost", "speed")


def score_of(effect: int, cost: int, speed: int) -> float:
    """One number for the backlog: high effect, low cost and quick to test rank first (1-5)."""
    return (effect + speed + (6 - cost)) / 3


class Ideas(ServiceBase):
    # helpers --------------------------------------------------------------------------------
    def _idea(self, tx: Tx, key: str) -> tuple[IdeaFacts, str]:
        idea_id = parse_key("idea", key)
        row = stored.idea(tx, idea_id)
        if row is None:
            raise NotFound("error.no_such_idea", key=make_key("idea", idea_id))
        return row, make_key("idea", idea_id)

    def _lead_of_idea(
        self, tx: Tx, key: str, command: str
    ) -> tuple[Actor, IdeaFacts, AreaFactsRow, str, str]:
        actor = self._actor(tx)
        idea, idea_key = self._idea(tx, key)
        area = self._area_row(tx, make_key("area", idea.area_id))
        area_key = make_key("area", area.id)
        allowed = actor.username in self._leads(area)
        if command == "move" and actor.has(Role.FACILITATOR):
            allowed = True
        if not allowed:
            raise Forbidden(
                "error.forbidden_idea",
                actor=actor.username,
                idea=idea_key,
                area=area_key,
                leads=", ".join(self._leads(area)),
            )
        return actor, idea, area, idea_key, area_key

    @staticmethod
    def _open_for_decision(idea: IdeaFacts, idea_key: str) -> None:
        if idea.status not in (IdeaStatus.OPEN.value, IdeaStatus.PARKED.value):
            raise Refused("error.idea_decided", idea=idea_key, status=t(f"idea.{idea.status}"))

    # commands -------------------------------------------------------------------------------
    @records_denial
    def add_idea(
        self,
        area: str,
        *,
        title: str,
        source: str,
        description: str | None = None,
        stop: bool = False,
        note: str | None = None,
        activity: str | None = None,
    ) -> str:
        """Anyone in the workspace may propose an idea; no personal data about residents."""
        values: dict[str, Any] = {
            "title": clean_text(title, field_name=common.field("title"), limit=MAX_SHORT),
            "description": common.optional(description, "description", MAX_TEXT, multiline=True),
            "kind": (IdeaKind.STOP if stop else IdeaKind.IDEA).value,
            "source": words.source(source) or source.strip().lower(),
            "source_note": common.optional(note, "source_note", MAX_SHORT),
        }
        if values["source"] not in {s.value for s in IdeaSource}:
            raise Invalid(
                "error.bad_source", value=source, choices=", ".join(s.value for s in IdeaSource)
            )
        with self.db.write() as tx:
            actor = self._actor(tx)
            row = self._area_row(tx, area)
            area_key = make_key("area", row.id)
            activity_id = None
            if activity is not None:
                activity_id = parse_key("activity", activity)
                found = work.activity_area(tx, activity_id)
                if found != row.id:
                    raise Refused(
                        "error.activity_elsewhere",
                        activity=make_key("activity", activity_id),
                        area=area_key,
                    )
                values["source"] = IdeaSource.MEDSKAPANDE.value
            when = self._when(tx, row)
            idea_id = common.insert(
                tx,
                "idea",
                area_id=row.id,
                activity_id=activity_id,
                status=IdeaStatus.OPEN.value,
                created_by=actor.username,
                created_at=when.ts,
                **values,
            )
            key = make_key("idea", idea_id)
            common.touch(tx, row.id)
            after = {
                **values,
                "activity": make_key("activity", activity_id) if activity_id else None,
            }
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="idea.add",
                area=area_key,
                subject=key,
                after=after,
            )
        return key

    @records_denial
    def support_idea(self, idea: str, *, withdraw: bool = False) -> str:
        """One support per person, which they may take back."""
        with self.db.write() as tx:
            actor = self._actor(tx)
            row, key = self._idea(tx, idea)
            when = When(self.clock())
            mine = stored.support_by(tx, row.id, actor.username)
            if withdraw:
                if mine is None:
                    raise Refused("error.no_support", idea=key)
                stored.remove_support(tx, mine)
            else:
                if mine is not None:
                    raise Refused("error.already_supported", idea=key)
                if row.status in (IdeaStatus.DECLINED.value, IdeaStatus.PROMOTED.value):
                    raise Refused("error.idea_decided", idea=key, status=t(f"idea.{row.status}"))
                support_id = common.insert(
                    tx,
                    "idea_support",
                    idea_id=row.id,
                    username=actor.username,
                    created_at=when.ts,
                )
            after: dict[str, Any] = {"supporters": row.supporters + (-1 if withdraw else 1)}
            if not withdraw:
                after["id"] = support_id
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="idea.unsupport" if withdraw else "idea.support",
                area=make_key("area", row.area_id),
                subject=key,
                before={"supporters": row.supporters},
                after=after,
            )
        return key

    @records_denial
    def score_idea(self, idea: str, *, effect: int, cost: int, speed: int, reason: str) -> str:
        """A ledartröja weighs an idea, each criterion 1-5; weighing again replaces theirs."""
        marks = {"effect": effect, "cost": cost, "speed": speed}
        for name, value in marks.items():
            if not 1 <= value <= 5:
                raise Invalid(
                    "error.bad_number", field=common.field(name), low=1, high=5, value=value
                )
        why = common.required(reason, "reason", MAX_SHORT, multiline=False)
        with self.db.write() as tx:
            actor, row, area, key, area_key = self._lead_of_idea(tx, idea, "score")
            old = stored.score_by(tx, row.id, actor.username)
            when = self._when(tx, area)
            if old is None:
                score_id = common.insert(
                    tx,
                    "idea_score",
                    idea_id=row.id,
                    username=actor.username,
                    reason=why,
                    created_at=when.ts,
                    **marks,
                )
                before: dict[str, Any] = {}
            else:
                stored.rescore(tx, old.id, reason=why, at=when.ts, **marks)
                before = {c: getattr(old, c) for c in CRITERIA}
                score_id = old.id
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="idea.score",
                area=area_key,
                subject=key,
                before=before,
                after={**marks, "score": round(score_of(**marks), 2), "id": score_id},
                reason=why,
            )
        return key

    @records_denial
    def promote_idea(
        self, idea: str, *, hypothesis: str | None = None, measure: str | None = None
    ) -> str:
        """The idea becomes a test in its area's current cycle; returns the test's key."""
        with self.db.write() as tx:
            actor, row, area, key, area_key = self._lead_of_idea(tx, idea, "promote")
            self._open_for_decision(row, key)
            text = hypothesis if hypothesis and hypothesis.strip() else row.title
            hyp = clean_text(
                text, field_name=common.field("hypothesis"), limit=MAX_TEXT, multiline=True
            )
            how = common.optional(measure, "measure", MAX_TEXT, multiline=True)
            when = self._when(tx, area)
            test_id = common.insert(
                tx,
                "trial",
                area_id=area.id,
                cycle=area.cycle,
                hypothesis=hyp,
                measure=how,
                idea_id=row.id,
                created_by=actor.username,
                created_at=when.ts,
            )
            test_key = make_key("test", test_id)
            stored.promote(tx, row.id, by=actor.username, at=when.ts)
            common.touch(tx, area.id)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="idea.promote",
                area=area_key,
                subject=key,
                before={"status": row.status},
                after={
                    "status": IdeaStatus.PROMOTED.value,
                    "test": test_key,
                    "hypothesis": hyp,
                    "measure": how,
                    "cycle": area.cycle,
                },
            )
        return test_key

    def _settle(self, idea: str, status: IdeaStatus, reason: str) -> str:
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            actor, row, area, key, area_key = self._lead_of_idea(tx, idea, status.value)
            self._open_for_decision(row, key)
            if status is IdeaStatus.PARKED and row.status == IdeaStatus.PARKED.value:
                raise Refused("error.idea_decided", idea=key, status=t("idea.parked"))
            when = self._when(tx, area)
            stored.settle(
                tx, row.id, status=status.value, reason=why, by=actor.username, at=when.ts
            )
            kind = "idea.park" if status is IdeaStatus.PARKED else "idea.decline"
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind=kind,
                area=area_key,
                subject=key,
                before={"status": row.status},
                after={"status": status.value},
                reason=why,
            )
        return key

    @records_denial
    def park_idea(self, idea: str, *, reason: str) -> str:
        """Good, not now: stays in the backlog, marked parked, and can be promoted later."""
        return self._settle(idea, IdeaStatus.PARKED, reason)

    @records_denial
    def decline_idea(self, idea: str, *, reason: str) -> str:
        """Declined with a reason; it stays readable."""
        return self._settle(idea, IdeaStatus.DECLINED, reason)

    @records_denial
    def move_idea(self, idea: str, *, to: str, reason: str) -> str:
        """Moves an idea to an area where it fits better; both areas show where it went."""
        why = common.required(reason, "reason", MAX_TEXT)
        with self.db.write() as tx:
            actor, row, area, key, area_key = self._lead_of_idea(tx, idea, "move")
            target = self._area_row(tx, to)
            target_key = make_key("area", target.id)
            if target.id == area.id:
                raise Refused("error.idea_same_area", idea=key, area=area_key)
            if row.status == IdeaStatus.PROMOTED.value:
                raise Refused("error.idea_decided", idea=key, status=t("idea.promoted"))
            when = self._when(tx, area, target)
            stored.move(tx, row.id, to=target.id, away_from=area.id)
            common.touch(tx, area.id)
            common.touch(tx, target.id)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="idea.move",
                area=area_key,
                subject=key,
                before={"area": area_key},
                after={"area": target_key},
                reason=why,
            )
        return key

    # queries --------------------------------------------------------------------------------
    def _view(self, r: IdeaFacts, me: str | None, mine: set[int]) -> IdeaView:
        return IdeaView(
            key=make_key("idea", r.id),
            area=make_key("area", r.area_id),
            origin=make_key("area", r.origin_area_id) if r.origin_area_id else None,
            title=r.title,
            description=r.description,
            kind=r.kind,
            source=r.source,
            source_note=r.source_note,
            activity=make_key("activity", r.activity_id) if r.activity_id else None,
            status=r.status,
            status_reason=r.status_reason,
            # PostgreSQL's avg of a numeric is a Decimal; scores are plain floats everywhere.
            score=round(float(r.score), 2) if r.score is not None else None,
            scorers=r.scorers,
            supporters=r.supporters,
            supported_by_me=r.id in mine,
            test=make_key("test", r.test_id) if r.test_id else None,
            created_by=r.created_by,
            created_at=iso(r.created_at),
        )

    def list_ideas(
        self, area: str | None = None, *, status: str | None = None, kind: str | None = None
    ) -> list[IdeaView]:
        """The backlog, best first: by score, then support, then oldest."""
        with self.db.read() as tx:
            # Ideas moved away still show in the area they came from.
            area_id = self._area_row(tx, area).id if area is not None else None
            rows = stored.ideas(tx, area_id=area_id, status=status, kind=kind)
            mine = stored.supported_by(tx, self.actor_name)
        views = [self._view(r, self.actor_name, mine) for r in rows]
        views.sort(key=lambda v: (-(v.score or 0), -v.supporters, int(v.key[1:])))
        return views

    def show_idea(self, key: str) -> IdeaDetail:
        with self.db.read() as tx:
            row, idea_key = self._idea(tx, key)
            mine = stored.supported_by(tx, self.actor_name)
            view = self._view(row, self.actor_name, mine)
            scores = stored.scores(tx, row.id)
            supporters = stored.supporters(tx, row.id)
            test = lessons = None
            adopted_by = None
            if row.test_id:
                test = by_id(tx, TrialRow, row.test_id)
                assert test is not None
                area = self._area_row(tx, make_key("area", test.area_id))
                lessons = [
                    f"{make_key('lesson', r.id)} {r.text}"
                    for r in work.lessons_of_cycle(tx, test.area_id, test.cycle)
                ]
                if self._adopts(area.track, area.phase) and area.cycle == test.cycle:
                    adopted_by = area.owner
        return IdeaDetail(
            idea=view,
            scores=[ScoreView(s.username, s.effect, s.cost, s.speed, s.reason) for s in scores],
            supporters=supporters,
            test_hypothesis=test.hypothesis if test else None,
            test_result=test.result if test else None,
            test_outcome=test.outcome if test else None,
            lessons=lessons or [],
            adopted_by=adopted_by,
        )

    def search(self, text: str) -> list[SearchHit]:
        """Every idea and lesson of every area that holds all the words (any case)."""
        words = (
            clean_text(text, field_name=common.field("search"), limit=MAX_SHORT).casefold().split()
        )
        hits: list[SearchHit] = []
        with self.db.read() as tx:
            for r in stored.everything(tx):
                body = " ".join(x for x in (r.title, r.description, r.source_note) if x)
                if all(w in body.casefold() for w in words):
                    hits.append(
                        SearchHit(
                            "idea",
                            make_key("idea", r.id),
                            make_key("area", r.area_id),
                            r.title,
                            r.status,
                        )
                    )
            for x in work.every_lesson(tx):
                if all(w in x.text.casefold() for w in words):
                    hits.append(
                        SearchHit(
                            "lesson",
                            make_key("lesson", x.id),
                            make_key("area", x.area_id),
                            x.text,
                            t("out.cycle", n=x.cycle),
                        )
                    )
        return hits
