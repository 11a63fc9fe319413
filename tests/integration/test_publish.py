"""Insyn: the public site built from the demo. Only what is meant to be public reaches it (a
test plants personal data everywhere it can go), its links resolve, its feed is Atom, and
axe-core in headless Chromium finds no WCAG 2.1 AA violation on its pages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from innovation.service import Service
from innovation.store.database import Database
from tests import browser
from tests.cli import invoke

SECRET = "Sven Svensson, 19450101-1234, sven@example.se"


@pytest.fixture
def site(demo_db: Path, tmp_path: Path) -> Path:
    db = Database(str(demo_db))
    fia = Service(db, "fia")
    fia.set_setting("publish.idea_link", "https://www.tyreso.se/ideer")
    # Personal data planted in every place a person's words can go that is not for the public.
    hanna = Service(db, "hanna")
    hanna.add_activity("O15", kind="samtal", residents=3, note=f"Deltog: {SECRET}")
    hanna.add_idea("O15", title="Fler bänkar", source="resident", description=SECRET,
                  note=f"Från {SECRET}")  # fmt: skip
    fia.annotate("40", note=SECRET)
    Service(db, "ada").set_contact("maja", email="maja.holmgren@tyreso.example")
    db.close()
    out = tmp_path / "site"
    result = invoke(["--db", str(demo_db), "--as", "fia", "publish", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_only_what_is_public_reaches_the_site(site: Path, demo_db: Path) -> None:
    everything = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*") if p.is_file())
    assert "Sven Svensson" not in everything and "19450101" not in everything
    assert "@example.se" not in everything and "tyreso.example" not in everything
    names = [p.name for p in Service(Database(str(demo_db)), "fia").list_people()]
    leaked = [n for n in names if n in everything]
    assert not leaked, f"staff names without the setting: {leaked}"
    # What is public is there: the questions, the co-creation counts, the tests and lessons.
    o9 = (site / "area" / "O9.html").read_text(encoding="utf-8")
    assert "Matchningsdagar med tio lokala företag" in o9
    assert '<html lang="sv">' in o9 and (site / "en" / "area" / "O9.html").exists()


def test_every_link_resolves_and_the_feed_is_atom(site: Path) -> None:
    for page in _pages(site):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"]+)"', html):
            if href.startswith(("http://", "https://", "#")):
                continue
            target = (page.parent / href).resolve()
            assert target.exists(), f"{page.relative_to(site)} links to missing {href}"
        assert "granskningsspåret vid" in html or "audit trail at" in html
    for feed in (site / "feed.xml", site / "en" / "feed.xml"):
        root = ET.fromstring(feed.read_text(encoding="utf-8"))
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"
        assert root.findall("{http://www.w3.org/2005/Atom}entry")


def test_the_pages_have_no_accessibility_violations(site: Path) -> None:
    pages = [site / "index.html", site / "en" / "index.html", site / "area" / "O9.html",
             site / "en" / "area" / "O15.html"]  # fmt: skip
    for page in pages:
        violations = browser.axe(page)
        assert violations == [], f"{page.relative_to(site)}: {violations}"
