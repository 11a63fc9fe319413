"""The build compiles the message catalogues: each locale/*/LC_MESSAGES/*.po becomes the .mo
that the installed program reads (with Babel, which checks each catalogue as it reads it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileMessages(BuildHookInterface):  # type: ignore[type-arg]  (hatchling has no stubs)
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        locale = Path(self.root) / "src" / "innovation" / "locale"
        for po in sorted(locale.glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as handle:
                catalog = read_po(handle, abort_invalid=True)
            with po.with_suffix(".mo").open("wb") as handle:
                write_mo(handle, catalog)
        build_data["artifacts"].append("src/innovation/locale/*/LC_MESSAGES/*.mo")
