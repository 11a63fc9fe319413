"""The flows of a workspace: one per track, loaded and built once per process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache

from innovation.domain import NotFound, Track
from innovation.engine.flow import FlowError, load_flow
from innovation.engine.machine import FlowEngine
from innovation.i18n import t


class Flows:
    def __init__(self, engines: dict[str, FlowEngine]) -> None:
        self._engines = engines

    @classmethod
    def from_dir(cls, folder: str | os.PathLike[str]) -> Flows:
        """Every flow file in the folder is a track, named by its file: the two standard
        tracks first, then any a facilitator added, by name."""
        standard = [track.value for track in Track]
        try:
            names = [n[:-5] for n in os.listdir(folder) if n.endswith(".toml")]
        except OSError:
            names = []
        names.sort(key=lambda n: (n not in standard, standard.index(n) if n in standard else 0, n))
        if not names:
            raise FlowError(str(folder), [t("flow.none_in_folder")])
        engines: dict[str, FlowEngine] = {}
        for name in names:
            path = os.path.join(folder, name + ".toml")
            flow = load_flow(path)
            if flow.id != name:
                raise FlowError(
                    path, [t("flow.bad_field", where="[flow]", field="id", expected=repr(name))]
                )
            engines[flow.id] = FlowEngine(flow)
        return cls(engines)

    def get(self, track: str) -> FlowEngine:
        engine = self._engines.get(track)
        if engine is None:
            raise NotFound("flow.not_found", name=track, choices=", ".join(self._engines))
        return engine

    def __iter__(self) -> Iterator[FlowEngine]:
        return iter(self._engines.values())

    @property
    def names(self) -> list[str]:
        return list(self._engines)


@cache
def default_flows() -> Flows:
    """The flows in INNOVATION_FLOWS (a folder a deployment keeps its tailored flows in), or
    the ones the program ships."""
    from innovation.resources import flows_dir

    chosen = os.environ.get("INNOVATION_FLOWS")
    return Flows.from_dir(chosen or flows_dir())
