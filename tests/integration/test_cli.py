"""The command line as a user calls it: output, --json, exit codes, nothing written on refusal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from innovation.store.database import SCHEMA_HEAD, Database
from tests.cli import invoke
from tests.conftest import assert_refused_cleanly, dump


@pytest.fixture
def env(db_path: Path) -> dict[str, str]:
    return {"INNOVATION_DB": str(db_path), "INNOVATION_LANG": "en"}


def run(env: dict[str, str], *args: str, user: str | None = None) -> tuple[int, str]:
    extra = {"INNOVATION_USER": user} if user else {}
    result = invoke(list(args), env={**env, **extra})
    return result.exit_code, result.output


def ok(env: dict[str, str], *args: str, user: str | None = None) -> str:
    code, output = run(env, *args, user=user)
    assert code == 0, output
    return output


def setup_people(env: dict[str, str]) -> None:
    ok(
        env,
        "person",
        "add",
        "ada",
        "--name",
        "Ada",
        "--role",
        "admin",
        "--role",
        "facilitator",
        user="ada",
    )
    for name, role in (("lea", "ledartroja"), ("leo", "ledartroja"), ("fred", "fadder")):
        ok(env, "person", "add", name, "--name", name.title(), "--role", role, user="ada")


def test_full_journey_by_cli(env: dict[str, str]) -> None:
    setup_people(env)
    code, output = run(
        env,
        "area",
        "create",
        "Hur?",
        "--track",
        "malstyrt",
        "--fadder",
        "fred",
        "--ledartroja",
        "lea",
        "--ledartroja",
        "leo",
        "--round",
        "2024",
        user="ada",
    )
    assert code == 1 and "innovation round add '2024' --year YYYY" in output
    ok(env, "round", "add", "2024", "--year", "2024", user="ada")
    out = ok(
        env,
        "area",
        "create",
        "Hur kan vi [bold]lyssna[/bold]?",
        "--track",
        "malsokande",
        "--fadder",
        "fred",
        "--ledartroja",
        "lea",
        "--ledartroja",
        "leo",
        "--round",
        "2024",
        "--on",
        "2024-02-01",
        "--json",
        user="ada",
    )
    assert json.loads(out) == {"key": "O1"}
    code, out = run(env, "move", "O1", "avgransning", "--reason", "klart", user="lea")
    assert code == 1 and "innovation activity add O1" in out
    out = ok(
        env,
        "activity",
        "add",
        "O1",
        "--date",
        "2024-03-01",
        "--kind",
        "workshop",
        "--residents",
        "12",
        "--staff",
        "5",
        "--managers",
        "1",
        "--json",
        user="lea",
    )
    assert json.loads(out) == {"key": "A1"}
    assert json.loads(
        ok(env, "move", "O1", "avgransning", "--reason", "r", "--json", user="lea")
    ) == {
        "phase": "avgransning",
        "cycle": 1,
    }
    ok(env, "scope", "set", "O1", "In: unga", user="leo")
    out = ok(env, "move", "O1", "nylage", "--reason", "r", user="leo")
    assert "request R1 waits for fred" in out
    listed = json.loads(ok(env, "requests", "--mine", "--json", user="fred"))
    assert [r["key"] for r in listed] == ["R1"]
    assert "No requests" in ok(env, "requests", "--mine", user="ada")
    out = ok(env, "approve", "R1", "--comment", "kör", user="fred")
    assert "R1 approved: O1 is now in New state (nyläge)" in out
    ok(env, "nylage", "set", "O1", "Alla hörs", user="lea")
    assert json.loads(ok(env, "test", "add", "O1", "--hypothesis", "H", "--json", user="lea")) == {
        "key": "T1"
    }
    ok(env, "move", "O1", "test", "--reason", "r", user="lea")
    ok(env, "test", "result", "T1", "--result", "bra", "--outcome", "worked", user="lea")
    ok(env, "owner", "set", "O1", "Kultur och fritid", user="lea")
    assert json.loads(ok(env, "move", "O1", "adopt", "--reason", "r", "--json", user="lea")) == {
        "request": "R2"
    }
    ok(env, "approve", "R2", user="fred")
    shown = json.loads(ok(env, "area", "show", "O1", "--json"))
    assert shown["phase"] == "adopt" and shown["track"] == "malsokande" and shown["moves"] == []
    # User text is data, never markup.
    assert "[bold]lyssna[/bold]" in ok(env, "area", "show", "O1")
    assert "[bold]lyssna[/bold]" in ok(env, "area", "list")
    events = json.loads(ok(env, "history", "O1", "--json"))
    assert events[-1]["kind"] == "request.approve" and len(events[-1]["hash"]) == 64
    text = ok(env, "history", "O1")
    assert "decision: approved" in text and "“klart”" not in text and "“r”" in text


def test_show_lists_moves_with_missing(env: dict[str, str]) -> None:
    setup_people(env)
    ok(
        env,
        "area",
        "create",
        "Hur?",
        "--track",
        "malstyrt",
        "--fadder",
        "fred",
        "--ledartroja",
        "lea",
        "--ledartroja",
        "leo",
        user="ada",
    )
    shown = json.loads(ok(env, "area", "show", "O1", "--json"))
    assert shown["moves"] == [
        {
            "to": "avgransning",
            "label": "Avgränsning",
            "trigger": "avgransa",
            "approval": False,
            "new_cycle": False,
            "missing": ["medskapande"],
            "hints": [shown["moves"][0]["hints"][0]],
        }
    ]
    assert "✗ at least one co-creation" in ok(env, "area", "show", "O1")


def test_refusals_exit_1_and_change_nothing(env: dict[str, str], db_path: Path) -> None:
    setup_people(env)
    db = Database(str(db_path))
    before = dump(db)
    cases = [
        (
            ["person", "add", "x", "--name", "X", "--role", "fadder"],
            "lea",
            "lea may not add people",
        ),
        (["move", "O1", "test", "--reason", "r"], "lea", "There is no area O1"),
        (["approve", "R1"], "fred", "There is no request R1"),
        (
            [
                "area",
                "create",
                "Q?",
                "--track",
                "malsokande",
                "--fadder",
                "lea",
                "--ledartroja",
                "leo",
                "--ledartroja",
                "fred",
            ],
            "ada",
            "lea does not hold the role fadder",
        ),
        (["lesson", "add", "O1", "x"], "ghost", "'ghost', who is not in this workspace"),
        (
            ["person", "add", "Bad Name", "--name", "X", "--role", "fadder"],
            "ada",
            "Invalid username",
        ),
    ]
    for args, user, needle in cases:
        code, out = run(env, *args, user=user)
        assert code == 1, (args, out)
        assert needle in out, (args, out)
    # The one refusal for permission is recorded as an attempt; nothing else changed.
    assert_refused_cleanly(db, before, denied=True)


def test_usage_errors_exit_2(env: dict[str, str]) -> None:
    assert run(env, "move")[0] == 2
    assert run(env, "move", "O1", "nylage")[0] == 2  # --reason missing
    assert (
        run(env, "activity", "add", "O1", "--date", "x", "--kind", "k", "--staff", "many")[0] == 2
    )
    assert run(env, "no-such-command")[0] == 2


def test_options_after_the_command_override(env: dict[str, str], tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    ok(
        {"INNOVATION_LANG": "en"},
        "person",
        "add",
        "ada",
        "--name",
        "A",
        "--role",
        "admin",
        "--db",
        str(other),
        "--as",
        "ada",
    )
    out = ok({"INNOVATION_LANG": "en"}, "--db", str(other), "person", "list", "--json")
    assert json.loads(out)[0]["username"] == "ada"
    assert "Skapade" in ok(
        env, "person", "add", "ada", "--name", "A", "--role", "admin", "--lang", "sv", "--as", "ada"
    )


def test_flow_check_and_show(env: dict[str, str], tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    out = ok(env, "flow", "check", str(root / "flows" / "malsokande.toml"))
    assert "is valid (6 phases, 7 transitions)" in out
    bad = tmp_path / "bad.toml"
    bad.write_text('[flow]\nid = "x"\nlabel = "X"\ninitial = "a"\n[[phase]]\nid = "a"\n')
    code, out = run(env, "flow", "check", str(bad))
    assert code == 1 and "[[phase]] #1: the field 'label' is missing" in out
    code, out = run(env, "flow", "check", str(bad), "--json")
    assert code == 1 and json.loads(out)["ok"] is False and len(json.loads(out)["problems"]) >= 2
    mermaid = ok(env, "flow", "show", "malstyrt", "--mermaid")
    assert mermaid.startswith("stateDiagram-v2\n")
    assert "nylage --> test: borja_testa [nylage, indicator]" in mermaid
    shown = json.loads(ok(env, "flow", "show", "malsokande", "--json"))
    assert [p["id"] for p in shown["phases"]][-2:] == ["adopt", "learn"]
    assert "Avgränsning" in ok(env, "flow", "show", "malsokande")


def test_db_upgrade(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    out = ok(env, "db", "upgrade", "--db", str(path))
    assert f"schema version {SCHEMA_HEAD}" in out and path.exists()


def test_a_file_that_is_not_a_database(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    for args in (("area", "list"), ("db", "upgrade")):
        code, out = run(env, *args, "--db", str(path))
        assert code == 1 and f"Cannot open the database {path}: file is not a database" in out
    assert path.read_text() == "not a database"


def test_installed_console_script_exit_codes(tmp_path: Path) -> None:
    """The real entry point in a subprocess: refusals exit 1 with the message on stderr."""
    script = Path(sys.executable).parent / "innovation"
    environ = {**os.environ, "INNOVATION_DB": str(tmp_path / "p.sqlite"), "INNOVATION_LANG": "sv"}
    environ.pop("INNOVATION_USER", None)
    first = subprocess.run(
        [str(script), "person", "add", "ada", "--name", "Ada", "--role", "fadder"],
        capture_output=True,
        text=True,
        env=environ,
        check=False,
    )
    assert first.returncode == 1
    assert "Den första personen i en arbetsyta måste vara admin" in first.stderr
    usage = subprocess.run(
        [str(script), "move"], capture_output=True, text=True, env=environ, check=False
    )
    assert usage.returncode == 2


def test_what_is_not_there_is_said_as_swedish_is_written(
    env: dict[str, str], db_path: Path
) -> None:
    """Område and test are ett-words: inget område, inget test; begäran is an en-word."""
    setup_people(env)
    sv = {**env, "INNOVATION_LANG": "sv"}
    cases = [
        (["area", "show", "O99"], "lea", "Det finns inget område O99."),
        (
            ["test", "result", "T99", "--outcome", "worked", "--result", "r"],
            "lea",
            "inget test T99",
        ),
        (["approve", "R9"], "fred", "Det finns ingen begäran R9."),
    ]
    for args, user, said in cases:
        code, out = run(sv, *args, user=user)
        assert code == 1 and said in out, out


def test_refusals_name_the_choices_in_the_users_words(env: dict[str, str]) -> None:
    """What may be chosen instead is said as the person says it (grön, not gron), and each of
    those words is understood."""
    setup_people(env)
    sv = {**env, "INNOVATION_LANG": "sv"}
    add_bob = ["person", "add", "bob", "--name", "Bob", "--role"]
    code, out = run(sv, *add_bob, "kung", user="ada")
    assert code == 1 and "välj ledartröja, fadder, facilitator, admin" in out, out
    assert run(sv, *add_bob, "ledartröja", user="ada")[0] == 0
    new_area = ["area", "create", "Hur?", "--track", "målsökande", "--fadder", "fred"]
    ok(sv, *new_area, "--ledartroja", "lea", "--ledartroja", "leo", user="ada")
    code, out = run(sv, "move", "O1", "himlen", "--reason", "r", user="lea")
    assert code == 1, out
    assert "finns inte i flödet målsökande: välj bland Nuläge, Avgränsning, Nyläge" in out
    code, out = run(sv, "move", "O1", "adopt", "--reason", "r", user="lea")
    assert "O1 kan inte gå från Nuläge till Adopt i flödet målsökande" in out, out
    code, out = run(sv, "status", "set", "O1", "--period", "2024-T2", "--color", "lila", user="lea")
    assert code == 1 and "välj grön, gul eller röd" in out, out


def test_report_without_a_period_is_the_one_running_today(env: dict[str, str]) -> None:
    from innovation.domain import period_of
    from innovation.timeutil import local_date, utcnow

    setup_people(env)
    today = period_of(local_date(utcnow()))
    out = ok(env, "report", user="ada")
    assert out.startswith(f"# Follow-up {today}"), out[:200]
    assert ok(env, "report", "--period", today, user="ada").splitlines()[:1] == out.splitlines()[:1]


def test_a_day_before_an_area_was_made_says_when_it_was(env: dict[str, str]) -> None:
    """Asked about a day before anything existed, the record says when it came, rather than
    that nothing is there ("create one")."""
    setup_people(env)
    ok(env, "round", "add", "2024", "--year", "2024", user="ada")
    ok(
        env,
        "area", "create", "Hur?", "--track", "malstyrt", "--fadder", "fred",
        "--ledartroja", "lea", "--ledartroja", "leo", "--on", "2024-02-01",
        user="ada",
    )  # fmt: skip
    listed = ok(env, "area", "list", "--on", "2024-01-31", user="lea")
    assert "No areas existed yet at the end of 2024-01-31: the first was made on 2024-02-01." in (
        listed
    )
    assert "area create" not in listed
    code, shown = run(env, "area", "show", "O1", "--on", "2024-01-31", user="lea")
    assert code == 1
    assert "O1 did not exist yet at the end of 2024-01-31: it was made on 2024-02-01." in shown
    code, shown = run(env, "area", "show", "O2", "--on", "2024-01-31", user="lea")
    assert code == 1 and "There is no area O2." in shown
