"""Number words, signs and Roman numerals: what ``speech/numbers.py`` spells
numbers with, and the names a Roman numeral may follow.
"""

from __future__ import annotations

from .name_numbers import ROMAN_DIVISION_WORDS

UNITS = (
    "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
    "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
    "arton", "nitton",
)

TENS = {
    2: "tjugo", 3: "trettio", 4: "fyrtio", 5: "femtio",
    6: "sextio", 7: "sjuttio", 8: "åttio", 9: "nittio",
}

ORDINAL_UNITS = (
    "nollte", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde",
    "åttonde", "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde",
    "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde",
)

ORDINAL_TENS = {
    2: "tjugonde", 3: "trettionde", 4: "fyrtionde", 5: "femtionde",
    6: "sextionde", 7: "sjuttionde", 8: "åttionde", 9: "nittionde",
}

# Large powers are nouns (en miljon, två miljoner): (value, singular, plural).
LARGE = (
    (10**12, "biljon", "biljoner"),
    (10**9, "miljard", "miljarder"),
    (10**6, "miljon", "miljoner"),
)

DIGITS = UNITS[:10]

# A sign written right before a number: "-5" -> "minus fem", "+3" -> "plus tre".
SIGN_WORDS = {"-": "minus ", "–": "minus ", "−": "minus ", "+": "plus "}
YEAR_WORD_HEADS = ("nittonhundra", "tjugohundra", "tvåtusen")
"""How a year said by now in words begins ("tvåtusentjugofem", "tjugohundratjugofem", "nittonhundranittio")."""

# Road-style letter+number names that end in "-an": "E4:an" -> "e fyran".
NUMBER_NOUNS = {
    1: "ettan", 2: "tvåan", 3: "trean", 4: "fyran", 5: "femman", 6: "sexan",
    7: "sjuan", 8: "åttan", 9: "nian", 10: "tian", 11: "elvan", 12: "tolvan",
}

# The value of each Roman digit that a regnal or part number may use.
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

REGNAL_MALE = frozenset("""
Karl Carl Gustav Gustaf Erik Johan Magnus Oscar Oskar Fredrik Adolf Charles
Louis Ludvig Henrik Olof Birger Valdemar Knut Håkan Haakon Harald Olav
Christian Kristian Frederik Napoleon Benedictus Johannes Paulus Pius Leo
Frans Filip Richard Edvard Edward Georg George Vilhelm Wilhelm Peter Ivan
Sigismund Alexander Nikolaj Juan Felipe Albert Baudouin Willem Philippe
Sverker Sten Stenkil Inge Emund Anund Eriks Karls Gustavs
Franciskus Gregorius Innocentius Clemens Urban Bonifatius Sixtus Hadrianus Ramses Tutankhamun
""".split())

REGNAL_FEMALE = frozenset("""
Kristina Ulrika Margareta Elizabeth Elisabet Elisabeth Victoria Viktoria
Katarina Maria Mary Anna Beatrix Juliana Wilhelmina Drottning
""".split())

# Nouns a Roman numeral counts as a plain number: "kapitel IV" -> "kapitel
# fyra", "del II", "fas III", "etapp II".
ROMAN_NUMBERED_NOUNS = frozenset("""
kapitel del delen fas fasen etapp etappen avsnitt volym band akt steg bilaga
division divisionen nivå säsong
sal salen hall hallen hus huset plan planet avdelning sektion sektionen zon zonen block blocket
flygel flygeln byggnad läktare läktaren klass klassen
kap. Kap. avd. Avd. vol. Vol.
""".split()) | ROMAN_DIVISION_WORDS  # (and their short forms: "Kap. IV" -> "Kap. fyra", the short form read later)
# The numbered nouns that also end a compound before a Roman numeral ("klimatzon III", "byggetapp II", session 32:
# "klimatzon III" was spelled "i i i").
ROMAN_COMPOUND_TAILS = frozenset("zon etapp fas klass nivå sektion byggnad division".split())
# Nouns after which even a lone "I" is the numeral ("en EU-moped klass I
# stoppades"): no preposition "i" is written with a capital after them.
ROMAN_ALWAYS_AFTER = frozenset("klass klassen".split())
