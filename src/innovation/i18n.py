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
    "outcome.worked": {"sv": "fungerade", "en": "worked"},
    "outcome.did-not-work": {"sv": "fungerade inte", "en": "did not work"},
    "cli.usage": {
        "sv": "Användning: innovation [KOMMANDO] [ALTERNATIV …]",
        "en": "Usage: innovation [COMMAND] [OPTIONS …]",
    },
    "cli.about": {
        "sv": "innovation: kommungemensamma områden, från nuläge till adopt eller learn. Utan kommando öppnas terminalgränssnittet.",
        "en": "innovation: kommungemensamma områden, from nuläge to adopt or learn. Without a command it opens the terminal UI.",
    },
    "cli.globals": {
        "sv": "Före eller efter kommandot: --db ADRESS (en fil, sqlite:///… eller postgresql://…; INNOVATION_DB), --as ANVÄNDARNAMN (INNOVATION_USER), --lang sv|en (INNOVATION_LANG), --json (för skript), --version. Hjälp för ett kommando: innovation KOMMANDO --help.",
        "en": "Before or after the command: --db ADDRESS (a file, sqlite:///… or postgresql://…; INNOVATION_DB), --as USERNAME (INNOVATION_USER), --lang sv|en (INNOVATION_LANG), --json (for scripts), --version. Help for one command: innovation COMMAND --help.",
    },
    "cli.usage_error": {
        "sv": "{prog}: {message}. Se {prog} --help.",
        "en": "{prog}: {message}. See {prog} --help.",
    },
    "cli.unknown_command": {
        "sv": "Okänt kommando: {command}. {hint}",
        "en": "Unknown command: {command}. {hint}",
    },
    "cli.did_you_mean": {"sv": "Menade du: {words}?", "en": "Did you mean: {words}?"},
    "cli.see_help": {
        "sv": "Se innovation --help för alla kommandon.",
        "en": "See innovation --help for every command.",
    },
    "cli.metavar.text": {"sv": "TEXT", "en": "TEXT"},
    "cli.metavar.number": {"sv": "TAL", "en": "NUMBER"},
    "cli.metavar.decimal": {"sv": "DECIMALTAL", "en": "DECIMAL"},
    "cli.arg.help": {"sv": "visa den här hjälpen och avsluta", "en": "show this help and exit"},
    "cli.arg.on": {
        "sv": "dagen det hände, ÅÅÅÅ-MM-DD (standard: i dag)",
        "en": "the day it happened, YYYY-MM-DD (default: today)",
    },
    "cli.arg.amend": {
        "sv": "varför, när dagen ligger i en stängd tertial (en rättelse)",
        "en": "why, when the day is in a closed tertial (an amendment)",
    },
    "cli.arg.view_on": {
        "sv": "som det såg ut när den dagen tog slut, ÅÅÅÅ-MM-DD",
        "en": "as it stood at the end of this day, YYYY-MM-DD",
    },
    "cli.arg.username": {"sv": "inloggningsnamn, a–z 0–9 . _ -", "en": "login name, a–z 0–9 . _ -"},
    "cli.arg.name": {"sv": "namnet som visas", "en": "display name"},
    "cli.arg.name_now": {"sv": "namnet som det ska stå", "en": "the name as it should read"},
    "cli.arg.role": {
        "sv": "ledartröja, fadder, facilitator eller admin (flera gånger för flera roller)",
        "en": "ledartröja, fadder, facilitator or admin (repeat for several roles)",
    },
    "cli.arg.roles_now": {
        "sv": "personens roller från och med nu (flera gånger för flera)",
        "en": "the person's roles from now on (repeat for several)",
    },
    "cli.arg.reason": {"sv": "varför", "en": "why"},
    "cli.arg.reason_correct": {
        "sv": "vad som rättas, och varför",
        "en": "what is corrected, and why",
    },
    "cli.arg.reason_wrong": {"sv": "vad som var fel", "en": "what was wrong"},
    "cli.arg.reason_ready": {"sv": "varför området är redo", "en": "why the area is ready"},
    "cli.arg.reason_short": {"sv": "en kort motivering", "en": "a short reason"},
    "cli.arg.question": {"sv": 'frågan: "Hur kan vi …?"', "en": 'the question: "Hur kan vi …?"'},
    "cli.arg.question_now": {
        "sv": 'frågan som den ska lyda: "Hur kan vi …?"',
        "en": 'the question as it should read: "Hur kan vi …?"',
    },
    "cli.arg.track": {
        "sv": "målsökande eller målstyrt",
        "en": "målsökande (goal-seeking) or målstyrt (goal-directed)",
    },
    "cli.arg.fadder": {"sv": "faddern (användarnamn)", "en": "the fadder (username)"},
    "cli.arg.fadder_new": {"sv": "den nya faddern", "en": "the new fadder"},
    "cli.arg.ledartroja": {
        "sv": "en ledartröja; två gånger för de två",
        "en": "a ledartröja; twice for the two",
    },
    "cli.arg.round": {
        "sv": "omgången, t.ex. 2024 (läggs till med round add)",
        "en": "the round, e.g. 2024 (added with round add)",
    },
    "cli.arg.round_only": {"sv": "bara den här omgångens områden", "en": "only this round's areas"},
    "cli.arg.all_merged": {
        "sv": "även områden som har slagits ihop",
        "en": "also the areas that were merged",
    },
    "cli.arg.area": {"sv": "områdets nyckel, t.ex. O3", "en": "the area's key, e.g. O3"},
    "cli.arg.area_all": {
        "sv": "områdets nyckel (standard: alla områden)",
        "en": "the area's key (default: every area)",
    },
    "cli.arg.areas_merge": {
        "sv": "områdena som slås ihop, t.ex. O1 O2 O3",
        "en": "the areas to merge, e.g. O1 O2 O3",
    },
    "cli.arg.into": {
        "sv": 'det nya områdets fråga: "Hur kan vi …?"',
        "en": 'the new area\'s question: "Hur kan vi …?"',
    },
    "cli.arg.merge_phase": {
        "sv": "fasen där det nya området börjar (standard: den som kommit längst)",
        "en": "the phase where the new area starts (default: the furthest)",
    },
    "cli.arg.merge_track": {
        "sv": "spåret (standard: det första områdets)",
        "en": "the track (default: the first area's)",
    },
    "cli.arg.merge_round": {
        "sv": "omgången (standard: det första områdets)",
        "en": "the round (default: the first area's)",
    },
    "cli.arg.preview": {
        "sv": "visa vad som skulle flyttas vart; ändra ingenting",
        "en": "show what would move where; change nothing",
    },
    "cli.arg.handover_from": {"sv": "ledartröjan som lämnar", "en": "the ledartröja who leaves"},
    "cli.arg.handover_to": {
        "sv": "ledartröjan som tar över",
        "en": "the ledartröja who takes over",
    },
    "cli.arg.handover_note": {
        "sv": "det den som tar över bör veta",
        "en": "what the one who takes over should know",
    },
    "cli.arg.activity_kind": {
        "sv": "workshop, intervju, antikrångel-tid …",
        "en": "workshop, interview, antikrångel-tid …",
    },
    "cli.arg.residents": {"sv": "antal invånare som deltog", "en": "residents taking part"},
    "cli.arg.staff": {"sv": "antal medarbetare som deltog", "en": "staff taking part"},
    "cli.arg.managers": {"sv": "antal chefer som deltog", "en": "managers taking part"},
    "cli.arg.note": {"sv": "en anteckning", "en": "a note"},
    "cli.arg.date_alias": {"sv": "samma som --on", "en": "the same as --on"},
    "cli.arg.scope": {
        "sv": "vad som ingår och vad som inte gör det",
        "en": "what is in and what is out",
    },
    "cli.arg.nylage": {"sv": "det önskade nya läget", "en": "the desired new state"},
    "cli.arg.owner": {
        "sv": "förvaltningen som tar över lösningen",
        "en": "the department that takes it over",
    },
    "cli.arg.indicator": {
        "sv": "indikatorns nyckel, t.ex. I2",
        "en": "the indicator's key, e.g. I2",
    },
    "cli.arg.indicator_all": {
        "sv": "en indikator (standard: alla med Kolada-id)",
        "en": "one indicator (default: all with a Kolada id)",
    },
    "cli.arg.indicator_name": {"sv": "indikatorns namn", "en": "the indicator's name"},
    "cli.arg.unit": {"sv": "enhet: %, antal, index …", "en": "unit: %, count, index …"},
    "cli.arg.baseline_year": {"sv": "startlägets år", "en": "the baseline's year"},
    "cli.arg.baseline": {
        "sv": "startläget: vårt värde det året",
        "en": "the baseline: our value that year",
    },
    "cli.arg.target": {
        "sv": 'målvärdet: ett tal eller t.ex. "bland de 25 % bästa"',
        "en": 'the target: a number or e.g. "bland de 25 % bästa"',
    },
    "cli.arg.national": {"sv": "rikets värde", "en": "the national value (riket)"},
    "cli.arg.kolada": {"sv": "Koladas KPI-id", "en": "Kolada's KPI id"},
    "cli.arg.better": {
        "sv": "högre eller lägre: vilket håll som är bättre",
        "en": "higher or lower: which way is better",
    },
    "cli.arg.year": {"sv": "året", "en": "the year"},
    "cli.arg.value": {"sv": "värdet", "en": "the value"},
    "cli.arg.gender": {"sv": "T (totalt), K eller M", "en": "T (total), K or M"},
    "cli.arg.kolada_file": {
        "sv": "en fil med Koladas data (värden per KPI och år)",
        "en": "a file of Kolada's data (values per KPI and year)",
    },
    "cli.arg.hypothesis": {"sv": "hypotesen som testas", "en": "the hypothesis tested"},
    "cli.arg.hypothesis_default": {
        "sv": "hypotesen (standard: idéns titel)",
        "en": "the hypothesis (default: the idea's title)",
    },
    "cli.arg.measure": {"sv": "hur det mäts", "en": "how it is measured"},
    "cli.arg.test": {"sv": "testets nyckel, t.ex. T2", "en": "the test's key, e.g. T2"},
    "cli.arg.result": {"sv": "vad som hände", "en": "what happened"},
    "cli.arg.outcome": {"sv": "fungerade eller fungerade inte", "en": "worked or did not work"},
    "cli.arg.lesson": {
        "sv": "vad som prövades, vad som hände, vad vi tar med oss",
        "en": "what was tried, what happened, what we keep",
    },
    "cli.arg.idea": {"sv": "idéns nyckel, t.ex. F3", "en": "the idea's key, e.g. F3"},
    "cli.arg.title": {"sv": "en kort titel", "en": "a short title"},
    "cli.arg.source": {
        "sv": "varifrån: medskapande, invånare, medarbetare, chef eller partner",
        "en": "where from: co-creation, resident, employee, manager or partner",
    },
    "cli.arg.description": {"sv": "en beskrivning", "en": "a description"},
    "cli.arg.stop": {
        "sv": "en idé om att sluta göra något",
        "en": "an idea to stop doing something",
    },
    "cli.arg.stop_only": {
        "sv": "bara idéer om att sluta göra något",
        "en": "only ideas to stop doing something",
    },
    "cli.arg.idea_note": {
        "sv": "varifrån den kom (inga personuppgifter)",
        "en": "where it came from (no personal data)",
    },
    "cli.arg.activity": {
        "sv": "den medskapande aktivitet den kom från",
        "en": "the co-creation activity it came from",
    },
    "cli.arg.withdraw": {"sv": "ta tillbaka ditt stöd", "en": "take your support back"},
    "cli.arg.effect": {"sv": "effekt för invånarna, 1–5", "en": "effect for residents, 1–5"},
    "cli.arg.cost": {"sv": "kostnad, 1 (låg) – 5 (hög)", "en": "cost, 1 (low) – 5 (high)"},
    "cli.arg.speed": {
        "sv": "hur snabbt den kan testas, 1–5",
        "en": "how quickly it can be tested, 1–5",
    },
    "cli.arg.idea_to": {
        "sv": "området där den passar bättre",
        "en": "the area where it fits better",
    },
    "cli.arg.idea_status": {
        "sv": "öppen, testad, parkerad eller avböjd",
        "en": "open, promoted, parked or declined",
    },
    "cli.arg.search": {"sv": "ord som alla måste finnas med", "en": "words that must all appear"},
    "cli.arg.phase": {
        "sv": "fasen att flytta till (dess namn, t.ex. avgränsning)",
        "en": "the phase to move to (its name, e.g. avgränsning)",
    },
    "cli.arg.request": {"sv": "begärans nyckel, t.ex. R4", "en": "the request's key, e.g. R4"},
    "cli.arg.comment": {"sv": "en kommentar", "en": "a comment"},
    "cli.arg.comment_first": {"sv": "vad som måste göras först", "en": "what must be done first"},
    "cli.arg.comment_hold": {"sv": "varför inte nu", "en": "why not now"},
    "cli.arg.comment_kill": {"sv": "lärdomen att behålla", "en": "the lesson to keep"},
    "cli.arg.back_to": {
        "sv": "en tidigare fas i samma cykel",
        "en": "an earlier phase of the same cycle",
    },
    "cli.arg.hold_until": {
        "sv": "tertialen då det tas upp igen, t.ex. 2025-T1",
        "en": "the tertial to revisit it, e.g. 2025-T1",
    },
    "cli.arg.delegate_to": {
        "sv": "vem som beslutar i ditt ställe",
        "en": "who decides in your place",
    },
    "cli.arg.delegate_until": {"sv": "sista dagen, ÅÅÅÅ-MM-DD", "en": "the last day, YYYY-MM-DD"},
    "cli.arg.delegate_revoke": {"sv": "avsluta delegeringen nu", "en": "end the delegation now"},
    "cli.arg.requests_all": {
        "sv": "alla öppna begäranden, inte bara mina",
        "en": "every open request, not just mine",
    },
    "cli.arg.requests_mine": {
        "sv": "de som väntar på mitt beslut eller som jag lämnat (standard)",
        "en": "waiting for my decision or filed by me (the default)",
    },
    "cli.arg.period": {
        "sv": "tertialen, ÅÅÅÅ-T1, ÅÅÅÅ-T2 eller ÅÅÅÅ-T3",
        "en": "the tertial, YYYY-T1, YYYY-T2 or YYYY-T3",
    },
    "cli.arg.period_open": {"sv": "en öppen tertial, ÅÅÅÅ-Tn", "en": "an open tertial, YYYY-Tn"},
    "cli.arg.period_closed": {
        "sv": "en stängd tertial, ÅÅÅÅ-Tn",
        "en": "a closed tertial, YYYY-Tn",
    },
    "cli.arg.period_amend": {
        "sv": "rätta även den här stängda tertialens rapport (en ny revision)",
        "en": "also correct this closed tertial's report (a new revision)",
    },
    "cli.arg.color": {"sv": "grön, gul eller röd", "en": "grön (green), gul (yellow) or röd (red)"},
    "cli.arg.cause": {
        "sv": "orsak (krävs för gul och röd)",
        "en": "cause (required for gul and röd)",
    },
    "cli.arg.measures": {
        "sv": "åtgärder (krävs för gul och röd)",
        "en": "measures (required for gul and röd)",
    },
    "cli.arg.assignment": {"sv": "uppdragets titel", "en": "the assignment's title"},
    "cli.arg.assignment_title": {"sv": "uppdragets titel", "en": "the assignment's title"},
    "cli.arg.assignment_title_now": {
        "sv": "titeln som den ska lyda",
        "en": "the title as it should read",
    },
    "cli.arg.horizon": {"sv": "1-2 (år) eller mandat", "en": "1-2 (years) or mandate"},
    "cli.arg.start_year": {"sv": "startlägets år", "en": "the baseline's year"},
    "cli.arg.own": {"sv": "startläge, vårt värde", "en": "baseline, our value"},
    "cli.arg.report_format": {"sv": "md, json eller html", "en": "md, json or html"},
    "cli.arg.output": {"sv": "filen (standard: skrivs ut)", "en": "the file (default: printed)"},
    "cli.arg.revision": {
        "sv": "en stängd tertials tidigare revision",
        "en": "a closed tertial's earlier revision",
    },
    "cli.arg.revisions": {
        "sv": "lista en stängd tertials revisioner",
        "en": "list a closed tertial's revisions",
    },
    "cli.arg.only_area": {"sv": "bara det här området", "en": "only this area"},
    "cli.arg.only_person": {
        "sv": "bara den här personen (användarnamn)",
        "en": "only this person (username)",
    },
    "cli.arg.only_kind": {
        "sv": "bara den här sortens händelser, eller ett prefix som request",
        "en": "only this kind of event, or a prefix such as request",
    },
    "cli.arg.since": {
        "sv": "från och med den här dagen, ÅÅÅÅ-MM-DD",
        "en": "from this day, YYYY-MM-DD",
    },
    "cli.arg.until": {
        "sv": "till och med den här dagen, ÅÅÅÅ-MM-DD",
        "en": "up to this day, YYYY-MM-DD",
    },
    "cli.arg.expect": {
        "sv": "ett huvud sparat tidigare, ANTAL:HASH",
        "en": "a head kept earlier, COUNT:HASH",
    },
    "cli.arg.audit_format": {"sv": "jsonl eller csv", "en": "jsonl or csv"},
    "cli.arg.event": {"sv": "händelsens nummer, t.ex. 42", "en": "the event's number, e.g. 42"},
    "cli.arg.annotation": {"sv": "anteckningen om händelsen", "en": "the note on the past event"},
    "cli.arg.round_name": {"sv": "omgångens namn, t.ex. 2024", "en": "the round's name, e.g. 2024"},
    "cli.arg.round_year": {"sv": "året den började", "en": "the year it started"},
    "cli.arg.partner_name": {"sv": "organisationens namn", "en": "the organisation's name"},
    "cli.arg.partner_kind": {
        "sv": "civilsamhälle, näringsliv, myndighet, region eller annat",
        "en": "civil, business, authority, region or other",
    },
    "cli.arg.partner": {"sv": "partnerns nyckel, t.ex. P2", "en": "the partner's key, e.g. P2"},
    "cli.arg.form": {
        "sv": "idéburet offentligt partnerskap (iop), avtal eller informellt",
        "en": "iop, agreement or informal",
    },
    "cli.arg.since_day": {"sv": "första dagen, ÅÅÅÅ-MM-DD", "en": "the first day, YYYY-MM-DD"},
    "cli.arg.until_day": {"sv": "sista dagen, ÅÅÅÅ-MM-DD", "en": "the last day, YYYY-MM-DD"},
    "cli.arg.until_or_none": {
        "sv": "sista dagen, ÅÅÅÅ-MM-DD, eller '' för ingen",
        "en": "the last day, YYYY-MM-DD, or '' for none",
    },
    "cli.arg.last_day": {"sv": "sista dagen, ÅÅÅÅ-MM-DD", "en": "the last day, YYYY-MM-DD"},
    "cli.arg.collaboration": {
        "sv": "samarbetets nyckel, t.ex. C3",
        "en": "the collaboration's key, e.g. C3",
    },
    "cli.arg.flow_file": {"sv": "en flödesfil (TOML)", "en": "a flow file (TOML)"},
    "cli.arg.flow_name": {
        "sv": "målsökande eller målstyrt, eller en sökväg",
        "en": "målsökande or målstyrt, or a path",
    },
    "cli.arg.mermaid": {
        "sv": "som Mermaid-text (stateDiagram-v2)",
        "en": "as Mermaid text (stateDiagram-v2)",
    },
    "cli.arg.analyst": {"sv": "analytikerns inloggningsnamn", "en": "the analyst's login name"},
    "cli.arg.grant_revoke": {"sv": "låt den inte längre logga in", "en": "no longer let it log in"},
    "cli.arg.import_path": {
        "sv": "en arbetsbok (.xlsx) eller en mapp med CSV-filer",
        "en": "a workbook (.xlsx) or a folder of CSV files",
    },
    "cli.arg.template": {
        "sv": "skriv en tom arbetsbok i rätt form",
        "en": "write an empty workbook of the shape",
    },
    "cli.arg.dry_run": {
        "sv": "säg vad som skulle hända; skriv ingenting",
        "en": "say what would happen; write nothing",
    },
    "cli.arg.export_format": {
        "sv": "xlsx, eller csv (en mapp med filer)",
        "en": "xlsx, or csv (a folder of files)",
    },
    "cli.arg.export_output": {"sv": "filen eller mappen", "en": "the file or folder"},
    "cli.arg.no_tui": {"sv": "skriv ut områdena i stället", "en": "print the areas instead"},
    "cli.arg.demo_reset": {
        "sv": "börja om från början (bara demons egen databas)",
        "en": "start afresh (only the demo's own database)",
    },
    "cli.arg.ssh_user": {
        "sv": "personen som SSH-nyckeln tillhör",
        "en": "the person the SSH key names",
    },
    "cli.arg.key_owner": {"sv": "vems nyckel det är", "en": "whose key it is"},
    "cli.arg.key_file": {
        "sv": "den publika nyckelfilen (id_ed25519.pub), eller - för standard in",
        "en": "the public key file (id_ed25519.pub), or - for stdin",
    },
    "cli.arg.fingerprint": {"sv": "SHA256:… (se key list)", "en": "SHA256:… (see key list)"},
    "cli.arg.keys_revoked": {"sv": "även nycklar som tagits bort", "en": "also keys taken away"},
    "cli.arg.keys_file": {
        "sv": "authorized_keys-filen (INNOVATION_AUTHORIZED_KEYS)",
        "en": "the authorized_keys file (INNOVATION_AUTHORIZED_KEYS)",
    },
    "cli.person.add": {
        "sv": "Lägg till en person (den första i en arbetsyta måste vara admin).",
        "en": "Add a person (the first person of a workspace must be an admin).",
    },
    "cli.person.roles": {
        "sv": "Ersätt en persons roller (admin).",
        "en": "Replace a person's roles (admin).",
    },
    "cli.person.rename": {
        "sv": "Rätta en persons namn (admin, eller personen själv).",
        "en": "Correct a person's name (an admin, or the person themselves).",
    },
    "cli.person.list": {"sv": "Arbetsytans personer.", "en": "The people of the workspace."},
    "cli.person.show": {
        "sv": "En persons roller och alla områden hen har lett eller varit fadder för, i alla omgångar.",
        "en": "A person's roles and every area they have led or sponsored, across rounds.",
    },
    "cli.area.create": {
        "sv": "Skapa ett område; det börjar i flödets första fas.",
        "en": "Create an area; it starts in the flow's first phase.",
    },
    "cli.area.assign": {
        "sv": "Byt ett områdes fadder eller ledartröjor; öppna begäranden följer med till den nya faddern.",
        "en": "Change an area's fadder or ledartröjor; open requests follow the new fadder.",
    },
    "cli.area.reword": {
        "sv": "Formulera om ett områdes fråga; historiken behåller den gamla lydelsen och skälet.",
        "en": "Reword an area's question; the history keeps the old wording and the reason.",
    },
    "cli.area.list": {
        "sv": "Områdena med sin fas (även sammanslagna med --all), i dag eller en viss dag.",
        "en": "The areas with their phase (merged ones with --all), today or on a day.",
    },
    "cli.area.show": {
        "sv": "Ett område: fas, personer, det som gjorts och vilka steg som är möjliga nu (eller en viss dag).",
        "en": "One area: phase, people, recorded work and the moves open now (or on a day).",
    },
    "cli.area.merge": {
        "sv": "Slå ihop områden till ett nytt (facilitator eller admin); de gamla avslutas som sammanslagna.",
        "en": "Merge areas into a new one (facilitator or admin); the sources end as merged.",
    },
    "cli.area.handover": {
        "sv": "Lämna över ett område från en ledartröja till en annan (facilitator), med ett skäl.",
        "en": "Hand an area over from one ledartröja to another (facilitator), with a reason.",
    },
    "cli.area.handover-note": {
        "sv": "Den avgående ledartröjans anteckning till den som tar över (visas för dem först).",
        "en": "The outgoing ledartröja's note to the one who took over (shown to them first).",
    },
    "cli.area.handover-read": {
        "sv": "Visa de överlämningsanteckningar som lämnats till mig om ett område, och markera dem som lästa.",
        "en": "Print the hand-over notes left for me on an area, and mark them read.",
    },
    "cli.activity.add": {
        "sv": "Registrera en medskapande aktivitet, den dag den hölls (--on).",
        "en": "Record a medskapande (co-creation) activity, on the day it happened (--on).",
    },
    "cli.scope.set": {
        "sv": "Skriv avgränsningen för den pågående cykeln.",
        "en": "Set the scope statement (avgränsning) for the current cycle.",
    },
    "cli.nylage.set": {
        "sv": "Beskriv det önskade nya läget (nyläge) för den pågående cykeln.",
        "en": "Describe the desired new state (nyläge) for the current cycle.",
    },
    "cli.owner.set": {
        "sv": "Ange den mottagande ägaren som gör en testad lösning till ordinarie arbetssätt.",
        "en": "Name the receiving owner that makes a tested solution its ordinary way of working.",
    },
    "cli.indicator.add": {
        "sv": "Lägg till en indikator med startläge och mål.",
        "en": "Add an indicator with its baseline (startläge) and target.",
    },
    "cli.indicator.measure": {
        "sv": "Registrera en indikators värde för ett år.",
        "en": "Record an indicator's value for a year.",
    },
    "cli.indicator.import": {
        "sv": "Läs in värden från en fil i Koladas format, för kommunens indikatorer.",
        "en": "Import values from a file in Kolada's data format, for our municipality's indicators.",
    },
    "cli.indicator.fetch": {
        "sv": "Hämta värden från Koladas öppna API (när datorn är uppkopplad) för indikatorer med Kolada-id.",
        "en": "Fetch values from Kolada's public API (when online) for indicators with a Kolada id.",
    },
    "cli.indicator.correct": {
        "sv": "Rätta det som skrevs fel om en indikator, även ett fryst startvärde.",
        "en": "Correct what was written wrong about an indicator, even a frozen start value.",
    },
    "cli.indicator.set": {
        "sv": "Ändra startläge eller mål (inte efter att avgränsningen godkänts), eller vilket håll som är bättre.",
        "en": "Change a baseline or target (refused once the scope gate has been approved), or which way is better.",
    },
    "cli.indicator.list": {
        "sv": "Indikatorerna med startläge, mål och senaste värde, för ett område eller alla.",
        "en": "The indicators with baseline, target and latest value, for one area or all.",
    },
    "cli.indicator.values": {
        "sv": "En indikators värden per år, med källa och när de hämtades.",
        "en": "An indicator's values by year, with their source and when they were fetched.",
    },
    "cli.test.add": {
        "sv": "Registrera ett test av en lösning, med dess hypotes.",
        "en": "Record a test of a solution with its hypothesis.",
    },
    "cli.test.result": {
        "sv": "Registrera ett tests resultat och utfall.",
        "en": "Record a test's result and outcome.",
    },
    "cli.lesson.add": {"sv": "Registrera en lärdom.", "en": "Record a lesson (lärdom)."},
    "cli.idea.add": {
        "sv": "Föreslå en idé för ett område (alla i arbetsytan).",
        "en": "Propose an idea for an area (anyone in the workspace).",
    },
    "cli.idea.support": {
        "sv": "Stöd en idé (ett stöd per person), eller ta tillbaka ditt stöd.",
        "en": "Support an idea (one support per person), or withdraw it.",
    },
    "cli.idea.score": {
        "sv": "Värdera en idé (områdets ledartröjor); en ny värdering ersätter din förra.",
        "en": "Weigh an idea (the area's ledartröjor); weighing again replaces yours.",
    },
    "cli.idea.promote": {
        "sv": "Gör en idé till ett test i områdets pågående cykel.",
        "en": "Turn an idea into a test in its area's current cycle.",
    },
    "cli.idea.park": {
        "sv": "Parkera en idé: bra, men inte nu.",
        "en": "Park an idea: good, not now.",
    },
    "cli.idea.decline": {
        "sv": "Avböj en idé, med ett skäl; den går fortfarande att läsa.",
        "en": "Decline an idea, with a reason; it stays readable.",
    },
    "cli.idea.move": {
        "sv": "Flytta en idé till ett annat område; båda områdena visar vart den tog vägen.",
        "en": "Move an idea to another area; both areas show where it went.",
    },
    "cli.idea.list": {
        "sv": "Idébanken, bäst först: efter värdering, sedan stöd.",
        "en": "The backlog, best first: by score, then support.",
    },
    "cli.idea.show": {
        "sv": "En idé: värdering, stöd och det test, resultat och den lärdom eller adoption den ledde till.",
        "en": "One idea: its weighing, support, and the test, result and lesson or adoption it led to.",
    },
    "cli.idea.search": {
        "sv": "Sök i alla områdens idéer och lärdomar, så att ingen omgång testar om det någon redan lärt sig.",
        "en": "Search every idea and lesson of every area, so no round re-tests what one learnt.",
    },
    "cli.move": {
        "sv": "Flytta ett område, eller lämna en begäran när faddern ska besluta.",
        "en": "Move an area, or file a request where the fadder must approve.",
    },
    "cli.approve": {
        "sv": "Go: godkänn en begäran (områdets fadder eller ersättare); steget tas.",
        "en": "Go: approve a request (the area's fadder or delegate); the move happens.",
    },
    "cli.reject": {
        "sv": "Recycle: området står kvar, eller går tillbaka till en tidigare fas för mer arbete.",
        "en": "Recycle: the area stays, or goes back to an earlier phase to do more work.",
    },
    "cli.hold": {
        "sv": "Hold: bra, men inte nu. Området vilar till tertialen; resume lyfter det.",
        "en": "Hold: good, but not now. The area is vilande until the tertial; resume lifts it.",
    },
    "cli.kill": {
        "sv": "Kill: avsluta och behåll lärdomen. Området avslutar sin cykel i learn.",
        "en": "Kill: stop, and keep the lesson. The area ends its cycle in learn.",
    },
    "cli.withdraw": {
        "sv": "Ta tillbaka en begäran du lämnat.",
        "en": "Take back a request you filed.",
    },
    "cli.resume": {
        "sv": "Lyft ett vilande: området är aktivt igen (faddern eller ersättaren).",
        "en": "Lift a hold: the area is active again (the fadder or their delegate).",
    },
    "cli.delegate": {
        "sv": "Låt någon annan besluta om begäranden på ett av dina områden fram till ett datum.",
        "en": "Let another person decide requests on one of your areas until a date.",
    },
    "cli.requests": {
        "sv": "Begäranden som väntar på mitt beslut (eller som jag lämnat), äldst först, med sin ålder.",
        "en": "Requests waiting for my decision (or filed by me), oldest first, with their age.",
    },
    "cli.period.open": {
        "sv": "Öppna en tertial för statusrapporter (facilitator).",
        "en": "Open a tertial for status reports (facilitator).",
    },
    "cli.period.close": {
        "sv": "Stäng en tertial: dess rapporter kan från och med nu bara rättas (facilitator).",
        "en": "Close a tertial: its reports can from now on only be amended (facilitator).",
    },
    "cli.period.list": {
        "sv": "Tertialerna och om de är öppna.",
        "en": "The tertials and whether they are open.",
    },
    "cli.status.set": {
        "sv": "Rapportera ett områdes färg för en öppen tertial (dess fadder eller ledartröjor).",
        "en": "Report an area's colour for an open tertial (its fadder or ledartröjor).",
    },
    "cli.status.amend": {
        "sv": "Rätta en stängd tertials rapport med en ny post som anger vad den rättar.",
        "en": "Correct a closed tertial's report with a new record that names what it corrects.",
    },
    "cli.assignment.add": {
        "sv": "Lägg till ett politiskt uppdrag som områdena tjänar (facilitator).",
        "en": "Add a political assignment the areas serve (facilitator).",
    },
    "cli.assignment.indicator": {
        "sv": "Lägg till en indikator på ett uppdrag (facilitator).",
        "en": "Add an indicator to an assignment (facilitator).",
    },
    "cli.assignment.status": {
        "sv": "Rapportera uppdragets färg för en öppen tertial (facilitator).",
        "en": "Report the assignment's colour for an open tertial (facilitator).",
    },
    "cli.assignment.amend": {
        "sv": "Rätta uppdragets färg för en stängd tertial: en ny revision av rapporten.",
        "en": "Correct the assignment's colour for a closed tertial: a new revision of its report.",
    },
    "cli.assignment.edit": {
        "sv": "Rätta uppdragets titel eller text (facilitator).",
        "en": "Correct the assignment's title or text (facilitator).",
    },
    "cli.assignment.list": {
        "sv": "Uppdragen, deras indikatorer och (för en tertial) deras färg.",
        "en": "The assignments, their indicators and (for a period) their colour.",
    },
    "cli.report": {
        "sv": "Tertialuppföljningen: läget när tertialen tog slut; en stängd tertials rapport som den lämnades (senaste revisionen, eller --revision N).",
        "en": "The tertial follow-up: the world at the period's end; a closed period's report as it was delivered (its newest revision, or --revision N).",
    },
    "cli.history": {
        "sv": "Allt som registrerats om ett område, äldst först.",
        "en": "Everything recorded about an area, oldest first.",
    },
    "cli.audit.list": {
        "sv": "Hela spåret, äldst först, filtrerat på område, person, sorts händelse och datum.",
        "en": "The whole trail, oldest first, filtered by area, person, kind of event and dates.",
    },
    "cli.audit.verify": {
        "sv": "Gå igenom hashkedjan; visa exakt var den första brutna länken finns (slutstatus 1 vid brott).",
        "en": "Walk the hash chain; report the first broken link precisely (exit 1 on any break).",
    },
    "cli.audit.head": {
        "sv": "Skriv ut spårets antal och huvud-hash, att spara någon annanstans (visar om något tagits bort).",
        "en": "Print the trail's count and head hash, to keep somewhere else (detects truncation).",
    },
    "cli.audit.replay": {
        "sv": "Bygg upp allt på nytt ur händelserna genom de nuvarande flödena; jämför med tabellerna.",
        "en": "Rebuild every area from the events through the current flows; compare with the tables.",
    },
    "cli.audit.export": {
        "sv": "Varje händelse med sin hash, för människor och verktyg (formatet: docs/audit.md).",
        "en": "Every event with its hash, for people and tools (format: docs/audit.md).",
    },
    "cli.annotate": {
        "sv": "Lägg till en facilitators anteckning om en tidigare händelse (själv en händelse; originalet rörs inte).",
        "en": "Add a facilitator's note to a past event (itself an event; the original is untouched).",
    },
    "cli.round.add": {
        "sv": "Lägg till en omgång som områden kan höra till (facilitator eller admin).",
        "en": "Add a round that areas can belong to (facilitator or admin).",
    },
    "cli.round.list": {
        "sv": "Omgångarna med sina områden: hur många som pågår, i vilka faser, hur många som slagits ihop.",
        "en": "The rounds with their areas: how many are going, in which phases, how many merged.",
    },
    "cli.partner.add": {
        "sv": "Registrera en organisation utanför kommunen.",
        "en": "Register an organisation outside the municipality.",
    },
    "cli.partner.list": {
        "sv": "Partnerna och hur många samarbeten var och en har.",
        "en": "The partners and how many collaborations each has.",
    },
    "cli.partner.link": {
        "sv": "Registrera att ett område samarbetar med en partner (dess ledartröjor eller en facilitator).",
        "en": "Record that an area works with a partner (its ledartröjor or a facilitator).",
    },
    "cli.partner.end": {
        "sv": "Registrera ett samarbetes sista dag.",
        "en": "Record the last day of a collaboration.",
    },
    "cli.partner.correct": {
        "sv": "Rätta ett samarbetes form, datum eller anteckning.",
        "en": "Correct a collaboration's form, dates or note.",
    },
    "cli.partner.collaborations": {
        "sv": "Samarbeten med partner, med form och datum.",
        "en": "Collaborations with partners, with their form and dates.",
    },
    "cli.import": {
        "sv": "Ta in ett befintligt program: varje rad som det kommando den står för, med sin dag; allt eller inget (admin).",
        "en": "Bring an existing programme in: every row as the command it stands for, with its day; all or nothing (admin).",
    },
    "cli.export": {
        "sv": "Ta ut arbetsytan i importens form, läst ur granskningsspåret.",
        "en": "Take the workspace out in the import's shape, read from the audit trail.",
    },
    "cli.flow.check": {
        "sv": "Kontrollera en flödesfil; varje problem anges med var det finns.",
        "en": "Validate a flow file; every problem is reported with where it is.",
    },
    "cli.flow.show": {
        "sv": "Visa ett flöde som tabell, eller som ett Mermaid-tillståndsdiagram.",
        "en": "Show a flow as a table, or as a Mermaid state diagram.",
    },
    "cli.db.grant": {
        "sv": "PostgreSQL: en inloggning som bara kan läsa analysvyerna (databasens ägare).",
        "en": "PostgreSQL: a read-only login on the analyst views (the database's owner).",
    },
    "cli.db.upgrade": {
        "sv": "Skapa eller uppgradera databasens schema till den senaste migreringen.",
        "en": "Create or upgrade the schema to the newest migration.",
    },
    "cli.demo": {
        "sv": "Fyll demo-arbetsytan (en gång) och öppna den.",
        "en": "Seed the demo workspace (idempotent) and open it.",
    },
    "cli.key.add": {
        "sv": "Släpp in en person med en SSH-nyckel (admin); nyckeln kör då bara programmet, som den personen.",
        "en": "Let a person in with an SSH key (admin); the key then runs only the program, as them.",
    },
    "cli.key.list": {
        "sv": "Nycklarna som når programmet: vems, vilken, tillagd av vem.",
        "en": "The keys that reach the program: whose, which, added by whom.",
    },
    "cli.key.revoke": {
        "sv": "Ta bort en nyckel för gott (admin).",
        "en": "Take a key away for good (admin).",
    },
    "cli.key.sync": {
        "sv": "Skriv nycklarna till tjänstekontots authorized_keys (på servern).",
        "en": "Write the keys into the service account's authorized_keys (on the server).",
    },
    "cli.ssh-serve": {
        "sv": "Varje nyckels tvingade kommando i tjänstekontots authorized_keys: kör det personen bad om, som den personen, eller terminalgränssnittet.",
        "en": "The forced command of every key in the service account's authorized_keys: runs what the person asked for, as that person, or the terminal UI.",
    },
    "cli.group.person": {"sv": "personer och deras roller", "en": "people and their roles"},
    "cli.group.area": {
        "sv": "områden: skapa, visa, slå ihop, lämna över",
        "en": "areas: create, show, merge, hand over",
    },
    "cli.group.activity": {"sv": "medskapande aktiviteter", "en": "co-creation activities"},
    "cli.group.scope": {"sv": "avgränsningen", "en": "the scope statement (avgränsning)"},
    "cli.group.nylage": {"sv": "det önskade nya läget", "en": "the desired new state (nyläge)"},
    "cli.group.owner": {"sv": "den mottagande ägaren", "en": "the receiving owner"},
    "cli.group.indicator": {
        "sv": "indikatorer med startläge och mål",
        "en": "indicators with baseline and target",
    },
    "cli.group.test": {
        "sv": "test av lösningar och deras resultat",
        "en": "tests of solutions and their results",
    },
    "cli.group.lesson": {"sv": "lärdomar", "en": "lessons (lärdomar)"},
    "cli.group.idea": {
        "sv": "idéer: föreslagna, stödda, värderade, prövade",
        "en": "ideas: proposed, supported, weighed, tried",
    },
    "cli.group.move": {
        "sv": "flytta ett område, eller begär faddern beslut",
        "en": "move an area, or ask the fadder to decide",
    },
    "cli.group.requests": {
        "sv": "begäranden som väntar på beslut",
        "en": "requests waiting for a decision",
    },
    "cli.group.approve": {"sv": "go: godkänn en begäran", "en": "go: approve a request"},
    "cli.group.reject": {
        "sv": "recycle: inte än, eller tillbaka",
        "en": "recycle: not yet, or back",
    },
    "cli.group.hold": {
        "sv": "hold: vilande till en tertial",
        "en": "hold: on hold until a tertial",
    },
    "cli.group.kill": {
        "sv": "kill: avsluta och behåll lärdomen",
        "en": "kill: stop and keep the lesson",
    },
    "cli.group.withdraw": {"sv": "ta tillbaka en begäran", "en": "take back a request"},
    "cli.group.resume": {"sv": "lyft ett vilande", "en": "lift a hold"},
    "cli.group.delegate": {
        "sv": "låt någon besluta i ditt ställe",
        "en": "let someone decide in your place",
    },
    "cli.group.period": {
        "sv": "tertialer (T1, T2, T3 = årsredovisningen)",
        "en": "tertials (T1, T2, T3 = the annual report)",
    },
    "cli.group.status": {
        "sv": "trafikljuset per område och tertial",
        "en": "the traffic light per area and tertial",
    },
    "cli.group.assignment": {"sv": "politiska uppdrag", "en": "political assignments"},
    "cli.group.report": {"sv": "tertialrapporten", "en": "the tertial report"},
    "cli.group.history": {"sv": "ett områdes historik", "en": "an area's history"},
    "cli.group.audit": {"sv": "granskningsspåret", "en": "the audit trail"},
    "cli.group.annotate": {
        "sv": "en anteckning om en tidigare händelse",
        "en": "a note on a past event",
    },
    "cli.group.round": {"sv": "omgångar av områden", "en": "rounds of areas"},
    "cli.group.partner": {
        "sv": "partner utanför kommunen",
        "en": "partners outside the municipality",
    },
    "cli.group.import": {
        "sv": "ta in ett befintligt program",
        "en": "bring an existing programme in",
    },
    "cli.group.export": {"sv": "ta ut arbetsytan", "en": "take the workspace out"},
    "cli.group.flow": {"sv": "flödesfilerna", "en": "the flow files"},
    "cli.group.key": {
        "sv": "SSH-nycklar: vem som når programmet på servern",
        "en": "SSH keys: who reaches the program on the server",
    },
    "cli.group.db": {"sv": "databasen", "en": "the database"},
    "cli.group.demo": {"sv": "demo-arbetsytan", "en": "the demo workspace"},
    "col.baseline": {"sv": "Startläge", "en": "Baseline"},
    "col.target": {"sv": "Mål", "en": "Target"},
    "col.latest": {"sv": "Senast", "en": "Latest"},
    "out.no_assignments": {"sv": "Inga uppdrag ännu.", "en": "No assignments yet."},
    "out.no_collaborations": {"sv": "Inga samarbeten.", "en": "No collaborations."},
    "out.no_hits": {"sv": "Inga träffar.", "en": "No matches."},
    "out.no_ideas": {"sv": "Inga idéer.", "en": "No ideas."},
    "out.no_indicators": {"sv": "Inga indikatorer.", "en": "No indicators."},
    "out.no_keys": {"sv": "Inga nycklar.", "en": "No keys."},
    "out.no_partners": {"sv": "Inga partner ännu.", "en": "No partners yet."},
    "out.no_periods": {"sv": "Inga tertialer ännu.", "en": "No tertials yet."},
    "out.no_rounds": {"sv": "Inga omgångar ännu.", "en": "No rounds yet."},
    "out.adopted_by": {"sv": "adopterad av {owner}", "en": "adopted by {owner}"},
    "error.demo_reset_shared": {
        "sv": "Bara demons egen SQLite-fil kan börja om; en delad databas nollställs aldrig.",
        "en": "Only the demo's own SQLite file can start afresh; a shared database is never reset.",
    },
    "error.demo_reset_real": {
        "sv": "{path} är inte en demo-arbetsyta (den har andra personer än demons); den rörs inte.",
        "en": "{path} is not a demo workspace (it has people other than the demo's); it is left untouched.",
    },
    # argparse's own words (cli/main.py hands them to argparse)
    "argparse:%(prog)s: error: %(message)s\n": {
        "sv": "%(prog)s: fel: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "argparse:argument %(argument_name)s: %(message)s": {
        "sv": "argumentet %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "argparse:expected at least one argument": {
        "sv": "minst ett värde behövs",
        "en": "expected at least one argument",
    },
    "argparse:expected at most one argument": {
        "sv": "högst ett värde får anges",
        "en": "expected at most one argument",
    },
    "argparse:expected one argument": {
        "sv": "ett värde behövs",
        "en": "expected one argument",
    },
    "argparse:ignored explicit argument %r": {
        "sv": "värdet %r används inte",
        "en": "ignored explicit argument %r",
    },
    "argparse:invalid %(type)s value: %(value)r": {
        "sv": "ogiltigt %(type)s: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "argparse:invalid choice: %(value)r (choose from %(choices)s)": {
        "sv": "ogiltigt val: %(value)r (välj bland %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "argparse:ambiguous option: %(option)s could match %(matches)s": {
        "sv": "tvetydigt alternativ: %(option)s kan vara %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "argparse:not allowed with argument %s": {
        "sv": "får inte anges tillsammans med %s",
        "en": "not allowed with argument %s",
    },
    "argparse:one of the arguments %s is required": {
        "sv": "ett av argumenten %s krävs",
        "en": "one of the arguments %s is required",
    },
    "argparse:options": {
        "sv": "alternativ",
        "en": "options",
    },
    "argparse:positional arguments": {
        "sv": "argument",
        "en": "positional arguments",
    },
    "argparse:show this help message and exit": {
        "sv": "visa den här hjälpen och avsluta",
        "en": "show this help message and exit",
    },
    "argparse:the following arguments are required: %s": {
        "sv": "de här argumenten krävs: %s",
        "en": "the following arguments are required: %s",
    },
    "argparse:unrecognized arguments: %s": {
        "sv": "okända argument: %s",
        "en": "unrecognized arguments: %s",
    },
    "argparse:usage: ": {
        "sv": "användning: ",
        "en": "usage: ",
    },
    "argparse:expected %s argument": {
        "sv": "%s värde behövs",
        "en": "expected %s argument",
    },
    "cli.type.int": {"sv": "heltal", "en": "integer"},
    "cli.type.decimal": {"sv": "decimaltal", "en": "decimal number"},
    "cli.metavar.question": {"sv": "FRÅGA", "en": "QUESTION"},
    "cli.metavar.area": {"sv": "OMRÅDE", "en": "AREA"},
    "cli.metavar.areas": {"sv": "OMRÅDEN", "en": "AREAS"},
    "cli.metavar.username": {"sv": "ANVÄNDARNAMN", "en": "USERNAME"},
    "cli.metavar.user": {"sv": "ANVÄNDARNAMN", "en": "USERNAME"},
    "cli.metavar.indicator": {"sv": "INDIKATOR", "en": "INDICATOR"},
    "cli.metavar.idea": {"sv": "IDÉ", "en": "IDEA"},
    "cli.metavar.request": {"sv": "BEGÄRAN", "en": "REQUEST"},
    "cli.metavar.test": {"sv": "TEST", "en": "TEST"},
    "cli.metavar.event": {"sv": "HÄNDELSE", "en": "EVENT"},
    "cli.metavar.period": {"sv": "TERTIAL", "en": "TERTIAL"},
    "cli.metavar.phase": {"sv": "FAS", "en": "PHASE"},
    "cli.metavar.file": {"sv": "FIL", "en": "FILE"},
    "cli.metavar.path": {"sv": "SÖKVÄG", "en": "PATH"},
    "cli.metavar.name": {"sv": "NAMN", "en": "NAME"},
    "cli.metavar.title": {"sv": "TITEL", "en": "TITLE"},
    "cli.metavar.assignment": {"sv": "UPPDRAG", "en": "ASSIGNMENT"},
    "cli.metavar.partner": {"sv": "PARTNER", "en": "PARTNER"},
    "cli.metavar.collaboration": {"sv": "SAMARBETE", "en": "COLLABORATION"},
    "cli.metavar.fingerprint": {"sv": "FINGERAVTRYCK", "en": "FINGERPRINT"},
    "cli.metavar.day": {"sv": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "cli.globals_short": {
        "sv": "Även: --json (för skript), --db, --as, --lang sv|en (se innovation --help).",
        "en": "Also: --json (for scripts), --db, --as, --lang sv|en (see innovation --help).",
    },
}
