"""Words that open a Swedish sentence and are never a surname: after a single capital letter and
a full stop ("Sollentuna C.", "betyget A.", "vitamin D.") they show that the letter ended the
sentence, where a name after it ("Anna K. Berg") shows an initial (``speech.sentences``).

Function words (pronouns, determiners, prepositions, conjunctions, auxiliaries) and the adverbs
a news sentence opens with; lower case. Words that are also first names or surnames ("per",
"bo", "dag") are left out on purpose: after them the letter stays an initial.
"""

from __future__ import annotations

SENTENCE_OPENERS = frozenset("""
det den de detta dessa denna han hon vi jag du ni man hen dom
en ett inga ingen inget alla många några flera varje
i på av för med till från under efter vid mot om hos genom mellan utan inför enligt bland trots
sedan innan före bakom kring runt längs
och men eller samt så för att när där då om eftersom medan även också dock därför alltså
nu här dessutom samtidigt tidigare senare därefter tyvärr totalt just redan ändå kanske
är var har hade kan kunde ska skulle blir blev måste får fick vill ville kommer
vad vem vilken vilket vilka hur varför resten övriga
""".split()) | frozenset("""
jäs grädda blanda vispa servera koka stek tillsätt rör häll lägg skala skär strö låt sätt värm smält
garnera pensla forma kavla baka sila mixa hacka tärna riv skölj ring kontakta skicka anmäl betala hämta
""".split())  # a recipe's or a notice's imperative opening the next sentence ("ca 40 st. Jäs 30 min")
"""Lower-case words that open a sentence and are not names."""

LETTER_LABEL_NOUNS = (
    "hus", "zon", "plan", "vitamin", "betyg", "omdöme", "entré", "kategori", "klass", "grupp",
    "division", "spår", "trappa", "trapphus", "port", "hall", "sal", "rum", "avdelning", "nivå", "typ",
    "version", "alternativ", "bilaga", "punkt", "sektion", "läktare", "block", "område", "etapp",
    "steg", "körkort", "behörighet", "serie", "lag", "pool", "kvarter", "byggnad", "flygel", "plattform",
)
"""Nouns (stems: "betyg" covers "betyget") that name a thing by a letter after them ("hus F",
"zon B", "vitamin D", "plan B"): such a letter is a label, never an initial, so its full stop
before a capital ends the sentence."""

CLAUSE_END_SHORT_FORMS = frozenset("""
tel. tfn. mob. vxl. adr. avd. vån. kap. bil. prot. ordf. sekr. ers. avs. forts. mom. lgh. sid. s.
""".split())
"""Short forms of nouns whose stop is their own before a number or a name ("tel. 070-...", "ordf. Eva
Ek") but may close a sentence too ("Boka via mejl el. tfn. Vi svarar snabbt."): before a word of
SENTENCE_OPENERS in capitals the stop is the sentence's. Risk: a name that is such a word ("Han")."""

# A small word after a capitalised word that follows "2 000 ex." or "3 st.": the capital opens a
# sentence ("2 000 ex. Nästa nr utkommer"); not a letter's name a model is spelled with ("14 st.
# Volkswagen i de fyra", "ID.4" read by then): a word of two letters or more that is no letter.
SENTENCE_SMALL_WORD = r"\s+(?!(?:be|ce|de|eff|ge|hå|ji|kå|ell|emm|enn|pe|ku|ärr|ess|te|ve|eks|säta)\b)[a-zåäö]{2,}\b"

# The possessive pronouns: a noun after one (and after an ordinal after one) is indefinite ("i sin tolfte upplaga"),
# a post after one is the holder's ("vår ordf. hälsade").
POSSESSIVES = frozenset("min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era hans hennes dess deras".split())
