"""The rules: small ``str -> str`` functions, one per kind of written form,
and the one place that says in which order they run (:data:`PIPELINE`).

Each rule takes the line and an optional :class:`~..report.Trace` that
records what it changed; its docstring names its risk (the written forms it
may misread). Later rules see the words earlier rules produced, so every
rule writes plain lowercase words that no later rule matches.

Layout (after gTTS's tokenizer: machinery, rules, plain data):

- ``machinery.py``: the :data:`SpeechRule` type, the traced substitution,
  number patterns and the helpers that look at the words around a match
  (``syllables.py``, split from it in session 56: whether a written word
  can be said as a word or must be spelled, by its syllables' shape)
- ``cleanup.py``: typography, headlines in capitals, quote dashes, tidying
- ``contact.py``: web and e-mail addresses, phone numbers, postal codes
- ``admin.py``: law references, case/diary/payment numbers, plates,
  flights, model names and product codes, property designations (by the
  label before them)
- ``bible.py``: Bible references ("Joh 3:16": book, chapter and verse)
- ``rooms.py``: rooms and halls numbered with a colon ("rum 3:12", "sal
  4:2": "kolon", never a clock time)
- ``personal.py``: personal numbers and birth dates in their groups
  ("19850312-1234", "födelsedatum 850312")
- ``labelled.py``: a number in groups or of four digits after a "-nummer"
  compound or a reference's word ("kundnummer 123 456 789", "referens 4455")
- ``thousands.py``: a "k" glued to a number for its thousands ("48k",
  "45k i månaden")
- ``codes.py``: an IBAN, a reference of capitals and hyphen-joined digits
- ``calendar.py``: dates, weekdays, clock times, years; ``terms.py``: school terms and weeks written "v 15";
  ``weekdays.py`` (called by ``calendar.dates``): weekdays written short on
  their own, and coordinated weekdays that agree in number ("tis och tors
  18–20" in a course: "tisdagar och torsdagar"); ``weeklists.py`` (called
  by ``weekdays``): "Mån" and "Tors" opening an item of a week's list
  ("Lör +14°. Sön +9°. Mån +11°")
- ``quantities.py``: wind, decimal point, prices, units (and "per" a unit), money, percent;
  ``attributive.py`` (called by the units): a measure before the noun it
  measures said in the genitive ("115 hk utombordare", "3 tim. väntan")
- ``symbols.py``: symbols and fractions (``crossings.py``, called by it: two streets or roads at a crossing joined by
  a dash or a slash, "och")
- ``sport.py``: placings in result lists, team results, penalties, chess
  moves, votes, scores (lists of goals, set scores)
- ``racing.py``: race times, a trotting kilometre time, a gap behind the
  winner, ski styles
- ``numerals.py``: sections, school years ("F–9"), Roman numerals,
  compounds, ordinals, identifiers, ranges, cardinals, leftover digits;
  ``idnumbers.py`` (re-exported by ``numerals``): four-digit numbers after a
  label that names them ("lgh 1102", "rum 1205"), not after a verb phrase
  ("ägde rum 1317")
- ``words.py``: "f." (född), names in mixed case, initials, lone letters,
  party letters, acronyms; ``shortforms.py``: abbreviations (read from the
  words around them: titles, agreement with the noun, short forms of notices)
- ``results.py``: results lines and tables read as whole expressions (league
  table rows, votes, set lists, goal lines, half points, fixtures, a golfer's
  rounds and total), before
  the rules that read a pair at a time; ``listings.py``: listings (clock
  times in a list, TV labels, prices with slashes, spans or sets joined by
  slashes: "skift 06–14/14–22", "6–4/3–6")
- ``rates.py``: a number, a unit, a slash and what it is counted per
  (prices of one line said alike, "per dygn" and "per vecka");
  ``spans.py``: spans with a unit at each end and two-digit years after a
  dash; ``estates.py``: property designations in a line about property;
  ``plates.py``: registration plates after a short label
- ``slash_units.py``: a slash under a unit or a price ("kr/ha", "kg N/ha",
  "€/m²/år"); ``readings.py`` (called by the abbreviations): short forms
  read from the words around them ("ordf. utslagsröst", "ord.pris", "3
  ssk", "past. Eva Lind"); ``letter_pairs.py`` (called by
  ``lone_letters``): licence classes with a slash or a plus ("C/CE", "A+B")

- ``accounts.py``: bank accounts after a word of accounts, dictated group by
  group; ``smallprint.py``: short forms of the small print read from the words
  around them ("fr." that is "från", "min." that is "minsta"), and
  ``adwords.py`` (called by it) the clipped words of the classified ads
  ("Startavg.", "utkörn.", "80 pers", "el." between two names);
  ``sportnotes.py``: a match minute with its mark ("67'") and a scorer's goals
  with the penalties among them ("9/3"); ``moneynotes.py``: a currency after
  last year's figure in brackets ("12,7 (–3,1) MSEK"); ``signed_ranges.py``:
  a range between two signed numbers ("+2–+4 °C": "till"); ``divisions.py``: a spaced slash
  before a number in a formula ("× prisbasbeloppet / 12": "delat med"); ``every_spans.py``: a span after "var"
  before a time in the singular, ordinals ("var 4–6 timme"); ``instruments.py``: a musician's instrument
  written short after her name ("Torleif Thedéen, vc.": "cello"); ``sign_names.py``: a sign
  alone in a sentence about characters ("specialtecken (t.ex. ! eller #)": "utropstecken"); ``episodes.py``:
  an episode in a TV listing written with a colon ("(1:3)": "del ett av tre")
- ``short_notes.py``: short forms read from their neighbours (a blood group's
  "0 neg.", a yearbook's "ref.", an office's "exp.", "Lund C–Malmö C");
  ``tallies.py``: seasons joined by a dash, a tally after "mot", a long
  race's hours and minutes
- ``short_measures.py``: measures the unit rules miss: a unit's short form
  after a word of quantity ("Ett halvt kg"), an engine's "65 cc" ("kubik"),
  an ad's columns ("1 sp × 50 mm": "spalt"); ``road_positions``: "km 12/400"; ``road_directions``: "E4 N"
- ``abbreviation_endings.py``: clipped nouns with an ending after a colon
  ("ordf:s" -> "ordförandens", "Sekr:n" -> "Sekreteraren")
- ``letter_endings.py``: the ending of a spelled short form after its colon
  ("VD:n" -> "ve den"; a vowel's ending after a hyphen: "SMS:a" -> "ess
  emm ess-a", "PM:et" -> "pe emm-et")
- ``letter_grades.py``: a letter with plus or minus signs as a grade or a
  class ("B+" -> "be plus", "energiklass A+++", "fick A-" -> "a minus")
- ``capital_tails.py``: a word with a short form in capitals glued at its end
  ("ChatGPT" -> "Chat ge pe te", "NordVPN")
- ``mixed_capitals.py``: short names in capitals with small letters among
  them, read by their shape at the end ("FoU-ingenjör", "DDoS", "ViN":
  spelled, the small letters too)
- ``table_cells.py`` (called by ``cleanup.clean``): a table's row, its
  cells joined by tabs or by the HTML reader's spaced dashes ("Kultur – 14 –
  960 000 kr"): a pause between the cells, no range or score across them;
  ``letter_stops.py`` (called by the abbreviations): a spelled short name
  ending in O before its sentence's stop ("till IVO. Svaret": the letter,
  not "o." as "och"); ``estates.py`` also reads building permits' notices
  (``data/permit_words.py``: "Högsjö 3:14: Nybyggnad av carport")
- ``year_dashes.py`` (called by ``cleanup.quote_dash``): a year, a spaced
  dash and a count that ends no span from it ("2022 – 872", "sedan 2001 –
  118 kommuner"): a comma, not a range
- ``month_spans.py``: a span of months, seasons or terms that each carry
  their year, joined by a dash ("mars 2026–november 2027", "våren
  2025–hösten 2026"): "till" (table ``data/period_words.py``); two months
  without years for ``calendar.dates`` ("maj–juni"; "och" after "mellan");
  ``word_ranges.py``: a range of number words joined by a dash ("fem–sex
  centimeter": "fem till sex"; table ``data/range_words.py``), and two places
  after a noun of a journey ("sträckan Umeå–Vännäs": "till");
  ``ship_prefixes.py``: a ship's short form before its name ("m/s Falkö":
  "emm ess Falkö"; table ``data/ship_letters.py``); ``law_colons.py``: a
  law's chapter and section with the law named after the pair or a
  section's letter ("en 6:6a-begäran", "2:3 MB") or a label of a
  section before it ("paragraf 4:2"): "kolon"; and, ``series_numbers``, a
  year and a number glued by a colon with no label, "rapport 2024:3": "kolon"; table ``data/law_colon_words.py``); "för F–3" after a preposition is a span of
  school years (``numerals.school_years``, ``data/nouns.SCHOOL_SPAN_BEFORE``)
- ``school_courses.py``: a school course by its subject's code and step in a
  sentence about school ("Ma 1c" -> "matematik ett c", table ``data/course_words.py``)
- ``weight_classes.py``: a weight class after an age class ("U13 -42 kg":
  "minus", not a span of classes; a wrestling style after a weight, "60 kg
  gr": "grekisk-romersk", table ``data/weight_class_words.py``); ``footnotes.py``: a footnote's marker
  glued to a word or a stop ("1742.[1] Den"), not said; ``age_class_pairs.py``:
  a class for both sexes ("P/F 10": "pe eff tio"; table ``data/age_class_letters.py``)
- session 14: ``clipped_counts.py``: a noun clipped with a stop after a count
  or a determiner ("11 ret.", "4 dagliga avg.", "i sista sek.", "varje
  port."); ``compass_places.py``: a compass point written short before a
  place ("i SV Skåne", "Ö Vram", "fastigheten Ö. Vemmenhög");
  ``subject_lists.py``: school subjects and languages in a list ("i sv och
  ma", "på sv, eng och arabiska") and two joined by a slash ("Ma/Fy"); ``standards.py``: a standard's body and
  number ("CE EN 1078", "SS-EN 1176"); ``model_lists.py``: a maker's second
  model ("Saab 9-3 eller 9-5") and a number's plural after a colon ("X62:or");
  ``short_measures.dose_units``: a dose's "E" ("2 E per dag" with insulin);
  ``label_words.py``: a short word in capitals as a label ("DOM:", "MAT:");
  ``zero_hours.py``: an hour with its leading zero after a word of time
  ("strax efter 06", "mellan 22 och 05"); ``sizes.py``: a range of letter
  sizes ("strl. S–XL": "till"); the abbreviations read clipped words of
  ``data/clipped_words.py`` ("Kisa k:a", "Tumba stn", "Studieförb. Bilda",
  "jr. o. sr.", "per mån.", "per ha"); ``pool_tips.py``: the signs of a
  pools tip ("halvgardering 1X": "ett kryss", table ``data/pool_words.py``)
- session 26: ``dimension_letters.py``: measures each after its dimension's letter ("B 160 × D 50 × H 96
  cm": "bredd", "djup", "höjd"; table ``data/dimension_words.py``); ``placings.py`` (called by
  ``numerals.ordinals``): whether an "N:a" is a placing ("slutade 5:a", "ligger Önnered nu 7:a": "sjua").
- session 16: ``pieces.py``: a count of pieces before its noun ("2 st ägg" -> "två ägg").
- session 16: ``definite_shorts.py``: a noun written short made definite by
  its place, the subject before its verb or a place after a preposition
  ("TR landade" -> "tingsrätten", "vid stn." -> "stationen", "på VC
  Sjödalen"), and a unit counted after "de" ("de 14,2 km" ->
  "kilometerna"; table ``data/definite_words.py``); ``clipped_places.py``:
  clipped words read by their place ("möbl." before a price keeps its stop,
  "under jan", "reg." before a plate, "bj 1890", "leg. krävs", "eftr.",
  "2 e.m./v.", a clipped unit's stop inside a sentence "l/tim. i"; table
  ``data/clipped_place_words.py``); ``noun_slashes.py``: a slash between a
  housing ad's fittings ("WC/dusch", "(TM/TT)": "och"), two places after a
  preposition ("i Stuvsta/Snättringe": "eller"), two words heading a
  compound ("luft/vatten-värmepump": silent; table
  ``data/slash_pair_words.py``); ``acronym_context.py``: a council's body
  before its committee ("KS au"), a spelled S's genitive ("SUS:s" -> "ess u
  esses"), "OK-jolle", a team's code after a match line's label ("Mål
  ÖRE:" -> "Örebro"; table ``data/acronym_context_words.py``);
  ``so_called.py`` (split from ``shortforms.py``): "s.k." agreeing with its
  article or noun ("s.k. strukturrationalisering" -> "så kallad"); ``shortform_readings.py``
  (split from ``shortforms.py``, session 27): "ex.", "ass.", "övers." and
  "uppl." read from the words around them ("i tjugo ex." -> "exemplar");
  ``royal_styles.py`` (session 29): a royal style written short standing for the royal
  ("och H.K.H. kommer": "Hennes Kungliga Höghet" after "Kronprinsessan"), before ``lone_letters``;
  ``unit_symbols.py`` (session 30): a unit with its power sign where no count stands right before it ("1 stjälpt m³",
  "per m²"), after ``units``;
  ``unit_readings.py`` (split from ``quantities.py``, session 28): a duration's
  genitive before what it measures, a duration's or a distance's definite
  plural after "de sista" ("de sista tre kilometrarna"), and "ha" after a
  year that is the verb ("ska 2019 ha tagit", not hectares)

- session 16 (N1): ``craft_codes.py``: a craft's number after its label
  ("reg.nr SSM 123456", "MMSI 265 123 450": digits or printed groups) and an
  airport's code after ICAO or IATA, spelled (table ``data/craft_words.py``);
  ``month_years.py``: a month and its year after a word of validity
  ("besiktigad t.o.m. 10/25": "oktober tjugofem", table
  ``data/month_year_words.py``); numbers that name a place ("färjeläge 1":
  "ett"), "div. I" and "4-takt" from ``data/name_numbers.py``

- session 16 (phenomena found on fresh sentences): ``percent_compounds.py``: a
  percent sign heading a compound ("2 %-spärren": "tvåprocentsspärren");
  ``sessions.py``: a riksmöte's two years ("riksmötet 2024/25", and in
  ``admin.py`` "prop. 2023/24:155": "tjugohundratjugotre tjugofyra", the slash
  silent); ``century_clips.py``: "-talet" clipped ("1800-t.", "1900-t:s");
  ``unit_glosses.py``: a unit's short form that is one only in its trade's
  sentences ("40 000 pe" at a sewage works: "personekvivalenter", ``domain_units``); a unit's short form in brackets after its name
  ("distansminuter (nm)"), not said; ``emoji_compounds.py`` (called by
  ``cleanup.clean``): an emoji before "-emoji", "-ikon" named once;
  ``stat_pairs.py``: a player's counts as slashed pairs ("Ek 14 mål/9 assist,
  Ali 11/12": "elva mål och tolv assist", never a date)
- session 16 (N5, found on fresh sentences): ``found_numbers.py``: a fraction that is
  a share of a group ("kom 3/4 från kommunen": "tre fjärdedelar"), a player's
  shots ("Ek 5/6": "fem av sex"), placings joined by dashes ("placeringarna
  1–2": "ett två"), a betting row and an odds list ("1 X 2", "2,45 – 3,30 –
  2,90"), "2 d 4 tim." ("dygn"), "30+ m/s" ("över"), a dose's "x 4"
  ("gånger"), Advent's Sundays ("den 2 advent": "andra advent") and a clock
  time after a day's name in a notice ("Kristi himmelsfärds dag 10.00": "klockan
  tio"); table ``data/found_number_words.py``
- session 19 (N14): ``count_compounds.py``: a unit between a number and a noun
  joined by two hyphens ("87-kg-klassen": "åttiosjukilosklassen"; table
  ``data/count_compound_words.py``; "-talet" before a plural noun was an approximate count until session 58, now
  read as written);
- session 58: ``number_heads.py`` (split from ``numerals.py``): a number heading a compound after its hyphen,
  joined ("5-åring") or its hyphen kept after a name or a type ("covid-19-vaccinet", "en Falcon 9-raket");
  ``duration_heads.py`` (asked by the units and the short forms): a "-tid"
  compound after a duration is measured, in the genitive ("18 mån. byggtid":
  "arton månaders byggtid"; table ``data/duration_words.py``);
  ``born_plurals.py``: "född" after several people, "födda" ("barn f.
  2015–2017"; table ``data/born_words.py``)
- session 19 (N15, words): ``hyphen_units.py``: a unit between hyphens after
  a number ("500-Wh-batteri") read as "500 Wh-batteri"; ``symbol_compounds.py``:
  a symbol heading a compound ("™-märktes", "§-ändringen", table
  ``data/symbol_compound_words.py``); ``number_labels.py``: a clipped word glued
  to "nr" ("tel.nr", "medl.nr", table ``data/number_label_words.py``).
- session 20 (N21): ``stat_singulars.py``: a player's count in a line of
  statistics with its noun in the singular or clipped without a stop ("24 p,
  11 retur": "elva returer", table ``data/stat_singular_words.py``);
  ``unit_tails.py``: an organisation's unit cut short after its head and
  named alone, definite ("HR-avd.": "HR-avdelningen", table
  ``data/unit_tail_words.py``); ``line_readings.py``: a short form read from
  what its line is about ("rep." in a choir's notice "repetition", "koll." in
  a church notice "kollekt", table ``data/line_reading_words.py``);
  ``change_parts.py`` (asked by the slash rule): a part after a verb of change
  ("har stigit med 1/3") or in a whole divided into parts, no date.
- session 21 (N23): ``elided_counts.py``: a lone "1" after "och" or a comma
  before a preposition or a clause-ending participle, its noun left out,
  takes the gender of the noun counted before it ("4 förare ... och 1 för
  drograttfylleri": "en"; table ``data/elided_count_words.py``).
  ``serial_codes.py``: a product's serial code after its label said a
  character at a time ("tillverkningsnummer 6C5-1012345", table
  ``data/serial_code_words.py``).
- session 22 (N24): ``law_glosses.py``: a law's short name right after its
  own full name, in brackets or after a comma, said spelled
  ("brottsbalken (BrB)": "(be ärr be)", table ``data/law_gloss_words.py``).
- session 54: ``opus.py``: a musical work's number inside its opus ("op. 42:1": "fyrtiotvå nummer ett").
- session 60: ``code_lists.py``: numbers of one length in a list, one with a leading zero, are codes said digit by
  digit ("lottnummer 0417, 1293 och 2208").

The tables the rules read are in ``speech/data/``.

Numbers are classified by context before they are said: the rules that
know a class from the words around a number (a label, a verb, a unit) run
before the rules that read what is left, and each records its class in the
trace ("vote", "score", "range", "identifier", "law reference", "race
time", "model name", ...). The documented defaults for ambiguous forms:

- a dash between two numbers is a range ("till") unless a sports word makes
  it a score ("tre mot ett", as between two teams: "Djurgården mot
  Hammarby"; the dash was silent until session 54), a vote word a vote
  ("mot"), or a label an identifier ("streck");
- "a:b" is a clock time unless a series label makes it a reference
  ("kolon"), a race word a race time, or a price word a price;
- a four-digit number is a year unless a count noun follows or a label
  makes it an identifier.
"""

