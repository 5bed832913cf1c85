"""Web and e-mail addresses, phone and service numbers.
"""

from __future__ import annotations

# A top domain as it is said. ".com" is written "com" (session 20; it was the respelling "komm"): espeak-ng,
# the phonemizer of our voices, says both "k'Om", and "com" is what every writer of the blind sets wrote and
# what a reader of the transcript expects. Risk: a voice reading it with a long o ("kåm"), still understood.
TOP_DOMAINS = {
    "se": "se", "com": "com", "nu": "nu", "org": "org", "net": "nätt",
    "eu": "e u", "no": "no", "dk": "de kå", "fi": "eff i", "de": "de e",
    "uk": "u kå", "info": "info", "io": "i o", "gov": "gov",
}

URL_WORDS = {
    "www": "ve ve ve", "http": "", "https": "", "mailto": "",
    "gmail": "gmail", "hotmail": "hotmail", "outlook": "outlook", "icloud": "icloud",
}

# Short service numbers, said the customary way. The police's and the crisis line's numbers digit by digit, as
# their own announcements say them (session 25: the writers of normalize75 and normalize76, who had not read the
# rules, all said "ett ett fyra ett fyra"; the evaluation set accepted it beside "hundrafjorton fjorton").
SERVICE_NUMBERS = {
    "112": "ett ett två",
    "1177": "elva sjuttiosju",
    "114 14": "ett ett fyra ett fyra",
    "11414": "ett ett fyra ett fyra",
    "113 13": "ett ett tre ett tre",
    "11313": "ett ett tre ett tre",
    "116 111": "ett ett sex ett ett ett",
    "116 123": "ett ett sex ett två tre",
    "90 000": "nittio noll noll noll",
    "90000": "nittio noll noll noll",
    "116 000": "ett ett sex noll noll noll",
    "90 101": "nittio ett noll ett",
    "118 118": "ett ett åtta ett ett åtta",
}

# Service numbers that are also round counts ("90 000 besökare", "publiken
# var 90 000."): said as a service number only after a call word ("ring").
# The harmonised European helplines ("116 006", "116 123") are said digit by
# digit even where a phone number's groups are said as numbers.
DIGIT_BY_DIGIT_PREFIXES = ("116",)
SERVICE_ALSO_COUNTS = frozenset({"90 000", "90000", "116 000", "90 101", "118 118"})

# Words after "112"/"1177" that still leave it a phone number.
SERVICE_FOLLOWERS = frozenset("""
eller och om direkt för på i vid så när genom via men där dit från
uppmanar rekommenderar råder avråder varnar informerar tipsar meddelar hänvisar påminner erbjuder svarar
""".split())  # the service itself advising ("1177 uppmanar riskgrupper att vaccinera sig": session 52, normalize196)

# Words before a number that make it a phone number.
PHONE_CONTEXT = frozenset("""
ring ringa ringer ringde ringt larma larmade larmar larmat telefon tel tel.
tfn tfn. telefonnummer numret nummer sms:a sms:a mobil mobilnummer växel
växeln jour jouren vårdguiden vårdguidens sjukvårdsrådgivningen
""".split())

# Words before a number that make the number one to dial ("ring 90 000"):
# the calling verbs and phone nouns, not "nummer" (which also names a house
# or a line: "nummer 1809").
CALL_WORDS = frozenset("""
ring ringa ringer ringde ringt larma larmade larmar larmat telefon tel tel.
tfn tfn. telefonnummer sms:a mobil mobilnummer växel växeln telefonnumret
""".split())

# Labels before a postal code written without its space ("postnummer 41000").
POSTAL_LABELS = frozenset({"postnummer", "postnumret", "postnumren", "postnr", "postnr."})

# Words before "112" that make it a number of their own, not the emergency
# number ("trafikplats 112", "linje 112", "sidan 112", "väg 112").
NOT_SERVICE_BEFORE = frozenset("""
trafikplats trafikplatsen avfart avfarten väg vägen riksväg länsväg linje linjen buss bussen rum rummet sal
salen sidan s. sid. sid sidorna lgh kap. plats platsen spår spåret box tåg tåget flight hus
boarea biarea yta ytan area tomt tomten boyta
avsnitt avsnittet episod episoden del delen kapitel kapitlet psalm vers sektion sektionen omgång
säsong program programmet artikel bilaga punkt nr nr.
""".split())  # ("rankad som nr 112 i världen": a ranking's number, session 52)
"""(The numbered parts of a series, a book or a list: "avsnitt 112" is the episode, not the emergency number.)"""
