"""The service layer: the one API every interface calls to read and change data."""

from innovation.service.assignments import Assignments
from innovation.service.corrections import Corrections
from innovation.service.followup import FollowUp, PeriodWork
from innovation.service.ideas import Ideas
from innovation.service.indicators import Indicators
from innovation.service.interchange import Interchange
from innovation.service.keys import Keys
from innovation.service.moves import Moves
from innovation.service.partners import Partners
from innovation.service.queries import Queries
from innovation.service.reporting import Reporting
from innovation.service.rounds import Rounds
from innovation.service.setup import Setup
from innovation.service.timeline import Timeline
from innovation.service.timing import Timing
from innovation.service.trail import Proofs, Trail
from innovation.service.work import Work


class Service(
    Setup,
    Work,
    Moves,
    Ideas,
    FollowUp,
    PeriodWork,
    Assignments,
    Corrections,
    Indicators,
    Interchange,
    Keys,
    Timing,
    Timeline,
    Trail,
    Proofs,
    Rounds,
    Partners,
    Reporting,
    Queries,
):
    """Commands and queries for one acting person on one workspace."""


__all__ = ["Service"]
