"""The shape a programme is brought in and taken out in: one sheet per kind of record, one row
per record, each with the day it happened and who did it.

The sheets and their columns are named in Swedish, as the people who fill them in speak;
docs/import.md says what each holds, in both languages. `innovation import --template` writes
an empty workbook of this shape, `innovation export --format xlsx` a workspace in it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    help: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    help: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name: str, help: str, required: bool = False) -> Column:
    return Column(name, help, required)


PEOPLE = Sheet(
    "Personer",
    "Alla som förekommer: ledartröjor, faddrar, facilitatorer och admins.",
    (
        _c("användarnamn", "a-z 0-9 . _ -, som personen loggar in med", True),
        _c("namn", "för- och efternamn", True),
        _c("roller", "ledartroja, fadder, facilitator, admin (flera med mellanslag)", True),
    ),
)
ROUNDS = Sheet(
    "Omgångar",
    "Omgångarna (kohorterna) av områden.",
    (_c("namn", "t.ex. 2023", True), _c("år", "det år omgången startade", True),
     _c("beskrivning", "")),
)  # fmt: skip
AREAS = Sheet(
    "Områden",
    "Varje kommungemensamt område, med den dag det startade.",
    (
        _c("nyckel", "O1, O2 … som raderna på andra flikar hänvisar till", True),
        _c("fråga", '"Hur kan vi …?"', True),
        _c("spår", "målsökande eller målstyrt", True),
        _c("fadder", "användarnamn", True),
        _c("ledartröja 1", "användarnamn", True),
        _c("ledartröja 2", "användarnamn", True),
        _c("omgång", "namnet på en omgång från fliken Omgångar"),
        _c("startdatum", "ÅÅÅÅ-MM-DD", True),
        _c("av", "vem som lade upp området (en facilitator; annars den som importerar)"),
    ),
)
ACTIVITIES = Sheet(
    "Aktiviteter",
    "Medskapande: workshops, intervjuer, antikrångel-tider … med antal deltagare.",
    (
        _c("område", "nyckel från fliken Områden", True),
        _c("datum", "ÅÅÅÅ-MM-DD", True),
        _c("typ", "workshop, intervjuer …", True),
        _c("invånare", "antal"),
        _c("medarbetare", "antal"),
        _c("chefer", "antal"),
        _c("anteckning", ""),
        _c("av", "ledartröjan som registrerar", True),
    ),
)
STATEMENTS = Sheet(
    "Beskrivningar",
    "Avgränsning, nyläge och mottagande verksamhet, när de skrevs.",
    (
        _c("område", "nyckel", True),
        _c("datum", "ÅÅÅÅ-MM-DD", True),
        _c("vad", "avgränsning, nyläge eller mottagare", True),
        _c("text", "", True),
        _c("av", "ledartröja", True),
    ),
)
TESTS = Sheet(
    "Tester",
    "Tester av lösningar med hypotes, och resultatet när det kom.",
    (
        _c("nyckel", "T1, T2 …", True),
        _c("område", "nyckel", True),
        _c("datum", "ÅÅÅÅ-MM-DD", True),
        _c("hypotes", "", True),
        _c("mått", "hur det mäts"),
        _c("av", "ledartröja", True),
        _c("resultatdatum", "ÅÅÅÅ-MM-DD"),
        _c("resultat", ""),
        _c("utfall", "fungerade eller fungerade inte"),
    ),
)
LESSONS = Sheet(
    "Lärdomar",
    "Lärdomar, när de drogs.",
    (_c("område", "nyckel", True), _c("datum", "ÅÅÅÅ-MM-DD", True), _c("text", "", True),
     _c("av", "ledartröja", True)),
)  # fmt: skip
IDEAS = Sheet(
    "Idéer",
    "Idéer och förslag, och sådant att sluta göra.",
    (
        _c("område", "nyckel", True),
        _c("datum", "ÅÅÅÅ-MM-DD", True),
        _c("titel", "", True),
        _c("beskrivning", ""),
        _c("källa", "invånare, medarbetare, chef, partner eller medskapande", True),
        _c("sluta göra", "ja om det är något att sluta göra"),
        _c("av", "vem som lade fram den", True),
        _c("beslut", "prövas (blir ett test), parkerad eller avböjd"),
        _c("beslutsdatum", "ÅÅÅÅ-MM-DD"),
        _c("beslut av", "ledartröja"),
        _c("test", "prövas: testets nyckel (T1 …), som fliken Tester kan ge resultatet för"),
        _c("skäl", "parkerad eller avböjd: varför; prövas: hypotesen om den inte är titeln"),
    ),
)
INDICATORS = Sheet(
    "Indikatorer",
    "Ett områdes indikatorer med startläge och mål.",
    (
        _c("nyckel", "I1, I2 …", True),
        _c("område", "nyckel", True),
        _c("datum", "ÅÅÅÅ-MM-DD (när den sattes upp; annars områdets startdatum)"),
        _c("namn", "", True),
        _c("enhet", "%, antal, index …", True),
        _c("basår", "startlägets år", True),
        _c("basvärde", "startläget", True),
        _c("riket", "rikets värde samma år"),
        _c("mål", "ett tal, eller t.ex. bland de 25 % bästa", True),
        _c("kolada", "Koladas KPI-id"),
        _c("bättre", "högre eller lägre"),
        _c("av", "ledartröja", True),
    ),
)
VALUES = Sheet(
    "Värden",
    "Indikatorernas uppmätta värden per år.",
    (
        _c("indikator", "nyckel från fliken Indikatorer", True),
        _c("år", "", True),
        _c("värde", "", True),
        _c("kön", "T (totalt), K eller M"),
        _c("datum", "ÅÅÅÅ-MM-DD, när värdet registrerades", True),
        _c("av", "ledartröja", True),
    ),
)
STEPS = Sheet(
    "Steg",
    "Flyttar och beslut, i den ordning de skedde.",
    (
        _c("område", "nyckel", True),
        _c("datum", "ÅÅÅÅ-MM-DD", True),
        _c("steg", "flytt, godkänd, recycle, vilande, kill, återupptagen eller tillbakadragen",
           True),
        _c("fas", "flytt: fasen som området flyttas till; recycle: fasen det går tillbaka till"),
        _c("text", "skälet, eller beslutets kommentar"),
        _c("till", "vilande: tertialen då det tas upp igen, t.ex. 2025-T1"),
        _c("av", "ledartröja (flytt) eller fadder (beslut)", True),
    ),
)  # fmt: skip
MERGES = Sheet(
    "Sammanslagningar",
    "Områden som slogs samman till ett nytt.",
    (
        _c("nyckel", "det nya områdets nyckel", True),
        _c("källor", "de sammanslagna områdenas nycklar, med mellanslag", True),
        _c("datum", "ÅÅÅÅ-MM-DD", True),
        _c("fråga", "", True),
        _c("spår", "målsökande eller målstyrt"),
        _c("fas", "fasen det nya området startar i"),
        _c("fadder", "användarnamn", True),
        _c("ledartröja 1", "användarnamn", True),
        _c("ledartröja 2", "användarnamn", True),
        _c("omgång", ""),
        _c("skäl", "", True),
        _c("av", "facilitator", True),
    ),
)
PERIODS = Sheet(
    "Perioder",
    "Tertialerna som följts upp: när de öppnades och stängdes.",
    (_c("period", "ÅÅÅÅ-T1, -T2 eller -T3", True), _c("öppnad", "ÅÅÅÅ-MM-DD", True),
     _c("stängd", "ÅÅÅÅ-MM-DD"), _c("av", "facilitator", True)),
)  # fmt: skip
COLOURS = Sheet(
    "Färger",
    "Varje områdes färg per tertial; gul och röd med orsak och åtgärder.",
    (
        _c("område", "nyckel", True),
        _c("period", "ÅÅÅÅ-Tn", True),
        _c("färg", "grön, gul eller röd", True),
        _c("orsak", "för gul och röd"),
        _c("åtgärder", "för gul och röd"),
        _c("kommentar", ""),
        _c("datum", "ÅÅÅÅ-MM-DD, när färgen lämnades", True),
        _c("av", "fadder eller ledartröja", True),
    ),
)

SHEETS = (PEOPLE, ROUNDS, AREAS, INDICATORS, ACTIVITIES, STATEMENTS, TESTS, LESSONS, IDEAS,
          VALUES, STEPS, MERGES, PERIODS, COLOURS)  # fmt: skip
BY_NAME = {s.name: s for s in SHEETS}
