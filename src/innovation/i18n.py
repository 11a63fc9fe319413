"""Every string a user reads, in Swedish (the default) and English."""

from __future__ import annotations

import os
from typing import Any

LANGUAGES = ("sv", "en")
_current = "sv"


def set_language(lang: str | None) -> str:
    """Sets the language for this process; unknown values fall back to Swedish."""
    global _current
    chosen = (lang or os.environ.get("INNOVATION_LANG") or "sv").lower()[:2]
    _current = chosen if chosen in LANGUAGES else "sv"
    return _current


def language() -> str:
    return _current


def t(msg: str, /, *, lang: str | None = None, **params: Any) -> str:
    entry = CATALOG.get(msg)
    if entry is None:
        return msg
    text = entry.get(lang or _current) or entry["en"]
    return text.format(**params) if params else text


CATALOG: dict[str, dict[str, str]] = {
    # kinds of things, used inside other messages
    "kind.area": {"sv": "område", "en": "area"},
    "kind.request": {"sv": "begäran", "en": "request"},
    "kind.test": {"sv": "test", "en": "test"},
    "kind.activity": {"sv": "aktivitet", "en": "activity"},
    "kind.lesson": {"sv": "lärdom", "en": "lesson"},
    "kind.indicator": {"sv": "indikator", "en": "indicator"},
    "kind.person": {"sv": "person", "en": "person"},
    "kind.event": {"sv": "händelse", "en": "event"},
    # tracks and roles
    "track.malsokande": {"sv": "målsökande", "en": "goal-seeking (målsökande)"},
    "track.malstyrt": {"sv": "målstyrt", "en": "goal-directed (målstyrt)"},
    "track_short.malsokande": {"sv": "MSÖ", "en": "MSÖ"},
    "track_short.malstyrt": {"sv": "MS", "en": "MS"},
    "role.ledartroja": {"sv": "ledartröja", "en": "ledartröja (area lead)"},
    "role.fadder": {"sv": "fadder", "en": "fadder (sponsor)"},
    "role.facilitator": {"sv": "facilitator", "en": "facilitator"},
    "role.admin": {"sv": "admin", "en": "admin"},
    "status.open": {"sv": "väntar", "en": "waiting"},
    "status.approved": {"sv": "godkänd", "en": "approved"},
    "status.rejected": {"sv": "avslagen", "en": "rejected"},
    "status.held": {"sv": "vilandeförklarad", "en": "put on hold"},
    "status.killed": {"sv": "avslutad (kill)", "en": "killed"},
    "status.withdrawn": {"sv": "tillbakadragen", "en": "withdrawn"},
    # names of fields, as the subject of a sentence
    "field.name": {"sv": "Namnet", "en": "The name"},
    "field.question": {"sv": "Frågan", "en": "The question"},
    "field.round": {"sv": "Omgången", "en": "The round"},
    "field.kind": {"sv": "Typen av aktivitet", "en": "The kind of activity"},
    "field.residents": {"sv": "Antalet invånare", "en": "The number of residents"},
    "field.staff": {"sv": "Antalet medarbetare", "en": "The number of staff"},
    "field.managers": {"sv": "Antalet chefer", "en": "The number of managers"},
    "field.note": {"sv": "Anteckningen", "en": "The note"},
    "field.scope": {"sv": "Avgränsningen", "en": "The scope statement"},
    "field.nylage": {"sv": "Nyläget", "en": "The new state (nyläge)"},
    "field.owner": {"sv": "Mottagande verksamhet", "en": "The receiving owner"},
    "field.unit": {"sv": "Enheten", "en": "The unit"},
    "field.baseline_year": {"sv": "Startåret", "en": "The baseline year"},
    "field.baseline": {"sv": "Startvärdet", "en": "The baseline"},
    "field.national": {"sv": "Rikets värde", "en": "The national value"},
    "field.target": {"sv": "Målet", "en": "The target"},
    "field.kolada": {"sv": "Kolada-id", "en": "The Kolada id"},
    "field.hypothesis": {"sv": "Hypotesen", "en": "The hypothesis"},
    "field.measure": {"sv": "Hur det mäts", "en": "How it is measured"},
    "field.result": {"sv": "Resultatet", "en": "The result"},
    "field.lesson": {"sv": "Lärdomen", "en": "The lesson"},
    "field.reason": {"sv": "Motiveringen", "en": "The reason"},
    "field.comment": {"sv": "Kommentaren", "en": "The comment"},
    # input errors
    "error.text_empty": {
        "sv": "{field} får inte vara tom.",
        "en": "{field} must not be empty.",
    },
    "error.text_long": {
        "sv": "{field} är för lång: {length} tecken, högst {limit} är tillåtet.",
        "en": "{field} is too long: {length} characters, at most {limit} are allowed.",
    },
    "error.text_newline": {
        "sv": "{field} ska vara en rad: ta bort radbrytningar och tabbar.",
        "en": "{field} must be one line: remove line breaks and tabs.",
    },
    "error.text_control": {
        "sv": "{field} innehåller ett kontrolltecken ({code}): ta bort det.",
        "en": "{field} contains a control character ({code}): remove it.",
    },
    "error.bad_username": {
        "sv": "Ogiltigt användarnamn {username!r}: använd a-z, 0-9, punkt, bindestreck "
        "eller understreck (högst 63 tecken).",
        "en": "Invalid username {username!r}: use a-z, 0-9, dot, hyphen or underscore "
        "(at most 63 characters).",
    },
    "error.bad_key": {
        "sv": "{key!r} är ingen giltig nyckel för {kind}: skriv till exempel {example}.",
        "en": "{key!r} is not a valid {kind} key: write for example {example}.",
    },
    "error.bad_number": {
        "sv": "{field} måste vara ett tal mellan {low} och {high}, inte {value!r}.",
        "en": "{field} must be a number between {low} and {high}, not {value!r}.",
    },
    "error.bad_year": {
        "sv": "{field} måste vara ett år mellan 1900 och 2100, inte {value}.",
        "en": "{field} must be a year between 1900 and 2100, not {value}.",
    },
    "kind.partner": {"sv": "partner", "en": "partner"},
    "kind.collaboration": {"sv": "samverkan", "en": "collaboration"},
    "error.forbidden_rounds": {
        "sv": "{actor} får inte lägga till omgångar: det gör en facilitator eller admin.",
        "en": "{actor} may not add rounds: a facilitator or admin does that.",
    },
    "error.round_exists": {
        "sv": "Omgången {name!r} finns redan.",
        "en": "The round {name!r} already exists.",
    },
    "error.unknown_round": {
        "sv": "Det finns ingen omgång {name!r} (finns: {known}). Lägg till den med: innovation round add {name!r} --year ÅÅÅÅ",
        "en": "There is no round {name!r} (known: {known}). Add it with: innovation round add {name!r} --year YYYY",
    },
    "error.merge_two": {
        "sv": "Ange områdena som går upp i det nya, utan dubbletter (ett räcker när en fråga formuleras om).",
        "en": "Name the areas that go into the new one, without repeats (one will do when a question is reframed).",
    },
    "error.merge_merged": {
        "sv": "{area} är redan sammanslaget till {into}",
        "en": "{area} is already merged into {into}",
    },
    "error.merge_ended": {
        "sv": "{area} har avslutats ({phase})",
        "en": "{area} has ended ({phase})",
    },
    "error.merge_refused": {
        "sv": "Kan inte slå samman: {problems}.",
        "en": "Cannot merge: {problems}.",
    },
    "error.merge_phase": {
        "sv": "Det nya området kan inte börja i {phase!r}: högst så långt som det minst framskridna källområdet ({allowed}).",
        "en": "The new area cannot start in {phase!r}: at most as far as the least advanced source ({allowed}).",
    },
    "error.forbidden_merge": {
        "sv": "{actor} får inte slå samman områden: det gör en facilitator eller admin.",
        "en": "{actor} may not merge areas: a facilitator or admin does that.",
    },
    "error.area_merged": {
        "sv": "{area} är sammanslaget till {into} och avslutat: arbeta vidare i {into}.",
        "en": "{area} has been merged into {into} and has ended: carry on in {into}.",
    },
    "error.not_a_lead": {
        "sv": "{username} är inte ledartröja för {area} (det är {leads}).",
        "en": "{username} is not a ledartröja of {area} (those are {leads}).",
    },
    "error.already_lead": {
        "sv": "{username} är redan ledartröja för {area}.",
        "en": "{username} is already a ledartröja of {area}.",
    },
    "error.forbidden_handover_note": {
        "sv": "{actor} har inte lämnat över {area}: bara den avgående ledartröjan skriver överlämningen.",
        "en": "{actor} has not handed {area} over: only the outgoing ledartröja writes the hand-over note.",
    },
    "error.handover_read": {
        "sv": "Överlämningen är redan läst av {incoming} ({at}); skriv till hen direkt i stället.",
        "en": "The hand-over note was already read by {incoming} ({at}); write to them directly instead.",
    },
    "error.bad_partner_kind": {
        "sv": "Okänd sorts partner {value!r}: välj {choices}.",
        "en": "Unknown kind of partner {value!r}: choose {choices}.",
    },
    "error.bad_form": {
        "sv": "Okänd samverkansform {value!r}: välj {choices}.",
        "en": "Unknown form of collaboration {value!r}: choose {choices}.",
    },
    "error.until_before_since": {
        "sv": "Slutdatumet {until} ligger före startdatumet {since}.",
        "en": "The end date {until} is before the start date {since}.",
    },
    "error.forbidden_partner": {
        "sv": "{actor} får inte registrera partners: det gör en ledartröja eller facilitator.",
        "en": "{actor} may not register partners: a ledartröja or facilitator does that.",
    },
    "error.partner_exists": {
        "sv": "Partnern {name!r} finns redan som {key}.",
        "en": "The partner {name!r} already exists as {key}.",
    },
    "error.forbidden_link": {
        "sv": "{actor} får inte ändra samverkan för {area}: det gör dess ledartröjor ({leads}) eller en facilitator.",
        "en": "{actor} may not change the collaborations of {area}: its ledartröjor ({leads}) or a facilitator do that.",
    },
    "error.bad_date": {
        "sv": "Datumet {value!r} är ogiltigt: skriv ÅÅÅÅ-MM-DD.",
        "en": "The date {value!r} is invalid: write YYYY-MM-DD.",
    },
    "error.future_date": {
        "sv": "Datumet {value} ligger i framtiden: registrera aktiviteter när de har ägt rum.",
        "en": "The date {value} is in the future: record activities once they have happened.",
    },
    "error.no_participants": {
        "sv": "En medskapande aktivitet behöver minst en deltagare: ange --residents, "
        "--staff eller --managers.",
        "en": "A co-creation activity needs at least one participant: give --residents, "
        "--staff or --managers.",
    },
    "error.bad_track": {
        "sv": "Okänt spår {value!r}: välj {choices}.",
        "en": "Unknown track {value!r}: choose {choices}.",
    },
    "error.bad_role": {
        "sv": "Okänd roll {value!r}: välj {choices}.",
        "en": "Unknown role {value!r}: choose {choices}.",
    },
    "error.no_role": {
        "sv": "Ange minst en roll med --role ({choices}).",
        "en": "Give at least one role with --role ({choices}).",
    },
    "error.bad_outcome": {
        "sv": "Okänt utfall {value!r}: välj worked eller did-not-work.",
        "en": "Unknown outcome {value!r}: choose worked or did-not-work.",
    },
    # who acts
    "error.no_people": {
        "sv": "Arbetsytan har inga personer ännu. Lägg till den första (en admin): "
        'innovation person add ANVÄNDARNAMN --name "…" --role admin',
        "en": "The workspace has no people yet. Add the first one (an admin): "
        'innovation person add USERNAME --name "…" --role admin',
    },
    "error.unknown_actor": {
        "sv": "Du är inloggad som {username!r}, som inte finns i arbetsytan. Ange vem du är "
        "med --as ANVÄNDARNAMN eller INNOVATION_USER, eller be en facilitator lägga till dig.",
        "en": "You are logged in as {username!r}, who is not in this workspace. Say who you "
        "are with --as USERNAME or INNOVATION_USER, or ask a facilitator to add you.",
    },
    "error.first_person_admin": {
        "sv": "Den första personen i en arbetsyta måste vara admin: lägg till --role admin.",
        "en": "The first person in a workspace must be an admin: add --role admin.",
    },
    "error.not_found": {
        "sv": "Det finns ingen {kind} {key}.",
        "en": "There is no {kind} {key}.",
    },
    "error.unknown_person": {
        "sv": "Det finns ingen person med användarnamnet {username!r}: lägg till hen med "
        "innovation person add.",
        "en": "There is no person with the username {username!r}: add them with "
        "innovation person add.",
    },
    "error.person_exists": {
        "sv": "Det finns redan en person med användarnamnet {username!r}.",
        "en": "There is already a person with the username {username!r}.",
    },
    # permissions
    "error.forbidden_people": {
        "sv": "{actor} får inte lägga till personer: det gör en admin eller facilitator.",
        "en": "{actor} may not add people: an admin or facilitator does that.",
    },
    "error.forbidden_areas": {
        "sv": "{actor} får inte skapa eller bemanna områden: det gör en facilitator.",
        "en": "{actor} may not create areas or assign their people: a facilitator does that.",
    },
    "error.forbidden_record": {
        "sv": "{actor} får inte ändra {area}: bara områdets ledartröjor ({leads}) registrerar "
        "arbete och begär flyttar.",
        "en": "{actor} may not change {area}: only the area's ledartröjor ({leads}) record "
        "work and request moves.",
    },
    "error.forbidden_decide": {
        "sv": "{actor} får inte besluta om {request}: det gör områdets fadder, {fadder}, "
        "eller hens ersättare.",
        "en": "{actor} may not decide {request}: the area's fadder, {fadder}, or their "
        "delegate does that.",
    },
    "error.own_request": {
        "sv": "{actor} begärde själv {request} och kan inte besluta om den (fyra ögon).",
        "en": "{actor} filed {request} and cannot decide it (four eyes).",
    },
    "error.lacks_role": {
        "sv": "{username} har inte rollen {role}: ge hen rollen först.",
        "en": "{username} does not hold the role {role}: give them the role first.",
    },
    "error.fadder_is_lead": {
        "sv": "{username} kan inte vara både fadder och ledartröja för samma område (fyra ögon).",
        "en": "{username} cannot be both fadder and ledartröja of the same area (four eyes).",
    },
    "error.two_leads": {
        "sv": "Ett område har två olika ledartröjor: ange --ledartroja två gånger med olika "
        "personer.",
        "en": "An area has two different ledartröjor: give --ledartroja twice with different "
        "people.",
    },
    # flow
    "error.no_such_phase": {
        "sv": "Fasen {phase!r} finns inte i flödet {flow}: välj bland {choices}.",
        "en": "The phase {phase!r} is not in the flow {flow}: choose from {choices}.",
    },
    "error.no_move": {
        "sv": "{area} kan inte gå från {source} till {dest} i flödet {flow}. Öppna flyttar "
        "nu: {open}.",
        "en": "{area} cannot go from {source} to {dest} in the flow {flow}. Moves open now: "
        "{open}.",
    },
    "error.no_moves_open": {"sv": "inga", "en": "none"},
    "error.move_missing": {
        "sv": "{source} → {dest} kräver {missing}",
        "en": "{source} → {dest} needs {missing}",
    },
    "error.open_request": {
        "sv": "{area} har redan en öppen begäran, {request} ({source} → {dest}): vänta på "
        "fadderns beslut.",
        "en": "{area} already has an open request, {request} ({source} → {dest}): wait for "
        "the fadder's decision.",
    },
    "error.request_closed": {
        "sv": "{request} är redan {status} av {by} {at}.",
        "en": "{request} was already {status} by {by} at {at}.",
    },
    "error.request_outdated": {
        "sv": "{request} gäller {source} → {dest}, men {area} står nu i {phase}: begäran kan "
        "inte längre genomföras.",
        "en": "{request} is for {source} → {dest}, but {area} is now in {phase}: the request "
        "can no longer be carried out.",
    },
    "error.test_has_result": {
        "sv": "{test} har redan ett resultat; registrera ett nytt test i stället.",
        "en": "{test} already has a result; record a new test instead.",
    },
    "error.forbidden_roles": {
        "sv": "{actor} får inte ändra roller: det gör en admin.",
        "en": "{actor} may not change roles: an admin does that.",
    },
    "error.last_admin": {
        "sv": "{username} är den enda admin: ge någon annan rollen admin först.",
        "en": "{username} is the only admin: give someone else the admin role first.",
    },
    "error.role_in_use": {
        "sv": "{username} är {role} för {areas}: byt person där först (innovation area assign).",
        "en": "{username} is {role} of {areas}: assign someone else there first (innovation area assign).",
    },
    "error.assign_nothing": {
        "sv": "Ange --fadder och/eller --ledartroja två gånger.",
        "en": "Give --fadder and/or --ledartroja twice.",
    },
    "error.assign_same": {
        "sv": "{area} har redan de personerna: inget att ändra.",
        "en": "{area} already has those people: nothing to change.",
    },
    "error.on_hold": {
        "sv": "{area} är vilande till {until}: fadder {fadder} återupptar det med innovation resume {area}",
        "en": "{area} is on hold (vilande) until {until}: the fadder, {fadder}, resumes it with innovation resume {area}",
    },
    "error.lead_decides": {
        "sv": "{actor} leder {area} och kan inte besluta om {request} (fyra ögon).",
        "en": "{actor} leads {area} and cannot decide {request} (four eyes).",
    },
    "error.bad_back_to": {
        "sv": "{phase!r} ligger inte före {current} i samma cykel: välj {choices}.",
        "en": "{phase!r} does not come before {current} in the same cycle: choose {choices}.",
    },
    "error.no_kill": {
        "sv": 'Flödet {flow} har ingen kill-fas ([flow] kill = "…").',
        "en": 'The flow {flow} has no kill phase ([flow] kill = "…").',
    },
    "error.forbidden_withdraw": {
        "sv": "{actor} får inte dra tillbaka {request}: bara {by}, som begärde den.",
        "en": "{actor} may not withdraw {request}: only {by}, who filed it.",
    },
    "error.forbidden_resume": {
        "sv": "{actor} får inte återuppta {area}: det gör fadder {fadder} eller hens ersättare.",
        "en": "{actor} may not resume {area}: the fadder, {fadder}, or their delegate does that.",
    },
    "error.forbidden_delegate": {
        "sv": "{actor} får inte delegera beslut om {area}: det gör fadder {fadder}.",
        "en": "{actor} may not delegate decisions on {area}: the fadder, {fadder}, does that.",
    },
    "error.not_on_hold": {
        "sv": "{area} är inte vilande.",
        "en": "{area} is not on hold.",
    },
    "error.delegate_args": {
        "sv": "Ange --to ANVÄNDARNAMN och --until ÅÅÅÅ-MM-DD, eller --revoke.",
        "en": "Give --to USERNAME and --until YYYY-MM-DD, or --revoke.",
    },
    "error.past_date": {
        "sv": "Datumet {value} har redan varit.",
        "en": "The date {value} has already passed.",
    },
    "error.no_delegation": {
        "sv": "{area} har ingen aktiv delegering.",
        "en": "{area} has no active delegation.",
    },
    "error.delegate_self": {
        "sv": "{username} kan inte ersätta fadder för {area}: hen är områdets fadder eller ledartröja (fyra ögon).",
        "en": "{username} cannot stand in for the fadder of {area}: they are its fadder or one of its ledartröjor (four eyes).",
    },
    "error.bad_period": {
        "sv": "Ogiltig period {value!r}: skriv ÅÅÅÅ-T1, ÅÅÅÅ-T2 eller ÅÅÅÅ-T3.",
        "en": "Invalid period {value!r}: write YYYY-T1, YYYY-T2 or YYYY-T3.",
    },
    "error.past_period": {
        "sv": "Tertialen {value} har redan passerat (nu är det {current}): välj en kommande tertial att återkomma i.",
        "en": "The tertial {value} has already passed (it is now {current}): choose a coming tertial to revisit it.",
    },
    "error.bad_event": {
        "sv": "{value!r} är ingen händelse: skriv dess nummer, t.ex. 42 eller #42.",
        "en": "{value!r} is not an event: write its number, e.g. 42 or #42.",
    },
    "error.forbidden_annotate": {
        "sv": "{actor} får inte anteckna historiken: det gör en facilitator.",
        "en": "{actor} may not annotate the history: a facilitator does that.",
    },
    "audit.missing": {
        "sv": "händelse #{first}–#{last} saknas: kedjan hoppar från #{first_before} till #{after} (raderad)",
        "en": "events #{first}–#{last} are missing: the chain jumps from #{first_before} to #{after} (deleted)",
    },
    "audit.prev": {
        "sv": "händelse #{event} pekar inte på #{before}: dess föregående hash stämmer inte (en händelse har lagts in, tagits bort eller flyttats)",
        "en": "event #{event} does not follow #{before}: its previous-hash does not match (an event was inserted, removed or moved)",
    },
    "audit.changed": {
        "sv": "händelse #{event} har ändrats: innehållet stämmer inte med dess hash",
        "en": "event #{event} has been changed: its content no longer matches its hash",
    },
    "audit.truncated": {
        "sv": "kedjan har {count} händelser men huvudet du sparade är #{kept}: händelser efter #{count} har tagits bort (trunkerad)",
        "en": "the trail has {count} events, but the head you kept is #{kept}: the events after #{count} were removed (truncated)",
    },
    "audit.head_differs": {
        "sv": "händelse #{event} har hash {found}, inte {kept} som du sparade: kedjan har skrivits om",
        "en": "event #{event} has the hash {found}, not the {kept} you kept: the trail was rewritten",
    },
    "audit.ok": {
        "sv": "Kedjan är hel: {count} händelser, huvud {head}",
        "en": "The chain is intact: {count} events, head {head}",
    },
    "audit.expect_ok": {
        "sv": "Huvudet {count}:{head} finns kvar i kedjan.",
        "en": "The kept head {count}:{head} is still in the trail.",
    },
    "audit.broken": {
        "sv": "Kedjan är bruten vid händelse #{event}: {detail}",
        "en": "The chain is broken at event #{event}: {detail}",
    },
    "error.bad_head": {
        "sv": "{value!r} är inget huvud: skriv ANTAL:HASH som innovation audit head skriver ut.",
        "en": "{value!r} is not a head: write COUNT:HASH as innovation audit head prints it.",
    },
    "replay.at": {"sv": "händelse #{event}: {detail}", "en": "event #{event}: {detail}"},
    "replay.no_move": {
        "sv": "flödet {flow} har ingen övergång {source} → {dest}",
        "en": "the flow {flow} has no move {source} → {dest}",
    },
    "replay.needs_fadder": {
        "sv": "{source} → {dest} kräver nu fadderns beslut, men gjordes utan",
        "en": "{source} → {dest} now needs the fadder's decision, but was made without it",
    },
    "replay.missing": {
        "sv": "{source} → {dest} gjordes utan {missing}, som flödet nu kräver",
        "en": "{source} → {dest} was made without {missing}, which the flow now requires",
    },
    "replay.cycle": {
        "sv": "händelsen säger cykel {found}, flödet ger cykel {expected}",
        "en": "the event says cycle {found}, the flow gives cycle {expected}",
    },
    "replay.not_open": {
        "sv": "{request} var inte öppen när beslutet fattades",
        "en": "{request} was not open when it was decided",
    },
    "replay.initial": {
        "sv": "området skapades i {phase}, men flödet börjar i {initial}",
        "en": "the area was created in {phase}, but the flow starts in {initial}",
    },
    "replay.not_gated": {
        "sv": "{source} → {dest} är ingen övergång som fadder beslutar om",
        "en": "{source} → {dest} is not a move the fadder decides",
    },
    "replay.not_earlier": {
        "sv": "{phase} ligger inte före {current}",
        "en": "{phase} does not come before {current}",
    },
    "replay.no_history": {
        "sv": "{area} finns i tabellerna men inte i historiken",
        "en": "{area} is in the tables but not in the history",
    },
    "replay.no_row": {
        "sv": "{area} finns i historiken men inte i tabellerna",
        "en": "{area} is in the history but not in the tables",
    },
    "replay.differs": {
        "sv": "{area}: {field} är {table!r} i tabellerna men {history!r} enligt historiken",
        "en": "{area}: {field} is {table!r} in the tables but {history!r} by the history",
    },
    "replay.request_differs": {
        "sv": "{request}: {table} i tabellerna men {history} enligt historiken",
        "en": "{request}: {table} in the tables but {history} by the history",
    },
    "replay.ok": {
        "sv": "Omspelningen stämmer: alla tabeller byggs upp igen ur {events} händelser, rad för rad, och varje flytt följer flödet ({areas} områden, {requests} begäranden).",
        "en": "The replay matches: every table is rebuilt from {events} events, row by row, and every move follows the flow ({areas} areas, {requests} requests).",
    },
    "replay.failed": {
        "sv": "Omspelningen hittade {count} skillnader:",
        "en": "The replay found {count} differences:",
    },
    "error.bad_format": {
        "sv": "Okänt format {value!r}: välj {choices}.",
        "en": "Unknown format {value!r}: choose {choices}.",
    },
    "out.report_written": {
        "sv": "Rapporten är skriven till {path}",
        "en": "The report is written to {path}",
    },
    "out.exported": {
        "sv": "Exporterade {count} händelser till {path}",
        "en": "Exported {count} events to {path}",
    },
    "out.head": {
        "sv": "Spara huvudet någon annanstans; kontrollera senare med innovation audit verify --expect {count}:{head}",
        "en": "Keep this head somewhere else; check it later with innovation audit verify --expect {count}:{head}",
    },
    "kind.idea": {"sv": "idé", "en": "idea"},
    "idea.open": {"sv": "öppen", "en": "open"},
    "idea.promoted": {"sv": "blev test", "en": "promoted"},
    "idea.parked": {"sv": "parkerad", "en": "parked"},
    "idea.declined": {"sv": "avböjd", "en": "declined"},
    "idea_kind.idea": {"sv": "idé", "en": "idea"},
    "idea_kind.stop": {"sv": "sluta göra", "en": "stop doing"},
    "source.medskapande": {"sv": "medskapande", "en": "co-creation"},
    "source.resident": {"sv": "invånare", "en": "resident"},
    "source.employee": {"sv": "medarbetare", "en": "employee"},
    "source.manager": {"sv": "chef", "en": "manager"},
    "source.partner": {"sv": "partner", "en": "partner"},
    "field.title": {"sv": "Rubriken", "en": "The title"},
    "field.description": {"sv": "Beskrivningen", "en": "The description"},
    "field.source_note": {"sv": "Anteckningen om källan", "en": "The note on the source"},
    "field.effect": {"sv": "Effekt för invånarna", "en": "Effect for residents"},
    "field.cost": {"sv": "Kostnad", "en": "Cost"},
    "field.speed": {"sv": "Hur snabbt det kan testas", "en": "How quickly it can be tested"},
    "field.search": {"sv": "Sökningen", "en": "The search"},
    "error.bad_source": {
        "sv": "Okänd källa {value!r}: välj {choices}.",
        "en": "Unknown source {value!r}: choose {choices}.",
    },
    "error.activity_elsewhere": {
        "sv": "{activity} hör inte till {area}.",
        "en": "{activity} does not belong to {area}.",
    },
    "error.forbidden_idea": {
        "sv": "{actor} får inte besluta om {idea}: det gör {area}s ledartröjor ({leads}).",
        "en": "{actor} may not decide on {idea}: {area}'s ledartröjor ({leads}) do.",
    },
    "error.idea_decided": {"sv": "{idea} är redan {status}.", "en": "{idea} is already {status}."},
    "error.no_support": {"sv": "Du stöder inte {idea}.", "en": "You do not support {idea}."},
    "error.already_supported": {
        "sv": "Du stöder redan {idea}: en röst per person.",
        "en": "You already support {idea}: one support per person.",
    },
    "error.idea_same_area": {
        "sv": "{idea} hör redan till {area}.",
        "en": "{idea} already belongs to {area}.",
    },
    "event.idea.add": {"sv": "idé", "en": "idea"},
    "event.idea.support": {"sv": "stöd för idé", "en": "idea supported"},
    "event.idea.unsupport": {"sv": "stöd tillbakadraget", "en": "support withdrawn"},
    "event.idea.score": {"sv": "idé bedömd", "en": "idea weighed"},
    "event.idea.promote": {"sv": "idé blev test", "en": "idea promoted"},
    "event.idea.park": {"sv": "idé parkerad", "en": "idea parked"},
    "event.idea.decline": {"sv": "idé avböjd", "en": "idea declined"},
    "event.idea.move": {"sv": "idé flyttad", "en": "idea moved"},
    "event.idea": {"sv": "idéer", "en": "ideas"},
    "color.gron": {"sv": "grön", "en": "green"},
    "color.gul": {"sv": "gul", "en": "yellow"},
    "color.rod": {"sv": "röd", "en": "red"},
    "color.missing": {"sv": "saknas", "en": "missing"},
    "field.cause": {"sv": "orsak", "en": "the cause"},
    "field.measures": {"sv": "vidtagna åtgärder", "en": "the measures taken"},
    "error.bad_color": {
        "sv": "Okänd färg {value!r}: välj gron, gul eller rod.",
        "en": "Unknown colour {value!r}: choose gron, gul or rod.",
    },
    "error.status_needs": {
        "sv": 'Vid {color} ska rapporten ange {missing}: --cause "…" --measures "…"',
        "en": 'A {color} report must state {missing}: --cause "…" --measures "…"',
    },
    "error.no_period": {
        "sv": "Perioden {period} är inte öppnad: en facilitator öppnar den med innovation period open {period}",
        "en": "The period {period} has not been opened: a facilitator opens it with innovation period open {period}",
    },
    "error.period_exists": {
        "sv": "Perioden {period} finns redan.",
        "en": "The period {period} already exists.",
    },
    "error.period_closed": {
        "sv": "Perioden {period} är redan stängd.",
        "en": "The period {period} is already closed.",
    },
    "error.period_closed_amend": {
        "sv": 'Perioden {period} är stängd: rättelser görs med innovation status amend {area} --period {period} … --reason "…"',
        "en": 'The period {period} is closed: correct it with innovation status amend {area} --period {period} … --reason "…"',
    },
    "error.period_open_set": {
        "sv": "Perioden {period} är öppen: ändra rapporten med innovation status set {area} --period {period} …",
        "en": "The period {period} is open: change the report with innovation status set {area} --period {period} …",
    },
    "error.forbidden_period": {
        "sv": "{actor} får inte öppna eller stänga perioder: det gör en facilitator.",
        "en": "{actor} may not open or close periods: a facilitator does that.",
    },
    "error.forbidden_status": {
        "sv": "{actor} får inte rapportera för {area}: det gör fadder {fadder} eller ledartröjorna ({leads}).",
        "en": "{actor} may not report for {area}: the fadder, {fadder}, or the ledartröjor ({leads}) do.",
    },
    "event.period.open": {"sv": "period öppnad", "en": "period opened"},
    "event.period.close": {"sv": "period stängd", "en": "period closed"},
    "event.status.set": {"sv": "uppföljning", "en": "follow-up"},
    "event.status.amend": {"sv": "uppföljning rättad", "en": "follow-up amended"},
    "event.period": {"sv": "perioder", "en": "periods"},
    "event.status": {"sv": "uppföljning", "en": "follow-up"},
    "period.open": {"sv": "öppen", "en": "open"},
    "period.closed": {"sv": "stängd", "en": "closed"},
    "period.not_opened": {"sv": "inte öppnad", "en": "not opened"},
    "rep.title": {
        "sv": "Uppföljning {period}: kommungemensamma områden",
        "en": "Follow-up {period}: cross-department areas",
    },
    "rep.meta": {
        "sv": "Perioden är {status}. {as_of} Sammanställd {at} ur innovation{revision}.",
        "en": "The period is {status}. {as_of} Compiled {at} from innovation{revision}.",
    },
    "rep.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "rep.colors": {"sv": "Status", "en": "Status"},
    "rep.phases": {"sv": "Faser", "en": "Phases"},
    "rep.tracks": {"sv": "Spår", "en": "Tracks"},
    "rep.activity": {
        "sv": "Under perioden: {moves} flyttar, {adoptions} införda arbetssätt, {lessons} lärdomar",
        "en": "During the period: {moves} moves, {adoptions} adoptions, {lessons} lessons",
    },
    "rep.waiting": {"sv": "Väntar på fadderns beslut", "en": "Waiting for the fadder's decision"},
    "rep.missing": {"sv": "Saknar rapport", "en": "No report"},
    "rep.holds_due": {"sv": "Vilande, åter denna period", "en": "On hold, due back this period"},
    "rep.areas": {"sv": "Områdena", "en": "The areas"},
    "rep.area_meta": {
        "sv": "{track} · fas {phase} · cykel {cycle} · fadder {fadder} · ledartröjor {leads}",
        "en": "{track} · phase {phase} · cycle {cycle} · fadder {fadder} · ledartröjor {leads}",
    },
    "rep.amended": {"sv": "rättad", "en": "amended"},
    "rep.cause": {"sv": "Orsak", "en": "Cause"},
    "rep.measures": {"sv": "Vidtagna åtgärder", "en": "Measures taken"},
    "rep.comment": {"sv": "Kommentar", "en": "Comment"},
    "rep.hold": {"sv": "Vilande till {until}: {reason}", "en": "On hold until {until}: {reason}"},
    "rep.national": {"sv": "riket", "en": "national"},
    "replay.bad_source": {
        "sv": "sammanslagningen nämner {area}, som inte finns eller redan är sammanslaget",
        "en": "the merge names {area}, which does not exist or is already merged",
    },
    "replay.merge_phase": {
        "sv": "det sammanslagna området börjar i {phase}, längre än sitt minst framskridna källområde",
        "en": "the merged area starts in {phase}, further than its least advanced source",
    },
    "replay.after_merge": {
        "sv": "{area} ändras efter att det slagits samman till {into}",
        "en": "{area} changes after it was merged into {into}",
    },
    "rep.collaborations": {
        "sv": "Samverkan med aktörer utanför kommunen under perioden: {n} (tertialen före: {previous})",
        "en": "Collaborations with actors outside the municipality in the period: {n} (the tertial before: {previous})",
    },
    "rep.merged": {"sv": "Sammanslagna under perioden", "en": "Merged in the period"},
    "rep.partner": {"sv": "Samverkan", "en": "Collaboration"},
    "rep.latest": {
        "sv": "senast {value} ({year}, {source})",
        "en": "latest {value} ({year}, {source})",
    },
    "rep.no_value": {"sv": "inget uppmätt värde än", "en": "no measured value yet"},
    "rep.kolada_colour": {
        "sv": "Koladas färg: {colour} (plats {rank} av {of} kommuner)",
        "en": "Kolada's colour: {colour} (rank {rank} of {of} municipalities)",
    },
    "rep.kolada_note": {
        "sv": "Koladas färg är kommunens plats bland alla kommuner (bästa fjärdedelen grön, sämsta röd) — inte områdets tertialfärg.",
        "en": "Kolada's colour is the municipality's rank among all municipalities (best quarter green, worst red) — not the area's tertial colour.",
    },
    "col.kolada_colour": {"sv": "Koladas färg", "en": "Kolada's colour"},
    "col.rank": {"sv": "Plats", "en": "Rank"},
    "rep.anchor": {
        "sv": "Revisionsankare (antal:hash): `{anchor}` — kontrollera med innovation audit verify --expect {anchor}",
        "en": "Audit anchor (count:hash): `{anchor}` — check with innovation audit verify --expect {anchor}",
    },
    "rep.time_in_phase": {"sv": "Tid i fas", "en": "Time in phase"},
    "rep.and_more": {"sv": "och {n} till", "en": "and {n} more"},
    "rep.over_time": {
        "sv": "Längre i sin fas än flödet anger",
        "en": "Longer in their phase than the flow allows",
    },
    "field.year": {"sv": "Året", "en": "The year"},
    "field.value": {"sv": "Värdet", "en": "The value"},
    "error.bad_better": {
        "sv": "Okänd riktning {value!r}: välj higher (högre är bättre) eller lower (lägre är bättre).",
        "en": "Unknown direction {value!r}: choose higher (higher is better) or lower (lower is better).",
    },
    "error.bad_gender": {
        "sv": "Okänt kön {value!r}: välj T (totalt), K eller M.",
        "en": "Unknown gender {value!r}: choose T (total), K or M.",
    },
    "error.kolada_unreadable": {
        "sv": "Kan inte läsa {path}: {detail}",
        "en": "Cannot read {path}: {detail}",
    },
    "error.kolada_format": {
        "sv": "{path} är inte Koladas dataformat ({detail}).",
        "en": "{path} is not in Kolada's data format ({detail}).",
    },
    "error.forbidden_import": {
        "sv": "{actor} får inte importera Kolada-data: det gör en facilitator.",
        "en": "{actor} may not import Kolada data: a facilitator does that.",
    },
    "error.nothing_to_change": {
        "sv": "Ange vad som ska ändras: --baseline, --baseline-year, --national eller --target.",
        "en": "Say what to change: --baseline, --baseline-year, --national or --target.",
    },
    "error.baseline_frozen": {
        "sv": "Startläget för {indicator} är låst sedan avgränsningen av {area} godkändes; det kan inte längre ändras.",
        "en": "The baseline of {indicator} is frozen since the scope of {area} was approved; it can no longer be changed.",
    },
    "event.indicator.value": {"sv": "indikatorvärde", "en": "indicator value"},
    "event.indicator.set": {"sv": "indikator ändrad", "en": "indicator changed"},
    "out.imported": {"sv": "Sparade {n} värden", "en": "Stored {n} values"},
    "error.no_kpis": {
        "sv": "Ingen indikator har något Kolada-id att hämta.",
        "en": "No indicator has a Kolada id to fetch.",
    },
    "error.kolada_offline": {
        "sv": "Kunde inte hämta {url}: {detail}. Är datorn uppkopplad?",
        "en": "Could not fetch {url}: {detail}. Is this machine online?",
    },
    "error.forbidden_assignment": {
        "sv": "{actor} får inte ändra uppdragen: det gör en facilitator.",
        "en": "{actor} may not change the assignments: a facilitator does that.",
    },
    "error.no_assignment": {
        "sv": "Det finns inget uppdrag {title!r}.",
        "en": "There is no assignment {title!r}.",
    },
    "error.assignment_exists": {
        "sv": "Uppdraget {title!r} finns redan.",
        "en": "The assignment {title!r} already exists.",
    },
    "error.bad_horizon": {
        "sv": "Okänd horisont {value!r}: välj 1-2 (inom 1-2 år) eller mandate (inom mandatperioden).",
        "en": "Unknown horizon {value!r}: choose 1-2 (within 1-2 years) or mandate (within the mandate period).",
    },
    "event.assignment.add": {"sv": "uppdrag", "en": "assignment"},
    "event.assignment.indicator": {"sv": "uppdragets indikator", "en": "assignment indicator"},
    "event.assignment.status": {"sv": "uppdragets status", "en": "assignment status"},
    "event.assignment": {"sv": "uppdrag", "en": "assignments"},
    "horizon.1-2": {"sv": "inom 1-2 år", "en": "within 1-2 years"},
    "horizon.mandate": {"sv": "inom mandatperioden", "en": "within the mandate period"},
    "rep.assignment": {"sv": "Politiskt uppdrag: {title}", "en": "Political assignment: {title}"},
    "rep.startlage": {
        "sv": "startläge {year}: Tyresö {own}, riket {national}",
        "en": "starting point {year}: Tyresö {own}, national {national}",
    },
    "rep.no_assignment_status": {
        "sv": "Ingen status rapporterad för perioden.",
        "en": "No status reported for the period.",
    },
    "out.assignment_saved": {"sv": "Sparat: {title}", "en": "Saved: {title}"},
    "rep.chart_funnel": {"sv": "Områden per fas", "en": "Areas per phase"},
    "rep.chart_days": {"sv": "Genomsnittlig tid i fas", "en": "Average time in phase"},
    "rep.chart_colors": {"sv": "Status per tertial", "en": "Status per tertial"},
    "phase.nulage": {"sv": "Nuläge", "en": "Nuläge"},
    "phase.avgransning": {"sv": "Avgränsning", "en": "Avgränsning"},
    "phase.nylage": {"sv": "Nyläge", "en": "Nyläge"},
    "phase.test": {"sv": "Test", "en": "Test"},
    "phase.adopt": {"sv": "Adopt", "en": "Adopt"},
    "phase.learn": {"sv": "Learn", "en": "Learn"},
    # requirement hints: what is missing and how to make it right
    "req.medskapande": {
        "sv": "minst en medskapande aktivitet: innovation activity add {area} --date ÅÅÅÅ-MM-DD "
        "--kind … --residents N --staff N --managers N",
        "en": "at least one co-creation (medskapande) activity: innovation activity add {area} "
        "--date YYYY-MM-DD --kind … --residents N --staff N --managers N",
    },
    "req.scope": {
        "sv": 'en avgränsning (vad som ingår och inte): innovation scope set {area} "…"',
        "en": 'a scope statement (what is in, what is out): innovation scope set {area} "…"',
    },
    "req.nylage": {
        "sv": 'en beskrivning av önskat nyläge: innovation nylage set {area} "…"',
        "en": 'a description of the desired new state: innovation nylage set {area} "…"',
    },
    "req.indicator": {
        "sv": "minst en indikator med startvärde och mål: innovation indicator add {area} "
        "--name … --unit … --baseline-year ÅÅÅÅ --baseline V --target …",
        "en": "at least one indicator with a baseline and a target: innovation indicator add "
        "{area} --name … --unit … --baseline-year YYYY --baseline V --target …",
    },
    "req.test_hypothesis": {
        "sv": 'minst ett test med hypotes: innovation test add {area} --hypothesis "…"',
        "en": 'at least one test with a hypothesis: innovation test add {area} --hypothesis "…"',
    },
    "req.test_result": {
        "sv": 'ett test med registrerat resultat: innovation test result TEST --result "…" '
        "--outcome worked|did-not-work",
        "en": 'a test with a recorded result: innovation test result TEST --result "…" '
        "--outcome worked|did-not-work",
    },
    "req.owner": {
        "sv": "en mottagande verksamhet som gör det till ordinarie arbetssätt: innovation owner "
        'set {area} "…"',
        "en": "a receiving owner that makes it the ordinary way of working: innovation owner "
        'set {area} "…"',
    },
    "req.lesson": {
        "sv": 'minst en lärdom: innovation lesson add {area} "…"',
        "en": 'at least one lesson: innovation lesson add {area} "…"',
    },
    "req.ideas": {
        "sv": 'minst {n} idéer i områdets idébank: innovation idea add {area} --title "…"',
        "en": 'at least {n} ideas in the area\'s backlog: innovation idea add {area} --title "…"',
    },
    "req.ideas_from_residents": {
        "sv": 'minst {n} idéer från invånare: innovation idea add {area} --title "…" --source resident',
        "en": 'at least {n} ideas from residents: innovation idea add {area} --title "…" --source resident',
    },
    "req.ideas_from_staff": {
        "sv": 'minst {n} idéer från medarbetare: innovation idea add {area} --title "…" --source employee',
        "en": 'at least {n} ideas from staff: innovation idea add {area} --title "…" --source employee',
    },
    "req.stop_ideas": {
        "sv": 'minst {n} idéer om att sluta göra något: innovation idea add {area} --title "…" --stop',
        "en": 'at least {n} ideas to stop doing something: innovation idea add {area} --title "…" --stop',
    },
    "req.promoted_ideas": {
        "sv": "minst {n} idéer som blivit tester: innovation idea promote IDÉ",
        "en": "at least {n} ideas turned into tests: innovation idea promote IDEA",
    },
    # flow files
    "flow.syntax": {"sv": "TOML-fel: {detail}", "en": "TOML error: {detail}"},
    "flow.missing_field": {
        "sv": "{where}: fältet {field!r} saknas",
        "en": "{where}: the field {field!r} is missing",
    },
    "flow.bad_field": {
        "sv": "{where}: fältet {field!r} ska vara {expected}",
        "en": "{where}: the field {field!r} must be {expected}",
    },
    "flow.bad_id": {
        "sv": "{where}: {value!r} är inget giltigt id (a-z, 0-9, _)",
        "en": "{where}: {value!r} is not a valid id (a-z, 0-9, _)",
    },
    "flow.duplicate_phase": {
        "sv": "{where}: fasen {phase!r} finns redan",
        "en": "{where}: the phase {phase!r} is defined twice",
    },
    "flow.unknown_phase": {
        "sv": "{where}: okänd fas {phase!r} (kända: {known})",
        "en": "{where}: unknown phase {phase!r} (known: {known})",
    },
    "flow.unknown_requirement": {
        "sv": "{where}: okänt krav {name!r} (kända: {known})",
        "en": "{where}: unknown requirement {name!r} (known: {known})",
    },
    "flow.duplicate_trigger": {
        "sv": "{where}: triggern {trigger!r} finns redan (första gången i {first})",
        "en": "{where}: the trigger {trigger!r} is already used (first in {first})",
    },
    "flow.duplicate_move": {
        "sv": "{where}: det finns redan en övergång {source} → {dest} (i {first})",
        "en": "{where}: there is already a transition {source} → {dest} (in {first})",
    },
    "flow.unreachable": {
        "sv": "fasen {phase!r} går inte att nå från startfasen {initial!r}",
        "en": "the phase {phase!r} cannot be reached from the initial phase {initial!r}",
    },
    "flow.no_end": {
        "sv": "flödet har ingen slutfas (end = true)",
        "en": "the flow has no end phase (end = true)",
    },
    "flow.dead_end": {
        "sv": "fasen {phase!r} är ingen slutfas men har inga övergångar ut",
        "en": "the phase {phase!r} is not an end phase but has no way out",
    },
    "flow.kill_not_end": {
        "sv": "[flow] kill: fasen {phase!r} måste vara en slutfas (end = true)",
        "en": "[flow] kill: the phase {phase!r} must be an end phase (end = true)",
    },
    "flow.no_phases": {"sv": "flödet har inga faser", "en": "the flow has no phases"},
    "flow.unknown_key": {
        "sv": "{where}: okänt fält {field!r}",
        "en": "{where}: unknown field {field!r}",
    },
    "flow.invalid": {
        "sv": "Flödesfilen {path} har {count} fel:\n{problems}",
        "en": "The flow file {path} has {count} problems:\n{problems}",
    },
    "flow.not_found": {
        "sv": "Det finns inget flöde {name!r}: välj {choices}.",
        "en": "There is no flow {name!r}: choose {choices}.",
    },
    "flow.unreadable": {
        "sv": "Kan inte läsa {path}: {detail}",
        "en": "Cannot read {path}: {detail}",
    },
    # database
    "db.too_new": {
        "sv": "Databasen har schemaversion {found}, nyare än programmets {expected}: "
        "uppdatera programmet.",
        "en": "The database has schema version {found}, newer than the program's {expected}: "
        "upgrade the program.",
    },
    "db.unsupported": {
        "sv": "Databasadressen {url!r} stöds inte: använd en sökväg till en SQLite-fil, "
        "sqlite:///… eller postgresql://…",
        "en": "The database address {url!r} is not supported: use a path to an SQLite file, "
        "sqlite:///… or postgresql://…",
    },
    "db.unreadable": {
        "sv": "Kan inte öppna databasen {where}: {detail}",
        "en": "Cannot open the database {where}: {detail}",
    },
    "db.busy": {
        "sv": "Databasen är upptagen av en annan skrivning just nu: försök igen.",
        "en": "The database is busy with another write right now: try again.",
    },
    # audit event kinds
    "event.person.add": {"sv": "person tillagd", "en": "person added"},
    "event.area.create": {"sv": "område skapat", "en": "area created"},
    "event.activity.add": {"sv": "medskapande", "en": "co-creation"},
    "event.scope.set": {"sv": "avgränsning", "en": "scope"},
    "event.nylage.set": {"sv": "nyläge", "en": "new state"},
    "event.owner.set": {"sv": "mottagare", "en": "receiving owner"},
    "event.indicator.add": {"sv": "indikator", "en": "indicator"},
    "event.test.add": {"sv": "test", "en": "test"},
    "event.test.result": {"sv": "testresultat", "en": "test result"},
    "event.lesson.add": {"sv": "lärdom", "en": "lesson"},
    "event.move": {"sv": "flytt", "en": "move"},
    "event.request.file": {"sv": "begäran", "en": "request"},
    "event.request.approve": {"sv": "beslut: godkänd", "en": "decision: approved"},
    "event.request.reject": {"sv": "beslut: recycle", "en": "decision: recycle"},
    "event.person.roles": {"sv": "roller ändrade", "en": "roles changed"},
    "event.area.assign": {"sv": "personer ändrade", "en": "people changed"},
    "event.request.hold": {"sv": "beslut: vilande", "en": "decision: hold"},
    "event.request.kill": {"sv": "beslut: kill", "en": "decision: kill"},
    "event.request.withdraw": {"sv": "begäran tillbakadragen", "en": "request withdrawn"},
    "event.area.resume": {"sv": "återupptaget", "en": "resumed"},
    "event.delegation.add": {"sv": "delegering", "en": "delegation"},
    "event.delegation.revoke": {"sv": "delegering avslutad", "en": "delegation ended"},
    "event.annotation": {"sv": "anteckning", "en": "annotation"},
    "event.denied": {"sv": "nekat försök", "en": "denied attempt"},
    "event.request": {"sv": "begäranden och beslut", "en": "requests and decisions"},
    "event.test": {"sv": "tester och resultat", "en": "tests and results"},
    "event.area": {"sv": "områden", "en": "areas"},
    "event.person": {"sv": "personer", "en": "people"},
    "event.delegation": {"sv": "delegeringar", "en": "delegations"},
    "present.participants": {
        "sv": "invånare {residents} · medarbetare {staff} · chefer {managers}",
        "en": "residents {residents} · staff {staff} · managers {managers}",
    },
    # terminal UI
    "tui.title": {
        "sv": "innovation · kommungemensamma områden",
        "en": "innovation · cross-department areas",
    },
    "tui.waiting": {"sv": "{n} väntar på ditt beslut", "en": "{n} waiting for your decision"},
    "tui.help_hint": {"sv": "? hjälp", "en": "? help"},
    "tui.unknown_person": {
        "sv": "{username} finns inte i arbetsytan",
        "en": "{username} is not in this workspace",
    },
    "tui.demo": {"sv": "demo", "en": "demo"},
    "key.overview": {"sv": "översikt", "en": "overview"},
    "key.inbox": {"sv": "inkorg", "en": "inbox"},
    "key.history": {"sv": "historik", "en": "history"},
    "key.help": {"sv": "hjälp", "en": "help"},
    "key.quit": {"sv": "avsluta", "en": "quit"},
    "key.palette": {"sv": "kommandon", "en": "commands"},
    "key.who": {"sv": "byt person", "en": "switch person"},
    "key.search": {"sv": "sök", "en": "search"},
    "key.table": {"sv": "tabell/tavla", "en": "table/board"},
    "key.round": {"sv": "omgång", "en": "round"},
    "key.track": {"sv": "spår", "en": "track"},
    "key.mine": {"sv": "mina", "en": "mine"},
    "key.attention": {"sv": "behöver åtgärd", "en": "needs attention"},
    "key.open": {"sv": "öppna", "en": "open"},
    "key.back": {"sv": "tillbaka", "en": "back"},
    "key.refresh": {"sv": "uppdatera", "en": "refresh"},
    "key.activity": {"sv": "aktivitet", "en": "activity"},
    "key.test": {"sv": "test", "en": "test"},
    "key.result": {"sv": "resultat", "en": "result"},
    "key.lesson": {"sv": "lärdom", "en": "lesson"},
    "key.scope": {"sv": "avgränsning", "en": "scope"},
    "key.nylage": {"sv": "nyläge", "en": "new state"},
    "key.owner": {"sv": "ägare", "en": "owner"},
    "key.indicator": {"sv": "indikator", "en": "indicator"},
    "key.move": {"sv": "begär flytt", "en": "request move"},
    "key.go": {"sv": "Go (godkänn)", "en": "Go (approve)"},
    "key.recycle": {"sv": "Recycle", "en": "Recycle"},
    "key.hold": {"sv": "Hold (vilande)", "en": "Hold"},
    "key.kill": {"sv": "Kill (→ learn)", "en": "Kill (→ learn)"},
    "key.withdraw": {"sv": "dra tillbaka", "en": "withdraw"},
    "key.annotate": {"sv": "anteckning", "en": "annotate"},
    "key.event": {"sv": "hela händelsen", "en": "whole event"},
    "key.verify": {"sv": "verifiera kedjan", "en": "verify chain"},
    "key.export": {"sv": "exportera", "en": "export"},
    "key.more": {"sv": "fler", "en": "more"},
    "key.filter": {"sv": "filter", "en": "filter"},
    "key.clear": {"sv": "rensa filter", "en": "clear filters"},
    "tui.filters": {
        "sv": "omgång {round} · spår {track}{mine}{attention}",
        "en": "round {round} · track {track}{mine}{attention}",
    },
    "tui.all": {"sv": "alla", "en": "all"},
    "tui.mine_on": {"sv": " · mina", "en": " · mine"},
    "tui.attention_on": {"sv": " · behöver åtgärd", "en": " · needs attention"},
    "tui.count": {"sv": "{shown} av {total} områden", "en": "{shown} of {total} areas"},
    "tui.reading": {"sv": "Läser alla områden …", "en": "Reading every area …"},
    "tui.no_areas": {
        "sv": 'Inga områden ännu: en facilitator skapar dem med innovation area create "Hur kan vi …?"',
        "en": 'No areas yet: a facilitator creates them with innovation area create "Hur kan vi …?"',
    },
    "tui.no_match": {
        "sv": "Inga områden matchar filtret: tryck x för att rensa det.",
        "en": "No areas match the filter: press x to clear it.",
    },
    "tui.search_placeholder": {"sv": "Sök bland frågorna …", "en": "Search the questions …"},
    "tui.days_in_phase": {"sv": "{n} d i fasen", "en": "{n} d in phase"},
    "tui.request_waits": {"sv": "⧗ {request} {n} d", "en": "⧗ {request} {n} d"},
    "tui.on_hold": {"sv": "⏸ vilande → {until}", "en": "⏸ on hold → {until}"},
    "tui.column_window": {"sv": "{first}–{last} av {n}", "en": "{first}–{last} of {n}"},
    "tui.table_capped": {
        "sv": "tabellen visar de första {n}: sök eller filtrera",
        "en": "the table shows the first {n}: search or filter",
    },
    "tui.col_days": {"sv": "Dagar", "en": "Days"},
    "tui.area_meta": {
        "sv": "{track} · cykel {cycle} · omgång {round} · fadder {fadder} · ledartröjor {leads}",
        "en": "{track} · cycle {cycle} · round {round} · fadder {fadder} · ledartröjor {leads}",
    },
    "tui.next_step": {"sv": "Nästa steg", "en": "Next step"},
    "tui.move_ready": {"sv": "✓ alla krav uppfyllda", "en": "✓ every requirement met"},
    "tui.fadder_decides": {"sv": "fadderns beslut", "en": "fadder decides"},
    "tui.new_cycle": {"sv": "ny cykel", "en": "new cycle"},
    "tui.no_moves": {
        "sv": "Cykeln är avslutad: inga flyttar är öppna.",
        "en": "The cycle has ended: no moves are open.",
    },
    "tui.waiting_request": {
        "sv": "⧗ {request} {source} → {dest} väntar på {fadder} ({n} d)",
        "en": "⧗ {request} {source} → {dest} waits for {fadder} ({n} d)",
    },
    "tui.stale": {
        "sv": "området har ändrats sedan begäran",
        "en": "the area changed since the request",
    },
    "tui.tab_activities": {"sv": "Medskapande", "en": "Co-creation"},
    "tui.tab_tests": {"sv": "Tester", "en": "Tests"},
    "tui.tab_lessons": {"sv": "Lärdomar", "en": "Lessons"},
    "tui.tab_indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "tui.tab_statements": {"sv": "Beskrivningar", "en": "Statements"},
    "tui.tab_history": {"sv": "Historik", "en": "History"},
    "tui.empty_activities": {
        "sv": "Inga aktiviteter ännu: tryck a för att registrera medskapande.",
        "en": "No activities yet: press a to record co-creation.",
    },
    "tui.empty_tests": {
        "sv": "Inga tester ännu: tryck t för att lägga till ett.",
        "en": "No tests yet: press t to add one.",
    },
    "tui.empty_lessons": {
        "sv": "Inga lärdomar ännu: tryck l för att skriva en.",
        "en": "No lessons yet: press l to write one.",
    },
    "tui.empty_indicators": {
        "sv": "Inga indikatorer ännu: tryck i för att lägga till en.",
        "en": "No indicators yet: press i to add one.",
    },
    "tui.hint_key": {"sv": "[{key}] {label}", "en": "[{key}] {label}"},
    "tui.cycle_col": {"sv": "Cykel", "en": "Cycle"},
    "tui.not_set": {"sv": "– inte angiven –", "en": "– not set –"},
    "tui.form_activity": {
        "sv": "Registrera medskapande aktivitet",
        "en": "Record a co-creation activity",
    },
    "tui.form_test": {"sv": "Nytt test", "en": "New test"},
    "tui.form_result": {"sv": "Resultat för {test}", "en": "Result of {test}"},
    "tui.form_lesson": {"sv": "Ny lärdom", "en": "New lesson"},
    "tui.form_scope": {
        "sv": "Avgränsning: vad ingår och vad ingår inte",
        "en": "Scope: what is in and what is out",
    },
    "tui.form_nylage": {"sv": "Önskat nyläge", "en": "Desired new state"},
    "tui.form_owner": {"sv": "Mottagande verksamhet", "en": "Receiving owner"},
    "tui.form_indicator": {"sv": "Ny indikator", "en": "New indicator"},
    "tui.form_move": {"sv": "Flytta {area} till …", "en": "Move {area} to …"},
    "tui.form_go": {"sv": "Go: godkänn {request}", "en": "Go: approve {request}"},
    "tui.form_recycle": {"sv": "Recycle: avslå {request}", "en": "Recycle: reject {request}"},
    "tui.form_hold": {"sv": "Hold: vilande {request}", "en": "Hold: put {request} on hold"},
    "tui.form_kill": {
        "sv": "Kill: avsluta {request} och spara lärdomen",
        "en": "Kill: stop {request} and keep the lesson",
    },
    "tui.form_annotate": {
        "sv": "Anteckning till händelse #{event}",
        "en": "Note on event #{event}",
    },
    "tui.f_date": {"sv": "Datum (ÅÅÅÅ-MM-DD)", "en": "Date (YYYY-MM-DD)"},
    "tui.f_kind": {"sv": "Typ av aktivitet", "en": "Kind of activity"},
    "tui.f_residents": {"sv": "Invånare", "en": "Residents"},
    "tui.f_staff": {"sv": "Medarbetare", "en": "Staff"},
    "tui.f_managers": {"sv": "Chefer", "en": "Managers"},
    "tui.f_note": {"sv": "Anteckning (valfri)", "en": "Note (optional)"},
    "tui.f_hypothesis": {"sv": "Hypotes", "en": "Hypothesis"},
    "tui.f_measure": {"sv": "Hur det mäts (valfritt)", "en": "How it is measured (optional)"},
    "tui.f_test": {"sv": "Test", "en": "Test"},
    "tui.f_result": {"sv": "Resultat", "en": "Result"},
    "tui.f_outcome": {"sv": "Utfall", "en": "Outcome"},
    "tui.f_text": {"sv": "Text", "en": "Text"},
    "tui.f_name": {"sv": "Namn", "en": "Name"},
    "tui.f_unit": {"sv": "Enhet", "en": "Unit"},
    "tui.f_baseline_year": {"sv": "Startår", "en": "Baseline year"},
    "tui.f_baseline": {"sv": "Startvärde", "en": "Baseline"},
    "tui.f_national": {"sv": "Rikets värde (valfritt)", "en": "National value (optional)"},
    "tui.f_target": {"sv": "Mål", "en": "Target"},
    "tui.f_kolada": {"sv": "Kolada-id (valfritt)", "en": "Kolada id (optional)"},
    "tui.f_phase": {"sv": "Till fas", "en": "To phase"},
    "tui.f_reason": {"sv": "Motivering", "en": "Reason"},
    "tui.f_comment": {"sv": "Kommentar", "en": "Comment"},
    "tui.f_comment_optional": {"sv": "Kommentar (valfri)", "en": "Comment (optional)"},
    "tui.f_back_to": {"sv": "Tillbaka till (valfritt)", "en": "Back to (optional)"},
    "tui.f_until": {
        "sv": "Vilande till tertial (ÅÅÅÅ-Tn)",
        "en": "On hold until tertial (YYYY-Tn)",
    },
    "tui.stay": {"sv": "stanna i nuvarande fas", "en": "stay in the current phase"},
    "tui.worked": {"sv": "fungerade", "en": "worked"},
    "tui.did_not_work": {"sv": "fungerade inte", "en": "did not work"},
    "tui.save": {"sv": "Spara", "en": "Save"},
    "tui.cancel": {"sv": "Avbryt", "en": "Cancel"},
    "tui.required": {"sv": "Måste fyllas i", "en": "Required"},
    "tui.must_be_number": {"sv": "Måste vara ett heltal ≥ 0", "en": "Must be a whole number ≥ 0"},
    "tui.must_be_decimal": {"sv": "Måste vara ett tal", "en": "Must be a number"},
    "tui.must_be_date": {"sv": "Skriv ÅÅÅÅ-MM-DD", "en": "Write YYYY-MM-DD"},
    "tui.must_be_period": {"sv": "Skriv ÅÅÅÅ-T1, -T2 eller -T3", "en": "Write YYYY-T1, -T2 or -T3"},
    "tui.too_long": {"sv": "Högst {limit} tecken", "en": "At most {limit} characters"},
    "tui.saved": {"sv": "Sparat: {key}", "en": "Saved: {key}"},
    "tui.requested": {
        "sv": "Begäran {request} väntar på fadderns beslut",
        "en": "Request {request} waits for the fadder's decision",
    },
    "tui.moved": {"sv": "{area} står nu i {phase}", "en": "{area} is now in {phase}"},
    "tui.decided": {
        "sv": "{request}: beslutet är registrerat",
        "en": "{request}: the decision is recorded",
    },
    "tui.inbox_title": {
        "sv": "Väntar på ditt beslut ({n})",
        "en": "Waiting for your decision ({n})",
    },
    "tui.oldest_first": {"sv": "äldst först", "en": "oldest first"},
    "tui.inbox_empty": {
        "sv": "Inget väntar på ditt beslut.",
        "en": "Nothing waits for your decision.",
    },
    "tui.all_met": {"sv": "✓ alla krav uppfyllda", "en": "✓ every requirement met"},
    "tui.some_missing": {"sv": "✗ {missing} saknas", "en": "✗ {missing} missing"},
    "tui.reason_label": {"sv": "Motivering", "en": "Reason"},
    "tui.history_count": {"sv": "{n} händelser visas", "en": "{n} events shown"},
    "tui.chain_unchecked": {"sv": "kedjan ej verifierad", "en": "chain not verified"},
    "tui.chain_ok": {"sv": "kedjan ✓ verifierad ({count})", "en": "chain ✓ verified ({count})"},
    "tui.chain_broken": {"sv": "kedjan ✗ bruten vid #{event}", "en": "chain ✗ broken at #{event}"},
    "tui.f_area": {"sv": "Område", "en": "Area"},
    "tui.f_person": {"sv": "Person", "en": "Person"},
    "tui.f_event": {"sv": "Händelse", "en": "Event"},
    "tui.f_from": {"sv": "Från", "en": "From"},
    "tui.f_to": {"sv": "Till", "en": "To"},
    "tui.before_after": {"sv": "Före → efter", "en": "Before → after"},
    "tui.annotations": {"sv": "Anteckningar", "en": "Annotations"},
    "tui.no_event": {
        "sv": "Välj en händelse för att se detaljer.",
        "en": "Select an event to see its details.",
    },
    "tui.exported": {
        "sv": "Exporterade {count} händelser till {path}",
        "en": "Exported {count} events to {path}",
    },
    "tui.verifying": {"sv": "Verifierar kedjan …", "en": "Verifying the chain …"},
    "tui.end_of_trail": {"sv": "— början av historiken —", "en": "— the beginning of the trail —"},
    "tui.help_title": {"sv": "Tangenter här", "en": "Keys here"},
    "tui.people_title": {"sv": "Byt person (demo)", "en": "Switch person (demo)"},
    "tui.now_acting": {"sv": "Du agerar nu som {name}", "en": "You now act as {name}"},
    "tui.read_only": {
        "sv": "Du kan läsa allt här; ändringar gör {who}.",
        "en": "You can read everything here; {who} make changes.",
    },
    "key.support": {"sv": "stöd/ångra", "en": "support/undo"},
    "key.score": {"sv": "bedöm", "en": "weigh"},
    "key.promote": {"sv": "gör till test", "en": "make a test"},
    "key.park": {"sv": "parkera", "en": "park"},
    "key.decline": {"sv": "avböj", "en": "decline"},
    "key.move_idea": {"sv": "flytta", "en": "move"},
    "key.idea": {"sv": "ny idé", "en": "new idea"},
    "key.search_all": {"sv": "sök idéer och lärdomar", "en": "search ideas and lessons"},
    "tui.tab_ideas": {"sv": "Idéer", "en": "Ideas"},
    "tui.empty_ideas": {
        "sv": "Inga idéer ännu: tryck e för att föreslå en.",
        "en": "No ideas yet: press e to propose one.",
    },
    "tui.form_idea": {"sv": "Ny idé för {area}", "en": "New idea for {area}"},
    "tui.f_cost": {"sv": "Kostnad (1 = låg, 5 = hög)", "en": "Cost (1 = low, 5 = high)"},
    "tui.f_title": {"sv": "Rubrik", "en": "Title"},
    "tui.f_idea_kind": {"sv": "Slag", "en": "Kind"},
    "tui.f_source": {"sv": "Källa", "en": "Source"},
    "tui.f_source_note": {
        "sv": "Var den kom ifrån (inga personuppgifter)",
        "en": "Where it came from (no personal data)",
    },
    "tui.f_description": {"sv": "Beskrivning (valfri)", "en": "Description (optional)"},
    "tui.search_title": {"sv": "Sök idéer och lärdomar", "en": "Search ideas and lessons"},
    "tui.search_all_placeholder": {
        "sv": "Ord som alla ska finnas med, enter söker …",
        "en": "Words that must all appear, enter searches …",
    },
    "tui.hits": {"sv": "{n} träffar i alla områden", "en": "{n} hits across all areas"},
    "key.status": {"sv": "följ upp", "en": "follow up"},
    "tui.tab_followup": {"sv": "Uppföljning", "en": "Follow-up"},
    "col.period": {"sv": "Period", "en": "Period"},
    "tui.form_status": {"sv": "Uppföljning för {area}", "en": "Follow-up for {area}"},
    "key.report": {"sv": "rapport", "en": "report"},
    "tui.latest_value": {"sv": "Senaste värde", "en": "Latest value"},
    # output
    "out.created": {"sv": "Skapade {key}", "en": "Created {key}"},
    "out.moved": {
        "sv": "{area} står nu i {phase} (cykel {cycle})",
        "en": "{area} is now in {phase} (cycle {cycle})",
    },
    "out.requested": {
        "sv": "{area} {source} → {dest} kräver fadderns beslut: begäran {request} väntar på "
        "{fadder}",
        "en": "{area} {source} → {dest} needs the fadder's decision: request {request} waits "
        "for {fadder}",
    },
    "out.approved": {
        "sv": "{request} godkänd: {area} står nu i {phase}",
        "en": "{request} approved: {area} is now in {phase}",
    },
    "out.rejected": {
        "sv": "{request} avslagen: {area} står kvar i {phase}",
        "en": "{request} rejected: {area} stays in {phase}",
    },
    "out.recycled": {
        "sv": "{request} avslagen (recycle): {area} går tillbaka till {phase}",
        "en": "{request} rejected (recycle): {area} goes back to {phase}",
    },
    "out.held": {
        "sv": "{request}: {area} är vilande till {until}",
        "en": "{request}: {area} is on hold (vilande) until {until}",
    },
    "out.killed": {
        "sv": "{request} avslutad (kill): {area} står nu i {phase}; kommentaren är sparad som lärdom",
        "en": "{request} killed: {area} is now in {phase}; the comment is kept as a lesson",
    },
    "out.withdrawn": {"sv": "{request} är tillbakadragen", "en": "{request} is withdrawn"},
    "out.resumed": {"sv": "{area} är återupptaget", "en": "{area} is resumed"},
    "out.delegated": {
        "sv": "{to} beslutar om {area} i ditt ställe till och med {until}",
        "en": "{to} decides on {area} in your place until {until} (inclusive)",
    },
    "out.delegation_ended": {
        "sv": "Delegeringen för {area} är avslutad",
        "en": "The delegation for {area} has ended",
    },
    "out.saved": {"sv": "Sparat för {key}", "en": "Saved for {key}"},
    "out.flow_ok": {
        "sv": "{path}: flödet {flow} är giltigt ({phases} faser, {transitions} övergångar)",
        "en": "{path}: the flow {flow} is valid ({phases} phases, {transitions} transitions)",
    },
    "out.db_upgraded": {
        "sv": "Databasen {url} har schemaversion {version}",
        "en": "The database {url} is at schema version {version}",
    },
    "out.demo_db": {"sv": "Demodatabas: {path}", "en": "Demo database: {path}"},
    "out.no_requests": {"sv": "Inga begäranden väntar.", "en": "No requests are waiting."},
    "out.no_areas": {
        "sv": 'Inga områden ännu: skapa ett med innovation area create "Hur kan vi …?"',
        "en": 'No areas yet: create one with innovation area create "Hur kan vi …?"',
    },
    "out.score_line": {
        "sv": "{by}: effekt {effect} · kostnad {cost} · snabbhet {speed} — {reason}",
        "en": "{by}: effect {effect} · cost {cost} · speed {speed} — {reason}",
    },
    "out.cycle": {"sv": "cykel {n}", "en": "cycle {n}"},
    "col.year": {"sv": "År", "en": "Year"},
    "col.value": {"sv": "Värde", "en": "Value"},
    "col.title": {"sv": "Rubrik", "en": "Title"},
    "col.kind": {"sv": "Slag", "en": "Kind"},
    "col.source": {"sv": "Källa", "en": "Source"},
    "col.score": {"sv": "Poäng", "en": "Score"},
    "col.support": {"sv": "Stöd", "en": "Support"},
    "out.promoted": {"sv": "{idea} blev testet {test}", "en": "{idea} became the test {test}"},
    "out.moved_to": {"sv": "flyttad till {area}", "en": "moved to {area}"},
    "out.moved_from": {"sv": "från {area}", "en": "from {area}"},
    "col.key": {"sv": "Nyckel", "en": "Key"},
    "col.question": {"sv": "Fråga", "en": "Question"},
    "col.track": {"sv": "Spår", "en": "Track"},
    "col.phase": {"sv": "Fas", "en": "Phase"},
    "col.cycle": {"sv": "Cykel", "en": "Cycle"},
    "col.round": {"sv": "Omgång", "en": "Round"},
    "col.fadder": {"sv": "Fadder", "en": "Fadder"},
    "col.leads": {"sv": "Ledartröjor", "en": "Ledartröjor"},
    "col.waiting": {"sv": "Väntar", "en": "Waiting"},
    "col.area": {"sv": "Område", "en": "Area"},
    "col.move": {"sv": "Flytt", "en": "Move"},
    "col.by": {"sv": "Av", "en": "By"},
    "col.age": {"sv": "Ålder", "en": "Age"},
    "col.reason": {"sv": "Motivering", "en": "Reason"},
    "col.when": {"sv": "När", "en": "When"},
    "col.who": {"sv": "Vem", "en": "Who"},
    "col.event": {"sv": "Händelse", "en": "Event"},
    "col.what": {"sv": "Vad", "en": "What"},
    "col.from": {"sv": "Från", "en": "From"},
    "col.to": {"sv": "Till", "en": "To"},
    "col.trigger": {"sv": "Trigger", "en": "Trigger"},
    "col.approval": {"sv": "Fadderns beslut", "en": "Fadder approves"},
    "col.requires": {"sv": "Krav", "en": "Requires"},
    "col.label": {"sv": "Namn", "en": "Label"},
    "col.help": {"sv": "Beskrivning", "en": "Help"},
    "col.status": {"sv": "Status", "en": "Status"},
    "col.name": {"sv": "Namn", "en": "Name"},
    "col.national": {"sv": "Riket", "en": "National"},
    "col.areas": {"sv": "Områden", "en": "Areas"},
    "tui.live_lost": {
        "sv": "Ändringar från andra visas inte längre direkt ({detail}); skärmarna läses om när du går till dem.",
        "en": "Changes by others no longer show at once ({detail}); screens re-read when you go to them.",
    },
    "db.not_permitted": {
        "sv": "Databasen vägrade: {detail}",
        "en": "The database refused: {detail}",
    },
    "error.as_on_shared": {
        "sv": "På en delad databas är du din databasinloggning ({login}): --as och INNOVATION_USER gäller inte här.",
        "en": "On a shared database you are your database login ({login}): --as and INNOVATION_USER do not apply here.",
    },
    "error.grant_sqlite": {
        "sv": "Inloggningar finns bara på en delad PostgreSQL-databas; på SQLite anger --as vem som agerar.",
        "en": "Logins exist only on a shared PostgreSQL database; on SQLite --as says who acts.",
    },
    "error.forbidden_grant": {
        "sv": "{actor} får inte ge inloggningar: det gör databasens ägare, på servern.",
        "en": "{actor} may not grant logins: the database's owner does that, on the server.",
    },
    "out.granted": {
        "sv": "Inloggningen {login} har nu rollerna {roles}.",
        "en": "The login {login} now has the roles {roles}.",
    },
    "key.rounds": {"sv": "omgångar", "en": "rounds"},
    "key.merge": {"sv": "slå samman", "en": "merge"},
    "key.partner": {"sv": "samverkan", "en": "collaboration"},
    "key.origin": {"sv": "sammanslagning", "en": "merge link"},
    "key.people": {"sv": "personer", "en": "people"},
    "tui.person_title": {"sv": "Person", "en": "Person"},
    "tui.rounds_title": {"sv": "Omgångar", "en": "Rounds"},
    "tui.rounds_help": {
        "sv": "⏎ visar tavlan för omgången · esc tillbaka",
        "en": "⏎ shows the board for the round · esc back",
    },
    "tui.merge_title": {"sv": "Slå samman områden", "en": "Merge areas"},
    "tui.f_sources": {
        "sv": "Områden som slås samman (t.ex. O1 O4)",
        "en": "Areas to merge (e.g. O1 O4)",
    },
    "tui.f_into": {
        "sv": "Det nya områdets fråga (Hur kan vi …?)",
        "en": "The new area's question (Hur kan vi …?)",
    },
    "tui.f_fadder": {"sv": "Fadder", "en": "Fadder"},
    "tui.f_lead1": {"sv": "Ledartröja 1", "en": "Ledartröja 1"},
    "tui.f_lead2": {"sv": "Ledartröja 2", "en": "Ledartröja 2"},
    "tui.f_start_phase": {
        "sv": "Startfas (tomt: så långt det går)",
        "en": "Starting phase (empty: as far as allowed)",
    },
    "tui.later": {"sv": "senare", "en": "later"},
    "tui.handover_title": {"sv": "Överlämning till dig", "en": "Hand-over to you"},
    "tui.handover_read": {"sv": "Jag har läst", "en": "I have read it"},
    "tui.people_of_area": {"sv": "Områdets personer", "en": "The area's people"},
    "tui.tab_partners": {"sv": "Samverkan", "en": "Partners"},
    "tui.f_partner": {
        "sv": "Partner (eller skriv en ny nedan)",
        "en": "Partner (or type a new one below)",
    },
    "tui.f_new_partner": {"sv": "Ny partner", "en": "New partner"},
    "tui.f_partner_kind": {
        "sv": "Sorts partner (för en ny)",
        "en": "Kind of partner (for a new one)",
    },
    "tui.partner_title": {
        "sv": "Samverkan med en aktör utanför kommunen",
        "en": "Collaboration with an actor outside the municipality",
    },
    "col.phases": {"sv": "Faser", "en": "Phases"},
    "col.merged": {"sv": "Sammanslagna", "en": "Merged"},
    "col.role": {"sv": "Roll", "en": "Role"},
    "col.since": {"sv": "Från", "en": "Since"},
    "col.until": {"sv": "Till", "en": "Until"},
    "col.collaborations": {"sv": "Samverkan", "en": "Collaborations"},
    "col.form": {"sv": "Form", "en": "Form"},
    "merge.preview_title": {
        "sv": "Sammanslagning: vad flyttar vart",
        "en": "Merge: what moves where",
    },
    "merge.keeps": {
        "sv": "behåller sin historik: {activities} aktiviteter, {tests} tester, {lessons} lärdomar, {indicators} indikatorer, {ideas} idéer — nåbara från det nya området",
        "en": "keeps its history: {activities} activities, {tests} tests, {lessons} lessons, {indicators} indicators, {ideas} ideas — reachable from the new area",
    },
    "merge.withdraws": {
        "sv": "begäran {request} dras tillbaka med sammanslagningen som skäl",
        "en": "request {request} is withdrawn, the merge given as the reason",
    },
    "merge.starts": {
        "sv": "Det nya området ({track}) kan börja i: {phases}; förval {phase}.",
        "en": "The new area ({track}) may start in: {phases}; default {phase}.",
    },
    "merge.from": {"sv": "Sammanslaget av {areas}", "en": "Merged from {areas}"},
    "merge.into": {
        "sv": "Sammanslaget till {area} ({at}): historiken finns kvar här, arbetet fortsätter där.",
        "en": "Merged into {area} ({at}): the history stays here, the work goes on there.",
    },
    "error.merge_args": {
        "sv": "Ange {missing} för sammanslagningen (eller --preview för att bara se vad som händer).",
        "en": "Give {missing} for the merge (or --preview to just see what would happen).",
    },
    "handover.none": {
        "sv": "Inga olästa överlämningar till dig här.",
        "en": "No unread hand-over notes for you here.",
    },
    "handover.from": {
        "sv": "Överlämning från {outgoing} ({at}):",
        "en": "Hand-over note from {outgoing} ({at}):",
    },
    "handover.unread": {
        "sv": "Du har en oläst överlämning: innovation area handover-read {area}",
        "en": "You have an unread hand-over note: innovation area handover-read {area}",
    },
    "handover.line": {
        "sv": "{at}: {outgoing} → {incoming} — {reason}",
        "en": "{at}: {outgoing} → {incoming} — {reason}",
    },
    "person.no_stints": {"sv": "Inga områden än.", "en": "No areas yet."},
    "person.now": {"sv": "nu", "en": "now"},
    "person.ended.area.assign": {"sv": "ombemannat", "en": "reassigned"},
    "person.ended.area.handover": {"sv": "överlämnat", "en": "handed over"},
    "person.ended.area.merged": {"sv": "sammanslaget", "en": "merged"},
    "person.ended.area.create": {"sv": "ny", "en": "new"},
    "person.ended.area.merge": {"sv": "ny", "en": "new"},
    "partner.civil": {"sv": "civilsamhälle", "en": "civil society"},
    "partner.business": {"sv": "näringsliv", "en": "business"},
    "partner.authority": {"sv": "myndighet", "en": "authority"},
    "partner.region": {"sv": "region", "en": "region"},
    "partner.other": {"sv": "annan", "en": "other"},
    "form.iop": {"sv": "IOP", "en": "IOP"},
    "form.agreement": {"sv": "avtal", "en": "agreement"},
    "form.informal": {"sv": "informell", "en": "informal"},
    "show.partners": {
        "sv": "Samverkan med aktörer utanför kommunen",
        "en": "Collaborations outside the municipality",
    },
    "show.handovers": {"sv": "Överlämningar", "en": "Hand-overs"},
    "col.roles": {"sv": "Roller", "en": "Roles"},
    "word.and": {"sv": "och", "en": "and"},
    "word.yes": {"sv": "ja", "en": "yes"},
    "word.no": {"sv": "nej", "en": "no"},
    "word.days": {"sv": "{n} d", "en": "{n} d"},
    "word.end": {"sv": "slutfas", "en": "end phase"},
    "word.new_cycle": {"sv": "ny cykel", "en": "new cycle"},
    "show.people": {
        "sv": "fadder {fadder} · ledartröjor {leads}",
        "en": "fadder {fadder} · ledartröjor {leads}",
    },
    "show.header": {
        "sv": "{track} · fas {phase} · cykel {cycle} · omgång {round}",
        "en": "{track} · phase {phase} · cycle {cycle} · round {round}",
    },
    "show.hold": {
        "sv": "Vilande till {until}: {reason}",
        "en": "On hold (vilande) until {until}: {reason}",
    },
    "show.delegation": {
        "sv": "Fadderns beslut delegerade till {to} till och med {until}",
        "en": "The fadder's decisions are delegated to {to} until {until}",
    },
    "show.stale": {
        "sv": "Området har ändrats sedan {request} begärdes: läs igen innan du beslutar.",
        "en": "The area has changed since {request} was filed: look again before deciding.",
    },
    "word.stale": {"sv": "inaktuell", "en": "stale"},
    "show.next": {"sv": "Nästa steg", "en": "Next step"},
    "show.fadder_decides": {"sv": "fadderns beslut", "en": "fadder decides"},
    "show.ready": {"sv": "redo", "en": "ready"},
    "show.scope": {"sv": "Avgränsning", "en": "Scope"},
    "show.nylage": {"sv": "Nyläge", "en": "New state (nyläge)"},
    "show.owner": {"sv": "Mottagande verksamhet", "en": "Receiving owner"},
    "show.open_request": {
        "sv": "Öppen begäran {request}: {source} → {dest}, väntar på {fadder}",
        "en": "Open request {request}: {source} → {dest}, waiting for {fadder}",
    },
    "show.activities": {"sv": "Medskapande", "en": "Co-creation (medskapande)"},
    "show.tests": {"sv": "Tester", "en": "Tests"},
    "show.lessons": {"sv": "Lärdomar", "en": "Lessons"},
    "show.indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "show.no_moves": {
        "sv": "Inga flyttar är öppna: cykeln är avslutad.",
        "en": "No moves are open: the cycle has ended.",
    },
    "error.future_day": {
        "sv": "Dagen {day} ligger i framtiden (i dag är det {today}): registrera det som har hänt, på den dag det hände.",
        "en": "The day {day} is in the future (today is {today}): record what has happened, on the day it happened.",
    },
    "error.before_request": {
        "sv": "{day} är före {asked}, då {request} begärdes: ett beslut kan inte dateras före begäran.",
        "en": "{day} is before {asked}, when {request} was filed: a decision cannot be dated before its request.",
    },
    "error.before_area": {
        "sv": "{day} är före {created}, då {area} startade: det som hände före ett område hör inte till dess historik.",
        "en": "{day} is before {created}, when {area} started: what happened before an area is not part of its history.",
    },
    "error.before_step": {
        "sv": "{day} är före {previous}, dagen för {area}:s {step} (händelse #{event}): historiken ska läsas i den ordning saker hände. Registrera tidigare arbete först, eller datera det {previous} eller senare.",
        "en": "{day} is before {previous}, the day of {area}'s {step} (event #{event}): the history must read in the order things happened. Record earlier work first, or date it {previous} or later.",
    },
    "error.in_closed_period": {
        "sv": '{day} ligger i {period}, som är stängd: dess rapport är lämnad. En ändring där är en rättelse: ge skälet med --amend "…" så blir rapporten en ny revision som visar vad som ändrats, av vem och varför.',
        "en": '{day} is in {period}, which is closed: its report has been delivered. A change there is an amendment: give the reason with --amend "…" and the report becomes a new revision that shows what changed, by whom and why.',
    },
    "error.read_only_view": {
        "sv": "Du tittar på hur det såg ut en tidigare dag: där ändras ingenting. Gå tillbaka till i dag för att registrera.",
        "en": "You are looking at how things stood on an earlier day: nothing changes there. Go back to today to record.",
    },
    "field.amend_reason": {
        "sv": "Skälet till rättelsen",
        "en": "The reason for the amendment",
    },
    "tui.f_on": {"sv": "Dag då det hände (ÅÅÅÅ-MM-DD)", "en": "Day it happened (YYYY-MM-DD)"},
    "tui.f_amend": {
        "sv": "Skäl, om dagen ligger i en stängd period (rättelse)",
        "en": "Reason, if the day is in a closed period (amendment)",
    },
    "audit.id_differs": {
        "sv": "händelse #{event} ligger på fel plats: dess hashade dokument anger ett annat nummer",
        "en": "event #{event} is in the wrong place: its hashed document names another number",
    },
    "audit.bad_id": {
        "sv": "händelse #{event} hör inte till kedjan: händelser numreras från 1, och någon har lagt in en rad utanför den",
        "en": "event #{event} is not part of the chain: events are numbered from 1, and someone has added a row outside it",
    },
    "audit.not_derived": {
        "sv": "granskningsloggens tabell har byggts om: kolumnerna {columns} härleds inte längre ur de hashade dokumenten, så det som visas kan skilja sig från det som hashades",
        "en": "the audit trail's table has been rebuilt: the columns {columns} are no longer derived from the hashed documents, so what is shown could differ from what was hashed",
    },
    "replay.row_changed": {
        "sv": "{table} {row}: {column} är {database} i databasen men {trail} enligt händelserna (ändrat utan att det registrerats)",
        "en": "{table} {row}: {column} is {database} in the database but {trail} according to the events (changed without being recorded)",
    },
    "replay.row_extra": {
        "sv": "{table} {row} finns i databasen men inga händelser har skapat den (tillagd utan att det registrerats)",
        "en": "{table} {row} is in the database but no event made it (added without being recorded)",
    },
    "replay.row_missing": {
        "sv": "{table} {row} följer av händelserna men saknas i databasen (borttagen utan att det registrerats)",
        "en": "{table} {row} follows from the events but is missing from the database (deleted without being recorded)",
    },
    "replay.row_doc": {
        "sv": "{table} {row}: den sparade rapporten stämmer inte längre med den hash som granskningsloggen har för den",
        "en": "{table} {row}: the stored report no longer matches the hash the audit trail holds for it",
    },
    "replay.not_applied": {
        "sv": "händelse #{event} går inte att tillämpa på tabellerna: {detail}",
        "en": "event #{event} cannot be applied to the tables: {detail}",
    },
    "when.recorded_later": {"sv": "{on} · reg. {at}", "en": "{on} · rec. {at}"},
    "when.long": {"sv": "Hände {on} · registrerades {at}", "en": "Happened {on} · recorded {at}"},
    "out.as_of": {
        "sv": "Så här stod det till vid slutet av {day} (ur granskningsloggen):",
        "en": "As things stood at the end of {day} (from the audit trail):",
    },
    "key.day": {"sv": "dag", "en": "day"},
    "tui.f_day": {
        "sv": "Dag (ÅÅÅÅ-MM-DD; tomt för i dag)",
        "en": "Day (YYYY-MM-DD; empty for today)",
    },
    "tui.day_title": {
        "sv": "Visa läget en tidigare dag",
        "en": "Show how things stood on an earlier day",
    },
    "tui.day_shown": {
        "sv": "Visar läget vid slutet av {day}, ur granskningsloggen. Inget kan ändras där; D tar dig tillbaka till i dag.",
        "en": "Showing how things stood at the end of {day}, from the audit trail. Nothing can be changed there; D takes you back to today.",
    },
    "tui.day_today": {"sv": "Tillbaka i dag.", "en": "Back to today."},
    "tui.day_banner": {
        "sv": "⏱ läget {day} (läsläge · D i dag)",
        "en": "⏱ as of {day} (read-only · D today)",
    },
    "flow.adopts_not_end": {
        "sv": "{where}: fasen {phase} har adopts = true men är ingen slutfas (end = true): bara en slutfas kan betyda att lösningen blivit ordinarie arbetssätt.",
        "en": "{where}: the phase {phase} has adopts = true but is not an end phase (end = true): only an end phase can mean the solution became the ordinary way of working.",
    },
    "error.no_revision": {
        "sv": "{period} har ingen revision {revision}: se vilka som finns med innovation report --period {period} --revisions.",
        "en": "{period} has no revision {revision}: see which there are with innovation report --period {period} --revisions.",
    },
    "error.report_tampered": {
        "sv": "Den sparade rapporten för {period} (revision {revision}) stämmer inte med den hash som granskningsloggen har för den: den har ändrats utanför programmet och visas inte. Kör innovation audit replay.",
        "en": "The stored report for {period} (revision {revision}) does not match the hash the audit trail holds for it: it has been changed outside the program and is not shown. Run innovation audit replay.",
    },
    "out.no_revisions": {
        "sv": "Perioden är inte stängd: dess rapport har inga sparade revisioner ännu.",
        "en": "The period is not closed: its report has no stored revisions yet.",
    },
    "out.revision": {"sv": "Revision {n} · {at} · {by}", "en": "Revision {n} · {at} · {by}"},
    "error.correct_open_period": {
        "sv": "{period} är inte stängd: en rättelse behöver bara nämna en stängd period, vars lämnade rapport då blir en ny revision.",
        "en": "{period} is not closed: a correction only needs to name a closed period, whose delivered report then becomes a new revision.",
    },
    "error.forbidden_correct": {
        "sv": "{actor} får inte rätta {area}: det gör områdets ledartröjor ({leads}) eller en facilitator.",
        "en": "{actor} may not correct {area}: its ledartröjor ({leads}) or a facilitator do that.",
    },
    "error.forbidden_rename": {
        "sv": "{actor} får inte ändra namnet på {username}: det gör en admin, eller personen själv.",
        "en": "{actor} may not change {username}'s name: an admin, or the person themselves, does that.",
    },
    "error.period_open_assignment": {
        "sv": "{period} är öppen: ange uppdragets färg med innovation assignment status; en rättelse gäller en stängd period.",
        "en": "{period} is open: give the assignment's colour with innovation assignment status; an amendment is for a closed period.",
    },
    "event.area.reword": {"sv": "fråga omformulerad", "en": "question reworded"},
    "event.person.rename": {"sv": "namn rättat", "en": "name corrected"},
    "event.indicator.correct": {"sv": "indikator rättad", "en": "indicator corrected"},
    "event.collaboration.correct": {"sv": "samverkan rättad", "en": "collaboration corrected"},
    "event.assignment.edit": {"sv": "uppdrag rättat", "en": "assignment corrected"},
    "event.assignment.amend": {"sv": "uppdragets färg rättad", "en": "assignment colour amended"},
    "event.report.revise": {"sv": "rapport sparad", "en": "report stored"},
    "event.area.merge": {"sv": "områden sammanslagna", "en": "areas merged"},
    "event.area.merged": {"sv": "sammanslaget", "en": "merged"},
    "event.area.handover": {"sv": "ledartröja ersatt", "en": "ledartröja replaced"},
    "event.handover.note": {"sv": "överlämningsanteckning", "en": "hand-over note"},
    "event.handover.seen": {"sv": "anteckning läst", "en": "note read"},
    "event.round.add": {"sv": "omgång", "en": "round"},
    "event.partner.add": {"sv": "partner", "en": "partner"},
    "event.collaboration.add": {"sv": "samverkan", "en": "collaboration"},
    "event.collaboration.end": {"sv": "samverkan avslutad", "en": "collaboration ended"},
    "event.login.grant": {"sv": "databasinloggning", "en": "database login"},
    "event.report": {"sv": "rapporter", "en": "reports"},
    "event.collaboration": {"sv": "samverkan", "en": "collaborations"},
    "event.round": {"sv": "omgångar", "en": "rounds"},
    "event.handover": {"sv": "överlämningar", "en": "hand-overs"},
    "error.same_as_before": {
        "sv": "Det står redan så: det finns ingenting att rätta.",
        "en": "It already reads so: there is nothing to correct.",
    },
    "error.correct_what": {
        "sv": "Säg vad som ska rättas: ange minst ett av fälten, och skälet med --reason.",
        "en": "Say what to correct: give at least one of the fields, and the reason with --reason.",
    },
    "import.unknown_column": {
        "sv": "okänd kolumn; kolumnerna är {columns}",
        "en": "unknown column; the columns are {columns}",
    },
    "import.missing_column": {"sv": "kolumnen saknas", "en": "the column is missing"},
    "import.too_many_rows": {"sv": "fler än {limit} rader", "en": "more than {limit} rows"},
    "import.unknown_sheet": {
        "sv": "okänd flik; flikarna är {sheets}",
        "en": "unknown sheet; the sheets are {sheets}",
    },
    "import.file_too_large": {
        "sv": "filen är större än {limit} MB",
        "en": "the file is larger than {limit} MB",
    },
    "import.unreadable": {"sv": "kan inte läsas: {detail}", "en": "cannot be read: {detail}"},
    "error.import_unreadable": {
        "sv": "{path} kan inte läsas som en arbetsbok (.xlsx) eller en mapp med CSV-filer: {detail}",
        "en": "{path} cannot be read as a workbook (.xlsx) or a folder of CSV files: {detail}",
    },
    "error.import_too_large": {
        "sv": "{path} är större än {limit} MB: dela upp importen.",
        "en": "{path} is larger than {limit} MB: split the import.",
    },
    "import.required": {"sv": "ska fyllas i", "en": "must be filled in"},
    "import.not_a_number": {"sv": "{value!r} är inget tal", "en": "{value!r} is not a number"},
    "import.not_whole": {
        "sv": "{value!r} är inget heltal",
        "en": "{value!r} is not a whole number",
    },
    "import.bad_choice": {"sv": "välj bland {choices}", "en": "choose among {choices}"},
    "error.import_no_request": {
        "sv": "{area} har ingen öppen begäran att besluta om den dagen: raden om flytten måste komma före beslutet.",
        "en": "{area} has no open request to decide on that day: the row of the move must come before the decision.",
    },
    "error.forbidden_import_rows": {
        "sv": "{actor} får inte importera: raderna registreras i andra personers namn, och det gör en admin.",
        "en": "{actor} may not import: the rows are recorded in other people's names, and an admin does that.",
    },
    "event.import.run": {"sv": "import", "en": "import"},
    "event.import": {"sv": "importer", "en": "imports"},
    "import.readme": {
        "sv": "Mall för att föra in ett befintligt program i innovation. En flik per slags uppgift; första raden är kolumnernas namn. Fyll i det som hänt med sitt datum och vem som gjorde det, och kör: innovation import FIL.xlsx --dry-run, sedan utan --dry-run. Se docs/import.md.",
        "en": "A template for bringing an existing programme into innovation. One sheet per kind of record; the first row names the columns. Fill in what happened with its date and who did it, then run: innovation import FILE.xlsx --dry-run, then without --dry-run. See docs/import.md.",
    },
    "out.template_written": {
        "sv": "Mallen skrevs till {path}.",
        "en": "The template was written to {path}.",
    },
    "error.import_what": {
        "sv": "Ange filen att importera (en .xlsx eller en mapp med CSV-filer), eller --template FIL.xlsx för en tom mall.",
        "en": "Give the file to import (an .xlsx or a folder of CSV files), or --template FILE.xlsx for an empty template.",
    },
    "word.row": {"sv": "rad", "en": "row"},
    "out.import_refused": {
        "sv": "Inget importerades: {n} rader behöver rättas (se ovan).",
        "en": "Nothing was imported: {n} rows need correcting (see above).",
    },
    "out.import_dry": {
        "sv": "Provkörning: alla {rows} rader gick igenom ({done}). Inget har skrivits; kör utan --dry-run för att importera.",
        "en": "Dry run: all {rows} rows went through ({done}). Nothing was written; run without --dry-run to import.",
    },
    "error.export_folder": {
        "sv": "CSV skrivs som en mapp med en fil per flik: ange en mapp, inte {path}.",
        "en": "CSV is written as a folder with one file per sheet: give a folder, not {path}.",
    },
    "out.programme_imported": {
        "sv": "Importerat: {rows} rader ({done}), var och en i granskningsloggen med sitt datum.",
        "en": "Imported: {rows} rows ({done}), each in the audit trail with its day.",
    },
    "error.import_first_admin": {
        "sv": "Arbetsytan är tom: den sätts upp av sin första admin. Filens flik Personer måste ha en rad för {username} med rollen admin.",
        "en": "The workspace is empty: it is set up by its first admin. The file's Personer sheet must have a row for {username} with the role admin.",
    },
    "out.workspace_exported": {
        "sv": "Arbetsytan är skriven till {path}, i importens form.",
        "en": "The workspace was written to {path}, in the import's shape.",
    },
    "db.foreign": {
        "sv": "{where} har tabeller men är ingen arbetsyta för innovation: programmet rör den inte. Ange en annan fil med --db eller INNOVATION_DB.",
        "en": "{where} holds tables but is not an innovation workspace: the program leaves it alone. Give another file with --db or INNOVATION_DB.",
    },
    "db.no_workspace": {
        "sv": "Det finns ingen arbetsyta i {where} ännu: lägg till den första personen (en admin) med innovation person add …, eller peka på en befintlig med --db eller INNOVATION_DB.",
        "en": "There is no workspace in {where} yet: add the first person (an admin) with innovation person add …, or point to an existing one with --db or INNOVATION_DB.",
    },
    "db.old_schema": {
        "sv": "Arbetsytan i {where} har en äldre schemaversion än programmets ({expected}): uppgradera den först med innovation db upgrade (läsning ändrar ingenting).",
        "en": "The workspace in {where} has an older schema than the program's ({expected}): upgrade it first with innovation db upgrade (reading changes nothing).",
    },
    "error.not_utf8": {
        "sv": "Argumentet {arg!r} är inte giltig UTF-8 (terminalen använder kanske en annan teckenkodning): ingenting har ändrats. Ställ in terminalen på UTF-8 och försök igen.",
        "en": "The argument {arg!r} is not valid UTF-8 (the terminal may use another encoding): nothing was changed. Set the terminal to UTF-8 and try again.",
    },
    "error.text_encoding": {
        "sv": "{field} är inte giltig text (felaktig teckenkodning): ingenting har ändrats.",
        "en": "{field} is not valid text (a broken character encoding): nothing was changed.",
    },
    "error.forbidden_make_admin": {
        "sv": "{actor} får inte ge någon rollen admin: det gör en admin.",
        "en": "{actor} may not give anyone the role admin: an admin does that.",
    },
    "error.delegate_would_lead": {
        "sv": "{username} beslutar för {fadder} om {area} (delegering) och kan inte samtidigt leda området (fyra ögon): avsluta delegeringen först (innovation delegate {area} --revoke).",
        "en": "{username} decides for {fadder} on {area} (a delegation) and cannot lead the area as well (four eyes): end the delegation first (innovation delegate {area} --revoke).",
    },
    "error.kolada_too_large": {
        "sv": "{path} är större än {limit} MB: det är inte en Kolada-fil för några indikatorer.",
        "en": "{path} is larger than {limit} MB: it is not a Kolada file for a few indicators.",
    },
    "error.kolada_implausible": {
        "sv": "år {year} eller värdet ligger utanför vad en kommun rapporterar",
        "en": "the year {year} or the value is outside what a municipality reports",
    },
    "error.key_one_line": {
        "sv": "En publik nyckel är en rad: typ, nyckeln och en valfri kommentar (som i id_ed25519.pub).",
        "en": "A public key is one line: its type, the key and an optional comment (as in id_ed25519.pub).",
    },
    "error.key_kind": {
        "sv": "Nyckeln måste börja med sin typ, en av {kinds}, utan några alternativ före den.",
        "en": "The key must start with its type, one of {kinds}, with no options before it.",
    },
    "error.key_blob": {
        "sv": "Nyckeln går inte att läsa som en publik SSH-nyckel av den typ raden anger.",
        "en": "The key cannot be read as a public SSH key of the type its line names.",
    },
    "error.key_weak": {
        "sv": "RSA-nycklar behöver minst {bits} bitar: gör hellre en ed25519-nyckel (ssh-keygen -t ed25519).",
        "en": "RSA keys need at least {bits} bits: better make an ed25519 key (ssh-keygen -t ed25519).",
    },
    "error.forbidden_keys": {
        "sv": "{actor} får inte lägga till eller återkalla nycklar: det gör en admin.",
        "en": "{actor} may not add or revoke keys: an admin does that.",
    },
    "error.key_exists": {
        "sv": "Nyckeln {fingerprint} finns redan, för {username}.",
        "en": "The key {fingerprint} is already there, for {username}.",
    },
    "error.key_revoked_before": {
        "sv": "Nyckeln {fingerprint} har återkallats och tas inte tillbaka: gör en ny nyckel.",
        "en": "The key {fingerprint} has been revoked and is not taken back: make a new key.",
    },
    "error.no_key": {
        "sv": "Det finns ingen nyckel med fingeravtrycket {fingerprint}: se innovation key list.",
        "en": "There is no key with the fingerprint {fingerprint}: see innovation key list.",
    },
    "error.key_command": {
        "sv": "Kommandot {command} kan inte stå i authorized_keys: välj en sökväg utan citattecken och bakstreck.",
        "en": "The command {command} cannot go into authorized_keys: choose a path without quotes and backslashes.",
    },
    "event.key.add": {"sv": "nyckel tillagd", "en": "key added"},
    "event.key.revoke": {"sv": "nyckel återkallad", "en": "key revoked"},
    "event.key": {"sv": "nycklar", "en": "keys"},
    "error.grant_service": {
        "sv": "{login} är programmets tjänsteroll eller en superanvändare: den ges inga läsinloggningar här.",
        "en": "{login} is the program's service role or a superuser: it is not given reading logins here.",
    },
    "error.no_login": {
        "sv": "Det finns ingen inloggning {login}.",
        "en": "There is no login {login}.",
    },
    "out.login_revoked": {
        "sv": "{login} kan inte längre logga in.",
        "en": "{login} can no longer log in.",
    },
    "out.granted_analyst": {
        "sv": "{login} kan nu läsa analysvyerna (analyst_*) och ingenting annat.",
        "en": "{login} can now read the analyst views (analyst_*) and nothing else.",
    },
    "event.login.revoke": {"sv": "databasinloggning återkallad", "en": "database login revoked"},
    "error.ssh_option": {
        "sv": "{option} gäller inte över SSH: vem du är avgör din nyckel, och arbetsytan och filerna är serverns.",
        "en": "{option} does not apply over SSH: your key decides who you are, and the workspace and files are the server's.",
    },
    "error.ssh_command": {
        "sv": "innovation {command} körs inte över SSH: det görs på servern av den som sköter den.",
        "en": "innovation {command} is not run over SSH: it is done on the server by whoever runs it.",
    },
    "error.ssh_key_stdin": {
        "sv": "Över SSH läses nyckeln från standard in: cat nyckel.pub | ssh innovation@server key add ANVÄNDARE -",
        "en": "Over SSH the key is read from standard input: cat key.pub | ssh innovation@server key add USER -",
    },
    "error.ssh_needs_tty": {
        "sv": "Terminalgränssnittet behöver en terminal: anslut med ssh -t, eller skicka ett kommando (ssh innovation@server area list).",
        "en": "The terminal UI needs a terminal: connect with ssh -t, or send a command (ssh innovation@server area list).",
    },
    "error.ssh_quoting": {
        "sv": "Kommandot går inte att läsa: {detail}",
        "en": "The command cannot be read: {detail}",
    },
    "error.key_unreadable": {
        "sv": "Kan inte läsa nyckeln {path}: {detail}",
        "en": "Cannot read the key {path}: {detail}",
    },
    "error.keys_where": {
        "sv": "Ange filen att skriva: --file ~innovation/.ssh/authorized_keys eller INNOVATION_AUTHORIZED_KEYS.",
        "en": "Give the file to write: --file ~innovation/.ssh/authorized_keys or INNOVATION_AUTHORIZED_KEYS.",
    },
    "out.key_added": {
        "sv": "Nyckeln {fingerprint} släpper nu in {username}.",
        "en": "The key {fingerprint} now lets {username} in.",
    },
    "out.key_revoked": {
        "sv": "Nyckeln {fingerprint} är återkallad.",
        "en": "The key {fingerprint} is revoked.",
    },
    "out.keys_synced": {
        "sv": "authorized_keys skriven: {path}",
        "en": "authorized_keys written: {path}",
    },
    "out.revoked_on": {"sv": "återkallad {at}", "en": "revoked {at}"},
    "col.key_kind": {"sv": "Typ", "en": "Kind"},
    "col.fingerprint": {"sv": "Fingeravtryck", "en": "Fingerprint"},
    "col.added": {"sv": "Tillagd", "en": "Added"},
    "col.person": {"sv": "Person", "en": "Person"},
    "rep.as_of_today": {
        "sv": "Läget i dag, {day}: perioden pågår och rapporten ändras med arbetet.",
        "en": "As things stand today, {day}: the period is running and the report changes with the work.",
    },
    "rep.as_of": {"sv": "Läget vid slutet av {day}.", "en": "As things stood at the end of {day}."},
    "rep.revision": {"sv": ", revision {n}", "en": ", revision {n}"},
}
