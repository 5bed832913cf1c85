"""``audiocast.speech.rules.short_notes`` and ``tallies``: short forms read from their neighbours, and sport
lines whose numbers the date, year and clock rules misread (cases written after the fix, with other words and
numbers than the sentences studied)."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.short_notes import short_notes
from audiocast.speech.rules.tallies import tallies

from . import check


def test_short_notes() -> None:
    _in = [
        "Banken behöver blod av grupp B neg. inför helgen",
        "Patienten har blodgrupp AB pos, enligt journalen",
        "Givare med blodgrupp 0 pos. kallas i vecka 9.",
        "Hänvisning: NJA 2016 ref. 12 och AD 2020 ref 5",
        "Anmälan sker till exp. senast fredag",
        "Församlingens exp. är stängd i juli",
        "Exp. öppnar åter i augusti",
        # guards: no blood nearby, no yearbook, no office
        "Laget vann 0 pos. i tabellen",
        "se ref. 12 i bilagan",
        "expedition och export",
    ]
    _out = [
        "Banken behöver blod av grupp B negativ inför helgen",
        "Patienten har blodgrupp AB positiv, enligt journalen",
        "Givare med blodgrupp noll positiv kallas i vecka 9.",
        "Hänvisning: NJA 2016 referat 12 och AD 2020 referat 5",
        "Anmälan sker till expeditionen senast fredag",
        "Församlingens expedition är stängd i juli",
        "Expeditionen öppnar åter i augusti",
        "Laget vann 0 pos. i tabellen",
        "se ref. 12 i bilagan",
        "expedition och export",
    ]
    check(short_notes, _in, _out)


def test_tallies() -> None:
    _in = [
        "Laget spelade i elitserien säsongerna 1995/96–1998/99.",
        "Straffläggning: 4/5 för Frölunda mot 3/5 för Växjö",
        "Straffar: 2/3 för Leksand mot 1/3 för Mora",
        "Hon cyklade 160 km på 5.38 och var först i mål",
        "Han åkte Vasaloppets 90 km på 4.02.",
        # guards: not one season after the other, no attempts counted, a short or middle distance
        "säsongerna 1995/97–1998/99",
        "Mötet flyttas från 4/5 mot 3/5 för Växjö",
        "Hon sprang 10 km på 38.15",
        "Han gick 30 km på 2.50 i går",
    ]
    _out = [
        "Laget spelade i elitserien säsongerna nittonhundranittiofem nittiosex till nittonhundranittioåtta nittionio.",
        "Straffläggning: 4/5 för Frölunda mot tre av fem för Växjö",
        "Straffar: 2/3 för Leksand mot ett av tre för Mora",
        "Hon cyklade 160 km på fem timmar och trettioåtta minuter och var först i mål",
        "Han åkte Vasaloppets 90 km på fyra timmar och två minuter.",
        "säsongerna 1995/97–1998/99",
        "Mötet flyttas från 4/5 mot 3/5 för Växjö",
        "Hon sprang 10 km på 38.15",
        "Han gick 30 km på 2.50 i går",
    ]
    check(tallies, _in, _out)


def test_whole_lines() -> None:
    """Through the whole pipeline: the unit "PB" after a number, and the first tally of a pair."""
    assert normalize("Molnet lagrar 7 PB bilder.") == "Molnet lagrar sju petabyte bilder."
    assert normalize("Straffar: 4/5 för Frölunda mot 3/5 för Växjö.") == (
        "Straffar: fyra av fem för Frölunda mot tre av fem för Växjö.")
    assert normalize("Hon satte nytt PB i helgen.") == "Hon satte nytt pe be i helgen."  # no number: no unit


def test_stations_hashtags_shares_and_half_point_scores() -> None:
    """Written after the fixes: two central stations with "till", a club's capitals and a word in a hashtag, a
    share after "varav" or before a verb, a half-point score before the opponent's "mot"."""
    _in = [
        "Expresståget Umeå C–Luleå C är försenat.",
        "Följ derbyt med #HIFlive och #AIKfinal.",
        "Skolan har 420 elever, varav ⅔ pendlar in.",
        "I enkäten uppger att ⅓ cyklar året om.",
        "Klubben vann med 6,5–1,5 mot Schack 08.",
        # guards: one station, a mixed-case name, a genitive before a noun, a half-point score alone
        "Tåget från Umeå C är försenat, liksom Kallinge-Ronneby.",
        "Följ oss på #LiU och #Almedalen.",
        "Koka i ¼ timme.",
        "Klubben vann med 6,5–1,5 i helgen.",
    ]
    _out = [
        "Expresståget Umeå central till Luleå central är försenat.",
        "Följ derbyt med hashtag hå i eff live och hashtag a i kå final.",
        "Skolan har fyrahundratjugo elever, varav två tredjedelar pendlar in.",
        "I enkäten uppger att en tredjedel cyklar året om.",
        "Klubben vann med sex komma fem ett komma fem mot Schack noll åtta.",
        "Tåget från Umeå central är försenat, liksom Kallinge-Ronneby.",
        "Följ oss på hashtag ell i u och hashtag Almedalen.",
        "Koka i en kvarts timme.",
        "Klubben vann med sex komma fem mot ett komma fem i helgen.",
    ]
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_weekdays_with_respektive_and_a_specialist() -> None:
    """A weekday written short before "resp." and another weekday is a day ("mån." was left as written); a
    specialist physician written "spec.läk." in an advert. Guards: "i viss mån" stays a phrase."""
    assert normalize("Juniorerna spelar mån. resp. fre. i Ishallen.") == (
        "Juniorerna spelar måndag respektive fredag i Ishallen.")
    assert normalize("Regionen anställer spec.läk. i kirurgi.") == "Regionen anställer specialistläkare i kirurgi."
    assert normalize("Det gäller i viss mån respektive helt.") == "Det gäller i viss mån respektive helt."


def test_compass_prefixes_and_a_toilet() -> None:
    """A street's compass part with a colon before its name; "WC" said "ve ce". Guards: "S:a" before a sum,
    "V:a" before a small word."""
    assert normalize("Caféet ligger på Ö:a Långgatan 9.") == "Caféet ligger på Östra Långgatan nio."
    assert normalize("Bussen går från N:a Torget.") == "Bussen går från Norra Torget."
    assert normalize("Kvitto: S:a 230 kr.") == "Kvitto: S:a tvåhundratrettio kronor."
    assert normalize("Stugan har WC och el.") == "Stugan har ve ce och el."


def test_roman_ordinals_and_short_part_nouns() -> None:
    """A Roman numeral with an ordinal's ending, and after "kap."/"avd." a numbered part. Guards: "V:a" before a
    street's name is the compass part, a lone "I" before a word the preposition."""
    assert normalize("Den XXIII:e mässan öppnar i dag.") == "Den tjugotredje mässan öppnar i dag."
    assert normalize("Läs kap. III i boken.") == "Läs kapitel tre i boken."
    assert normalize("Affären på V:a Torggatan stänger.") == "Affären på Västra Torggatan stänger."


def test_a_diameter_sign_and_currency_codes_alone() -> None:
    """The diameter sign spaced before a measure; a currency's code on its own. Guards: a code after a number
    is the money rule's ("95 SEK" -> "nittiofem kronor")."""
    assert normalize("Röret har ∅ 40 mm.") == "Röret har diameter fyrtio millimeter."
    assert normalize("Kassan tar även NOK och DKK.") == "Kassan tar även norska kronor och danska kronor."
    assert normalize("Biljetten kostar 95 SEK.") == "Biljetten kostar nittiofem kronor."