from __future__ import annotations

from ..report import Trace
from .abbreviation_endings import abbreviation_endings
from .accounts import bank_accounts
from .acronym_context import acronym_context
from .admin import identifiers_by_label, references
from .age_class_pairs import age_class_pairs
from .bible import bible_references
from .born_plurals import born_plurals
from .calendar import clock_times, dates, weekday_dates, years
from .capital_tails import capital_tails
from .century_clips import century_clips
from .church import church_days, church_seasons, hymn_numbers
from .cleanup import clean, quote_dash, shouting, tidy
from .clipped_counts import clipped_counts
from .clipped_places import clipped_places, clipped_unit_stops
from .code_lists import code_lists
from .codes import codes
from .compass_places import compass_places
from .contact import phone_numbers, postal_codes, urls_emails
from .count_compounds import count_compounds
from .craft_codes import airport_codes, craft_numbers
from .currency_pairs import currency_pairs
from .daymonth import (
    date_time_spans,
    date_years,
    day_parts,
    journey_dashes,
    span_end_den,
    stopless_months,
    weekday_date_spans,
)
from .definite_shorts import definite_shorts, definite_units
from .designations import designations
from .dimension_letters import dimension_letters
from .divisions import divisions
from .elided_counts import elided_ones
from .episodes import episodes
from .estates import estates
from .every_spans import every_spans
from .facings import facings
from .footnotes import footnotes
from .found_numbers import betting, church_notices, measures_found, placing_lists, player_shots, shares
from .hits import hits
from .hyphen_units import hyphen_units
from .instruments import instruments
from .isotopes import isotopes
from .label_words import label_words
from .labelled import labelled_numbers
from .law_colons import law_colons, series_numbers
from .law_glosses import law_glosses
from .letter_grades import letter_grades
from .line_readings import line_readings
from .listings import clock_lists, fixtures, listing_labels, price_lists, slashed_pairs
from .machinery import SpeechRule, has_digit
from .mixed_capitals import mixed_capitals
from .model_lists import model_lists
from .month_spans import month_spans
from .month_years import month_years
from .nation_codes import nation_codes
from .nautical import nautical_miles, sea_compass, sea_positions
from .notices import born
from .noun_slashes import noun_slashes
from .number_labels import number_labels
from .numerals import (
    cardinals,
    identifiers,
    leftover_digits,
    number_compounds,
    ordinals,
    ranges,
    roman_regnal,
    school_years,
    section_numbers,
)
from .opus import opus_numbers
from .parts import fraction_spans
from .percent_compounds import percent_compounds
from .personal import personal_numbers
from .pieces import pieces
from .plates import plate_labels
from .pool_tips import pool_tips
from .price_pieces import price_pieces
from .quantities import colon_prices, decimal_point, money, per_units, percent, units, wind_directions
from .racing import durations, race_times
from .rates import more_measures, period_agreement, rates
from .ratios import ratios
from .results import race_gaps, result_notes, result_pairs, review_grades, round_totals, table_rows
from .rooms import rooms
from .royal_styles import royal_styles
from .school_courses import school_courses
from .serial_codes import serial_codes
from .sessions import sessions
from .ship_prefixes import ship_prefixes
from .short_measures import dose_units, road_directions, road_positions, short_measures
from .short_notes import short_notes
from .sign_names import sign_names
from .signed_ranges import signed_ranges
from .sizes import sizes
from .slash_units import unit_slashes
from .smallprint import small_print
from .spans import spans
from .spellings import short_form_spellings
from .sport import chess_moves, placings, scores, team_results, votes
from .sportnotes import sport_notes
from .standards import standards
from .stat_pairs import stat_pairs
from .stat_singulars import stat_singulars
from .street_cuts import street_cuts
from .subject_lists import subject_lists, subject_pairs
from .symbol_compounds import symbol_compounds
from .symbols import symbols
from .tallies import tallies
from .terms import terms
from .thousands import thousands
from .unit_glosses import domain_units, unit_glosses
from .unit_symbols import unit_symbols
from .unit_tails import unit_tails
from .weekdays import weekday_hour_spans
from .weight_classes import weight_classes
from .word_ranges import word_ranges
from .words import abbreviations, acronyms, initials, lone_letters, mixed_case, parties
from .zero_hours import zero_hours

