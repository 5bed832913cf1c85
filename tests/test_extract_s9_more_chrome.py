"""Session 9 (E4), classes 'a footer phrase inside the text' and 'a player's chrome between paragraphs' (issue #9).

- The rule table's footer row took every line naming the publisher ("ansvarig utgivare") for the page's footer: a
  paragraph of an editor's column or of a news item about the paper ("Den bedömningen gör jag som ansvarig utgivare,
  …") was dropped, or ended the article there. A footer line names the publisher with a colon, in a short line or
  among the footer's dots and bars; a sentence of the text does not.
- The site's note that the article is free to read ("Detta är en gratisartikel från X. Prova en månad för 0 kr."):
  a row of the table (free-article), a drop, never a stop.
- An audio or video player's chrome between paragraphs was read: the listen button with its length in brackets
  ("Lyssna på texten (5 min)"), the player's note of where the clip can be seen ("Videon kan ses på Yle Arenan") and
  the clip's caption with its "Video:" credit.

Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_HEAD = "Sjöbygdens Nyheter\nNyheter\nSport\nKontakt\n\n{title}\nPublicerad 12 april 2025\n\n"
_FOOT = "\n\nSjöbygdens Nyheter\nAnsvarig utgivare: Mira Holm\nIntegritetspolicy\n"


def test_a_paragraph_naming_the_publisher_is_text_and_the_footer_still_goes() -> None:
    body = (
        "Tidningen har bytt tryckeri och kommer från maj att delas ut en timme tidigare på morgonen.\n\n"
        "Bytet har beslutats av styrelsen och av tidningens ansvarig utgivare, som har förhandlat med tryckeriet i "
        "Sundsvall sedan i höstas.\n\n"
        "– Vi vet att många läser tidningen vid frukosten, säger Mira Holm.\n\n"
        "Prenumeranter i glesbygden får sin tidning med posten som tidigare."
    )
    spoken = spoken_text(_read(_HEAD.format(title="Tidningen kommer tidigare på morgonen") + body + _FOOT))
    assert "tidningens ansvarig utgivare, som har förhandlat" in spoken
    assert "Prenumeranter i glesbygden" in spoken  # the article did not end at the publisher's sentence
    assert "Ansvarig utgivare: Mira Holm" not in spoken
    assert "Integritetspolicy" not in spoken


def test_a_footer_line_among_dots_still_ends_the_page() -> None:
    body = (
        "Hamnens nya kran är på plats och ska tas i bruk efter påsk, meddelar hamnbolaget.\n\n"
        "Kranen kan lyfta 120 ton och ersätter två äldre kranar från sjuttiotalet."
    )
    foot = "\n\nSjöbygdens Nyheter · Box 12, 871 22 Härnösand · Ansvarig utgivare Mira Holm\nSenaste nytt\nKajen renoveras"
    spoken = spoken_text(_read(_HEAD.format(title="Ny kran i hamnen") + body + foot))
    assert "Kranen kan lyfta 120 ton" in spoken
    assert "Mira Holm" not in spoken and "Kajen renoveras" not in spoken


def test_a_players_chrome_between_paragraphs_is_not_read() -> None:
    body = (
        "Lyssna på artikeln (3 min)\n\n"
        "Ett nytt gång- och cykelstråk ska byggas längs ån genom centrum, har byggnadsnämnden beslutat.\n\n"
        "Videoklippet kan ses på kanalens webbplats\nSpela\n1:47\nSå kan stråket se ut. Video: Sara Lind / Sjöbygdens Nyheter\n\n"
        "– Det blir en helt ny entré till stan för den som cyklar, säger nämndens ordförande Lars Berg.\n\n"
        "Bygget beräknas kosta 14 miljoner kronor och vara klart hösten 2026."
    )
    spoken = spoken_text(_read(_HEAD.format(title="Nytt cykelstråk längs ån") + body + _FOOT))
    for chrome in ("Lyssna", "kan ses på", "Video:", "1:47"):
        assert chrome not in spoken
    assert "säger nämndens ordförande Lars Berg" in spoken
    assert "14 miljoner kronor" in spoken


def test_the_sites_note_that_the_article_is_free_is_not_read() -> None:
    # Class 'the site's note that this article is free, with its offer' (rule free-article), written after its fix.
    body = (
        "Det här är en öppen text från Sjöbygdens Nyheter.\n\n"
        "Varvet i Sundet har fått en order på tre nya arbetsbåtar till kommunerna längs kusten.\n\n"
        "– Ordern ger arbete åt tolv personer i två år, säger varvschefen Kim Ek.\n\n"
        "Detta är en gratisartikel. Vill du läsa mer från Sjöbygdens Nyheter? Prova tre månader för 29 kr."
    )
    spoken = spoken_text(_read(_HEAD.format(title="Varvet får order på tre båtar") + body + _FOOT))
    assert "öppen text" not in spoken and "gratisartikel" not in spoken
    assert "säger varvschefen Kim Ek" in spoken
    assert "tre nya arbetsbåtar" in spoken


def test_the_page_tools_between_the_lead_and_the_text_are_not_read() -> None:
    # Class 'a player's chrome and page tools between paragraphs', more wordings (rows listen and page-tools), written
    # after their fix.
    tools = ("🔊 Läs upp texten", "Lyssna: 6 min", "Texten läses upp av en AI-röst och kan innehålla fel.", "Spara artikel",
             "Följ ämnet: Sjöfart")
    for tool in tools:
        page = (_HEAD.format(title="Ny färjelinje till Ulvön") + "Från juni går en ny färjelinje mellan Köpmanholmen och "
                "Ulvön fyra gånger om dagen.\n" + tool + "\n\nLinjen körs av ett rederi i Örnsköldsvik på uppdrag av "
                "regionen och är gratis för resenärerna.\n\n– Vi hoppas på många besökare, säger hamnvärden Ulla Berg."
                + _FOOT)
        spoken = spoken_text(_read(page))
        assert tool not in spoken
        assert "säger hamnvärden Ulla Berg" in spoken and "fyra gånger om dagen" in spoken


def test_a_sentence_saying_whom_the_text_is_for_does_not_end_it() -> None:
    # Class 'a paywall's notice read in a sentence of the text' (row paywall narrowed, row series-note), written after
    # the fix: the paywall's notice names subscribers, members or a package; a text written "för alla som …" goes on.
    body = (
        "Det här är en krönika för alla som har vuxit upp på ön och sedan flyttat härifrån.\n\n"
        "Ni som bor i stan i dag minns kanske färjan som gick varje timme på somrarna.\n\n"
        "– Den var vårt fönster mot världen, säger min granne Rut, 88 år."
    )
    spoken = spoken_text(_read(_HEAD.format(title="Till er som flyttade från ön") + body + _FOOT))
    assert "Det här är en krönika för alla som har vuxit upp på ön" in spoken
    assert "säger min granne Rut, 88 år" in spoken
    page = (_HEAD.format(title="Fiskaren som blev konstnär") + "Denna text ingår i vår serie Folk på ön, där vi möter "
            "öborna.\n\nGöran Ek slutade fiska för tjugo år sedan och började måla i stället.\n\n"
            "– Havet finns i varenda tavla, säger han." + _FOOT)
    spoken = spoken_text(_read(page))
    assert "vår serie Folk på ön" not in spoken
    assert "säger han" in spoken
    page = (_HEAD.format(title="Fiskaren som blev konstnär") + "Göran Ek slutade fiska för tjugo år sedan.\n\n"
            "Det här är en artikel för prenumeranter. Logga in för att läsa vidare.\n\nSenaste nytt\nFärjan inställd"
            + _FOOT)
    spoken = spoken_text(_read(page))
    assert "prenumeranter" not in spoken and "Färjan inställd" not in spoken


def test_a_subheading_opening_with_tillbaka_till_does_not_end_the_text() -> None:
    # Class 'a stop row's phrase as the text's own subheading' (row back-to narrowed to links), written after the fix.
    body = (
        "Efter tjugo år som lärare i Umeå har Nils Berg flyttat hem till ön och öppnat bageri i det gamla magasinet.\n\n"
        "Tillbaka till barndomens bryggor\n\n"
        "Bageriet ligger vid samma brygga där han fiskade som barn, och kunderna är ofta gamla klasskamrater.\n\n"
        "– Det känns som om jag aldrig har varit borta, säger Nils Berg.\n\n"
        "« Tillbaka till nyheterna\n\nSenaste nytt\nFärjan inställd i helgen"
    )
    spoken = spoken_text(_read(_HEAD.format(title="Läraren som blev bagare på ön") + body + _FOOT))
    assert "säger Nils Berg" in spoken and "kunderna är ofta gamla klasskamrater" in spoken
    assert "Tillbaka till nyheterna" not in spoken and "Färjan inställd" not in spoken
