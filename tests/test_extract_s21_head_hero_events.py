"""Session 21 (E26), the wrong headline on fresh pages: a box over the article's head.

- A hero or welcome box's paragraph over the article's dated head was read as the lead (or, dropped by its words, left
  its button to stand as a headline over the real headline read as a standfirst), so the real headline was never the
  choice (``headhero.hero_box_tags``).
- An event box over the head ("Nästa match" / the event's title / its when-line / "Köp biljett") stood as a headline
  beside its date line and made the headline uncertain (``headevents.event_box_tags``).

These pages were written after the fix, with other sites, words and numbers than the pages it was found on; the
guards keep an article whose own lead stands over a dated teaser, and an event's own page.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest import default_scorer, parse_text_dump
from audiocast.ingest.hints import Hints
from audiocast.models import Article


def _read(page: str, slug: str) -> Article:
    return parse_text_dump(page, slug + ".txt", slug, hints=Hints(scorer=default_scorer()))


HERO_OVER_HEAD = (
        'Till huvudinnehåll\n'
        'Lyssna\n'
        'Kontakt\n'
        'Norrbro kommun\n'
        'Meny\n'
        'Sök\n'
        'Start\n'
        'Kultur och fritid\n'
        'Bibliotek\n'
        'Nyheter\n'
        'Bibliotek och läsning\n'
        'Bli läxhjälpare – passar det dig?\n'
        'Just nu söker vi särskilt vuxna som kan avvara en timme i veckan. Du behöver inte vara lärare eller ha egna barn i skolåldern.\n'
        'Så blir du läxhjälpare\n'
        'Läxhjälpen utökas till två kvällar i veckan efter rekordintresse\n'
        'Publicerad: 11 november 2025\n'
        'Uppdaterad: 12 november 2025\n'
        'Irja Holmqvist vid läxhjälpens bord i biblioteket. Foto: Norrbro kommun\n'
        'Sedan i höstas har fler än 40 volontärer hjälpt till med läxläsning på Ekbackens bibliotek varje tisdag.\n'
        'Nu utökas läxhjälpen till två kvällar i veckan, eftersom efterfrågan från eleverna har ökat kraftigt.\n'
        '– Vi har haft kö sedan oktober och ville inte säga nej till någon, säger samordnaren Irja Holmqvist.\n'
        'Läxhjälpen är gratis och riktar sig till elever i årskurs fyra till nio.\n'
    )


def test_a_hero_box_and_its_button_over_the_dated_head_are_no_head() -> None:
    article = read_dump(HERO_OVER_HEAD)
    assert article.title == "Läxhjälpen utökas till två kvällar i veckan efter rekordintresse"
    spoken = spoken_text(article)
    assert "Så blir du läxhjälpare" not in spoken
    assert "Läxhjälpen är gratis" in spoken


def test_a_welcome_box_over_a_head_with_date_and_byline_is_no_lead() -> None:
    article = read_dump(
        'Seniorakademin i Åsele\n'
        'Kurser och samtal för dig som fyllt 65\n'
        'Hem\n'
        'Kurser\n'
        'Anmälan\n'
        'Nyheter\n'
        'Bli medlem\n'
        'Om oss\n'
        'Mina sidor\n'
        'Välkommen till Seniorakademin i Åsele!\n'
        'Vi är en ideell förening som sedan 2001 ordnar kurser, samtal och resor för dig som vill fortsätta lära dig nya saker. Du är välkommen oavsett förkunskaper.\n'
        'Nyheter\n'
        'Kursen i släktforskning fylldes på en dag – ny grupp startar i januari\n'
        '2 december 2025\n'
        'Britt Ohlsson, ordförande\n'
        'Intresset för höstens kurs i släktforskning blev så stort att alla 24 platser var bokade inom ett dygn.\n'
        'Nu startar föreningen en andra grupp i januari, med samma ledare och i samma lokal i Åsele bibliotek.\n'
        '– Många vill veta var deras farföräldrar kom ifrån, och arkiven finns numera på nätet, säger Britt Ohlsson.\n'
        'Anmälan till den nya gruppen öppnar den 15 december.\n'
    )
    assert article.title == "Kursen i släktforskning fylldes på en dag – ny grupp startar i januari"
    assert (article.lead or "").startswith("Intresset för höstens kurs")


def test_a_lead_over_a_dated_teaser_stays() -> None:
    article = read_dump(
        'Läxhjälpen utökas till två kvällar i veckan\n'
        'Ekbackens bibliotek erbjuder från och med december läxhjälp även på torsdagar, meddelar kommunen.\n'
        'Läs också\n'
        'Biblioteket får nya öppettider i jul\n'
        '2 november 2025\n'
        'Sedan i höstas har fler än 40 volontärer hjälpt till med läxläsning på Ekbackens bibliotek varje tisdag.\n'
        'Nu utökas läxhjälpen till två kvällar i veckan, eftersom efterfrågan från eleverna har ökat kraftigt.\n'
        '– Vi har haft kö sedan oktober och ville inte säga nej till någon, säger samordnaren Irja Holmqvist.\n'
        'Läxhjälpen är gratis och riktar sig till elever i årskurs fyra till nio.\n'
    )
    assert article.title == "Läxhjälpen utökas till två kvällar i veckan"
    assert "även på torsdagar" in spoken_text(article)


def test_an_event_box_over_the_head_leaves_the_headline_sure() -> None:
    article = _read((
        'Storvikens SK\n'
        'Bandy sedan 1932\n'
        'Hem\n'
        'A-lag\n'
        'Ungdom\n'
        'Matcher\n'
        'Biljetter\n'
        'Kontakt\n'
        'Nästa match\n'
        'Storvikens SK – Edsbyns IF\n'
        'Fre 9 jan kl. 19.00 · Storviksvallen\n'
        'Köp biljett\n'
        'Nyheter\n'
        '/\n'
        'A-lag\n'
        'Klart: Målvakten Oskar Lind förlänger med Storviken\n'
        '2025-12-02 · Karin Sjöholm\n'
        'Målvakten i nya matchtröjan. Foto: SSK Media\n'
        'Oskar Lind, 29, har skrivit på ett nytt avtal som sträcker sig över två säsonger med Storvikens SK.\n'
        'Lind kom till klubben från Edsbyn för tre år sedan och har varit förstemålvakt sedan dess.\n'
        '– Jag trivs otroligt bra här och vill vara med när vi tar nästa steg, säger Oskar Lind.\n'
        'Sportchefen Maria Eng är nöjd med beskedet.\n'
    ), "nyforvarv-storvikens-sk")
    assert article.title == "Klart: Målvakten Oskar Lind förlänger med Storviken"
    assert not any("headline" in d for d in article.doubts)
    assert "Köp biljett" not in spoken_text(article)


def test_a_play_in_a_box_over_the_head_is_no_headline() -> None:
    article = read_dump(
        'Teaterföreningen Scenen\n'
        'Hem\n'
        'Föreställningar\n'
        'Biljetter\n'
        'Kontakt\n'
        'Kommande föreställning\n'
        'Vi som bodde vid ån\n'
        'Lör 17 jan kl. 18.00 · Folkets hus\n'
        'Boka biljett\n'
        'Aktuellt\n'
        'Scenen får ny ljusrigg efter insamling\n'
        'Publicerad 2025-11-28\n'
        'Teaterföreningen Scenen har samlat in 62 000 kronor till en ny ljusrigg till salongen i Folkets hus.\n'
        'Den gamla riggen från 1990-talet gick sönder under höstens premiär och har sedan dess lagats provisoriskt.\n'
        '– Vi är så tacksamma mot alla som skänkt pengar, säger ordföranden Leila Amini.\n'
        'Riggen installeras under julledigheten.\n'
    )
    assert article.title == "Scenen får ny ljusrigg efter insamling"


def test_an_event_page_keeps_its_own_head() -> None:
    article = read_dump(
        'Teaterföreningen Scenen\n'
        'Hem\n'
        'Föreställningar\n'
        'Biljetter\n'
        'Kontakt\n'
        'Föreställning\n'
        'Vi som bodde vid ån\n'
        'Lör 17 jan kl. 18.00 · Folkets hus\n'
        'Boka biljett\n'
        'En föreställning om tre generationer i ett brukssamhälle, skriven av föreningens egen Leila Amini.\n'
        'Föreställningen är cirka två timmar lång med paus. Barn under tolv år går in gratis i vuxens sällskap.\n'
        'Kaffe och kaka serveras i foajén.\n'
    )
    assert article.title == "Vi som bodde vid ån"
    assert "tre generationer" in spoken_text(article)


def test_a_standfirst_over_the_writers_name_and_role_stays() -> None:
    article = read_dump(
        "Norrby Tidning\nNyheter\nSport\nÅsikter\nDebatt\n"
        "Stäng inte simhallen i Östra Norrby\n"
        "Att lägga ner den enda simhallen i kommundelen slår hårdast mot barnen som ännu inte kan simma, och mot de äldre.\n"
        "Maja Lindqvist\n"
        "simlärare och styrelseledamot i Norrby simsällskap\n"
        "Publicerad 3 mars 2025 kl 06.00\n"
        "Varje vecka lär sig ett trettiotal barn simma i bassängen på Östra Norrby skola.\n"
        "Om nämndens förslag går igenom måste de i stället åka buss i fyrtio minuter till centralbadet.\n"
        "Kommunen räknar med att spara 2,1 miljoner kronor om året, men räknar inte med vad det kostar att barn inte lär "
        "sig simma.\n"
        "Jag uppmanar politikerna att besöka simhallen en tisdagskväll innan de bestämmer sig.\n"
    )
    assert article.title == "Stäng inte simhallen i Östra Norrby"
    assert (article.lead or "").startswith("Att lägga ner den enda simhallen")