PIPELINE: tuple[SpeechRule, ...] = (
    clean,
    pieces,
    dimension_letters,
    footnotes,
    shouting,
    short_form_spellings,
    short_notes,
    unit_tails,
    line_readings,
    clipped_unit_stops,
    quote_dash,
    word_ranges,
    ship_prefixes,
    age_class_pairs,
    weight_classes,
    urls_emails,
    small_print,
    instruments,
    stat_pairs,
    church_seasons,
    church_days,
    hits,
    shares, player_shots, placing_lists, betting, measures_found, church_notices,
    sport_notes,
    nation_codes,
    tallies,
    episodes,
    rooms,
    personal_numbers,
    road_positions,
    road_directions,
    compass_places,
    dose_units,
    every_spans,
    subject_pairs,
    subject_lists,
    percent_compounds,
    hyphen_units,
    symbol_compounds,
    currency_pairs,
    isotopes,
    number_labels,
    sessions,
    century_clips,
    unit_glosses,
    standards,
    craft_numbers, airport_codes,
    model_lists,
    label_words,
    zero_hours,
    sizes,
    pool_tips,
    nautical_miles, sea_compass, sea_positions,
    slashed_pairs, period_agreement, fraction_spans, table_rows, result_pairs, listing_labels, rates, spans, more_measures, estates, price_lists,
    unit_slashes,
    result_notes, review_grades, race_gaps, plate_labels, fixtures,
    ratios, designations, weekday_hour_spans, weekday_date_spans, weekday_dates, day_parts, stopless_months,
    facings,
    wind_directions,
    hymn_numbers,
    opus_numbers,
    bible_references,
    codes,
    law_colons,
    serial_codes,
    code_lists,
    references,
    bank_accounts,
    identifiers_by_label,
    labelled_numbers,
    series_numbers,
    phone_numbers,
    postal_codes,
    section_numbers,
    school_courses,
    domain_units,
    school_years,
    chess_moves,
    placings,
    round_totals,
    team_results,
    durations,
    race_times,
    decimal_point,
    born_plurals,
    born,
    signed_ranges,
    letter_grades,
    noun_slashes,
    sign_names,
    symbols,
    divisions,
    law_glosses,
    mixed_case,
    roman_regnal,
    street_cuts,
    initials,
    royal_styles,
    lone_letters,
    thousands,
    month_years,
    month_spans,
    terms,
    dates,
    span_end_den,
    date_years,
    date_time_spans,
    colon_prices,
    journey_dashes,
    clock_lists,
    clock_times,
    count_compounds,
    number_compounds,
    stat_singulars,
    clipped_counts,
    short_measures,
    units,
    per_units,
    unit_symbols,
    money,
    price_pieces,
    percent,
    ordinals,
    votes,
    scores,
    identifiers,
    years,
    ranges,
    elided_ones,
    cardinals,
    leftover_digits,
    parties,
    definite_units,
    clipped_places,
    definite_shorts,
    acronym_context,
    acronyms,
    abbreviation_endings,
    abbreviations,
    capital_tails,
    mixed_capitals,
    tidy,
)
"""The rules in the order they run (after the lexicon).

The order matters: forms that hold numbers in a context (addresses, phone
numbers, dates, times, money, units) are read before bare numbers, scores
before ranges, and bare numbers before the fallback that reads leftover
digits one by one; the words rules run last, on what is left in capitals.
"""

