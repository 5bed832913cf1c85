"""Results lines and tables: the words that tell a result's numbers apart
from ranges, read by ``rules/results.py``.

Each table names the shape it serves; the rules read the whole expression
(a table row's columns, a set list, a goal line) and these words only
confirm it.
"""

from __future__ import annotations

# Words before a league table ("Tabell, div. 4: 1. Kalix 14 11 2 1 40–12 35"):
# a row whose counts do not add up to its games is a row after one of them.
TABLE_WORDS = frozenset("""
tabell tabellen tabeller serietabell serietabellen ställning ställningen
tabelläge tabelläget slutställning slutställningen poängtabell poängtabellen
""".split())

# The nouns after "33–28" that make the pair a vote ("med 33–28 röster").
VOTE_NOUNS = frozenset({"röster", "rösters", "rösterna"})

# The ends of the names of bodies that decide by vote: a pair in brackets
# right after one ("Socialnämnden (7–4) gick på ...") is its vote.
DECIDING_BODY_ENDINGS = (
    "nämnden", "nämnd", "styrelsen", "styrelse", "fullmäktige", "utskottet", "utskott",
    "riksdagen", "kammaren", "beredningen", "direktionen", "ledamöterna", "presidiet",
    "fakultetsrådet", "kyrkorådet", "kyrkofullmäktige", "stämman", "föreningsstämman",
)

# The ends of the nouns a score is joined to by a hyphen ("ett 4–0-ryck",
# "från ett 0–3-underläge", "5–1-krossen"): with one of them even a rising
# pair is a score. A falling or tied pair joined to any noun is one anyway
# (a range never falls and never goes from a number to itself).
SCORE_NOUN_ENDS = (
    "ryck", "läge", "kross", "balja", "baljan", "rysare", "rysaren", "drabbning", "poäng",
    "seger", "segern", "vinst", "förlust", "ledning", "mål", "målet", "match", "kryss",
    "resultat", "vändning", "smäll", "smällen", "torsk", "torsken", "stryk", "skräll",
    "skrällen", "uppvisning", "utklassning", "triumf", "fiasko", "fiaskot", "derby",
    "derbyt", "final", "finalen", "bragd", "bragden", "tapp", "tappet",
)
# Inflections after such an end ("underläget", "krossarna", "matcherna").
SCORE_NOUN_SUFFIXES = ("", "en", "et", "n", "t", "ar", "er", "arna", "erna", "na")

# The sets of a tennis or padel match: each won with six or seven games
# (6–0 … 6–4, 7–5, 7–6); the last may be a match tie-break or a long final
# set ("10–7", "12–10", "13–12").
SET_WON = frozenset({(6, 0), (6, 1), (6, 2), (6, 3), (6, 4), (7, 5), (7, 6)})
FINAL_SET_MIN = 8
"""The winner's games or points of a final set or match tie-break."""


# Words right before a result that sums two matches ("gick vidare med
# sammanlagt 3–2", "vann dubbelmötet med totalt 5–3"): with a word of the
# match anywhere in the sentence (MATCH_SENTENCE_WORDS or ``sport``'s
# SCORE_CONTEXT) the pair is a score, not a range.
AGGREGATE_WORDS = frozenset({"sammanlagt", "totalt", "sammanräknat", "summerat", "totalresultatet"})
MATCH_SENTENCE_WORDS = frozenset("""
avancemang avancerade vidare returen returmötet dubbelmötet bortamål utslagen utslaget slogs
kvalet playoff åttondelsfinalen kvartsfinalen semifinalen
""".split())

# Notes in brackets after a result or a scorer's name ("0–3 (w.o.)",
# "Aho 78' (str)", "Ek (sjm)"), said in full.
RESULT_NOTES = {
    "w.o.": "walkover", "wo": "walkover", "w.o": "walkover", "WO": "walkover",
    "str": "straff", "str.": "straff", "sjm": "självmål", "sj.m.": "självmål", "självm.": "självmål",
    "sd": "sudden death", "ö.t.": "övertid", "öt": "övertid", "pp": "powerplay", "bp": "boxplay",
    "förl.": "förlängning", "förl": "förlängning", "str.l.": "straffläggning",  # "2–1 (förl.)" (session 62)
}

# Notes written without brackets right after a result ("Kalix–Piteå 3–2 sd",
# "Modo–BIK Karlskoga 4–3 ÖT", "2–1 OT", "3–2 SO"): how the match was won.
# In capitals only as the leagues print them ("SD" is a party, "so" a word).
BARE_RESULT_NOTES = {
    "sd": "sudden death", "ÖT": "efter förlängning", "öt": "efter förlängning", "ö.t.": "efter förlängning",
    "OT": "efter förlängning", "SO": "efter straffläggning", "GWS": "efter straffläggning",
    "e.sd": "efter sudden death", "w.o.": "walkover", "wo": "walkover", "WO": "walkover",
}

# The scales a grade is given on ("4/5", "3/6", "8/10") and the words after
# "av" that name who gave it ("4/5 av vår recensent"): the grade is "fyra av
# fem", not a fraction of the reviewer.
GRADE_SCALES = frozenset({4, 5, 6, 10})
REVIEWER_WORDS = frozenset("""
vår våra vårt recensenten recensent juryn kritikerna kritiker publiken oss mig tidningen guiden
""".split())

# A gap in minutes and seconds before a rival ("1.12 före Kalevan Rasti",
# "0.45 före norskan", "3.12 bakom segraren"): the words between, and the
# words of a race in the sentence that make "1.12" no clock time.
GAP_WORDS = frozenset({"före", "efter", "bakom"})
# Verbs of time lost or gained in a race: minutes and seconds right after them are a gap, never a clock time
# ("tappade 1.47 till segraren", "knappade in 0.40 på täten"; session 28).
GAP_VERBS = (
    "tappade", "tappat", "tappar", "tappa", "förlorade", "förlorat", "knappade in", "knappat in", "knappar in",
    "tog in", "tagit in", "tar in", "hämtade in", "hämtat in", "hämtar in", "ryckte", "ryckt", "drygade ut ledningen till",
    "ökade ledningen till", "ökade avståndet till", "minskade avståndet till", "minskade till",
)
CLOCK_VERBS = frozenset("""
slutade började startade avslutades avslutade inleddes inledde öppnade öppnar stängde stänger slutar börjar startar
""".split())
"""Verbs of a thing's start or end: a time right after one is a clock time, never a gap, whatever "efter" follows
("Mötet slutade 21.30 efter en lång debatt", session 31; it was "tjugoett minuter och trettio sekunder")."""

RACE_SENTENCE_WORDS = frozenset("""
vann vinner segrade loppet loppen stafetten stafett sträckan växlingen växling silver guld brons
medalj medaljen slutade kom tvåa trea fyra femma placering tog åkte sprang cyklade simmade
tiomila vasaloppet milen maran maraton sprinten jaktstarten masstarten tempoloppet etappen
""".split())

# Words of a played match anywhere before a pair in its sentence that make
# the pair after "med" or a comma its result, however far back they stand
# ("Hammarby vann i går kväll det stora derbyt ... med 3–1").
MATCH_VERBS = frozenset("""
vann vinner vunnit förlorade förlorar förlorat besegrade besegrar besegrat slog slår slagit segrade segrar föll faller kryssade
spelade oavgjort seger segern vinst vinsten förlust förlusten derbyt matchen finalen slutade
""".split())
