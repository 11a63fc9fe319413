"""The seed's T2 follow-up (../shared/seeds/000_…txt), entered through the service as a
planning controller would, and the report the political board receives, in every format."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from innovation.reports.render import render
from innovation.reports.tertial import build
from innovation.service import Service
from innovation.store.database import Database

Svc = Callable[[str], Service]
TITLE = "Övergripande - att arbeta kommungemensamt"
# (name, horizon, start year, own, national, target, kind of target)
INDICATORS = [
    ("Medskapande med invånare som leder till förbättring har ökat", "1-2", None, None, None,
     "ökat", None),
    ("Högre kvalitet för invånaren genom nya arbetssätt över gränserna", "1-2", None, None, None,
     "oförändrad eller lägre resursmängd", None),
    ("Bibehållen kvalitet för invånaren genom nya arbetssätt över gränserna", "1-2", None, None,
     None, "lägre resursmängd", None),
    ("Antal kvalitetshöjande och/eller resurseffektiva samarbeten har ökat", "1-2", None, None,
     None, "ökat", None),
    ("Kommunens delaktighetsindex (KKiK) har ökat", "1-2", 2021, 58.0, 58.0, "ökat", "increase"),
    ("Andelen invånare som anser att deras möjlighet till insyn och inflytande har ökat",
     "mandate", 2021, 27.0, 19.0, "ökat", "increase"),
    ("Andelen invånare som är nöjda med möjligheterna att påverka", "mandate", 2021, 54.0, 39.0,
     "bibehållen eller ökad", "keep"),
    ("Delaktighetsindex är bland de 25 % bästa kommunerna (KKiK)", "mandate", 2021, 58.0, 58.0,
     "bland de 25 % bästa", "top_quarter"),
    ("Kommunen levererar på sitt grunduppdrag med god kvalitet inom ekonomins ramar", "mandate",
     None, None, None, "årsredovisningen", None),
    ("Kommunen kan samla de som behövs för att lösa samhällsutmaningar", "mandate", None, None,
     None, "förmåga", None),
]  # fmt: skip
QUESTIONS = [
    "Hur kan vi göra så att alla unga får känna trygghet, meningsfullhet och kärlek?",
    "Hur kan vi jobba för bättre cirkulär ekonomi/hållbarhet, klimat och natur?",
    "Hur kan vi förenkla för våra Tyresöbor med hjälp av digitalisering?",
    "Hur kan vi skapa ett levande samhälle med inkluderande mötesplatser för Tyresöbor?",
    "Hur kan kommunen förbättra möjligheterna till kontakt och bemötande av oss Tyresöbor?",
    "Hur kan vi öka inkluderingen och få så många självförsörjande invånare som möjligt?",
    "Hur kan vi göra alla som behövs delaktiga i utmaningar som ingen kan lösa ensam?",
]
NARRATIVE = (
    "Ledartröjornas arbete har fortsatt under andra kvartalet. De har avgränsat respektive "
    "område med hjälp av den kunskap de inhämtat från invånare och medarbetare."
)


@pytest.fixture
def t2(db: Database) -> Service:
    at = datetime(2024, 8, 30, 12, 0, tzinfo=UTC)
    fia = Service(db, "fia", clock=lambda: at)
    fia.add_person("fia", name="Fia Facilitator", roles=["admin", "facilitator"])
    for i in range(14):
        fia.add_person(f"lt{i}", name=f"Ledartröja {i}", roles=["ledartroja"])
    for i in range(7):
        fia.add_person(f"fa{i}", name=f"Fadder {i}", roles=["fadder"])
    fia.add_assignment(TITLE, description="Samhället förändras i snabb takt …")
    fia.describe_assignment(
        TITLE,
        points=["Prioritera och agera kommungemensamt",
                "Alltid arbeta över gränserna när det ger mervärde",
                "Använda resurser effektivt och samlat för att bibehålla eller förbättra kvalitet"],
        nulage="Medborgarnas ökade förväntningar på tillgång och kvalitet …",
        nylage="Inom 1-2 år har kompetensen att arbeta med innovationsprocesser ökat …",
    )  # fmt: skip
    for name, horizon, year, own, national, target, kind in INDICATORS:
        fia.add_assignment_indicator(TITLE, name=name, horizon=horizon, start_year=year,
                                     own=own, national=national, target=target)  # fmt: skip
        if kind:
            fia.judge_assignment_indicator(TITLE, name, target_kind=kind, source="kkik")
    fia.measure_assignment(TITLE, INDICATORS[4][0], year=2023, value=62, national=59,
                           source="kkik")  # fmt: skip
    for i, question in enumerate(QUESTIONS):
        key = fia.dated("2024-03-01").create_area(
            question,
            track="malsokande" if i % 2 else "malstyrt",
            fadder=f"fa{i}",
            ledartrojor=[f"lt{2 * i}", f"lt{2 * i + 1}"],
        )
        fia.serve(key, TITLE)
        lead = Service(db, f"lt{2 * i}", clock=lambda: at)
        lead.dated("2024-06-10").add_activity(key, kind="workshop", residents=10 + i, staff=3,
                                              managers=1)  # fmt: skip
    fia.dated("2024-05-02").open_period("2024-T2")
    fia.set_assignment_status(TITLE, period="2024-T2", color="gron", comment=NARRATIVE)
    return fia


def test_the_report_in_every_format(t2: Service) -> None:
    report = build(t2, "2024-T2")
    s = report["summary"]
    assert s["missing"] == []  # the assignment reports; no area was asked for a colour
    assert s["cocreation"] == {"occasions": 7, "residents": 91, "staff": 21, "managers": 7}
    (a,) = report["assignments"]
    assert len(a["indicators"]) == 10 and len(a["areas"]) == 7
    judged = {i["name"]: i["verdict"] for i in a["indicators"]}
    assert judged[INDICATORS[4][0]] == "met"  # 62 against 58

    md = render(report, "md").decode()
    assert (
        "| Kommunens delaktighetsindex (KKiK) har ökat | 58 % (2021) | 58 % | 62 % (2023) |" in md
    )
    assert "Andelen invånare som är nöjda med möjligheterna att påverka | 54 % (2021) | 39 %" in md
    assert "**Green**: Ledartröjornas arbete har fortsatt" in md
    assert "Green: the assignment is carried out according to plan" in md  # the legend
    assert "Missing" not in md and "missing" not in md
    assert "| This tertial | 7 | 91 | 21 | 7 |" in md
    assert "- Prioritera och agera kommungemensamt" in md

    html = render(report, "html").decode()
    assert "<table>" in html and "<th>Indicator</th>" in html
    assert "<td>62 % (2023)</td>" in html

    from docx import Document

    doc = Document(io.BytesIO(render(report, "docx")))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert f"Political assignment: {TITLE}" in headings
    assert (
        "Follow-up within 1-2 years" in headings
        and "Follow-up within the mandate period" in headings
    )
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells] == [
        "Indicator", "Start value", "National", "Latest value", "Target", "Verdict"
    ]  # fmt: skip
    row = next(r for r in first.rows if r.cells[0].text == INDICATORS[4][0])
    assert [c.text for c in row.cells][1:] == ["58 % (2021)", "58 %", "62 % (2023)", "ökat", "met"]
    footer = doc.sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    with zipfile.ZipFile(io.BytesIO(render(report, "docx"))) as z:
        assert any(n.startswith("word/media/") and n.endswith(".png") for n in z.namelist())

    from pypdf import PdfReader

    pdf = PdfReader(io.BytesIO(render(report, "pdf")))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    flat = re.sub(r"\s+", " ", text)
    assert "Kommunens delaktighetsindex (KKiK) har ökat" in flat and "62 % (2023)" in flat
    assert "Green: the assignment is carried out according to plan" in flat
    root = pdf.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root  # tagged
    assert root["/Lang"] == "en"
    assert re.search(r"Page 1 \(\d+\)", flat)