NEEDS_DIGIT: frozenset[SpeechRule] = frozenset({
    references, serial_codes, code_lists, rooms, personal_numbers, road_positions, road_directions, identifiers_by_label, labelled_numbers, phone_numbers, postal_codes, section_numbers, school_courses, domain_units, school_years, decimal_point, colon_prices, clock_times, thousands,
    count_compounds, number_compounds, units, money, percent, ordinals, chess_moves, scores, identifiers, years,
    ranges, cardinals, leftover_digits, race_times, durations, votes, placings, table_rows, clock_lists, listing_labels, rates, spans, more_measures,
    born_plurals, round_totals, period_agreement, slashed_pairs, estates, price_lists, review_grades, bible_references, codes, race_gaps, plate_labels, fixtures, ratios, unit_slashes, designations, weekday_dates,
    date_years, bank_accounts, sport_notes, nation_codes, signed_ranges, divisions, episodes, weekday_hour_spans, weekday_date_spans, month_spans, law_colons, series_numbers, weight_classes,
    standards, model_lists, dose_units, every_spans, craft_numbers, dimension_letters,
    hymn_numbers, opus_numbers, nautical_miles, sea_positions, hits, tallies,
    month_years, journey_dashes,
    percent_compounds, hyphen_units, sessions, century_clips, stat_pairs,
    shares, player_shots, placing_lists, betting, measures_found, church_notices, stat_singulars, elided_ones,
})
"""Rules that only ever rewrite text holding a digit: skipped once the line
has none left (the rules write words, never digits)."""


