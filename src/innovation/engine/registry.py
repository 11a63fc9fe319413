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
        engines: dict[str, FlowEngine] = {}
        for track in Track:
            path = folder / f"{track.value}.toml"
            flow = load_flow(path)
            if flow.id != track.value:
                raise FlowError(
                    str(path),
                    [t("flow.bad_field", where="[flow]", field="id", expected=repr(track.value))],
                )
            engines[track.value] = FlowEngine(flow)
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
    from innovation.resources import flows_dir

    return Flows.from_dir(flows_dir())
