"""Nouns a measure qualifies, so that the measure is said in the genitive
("115 hk utombordare" -> "hundrafemton hästkrafters utombordare", "100 tim.
samhällstjänst" -> "hundra timmars samhällstjänst"), read by
``rules/attributive.py``.
"""

from __future__ import annotations

# Units of power: a noun after them is the machine they rate, matched by the
# end of the word ("dieselmotor", "snöskoter", "värmepump").
POWER_UNITS = frozenset({"hk", "kW", "W", "MW"})
POWER_HEAD_ENDS = tuple("""
motor motorn motorer motorerna utombordare utombordaren maskin maskinen traktor traktorn bil bilen båt båten
skoter skotern moped mopeden motorcykel aggregat aggregatet pump pumpen pumpar maskiner bilar båtar element elementet
kamin kaminen laddare laddaren motorsåg gräsklippare dammsugare radiator panna pannan
verk verket turbin turbinen fläkt fläkten lampa lampan kompressor
""".split())
# Nouns a number of hours or minutes qualifies, beside the shared
# GENITIVE_HEADS: a sentence or a task measured in time.
TIME_HEADS = frozenset("""
samhällstjänst ungdomstjänst övertid undervisning utbildning praktik behandling arbete
arbetstid lektionstid flygresa bussresa båtresa färjeresa tågresa bilfärd åktur
cykeltur vandring föreläsning avstängning strejk utegångsförbud restid körtid
kötid sändning direktsändning film konsert föreställning session workshop kurs
väntetid vila sömn ledighet parkering
debatt diskussion överläggning förhandling förhandlingar utfrågning förhör sammanträde
hyra lön ersättning bidrag provanställning provtid uppsägning pension
""".split())
# Words after "en 10 m" that are not the noun a measure qualifies but an
# adjective of size ("en 10 m lång bro": the measure stays as it is) or a
# small word.
MEASURE_ADJECTIVES = frozenset("""
lång långt långa hög högt höga bred brett breda djup djupt djupa tjock tjockt tjocka
stor stort stora tung tungt tunga gammal gammalt gamla varm varmt kall kallt
kort smal smalt vid vitt bort fram upp ned ner till från och eller per i
på om med för mot över under av som än extra mer mindre till
""".split())
# Nouns a length qualifies in the genitive with no preposition before it ("har 2,4 m takhöjd"
# -> "två komma fyra meters takhöjd"); LENGTH_HEADS ("djup", "avstånd") need one ("på 80 m avstånd").
LENGTH_HEADS_ALWAYS = frozenset("""
takhöjd frihöjd fallhöjd räckvidd spännvidd vingbredd hjulbas segelyta fribord
försprång tillägg
""".split())

# Containers sold by what they hold ("60 l säck", "en 10 kg påse", "20 l dunk"): after a unit of volume or
# weight the measure is the container's, said in the genitive ("sextio liters säck"); the content after
# a measure stays ("10 l vatten").
CONTAINER_HEADS = frozenset("""
säck säckar påse påsar hink hinkar dunk dunkar kanister kanistrar tunna tunnor flaska flaskor burk burkar
låda lådor kartong kartonger back backar kagge tank tankar behållare balja spann ryggsäck kasse kassar
""".split())
CONTAINER_UNITS = frozenset({"l", "liter", "dl", "cl", "ml", "kg", "kilo", "g", "hg", "hl"})

# A duration written in two neighbouring units ("2 tim 41 min", "4 h 02 min", "3 min 20 sek"), read by
# ``rules/tallies.py`` as one duration, the smaller unit without its leading zero: (written larger unit, written smaller unit) ->
# ((singular, plural) of the larger, (singular, plural) of the smaller).
_HOURS = ("timme", "timmar")
_MINUTES = ("minut", "minuter")
_SECONDS = ("sekund", "sekunder")
DURATION_PAIRS = {
    **{(h, m): (_HOURS, _MINUTES) for h in ("h", "tim", "timmar", "timme") for m in ("min", "minuter")},
    **{(m, s): (_MINUTES, _SECONDS) for m in ("min", "minuter") for s in ("s", "sek", "sekunder")},
}

# Adjectives between a period and the noun it measures: the period in the genitive ("3 mån. bunden ränta" -> "tre
# månaders bunden ränta", "5 v. betald semester"; session 45, normalize152: it was "tre månader bunden ränta"; not
# "fast", which is a conjunction too: "3 tim. fast han sprang").
TIME_HEAD_ADJECTIVES = frozenset("""
bunden bundet bundna rörlig rörliga betald betalda obetald obetalda sammanhängande garanterad
garanterade avgiftsfri avgiftsfria
""".split())
