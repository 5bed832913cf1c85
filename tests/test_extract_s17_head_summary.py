"""Session 17 (E11), a summary box under the headline, measured by ``tools/perturb_heads.py --cls summary`` (issue #9).

A site sets a box of a few points restating the article between the headline and the date line or the lead, under
a heading of a summary and often with a note on how it was made by AI. For a listener it repeats the article: it goes
(:mod:`audiocast.ingest.headsummary`), and its heading is no headline. These pages were written after the fix, with
other headings, points, notes, sites and headlines than the bench's; the guards keep a page's own lead under a
"Sammanfattning" label and a list of facts under "Det här har hänt" without bullets or a note.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TITLE = "Färjeläget i Norrhamn byggs om för nya elfärjor"
_BODY = (
    "\n\nTrafikverket bygger om färjeläget i Norrhamn under vintern så att de nya elfärjorna kan laddas vid kajen. "
    "Arbetet börjar i januari och ska vara klart till sommartrafiken.\n\n"
    "Under ombyggnaden går färjan från en tillfällig brygga femhundra meter söderut, och turlistan glesas ut på "
    "kvällarna.\n\n"
    "– Laddningen tar tolv minuter, lika lång tid som det tar att lasta av och på bilarna, säger projektledaren "
    "Malin Fors.\n\n"
    "Ombyggnaden kostar 48 miljoner kronor och betalas till hälften med statliga klimatpengar.\n"
)
_HEAD = f"Skärgårdsbladet\nNyheter\nSport\nÅsikter\n\n{_TITLE}\n"


def test_an_ai_summary_box_under_the_headline_is_not_read() -> None:
    page = (_HEAD + "AI-sammanfattning\n"
            "• Färjeläget byggs om under vintern.\n• Färjan går från en tillfällig brygga.\n"
            "• Ombyggnaden kostar 48 miljoner kronor.\n"
            "Sammanfattningen har tagits fram med AI och är granskad av redaktionen.\n"
            "Publicerad 3 december 2025 kl. 06.15" + _BODY)
    article = read_dump(page)
    assert article.title == _TITLE
    spoken = spoken_text(article)
    assert "AI-sammanfattning" not in spoken and "tillfällig brygga." not in spoken.split("Ombyggnaden kostar 48")[0]
    assert "granskad av redaktionen" not in spoken
    assert "Laddningen tar tolv minuter" in spoken and "statliga klimatpengar" in spoken


def test_a_short_version_without_a_note_goes_under_its_heading() -> None:
    page = (_HEAD + "\nKortfattat\n"
            "Trafikverket bygger om färjeläget i Norrhamn.\nArbetet ska vara klart till sommartrafiken.\n\n"
            "Ida Wallin\n3 dec 2025 07:40" + _BODY)
    article = read_dump(page)
    assert article.title == _TITLE
    assert "Kortfattat" not in spoken_text(article)


def test_a_note_naming_ai_tells_the_box_under_an_unknown_heading() -> None:
    page = (_HEAD + "Nyheten i punkter\n"
            "- Elfärjorna laddas vid kajen i Norrhamn.\n- Bygget börjar i januari.\n"
            "Punkterna är skrivna av en AI-tjänst.\n\n" + _BODY.lstrip("\n"))
    article = read_dump(page)
    assert article.title == _TITLE
    spoken = spoken_text(article)
    assert "Nyheten i punkter" not in spoken and "AI-tjänst" not in spoken


def test_bulleted_points_restating_the_article_go_under_any_heading() -> None:
    page = (_HEAD + "Kort om nyheten\n"
            "✔ Elfärjorna laddas i tolv minuter vid kajen.\n✔ Ombyggnaden kostar 48 miljoner kronor.\n"
            "Publicerad 3 december 2025" + _BODY)
    article = read_dump(page)
    assert article.title == _TITLE
    assert "Kort om nyheten" not in spoken_text(article)


def test_a_pages_own_lead_under_a_summary_label_is_read() -> None:
    page = ("Länsstyrelsen\nMeny\n\nStart\nAktuellt\n\n2 december 08.10, Brand, Lillsjö\n"
            "Sammanfattning\nEn ladugård brann ner till grunden natten till tisdag.\n\n"
            "Räddningstjänsten larmades strax efter midnatt och kunde hindra elden från att sprida sig till "
            "bostadshuset.\n\nIngen människa eller djur skadades. Orsaken utreds.\n")
    spoken = spoken_text(read_dump(page))
    assert "En ladugård brann ner till grunden" in spoken


def test_a_list_of_facts_without_bullets_or_note_under_what_happened_is_kept() -> None:
    page = (_HEAD + "\nDetta har hänt\n"
            "Ett larm gick vid kajen klockan sju.\nTvå båtar drev loss i stormen.\n\n"
            "Per Lund\n3 dec 2025" + _BODY)
    spoken = spoken_text(read_dump(page))
    assert "Två båtar drev loss i stormen" in spoken


def test_a_link_to_the_sites_ai_policy_under_the_points_closes_the_box() -> None:
    page = ("Foto: Jonas Berg\nFärjan lägger till vid den tillfälliga bryggan.\nNORRHAMN\n" + _TITLE + "\n"
            "Sammanfattning\n✓ Färjeläget byggs om i vinter.\n✓ Laddningen tar tolv minuter.\n"
            "Läs mer om hur redaktionen arbetar med AI\n" + _BODY.lstrip("\n"))
    article = read_dump(page)
    assert article.title == _TITLE
    spoken = spoken_text(article)
    assert "arbetar med AI" not in spoken and "Färjeläget byggs om i vinter" not in spoken
