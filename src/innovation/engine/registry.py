"""The flows of a workspace: one per track, loaded and built once per process."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from innovation.domain import NotFound, Track
from innovation.engine.flow import FlowError, load_flow
from innovation.engine.machine import FlowEngine
from innovation.i18n import t


class Flows:
    def __init__(self, engines: dict[str, FlowEngine]) -> None:
        self._engines = engines

    @classmethod
    def from_dir(cls, folder: Path) -> Flows:
        """Every flow file in the folder is a track, named by its file: the two standard
        tracks first, then any a facilitator added, by name."""
        standard = [track.value for track in Track]
        paths = sorted(
            folder.glob("*.toml"),
            key=lambda p: (
                p.stem not in standard,
                standard.index(p.stem) if p.stem in standard else 0,
                p.stem,
            ),
        )
        if not paths:
            raise FlowError(str(folder), [t("flow.none_in_folder")])
        engines: dict[str, FlowEngine] = {}
        for path in paths:
            flow = load_flow(path)
            if flow.id != path.stem:
                raise FlowError(
                    str(path),
                    [t("flow.bad_field", where="[flow]", field="id", expected=repr(path.stem))],
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
    import os

    from innovation.resources import flows_dir

    chosen = os.environ.get("INNOVATION_FLOWS")
    return Flows.from_dir(Path(chosen) if chosen else flows_dir())