_STEPS_OF: tuple[object, object] = (None, None)
_STEPS: tuple[tuple[SpeechRule, bool], ...] = ()
"""Each rule of the last PIPELINE run with whether it needs a digit (built again when PIPELINE or
NEEDS_DIGIT is another object: one test of a tuple per rule and line instead of a set's lookup)."""


def run_pipeline(text: str, trace: Trace | None = None) -> str:
    """Every rule of :data:`PIPELINE` in order, skipping the rules whose
    trigger (a digit) is absent from the line."""
    global _STEPS_OF, _STEPS
    if _STEPS_OF[0] is not PIPELINE or _STEPS_OF[1] is not NEEDS_DIGIT:  # (read at each call: a test may swap the rules)
        _STEPS_OF, _STEPS = (PIPELINE, NEEDS_DIGIT), tuple((rule, rule in NEEDS_DIGIT) for rule in PIPELINE)
    # A digit rule runs only while a digit is left. The line is searched for
    # one again only when a rule returned a new string: an unchanged line
    # (the same object) still has the answer of the last search.
    checked: str | None = None
    digit = False
    for rule, needs_digit in _STEPS:
        if needs_digit:
            if text is not checked:
                checked, digit = text, has_digit(text)
            if not digit:
                continue
        text = rule(text, trace)
    return text


