"""Spans written short ("6 mån–4 år", "kl. 9–ca 15") and years written with
two digits after a dash ("sedan -78", "Saab 9-3 Aero -06"), read by
``rules/spans.py``.
"""

from __future__ import annotations

# Units a span's two ends may each carry ("6 mån–4 år", "500 m–2 km"),
# besides ``quantities``' UNITS_OF_MEASURE: counts of time and money
# written out or short.
SPAN_UNITS = frozenset("""
mån månad månader år dag dagar dygn vecka veckor v tim timme timmar min minuter sek sekunder
kr kronor öre st stycken
""".split())

# Words written before the end of a span that make it approximate
# ("9–ca 15", "21–cirka 01", "19–omkr. 23"): the dash is "till".
APPROXIMATE_WORDS = ("ca", "c:a", "ca.", "cirka", "omkr.", "omkring", "runt", "ungefär")

# Words right before a year written with two digits after a dash ("sedan
# -78", "från -79", "årsmodell -15", "flyttade hit -98", "tog examen -03"): the year, not a minus.
SHORT_YEAR_BEFORE = frozenset("""
sedan från år modell årsmodell född byggd bygg byggår inköpt köpt årgång mästare mästarna
vintern sommaren hösten våren säsongen julen nyår reg regår registrerad tillverkad
byggdes renoverades renoverad invigdes invigd grundades grundad bildades bildad öppnades revs
tillverkades registrerades importerad importerades besiktigad skattad
hit dit flyttade flyttat gifte examen började startade slutade avled dog anställdes anställd pensionerades
valet valen stormen branden kriget översvämningen pandemin krisen olyckan jubileet
""".split())
# (session 54: an event named by its definite noun, "efter valet -22", "stormen -05": the year; no minus follows
# such a noun)
# Championships written with their two-digit year after a dash ("VM -94", "OS -84"): the year.
SHORT_YEAR_EVENTS = frozenset("vm em os sm nm jvm jem jsm".split())  # (lowercased, as prev_words gives them)
# Two such years joined by "till" both from this number up ("gärna -95 till -98" in an ad) are a
# span of years: no temperature falls so low, no goal difference is so large.
SHORT_YEAR_SPAN_FLOOR = 50
# Words after a dashed number that make it a minus whatever stands before
# ("från -10 till -20 grader", "-12 °C").
MINUS_AFTER = frozenset({"till", "grader", "grad", "°", "°c", "procent", "%", "minusgrader"})
# Words of a vehicle or a thing sold by its model year: in a line with one, a two-digit year
# after a dash closing a model's name ("Husvagn Kabe 560 XL -12, 85 000 kr") is the year.
MODEL_YEAR_WORDS = frozenset("""
säljes bil bilen husvagn husvagnen husbil husbilen båt båten mc moped mopeden traktor traktorn
släp släpvagn skoter snöskoter fyrhjuling volvo saab audi bmw mercedes toyota kabe hobby
mopedbil mopedbilen elbil elbilen motorcykel motorcykeln
""".split())
# A date's month before a two-digit year after a dash ("föddes 4 juli -56"), with a word of a
# life's events earlier in the sentence: the year, not a minus ("4 jan -32" alone may be the cold).
MONTHS_BEFORE_YEAR = frozenset("""
januari februari mars april maj juni juli augusti september oktober november december
jan feb febr mar apr jun jul aug sep sept okt nov dec
""".split())
LIFE_EVENT_WORDS = frozenset("""
född föddes avled avliden dog död gifte gifta vigdes vigda döptes döpt konfirmerades flyttade
""".split())
