"""The service layer: the one API every interface calls to read and change data."""

from innovation.service.commands import Commands
from innovation.service.queries import Queries


class Service(Commands, Queries):
    """Commands and queries for one acting person on one workspace."""


__all__ = ["Service"]