__all__ = [
    "NEEDS_DIGIT",
    "PIPELINE",
    "run_pipeline",
    "SpeechRule",
    "abbreviation_endings",
    "abbreviations",
    "acronyms",
    "bible_references",
    "born",
    "cardinals",
    "chess_moves",
    "clean",
    "clock_times",
    "codes",
    "colon_prices",
    "dates",
    "day_parts",
    "stopless_months",
    "span_end_den",
    "decimal_point",
    "dimension_letters",
    "identifiers",
    "identifiers_by_label",
    "initials",
    "journey_dashes",
    "references",
    "leftover_digits",
    "letter_grades",
    "lone_letters",
    "street_cuts",
    "price_pieces",
    "law_glosses",
    "mixed_case",
    "mixed_capitals",
    "capital_tails",
    "money",
    "number_compounds",
    "ordinals",
    "parties",
    "per_units",
    "unit_symbols",
    "percent",
    "phone_numbers",
    "placings",
    "postal_codes",
    "quote_dash",
    "ranges",
    "race_times",
    "durations",
    "roman_regnal",
    "school_courses",
    "domain_units",
    "school_years",
    "scores",
    "section_numbers",
    "shouting",
    "symbols",
    "team_results",
    "terms",
    "tidy",
    "units",
    "urls_emails",
    "votes",
    "wind_directions",
    "facings",
    "divisions",
    "sign_names",
    "every_spans",
    "instruments",
    "years",
]
