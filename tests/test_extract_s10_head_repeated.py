"""Session 10, class 'the headline said twice' (issue #9).

Two forms from residual set extract25, both now told by the repeat itself. A housing company's notice sets its
title at the breadcrumb's end and again over the text; the title opened by "Till" ("Till dig som bor på Kvarnholmen")
took the second one for a letter's address line, which opens the text, and the title was read twice. A live notice
sets its updates first and the original head again further down ("Kokningsrekommendation i Långshyttan" / "Publicerad
12 augusti 2025" / the original text), and the headline was read again in the middle. A line saying what a candidate
above says is no address line (headcands._address_line), and under the lead, over a date line, it is dropped
(headcands._repeated_head_tags). Every case here was written after the fix, on other sites and wordings, with a guard:
a subheading sharing the headline's words stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines, spoken_text


def test_a_title_opened_by_till_repeated_over_the_text_is_said_once() -> None:
    page = (
        "Hyresbostäder i Åsby\nMina sidor\nFelanmälan\nLediga lägenheter\nStart\n»\nNyheter\n»\n"
        "Till alla hyresgäster på Björkvägen\nNyheter\n2025-03-04\nTill alla hyresgäster på Björkvägen\n"
        "Nu börjar arbetet med nya balkonger på Björkvägen 2–8. Här kommer information om vad som händer under våren.\n"
        "Tidplan\nArbetet pågår från april till juni, en trappuppgång i taget, och ställningar sätts upp en vecka "
        "innan.\n"
    )
    article = read_dump(page)
    assert article.title == "Till alla hyresgäster på Björkvägen"
    assert spoken_lines(article).count("Till alla hyresgäster på Björkvägen") == 1
    assert (article.lead or "").startswith("Nu börjar arbetet")


def test_a_live_notices_original_head_under_its_updates_is_not_read() -> None:
    page = (
        "Tåby kommun\nStart\nTrafik och gator\nDriftinformation\n\nAvstängd väg vid Norrbron\n"
        "Uppdaterad 3 mars kl 10.15\n\nUppdatering 3 mars kl 10.15: Norrbron öppnar igen för gående på torsdag, men "
        "bilar får vänta till nästa vecka.\n\nUppdatering 1 mars kl 14.00: Omledningen via Södra vägen är nu skyltad "
        "hela vägen.\n\nAvstängd väg vid Norrbron\nPublicerad 28 februari 2025\n\nNorrbron stängs för all trafik "
        "efter att en inspektion visat skador på ett av brofästena.\n\nTrafiken leds om via Södra vägen, vilket tar "
        "ungefär fem minuter längre.\n"
    )
    article = read_dump(page)
    assert article.title == "Avstängd väg vid Norrbron"
    assert spoken_lines(article).count("Avstängd väg vid Norrbron") == 1
    spoken = spoken_text(article)
    assert "Norrbron stängs för all trafik" in spoken and "Omledningen via Södra vägen" in spoken


def test_a_subheading_sharing_the_headlines_words_stays() -> None:
    page = (
        "Tåby kommun\nStart\nNyheter\n\nNy förskola i Norrby\nPublicerad 28 februari 2025\n\nKommunen bygger en ny "
        "förskola i Norrby med plats för 120 barn, och bygget börjar i höst.\n\nNy förskola i Norrby – så blir den\n"
        "Publicerad 28 februari 2025\nHuset får sex avdelningar, ett tillagningskök och en stor gård mot skogen.\n"
    )
    spoken = spoken_text(read_dump(page))
    assert "Ny förskola i Norrby – så blir den" in spoken
