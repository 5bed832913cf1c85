"""Session 26, from extract96's opened half (read after its before figure): the site's standing call for letters set
under the article as a heading, its terms to the reader and an address line opened by a verb of sending ("Skicka
till insandare@…"), which speaks to the reader as "du" does (``sitecalls._call``, ``sitecalls._pitch``); and a
distributor's rights notice under a wire's text ("Får publiceras av abonnenter. Ej för vidareförsäljning.", rule
``rights-notice``: 3 of 3 such lines in the annotated dumps the page's); a caption that only names a person and
their role (rule ``name-caption``); from extract96's blind half, read after its end figure, a teaser's blurb closed by
its link ("… Läs mer →", rule ``teaser-blurb``).

Written after the fixes, for other sites and wording; the guards: an article's own call to send something in, in
its words, stays; a letter's signature naming a place stays; a sentence about a named person stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_LETTER = """Norrbygdens Tidning
Nyheter
Insändare
Låt skolbussen stanna vid Åsen igen
Sedan i höstas stannar skolbussen inte längre vid Åsen, och våra barn får gå tre kilometer längs vägen i mörkret.
Det finns ingen trottoar och bilarna håller ofta högre fart än de får.
Vi föräldrar har skrivit till kommunen två gånger utan att få svar.
Jag vill att kommunen tar upp frågan igen innan vintern kommer.
Maria Lind, Åsen

Så skriver du en insändare
Vi tar emot insändare på högst 2 500 tecken. Skriv ditt namn och var du bor.
Mejla till debatt@norrbygdenstidning.se eller skicka till Norrbygdens Tidning, Box 12, 872 21 Kramfors.

Ansvarig utgivare: Eva Holm
"""

_WIRE = """Regionnytt
Inrikes
Vargen i Ljusdal fälls efter beslut
Länsstyrelsen har beslutat om skyddsjakt på en varg som under hösten angripit får vid flera gårdar i Ljusdals kommun.
Jakten får pågå till den 15 december.
– Vargen har kommit nära bebyggelse flera gånger, säger handläggaren Peter Nord.
Beslutet kan överklagas till förvaltningsrätten.
Får publiceras av kunder med avtal. Ej för vidareförsäljning.
Fler nyheter
"""

_OWN_CALL = """Nyheter
Föreningen söker berättelser om gamla bruket
Hembygdsföreningen i Sörbo samlar minnen från tiden då bruket var i drift, inför en bok som ska komma ut nästa år.
– Vi vill gärna höra från dem som arbetade där eller hade föräldrar som gjorde det, säger ordföranden Lena Ek.
Berättelserna ska vara klara till den 1 mars.
Skicka din berättelse om bruket till bok@sorbohembygd.se.
Dela
"""


def test_the_sites_call_for_letters_with_its_terms_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_LETTER))
    assert spoken[0] == "Låt skolbussen stanna vid Åsen igen"
    assert "Jag vill att kommunen tar upp frågan igen innan vintern kommer." in spoken
    assert not [s for s in spoken if "insändare" in s or "debatt@" in s or "2 500 tecken" in s]


def test_a_wires_rights_notice_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_WIRE))
    assert "Beslutet kan överklagas till förvaltningsrätten." in spoken
    assert not [s for s in spoken if "vidareförsäljning" in s]


def test_an_articles_own_call_in_its_words_stays() -> None:
    assert "Skicka din berättelse om bruket till bok@sorbohembygd.se." in spoken_lines(read_dump(_OWN_CALL))


# From extract96's opened half: a caption that only names who is shown and their role ("Mette Kragh, Sverigechef för
# Nordlager.", rule name-caption: 5 of 5 such lines below the headline in the annotated dumps the page's).
_NAMED = """Lokalnytt
Näringsliv
Lagerjätten anställer 120 i Torsby
Logistikföretaget Vänerlager bygger ett nytt lager utanför Torsby och räknar med att anställa 120 personer de närmaste två åren.
Byggstarten är planerad till maj och de första anställda börjar hösten 2027, enligt bolaget.
Jonas Ekberg, vd för Vänerlager.
Karin Sjöholm, som leder kommunens näringslivskontor, är nöjd med beskedet.
– Det här är den största etableringen i Torsby på tjugo år, säger hon.
Kommunen har sålt marken för 4,2 miljoner kronor.
"""

_SIGNED = """Insändare
Bygg cykelbanan längs älven nu
Cykelbanan längs älven har varit utlovad i tio år, men fortfarande cyklar barnen på landsvägen till skolan i Sunne.
Politikerna måste sluta skjuta frågan framför sig och avsätta pengar i nästa års budget.
Per Holm, Sunne.
Dela
"""


def test_a_caption_naming_a_person_and_role_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_NAMED))
    assert "Jonas Ekberg, vd för Vänerlager." not in spoken
    assert "Karin Sjöholm, som leder kommunens näringslivskontor, är nöjd med beskedet." in spoken
    assert "Kommunen har sålt marken för 4,2 miljoner kronor." in spoken


def test_a_letters_signature_with_its_place_stays() -> None:
    assert "Per Holm, Sunne." in spoken_lines(read_dump(_SIGNED))


# From extract96's blind half (read after its end figure): a teaser's blurb closed by its link ("… under helgen. Läs
# mer →"), rule teaser-blurb: 16 of 16 such lines in the annotated dumps the page's.
_BRIEFS = """Sörbyposten
Nyheter
Skolan i Sörby får ny rektor
Karin Åström blir ny rektor för Sörby skola från januari, meddelar barn- och utbildningsförvaltningen.
Hon kommer närmast från en tjänst som biträdande rektor i Ånge och har arbetat i skolan i tjugo år.
– Jag ser fram emot att lära känna eleverna och personalen, säger Karin Åström.
Fler nyheter i korthet
Vägen mot Ede stängs i tre veckor. Arbetet börjar på måndag och omledning sker via Hallen. Läs mer →
Biblioteket får längre öppettider på torsdagar från oktober. Läs hela artikeln »
Ansvarig utgivare: Per Lund
"""


def test_a_teasers_blurb_closed_by_its_link_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_BRIEFS))
    assert "– Jag ser fram emot att lära känna eleverna och personalen, säger Karin Åström." in spoken
    assert not [s for s in spoken if "Läs mer" in s or "Läs hela" in s]
