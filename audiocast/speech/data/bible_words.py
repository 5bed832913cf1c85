"""The books of the Bible as written short before a chapter and a verse ("Joh 3:16", "1 Kor 13:4",
"Matt. 5:1–12"), and how each is said. Read by :mod:`..rules.bible`. Left out: short forms that open everyday
sentences before a clock time ("Dom" for Domarboken: "Dom 10:30" is more likely "they")."""

from __future__ import annotations

BIBLE_BOOKS = {
    "1 Mos": "Första Moseboken", "2 Mos": "Andra Moseboken", "3 Mos": "Tredje Moseboken",
    "4 Mos": "Fjärde Moseboken", "5 Mos": "Femte Moseboken", "Jos": "Josua",
    "Rut": "Rut", "1 Sam": "Första Samuelsboken", "2 Sam": "Andra Samuelsboken",
    "1 Kung": "Första Kungaboken", "2 Kung": "Andra Kungaboken", "Job": "Job", "Ps": "Psaltaren",
    "Ords": "Ordspråksboken", "Pred": "Predikaren", "Höga v": "Höga visan", "Jes": "Jesaja",
    "Jer": "Jeremia", "Klag": "Klagovisorna", "Hes": "Hesekiel", "Dan": "Daniel", "Hos": "Hosea",
    "Joel": "Joel", "Am": "Amos", "Jona": "Jona", "Mika": "Mika", "Sak": "Sakarja", "Mal": "Malaki",
    "Matt": "Matteusevangeliet", "Mt": "Matteusevangeliet", "Mark": "Markusevangeliet",
    "Mk": "Markusevangeliet", "Luk": "Lukasevangeliet", "Lk": "Lukasevangeliet",
    "Joh": "Johannesevangeliet", "Apg": "Apostlagärningarna", "Rom": "Romarbrevet",
    "1 Kor": "Första Korinthierbrevet", "2 Kor": "Andra Korinthierbrevet", "Gal": "Galaterbrevet",
    "Ef": "Efesierbrevet", "Fil": "Filipperbrevet", "Kol": "Kolosserbrevet",
    "1 Thess": "Första Thessalonikerbrevet", "2 Thess": "Andra Thessalonikerbrevet",
    "1 Tess": "Första Thessalonikerbrevet", "2 Tess": "Andra Thessalonikerbrevet",
    "1 Tim": "Första Timotheosbrevet", "2 Tim": "Andra Timotheosbrevet", "Tit": "Titusbrevet",
    "Hebr": "Hebreerbrevet", "Heb": "Hebreerbrevet", "Jak": "Jakobs brev",
    "1 Pet": "Första Petrusbrevet", "2 Pet": "Andra Petrusbrevet", "1 Petr": "Första Petrusbrevet",
    "2 Petr": "Andra Petrusbrevet", "1 Joh": "Första Johannesbrevet", "2 Joh": "Andra Johannesbrevet",
    "3 Joh": "Tredje Johannesbrevet", "Upp": "Uppenbarelseboken", "Uppb": "Uppenbarelseboken",
}

# A book and a chapter without a verse ("Läs 1 Kor. 13", "Dagens text: Joh. 15"): a reference when the book
# is numbered ("1 Kor", "2 Mos") and written with its stop, or when one of these words of a church notice is
# in the line; "Ps" (a hymn's number, ``church.py``) and the books that are names ("Rut", "Job", "Dan",
# "Joel", "Jona", "Mika") are never read so.
CHAPTER_CONTEXT = ("text", "läsning", "predikan", "predikotext", "gudstjänst", "mässa", "högmässa", "bibel",
                   "evangeli", "kapitel", "kyrka", "församling", "andakt", "bön", "psalm", "vers", "läs ",
                   "läser ur", "läses ur", "läsning ur")  # "Vi läser ur Joh. 3" (session 64)
CHAPTER_ONLY_EXCLUDED = frozenset({"Ps", "Rut", "Job", "Dan", "Joel", "Jona", "Mika", "Am", "Fil", "Kol", "Mal",
                                   "Sak", "Rom", "Tit", "Jos", "Ef", "Hos", "Jak"})

# A book written in full before its chapter and verse ("Psaltaren 23:1–4", "Johannesevangeliet 3:16"), said as
# written (session 32: "Psaltaren 23:1–4" was "tjugotre: ett -fyra"). The ones that are also first names
# (FULL_NAME_BOOKS: "Johannes 10:30" may be a man and a clock time) only with a word of CHAPTER_CONTEXT in the line.
FULL_BOOKS = frozenset("""
Psaltaren Ordspråksboken Predikaren Jesaja Jeremia Klagovisorna Hesekiel Sakarja Malaki Josua Domarboken
Moseboken Samuelsboken Kungaboken Krönikeboken Esra Nehemja Ester Habackuk Sefanja Haggai Obadja Nahum
Matteusevangeliet Markusevangeliet Lukasevangeliet Johannesevangeliet Apostlagärningarna Romarbrevet
Korinthierbrevet Galaterbrevet Efesierbrevet Filipperbrevet Kolosserbrevet Thessalonikerbrevet Timotheosbrevet
Titusbrevet Filemonbrevet Hebreerbrevet Jakobsbrevet Petrusbrevet Johannesbrevet Judasbrevet Uppenbarelseboken
Matteus Markus Lukas Johannes Daniel Jona Mika Amos Hosea Joel Job
""".split())
FULL_NAME_BOOKS = frozenset({"Matteus", "Markus", "Lukas", "Johannes", "Daniel", "Jona", "Mika", "Amos", "Hosea",
                             "Joel", "Job"})

