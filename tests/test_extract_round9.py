"""Round 9: where the article ends (:mod:`audiocast.ingest.articleend`) and the headline by its agreement with the lead.

Every dump here was written after the change, for fictional sites and articles; none copies a blind case. The
classifier is the shipped one, as a reader of ``audiocast render`` has it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest import parse_text_dump
from audiocast.ingest.headline import Candidate, Evidence, choose

HEAD = (
    "Hälleby Bandyklubb\nStart\nLag\nBiljetter\nKontakt\n\nHälleby vann derbyt efter mål i sista minuten\n14 januari 2026\n\n"
    "Hälleby BK slog grannarna från Östrå med 4–3 inför 1 800 åskådare på Hällevallen i söndags. Segermålet kom "
    "med 40 sekunder kvar av matchen.\n\n"
    "Östrå ledde med 3–1 i halvtid efter två mål av lagkaptenen Viktor Åhman, men i andra halvlek tog Hälleby över "
    "spelet helt och hållet.\n\n"
    "– Vi pratade om att vinna hörnorna i pausen, och det var på hörnor vi gjorde tre av målen, säger tränaren "
    "Jonas Bergqvist.\n\n"
    "Nästa match spelas på onsdag borta mot Lillvik, och Hälleby kan då gå upp på andra plats i serien.\n"
)
FOOT = "\nHälleby Bandyklubb · Idrottsvägen 2\nCookies\n"


def test_a_calendar_of_coming_matches_below_the_article_is_not_read() -> None:
    dump = HEAD + (
        "\nKommande matcher\n21 januari Lillvik–Hälleby\n25 januari Hälleby–Norrbro\n2 februari Sävsta–Hälleby\n"
        "\nSenaste nytt\nUngdomslägret flyttas till februari\n" + FOOT
    )
    spoken = _spoken(_read(dump))
    assert "Nästa match spelas på onsdag" in spoken
    assert "Kommande matcher" not in spoken and "Hälleby–Norrbro" not in spoken


def test_a_league_table_below_the_article_is_not_read() -> None:
    dump = HEAD + (
        "\nTabell Allsvenskan Norra\nLag S V O F Mål P\n1. Norrbro 12 9 2 1 61–30 29\n2. Hälleby 12 8 1 3 55–41 25\n"
        "3. Östrå 12 6 2 4 48–44 20\n4. Lillvik 12 5 1 6 40–47 16\n" + FOOT
    )
    spoken = _spoken(_read(dump))
    assert "Nästa match spelas på onsdag" in spoken
    assert "61–30" not in spoken and "Tabell Allsvenskan Norra" not in spoken


def test_a_summary_in_another_language_below_the_article_is_not_read() -> None:
    dump = HEAD + (
        "\nIn English\nHälleby won the local derby against Östrå 4–3 on Sunday, with the winning goal scored forty "
        "seconds before the end of the match in front of a crowd of 1,800 at the club's home ground.\n\n"
        "Kansliet har öppet\nMåndag–torsdag 9–15\n" + FOOT
    )
    spoken = _spoken(_read(dump))
    assert "winning goal" not in spoken and "In English" not in spoken
    assert "Nästa match spelas på onsdag" in spoken


def test_a_fact_box_labelled_fakta_below_the_article_stays() -> None:
    dump = HEAD + "\nFakta: Hällevallen\nInvigd 1962\nPublikrekord 4 212 (1979)\nKonstfrusen sedan 1988\n" + FOOT
    spoken = _spoken(_read(dump))
    assert "Publikrekord 4 212 (1979)" in spoken and "Konstfrusen sedan 1988" in spoken


def test_a_results_list_with_the_article_going_on_below_it_stays() -> None:
    dump = HEAD.replace(
        "Nästa match spelas",
        "Målen\n1–3 Emil Sand\n2–3 Emil Sand\n3–3 Oskar Lind\n4–3 Albin Frisk\n\nNästa match spelas",
    ) + "\nSenaste nytt\nUngdomslägret flyttas till februari\n" + FOOT
    spoken = _spoken(_read(dump))
    assert "4–3 Albin Frisk" in spoken and "Nästa match spelas på onsdag" in spoken


def test_an_articles_own_questions_and_answers_stay() -> None:
    dump = HEAD + (
        "\nFrågor om biljetterna till derbyt\n\nKan jag få pengarna tillbaka?\n"
        "Ja, den som köpte biljett till den inställda matchen i december får pengarna tillbaka automatiskt inom två "
        "veckor, utan att behöva höra av sig till kansliet.\n\n"
        "Gäller säsongskortet på onsdag?\n"
        "Nej, matchen mot Lillvik spelas på bortaplan och arrangeras av Lillvik, som säljer sina egna biljetter via "
        "sin webbplats och i entrén.\n\n"
        "Vi ses på läktaren, och tack för att ni stöttar laget även i kylan.\n" + FOOT
    )
    spoken = _spoken(_read(dump))
    assert "Kan jag få pengarna tillbaka?" in spoken and "säljer sina egna biljetter" in spoken
    assert "Vi ses på läktaren" in spoken


def test_a_short_closing_line_under_a_contact_box_stays() -> None:
    dump = HEAD + "\nBiljetter till derbyt\nSittplats: 160 kronor\nStåplats: 100 kronor\n\nLäktaren öppnar klockan 18.\n" + FOOT
    assert "Läktaren öppnar klockan 18." in _spoken(_read(dump))


def test_without_the_classifier_nothing_below_the_end_is_dropped_by_it() -> None:
    dump = HEAD + "\nKommande matcher\n21 januari Lillvik–Hälleby\n25 januari Hälleby–Norrbro\n" + FOOT
    plain = _spoken(parse_text_dump(dump, "t.txt", "t"))
    assert "Nästa match spelas på onsdag" in plain


def test_a_breadcrumb_under_a_label_never_gives_the_headline() -> None:
    dump = (
        "Region Österkust\nVård\nJobb och utbildning\nKultur och fritid\nOm regionen\nDu befinner dig här:\nStart\n"
        "Kultur och fritid\nNyheter\nBiblioteksbussen får fler hållplatser i Norrdalen\n"
        "Från februari stannar biblioteksbussen i sex nya byar i Norrdalen, och turerna blir varannan vecka i stället "
        "för en gång i månaden.\nPublicerad: 3 februari 2026\n"
        "Bussen har lånat ut drygt 9 000 böcker under förra året, och efterfrågan har ökat mest bland barnfamiljer.\n"
        "– Många byar saknar i dag både bibliotek och affär, säger kulturchefen Maria Holm.\n"
    )
    assert _read(dump).title == "Biblioteksbussen får fler hållplatser i Norrdalen"


def test_the_headline_agrees_with_the_lead_rather_than_a_place_line_under_it() -> None:
    dump = (
        "Konsthallen Ådal\nUtställningar\nBesök\n\nKONSTHALL\nGlas och granit – hantverk från Ådalens stenbrott\n"
        "1 mars – 30 juni 2026\n\nLilla salen, våning 3\n\n\n"
        "Under hundra år bröts granit i Ådalens stenbrott, och vid glasbruken vid älven blåstes glas för hela landet. "
        "Utställningen visar hantverket från både stenbrotten och glasbruken.\n"
        "Över 150 föremål visas, från gatsten och gravstenar till pressglas och handblåsta vaser.\n"
        "– Vi vill visa att det var samma familjer som arbetade i båda, säger intendenten Per Nyström.\n"
    )
    assert _read(dump).title == "Glas och granit – hantverk från Ådalens stenbrott"


def test_among_even_candidates_the_one_sharing_the_leads_words_wins() -> None:
    """A hall's name under the headline, starting a paragraph and nearest the lead, against the headline: the
    headline shares most of its content words (stems) with the lead."""
    lead = (
        "Under hundra år bröts granit i Ådalens stenbrott, och glasbruken vid älven blåste glas åt hela landet. "
        "Utställningen visar hantverket från båda."
    )
    candidates = [
        Candidate(index=3, text="Granitens och glasets hantverk i Ådalen", blank_before=True),
        Candidate(index=5, text="Lilla salen, våning 3", blank_before=True),
    ]
    assert choose(candidates, Evidence(lead=lead)).text == "Granitens och glasets hantverk i Ådalen"


def test_a_sites_closed_question_list_below_the_article_is_not_read() -> None:
    """A site's FAQ accordion: questions shown closed (no answers between them), the first one opened, under its
    heading below the article; the article's own questions have their answers (the test above)."""
    dump = HEAD + (
        "\nOm klubben\nVad är Hälleby BK?\n"
        "Hälleby Bandyklubb är en ideell förening som bildades 1931 och har i dag omkring 400 medlemmar i alla åldrar, "
        "från bandyskolan till veteranlaget.\n"
        "Hur blir jag medlem?\nVad kostar ett säsongskort?\nVar parkerar jag vid Hällevallen?\nFinns det servering?\n"
        "\nSenaste nytt\nUngdomslägret flyttas till februari\n" + FOOT
    )
    spoken = _spoken(_read(dump))
    assert "Nästa match spelas på onsdag" in spoken
    assert "Hur blir jag medlem?" not in spoken and "ideell förening" not in spoken and "Om klubben" not in spoken


def test_a_weekly_schedule_below_the_article_is_not_read() -> None:
    """What comes at the club, with clock times and dates, in boxes of their own below the article."""
    dump = HEAD + (
        "\nPå gång i klubbstugan\nBingo varje torsdag 18.30\n\nStyrelsemöte måndagar 19.00\n"
        "Vinterfest i klubbstugan 7 februari\n" + FOOT
    )
    spoken = _spoken(_read(dump))
    assert "Nästa match spelas på onsdag" in spoken
    assert "Bingo varje torsdag 18.30" not in spoken and "På gång i klubbstugan" not in spoken


def test_an_articles_closing_box_with_one_date_stays() -> None:
    """The article's own box under its end (the match's day and price) is no calendar: one date, no schedule."""
    dump = HEAD + "\nOm returmatchen\nAvslag: söndag 8 februari kl. 13.15\nPlats: Hällevallen\nEntré: 100 kronor\n" + FOOT
    spoken = _spoken(_read(dump))
    assert "Plats: Hällevallen" in spoken and "Entré: 100 kronor" in spoken
