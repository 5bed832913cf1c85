"""Session 16 (E1): a call to the reader left at the article's end in a dump without blank lines (issue #9:
boilerplate read aloud; tailcalls.py).

Rounds b56-b60 read a button under the text ("Lämna synpunkter" under "Du kan lämna synpunkter via formuläret
nedan", "Boka din plats", "Anmäl dig till välkomstträffen"), a box asking the reader to join ("Vill du gå med i
hemvärnet?" over its pitch and "Sök till hemvärnet"), a utility's service box of buttons over its number ("Anmäl
elavbrott", "Vid akut fel, ring vår felanmälan …"), a call for contributions over its address ("Skicka in din
högtidsdag"). The signal is the shape and the place, the words of address as data: a call opening a run of buttons,
channels and dropped lines under the article's prose, nothing of the article after it, told as the site's by a
button closing a question's box, a second call beside a button, or the text pointing to the button in its words.
Every page here was written after the fix, for invented sites; the guards are the article's own lines: a list of
instructions under its announcement, a question over the last paragraph with nothing to click, an appeal for the
police's tips with a bare number, a help question over its phone line.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Bergsjö Bygdeportal\nStart\nNyheter\nFöreningar\nKontakt\n"
_END = "Dela\nFacebook\nE-post\nBergsjö Bygdeportal\nOrg.nr 802456-7788\nIntegritetspolicy\n"


def _page(title: str, body: str, after: str) -> str:
    return _TOP + f"{title}\n3 mars 2026\n{body}{after}{_END}"


_BODY = ("Bygdegårdsföreningen har fått 450 000 kronor från Boverket för att byta taket på Bergsjö bygdegård.\n"
         "Arbetet börjar i maj och ska vara klart till midsommar, berättar ordföranden Lisbeth Ågren.\n"
         "– Taket har läckt i flera vintrar, så det här betyder mycket för hela bygden, säger hon.\n")


def test_a_button_the_text_points_to_goes() -> None:
    body = _BODY + "Vill du hjälpa till med rivningen kan du anmäla dig på föreningens sida senast 20 april.\n"
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", body, "Anmäl dig som volontär\n")))
    assert "Vill du hjälpa till med rivningen kan du anmäla dig på föreningens sida senast 20 april." in lines
    assert "Anmäl dig som volontär" not in lines


def test_a_question_box_closed_by_its_button_goes() -> None:
    after = ("Vill du bli medlem i bygdegårdsföreningen?\n"
             "Medlemskapet kostar 150 kronor om året och ger rabatt när du hyr lokalen.\nBli medlem\n")
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", _BODY, after)))
    assert "– Taket har läckt i flera vintrar, så det här betyder mycket för hela bygden, säger hon." in lines
    assert "Vill du bli medlem i bygdegårdsföreningen?" not in lines
    assert not any(x.startswith("Medlemskapet kostar") for x in lines)


def test_a_service_box_of_buttons_and_the_sites_number_goes() -> None:
    body = ("Under tisdagen spolar vi vattenledningarna i Norra Bergsjö mellan klockan 22 och 04.\n"
            "Vattnet kan bli missfärgat en stund efteråt. Låt kranen rinna tills det är klart igen.\n")
    after = "Visa spolningsområdet på kartan\nFelanmäl vatten\nVid brådskande fel, ring vår jour: 0652-140 90\n"
    lines = spoken_lines(read_dump(_page("Ledningsspolning i Norra Bergsjö", body, after)))
    assert "Vattnet kan bli missfärgat en stund efteråt. Låt kranen rinna tills det är klart igen." in lines
    for gone in ("Visa spolningsområdet på kartan", "Felanmäl vatten", "Vid brådskande fel, ring vår jour: 0652-140 90"):
        assert gone not in lines


def test_a_call_for_contributions_over_its_address_goes() -> None:
    after = "Skicka in din föreningsnyhet\nHar din förening något på gång? Mejla oss på nytt@bergsjoportal.se\n"
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", _BODY, after)))
    assert "Skicka in din föreningsnyhet" not in lines
    assert not any("nytt@bergsjoportal.se" in x for x in lines)


def test_guard_an_announced_list_of_instructions_stays() -> None:
    body = _BODY + "Så här gör du om du vill boka lokalen under sommaren:\n"
    after = "Boka via bokningskalendern\nBetala hyran inom tio dagar\nHämta nyckeln hos vaktmästaren\n"
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", body, after)))
    assert "Boka via bokningskalendern" in lines
    assert "Hämta nyckeln hos vaktmästaren" in lines


def test_guard_a_question_over_the_last_paragraph_without_a_button_stays() -> None:
    after = ("Vill du hyra lokalen i sommar?\n"
             "Bor du i Bergsjö och vill ha fest i juli går det bra att höra av sig till styrelsen redan nu.\n")
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", _BODY, after)))
    assert "Vill du hyra lokalen i sommar?" in lines


def test_guard_an_appeal_for_the_polices_tips_with_a_bare_number_stays() -> None:
    body = ("En bil kördes in i busskuren vid Bergsjö torg natten till söndag. Föraren lämnade platsen.\n"
            "Polisen vill komma i kontakt med alla som sett en mörk kombi i området vid midnatt.\n")
    after = "\nTipsa polisen\nRing 114 14\nEller via polisen.se\n\n"  # the police's channels, set apart as in a news dump
    lines = spoken_lines(read_dump(_page("Bil körde in i busskuren", body, after)))
    assert "Tipsa polisen" in lines
    assert "Ring 114 14" in lines


def test_guard_a_help_question_over_its_phone_line_stays() -> None:
    after = ("Behöver du hjälp med ansökan?\n"
             "Har du frågor om bidraget är du välkommen att höra av dig till föreningens kassör.\n"
             "Ring oss på 0652-100 20\n")
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", _BODY, after)))
    assert "Behöver du hjälp med ansökan?" in lines


def test_a_question_over_the_articles_own_offer_keeps_the_offer_and_drops_its_button() -> None:
    # Written after the guard (session 16, merge of E1 and E2): under a question, a pitch that neither speaks to the
    # reader nor as the site tells the article's matter; the button under it still goes.
    after = ("Vill du se det nya taket?\n"
             "Föreningen visar bygget för besökare söndagen den 12 maj klockan 13, med fika i köket efteråt.\n"
             "Boka visning\n")
    lines = spoken_lines(read_dump(_page("Bygdegården får nytt tak", _BODY, after)))
    assert "Föreningen visar bygget för besökare söndagen den 12 maj klockan 13, med fika i köket efteråt." in lines
    assert "Boka visning" not in lines
