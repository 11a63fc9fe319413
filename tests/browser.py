"""Headless Chromium with axe-core, for the accessibility checks (WCAG 2.1 AA) of the public
site. Both are installed by .ci/run (Debian's chromium, axe-core from npm's registry into
.tools/axe-core); on a machine without them the checks skip, unless
INNOVATION_REQUIRE_BROWSER is set (CI sets it), when their absence fails the suite."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
AXE_VERSION = "4.10.2"


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def axe_js() -> Path | None:
    for candidate in (
        Path(os.environ.get("AXE_CORE_JS", "/nonexistent")),
        ROOT / ".tools" / "axe-core" / "package" / "axe.min.js",
        Path("/usr/share/nodejs/axe-core/axe.min.js"),
    ):
        if candidate.is_file():
            return candidate
    return None


def require() -> tuple[str, Path]:
    browser, axe = chromium(), axe_js()
    if browser is None or axe is None:
        missing = ", ".join(n for n, v in (("chromium", browser), ("axe-core", axe)) if v is None)
        if os.environ.get("INNOVATION_REQUIRE_BROWSER"):
            pytest.fail(f"{missing} not installed (.ci/run installs them)")
        pytest.skip(f"{missing} not installed (.ci/run installs them)")
    return browser, axe


def _run(browser: str, url: str, *extra: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--allow-file-access-from-files",
             "--virtual-time-budget=15000", *extra, url],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    return done.stdout


def axe(page: Path) -> list[dict[str, Any]]:
    """axe-core's violations of WCAG 2.1 A and AA on one page, run in headless Chromium."""
    browser, script = require()
    probe = page.with_name(page.stem + ".axe-probe.html")
    html = page.read_text(encoding="utf-8")
    runner = (
        f'<script src="{script.as_uri()}"></script><script>'
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa']}}).then(function (r) { var p = document.createElement('pre');"
        " p.id = 'axe-result'; p.textContent = JSON.stringify(r.violations.map(function (v) {"
        " return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) {"
        " return n.target.join(' '); })}; })); document.body.appendChild(p); });</script>"
    )
    probe.write_text(html.replace("</body>", runner + "</body>"), encoding="utf-8")
    try:
        dom = _run(browser, probe.as_uri(), "--dump-dom")
    finally:
        probe.unlink()
    start = dom.find('<pre id="axe-result">')
    assert start >= 0, f"axe did not run on {page.name}: {dom[-500:]}"
    end = dom.find("</pre>", start)
    text = dom[start + len('<pre id="axe-result">') : end]
    found: list[dict[str, Any]] = json.loads(
        text.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )
    return found


def screenshot(page: Path, out: Path, size: str = "1000,1400") -> None:
    browser, _ = require()
    _run(browser, page.as_uri(), f"--screenshot={out}", f"--window-size={size}")
