"""Round 8 of reading sites never seen: the side boxes under an article's end (opening hours, a lunch menu, a league
table, a calendar) told by what the box is, not by its words: a box that ends in a link to the whole of what it
shows ("Se alla …", "Visa hela …") is an excerpt of another page. Each case a small dump written after the fix
(fictional sites, new wording), with what must not be read aloud and what must - guard cases included: opening
hours that are the news, a results table in the body of a sports article, a short closing paragraph."""

from __future__ import annotations

import pytest
from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

HEAD = (
    "Ljusdals bibliotek\nLåna\nEvenemang\nOm oss\n\nLjusnedalens idrottsplats får ny konstgräsplan\n3 mars 2026\n\n"
    "Kommunen lägger nio miljoner kronor på en ny konstgräsplan vid idrottsplatsen i Ljusnedalen, som ska vara klar "
    "till sommaren.\n\n"
    "Den gamla grusplanen har varit avstängd i två säsonger efter att dräneringen slutade fungera under en regnig höst.\n\n"
)
LAST = (
    "Bygget börjar så fort tjälen har gått ur marken, och föreningarna har redan fått boka tider för hösten på den "
    "nya planen.\n"
)


EXCERPTS = {
    "swimming hall hours": (
        "\nÖppettider Ljusdals badhus\nVardagar: 06.30–20.00\nHelger: 09–16\nBastu: tis och tor till 21\n"
        "Visa alla tider\n",
        ["Öppettider Ljusdals badhus", "Vardagar", "Helger", "Bastu", "Visa alla tider"]),
    "preschool lunch menu": (
        "\nLunch på Granbackens förskola v. 10\nMån – Potatissoppa med bröd\nTis – Fiskpinnar och potatis\n"
        "Ons – Linsgryta\nSe hela matsedeln\n",
        ["Lunch på Granbackens", "Potatissoppa", "Fiskpinnar", "Linsgryta", "Se hela matsedeln"]),
    "bandy league table": (
        "\nAllsvenskan bandy norra\n1 Edsbyns IF 14 25\n2 Bollnäs GIF 14 21\n3 Broberg 14 20\n"
        "Visa hela serietabellen\n",
        ["Allsvenskan bandy norra", "Edsbyns IF 14 25", "Broberg 14 20", "serietabellen"]),
    "theatre's practical box with a way to find it": (
        "\nInför besöket\nBiljetter: 240 kr, studenter 120 kr\nFoajén öppnar en timme före\nHitta till Folkets hus\n",
        ["Inför besöket", "Biljetter", "Foajén öppnar", "Hitta till Folkets hus"]),
}


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_an_excerpt_box_under_the_article_is_not_read(name: str) -> None:
    box, gone = EXCERPTS[name]
    article = _read(HEAD + LAST + box + "\nLjusdals kommun\nKontakt\nCookies\n")
    spoken = _spoken(article)
    for phrase in gone:
        assert phrase not in spoken, (name, phrase)
    assert "tjälen har gått ur marken" in spoken
    assert article.title == "Ljusnedalens idrottsplats får ny konstgräsplan"


def test_an_excerpt_box_after_a_caption_and_before_a_teaser_box_is_not_read() -> None:
    dump = (
        HEAD + LAST + "\nPlanen sedd från läktaren.\n\nTider för uthyrning\nVardagar 17–22\nHelger 08–20\n"
        "Se alla lediga tider\n\nFler nyheter från kommunen\nNy förskola i Färila\nVägarbete på Riksväg 84\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Tider för uthyrning", "Vardagar 17–22", "lediga tider", "Färila", "Riksväg 84"):
        assert phrase not in spoken


def test_opening_hours_that_are_the_news_stay() -> None:
    """The article's own list of new hours, under its last paragraph with no link to more: the place of its fact box."""
    dump = (
        "Hudiksvalls kommun\nStart\nNyheter\n\nÅtervinningscentralen i Sörforsa får längre öppettider\n"
        "2 april 2026\n\nFrån och med maj håller återvinningscentralen i Sörforsa öppet även på kvällar och söndagar, "
        "efter önskemål från många besökare.\n\nÄndringen gäller på prov under ett år, och kommunen ska sedan "
        "utvärdera hur många som kommer på de nya tiderna.\n\nNya öppettider från 1 maj\nMåndag–torsdag 10–19\n"
        "Fredag 10–16\nSöndag 10–15\n\nHudiksvalls kommun\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Måndag–torsdag 10–19", "Fredag 10–16", "Söndag 10–15", "utvärdera"):
        assert phrase in spoken


def test_a_results_table_in_a_sports_articles_body_stays() -> None:
    """A table in the article's body (prose below it), even when a link to the whole table ends it."""
    dump = (
        "Gästriklands Skidförbund\nTävling\nResultat\n\nTvå segrar för Sandvikens SK i distriktsmästerskapen\n"
        "9 februari 2026\n\nSandvikens SK tog två av tre guld när distriktsmästerskapen i sprint avgjordes i "
        "Kungsberget på lördagen.\n\nHerrar, sprint:\n1 Viktor Ahl, Sandvikens SK 3.12\n2 Oskar Berg, Gefle IF 3.15\n"
        "3 Leo Dahl, Hofors SK 3.19\nSe alla resultat\n\nI damklassen vann Maja Ek från Sandviken med god marginal, "
        "trots att hon föll i den sista utförsbacken före upploppet.\n\nGästriklands Skidförbund\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Viktor Ahl", "Oskar Berg", "Leo Dahl", "Maja Ek"):
        assert phrase in spoken
    assert "Se alla resultat" not in spoken


def test_a_short_closing_paragraph_and_a_fact_box_stay() -> None:
    dump = (
        HEAD + LAST + "\nNästa möte hålls i april.\n\nFakta: Konstgräsplanen\nStorlek: 105 x 65 meter\n"
        "Kostnad: 9 miljoner kronor\n\nLjusdals kommun\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Nästa möte hålls i april.", "105 x 65 meter", "9 miljoner kronor"):
        assert phrase in spoken


@pytest.mark.parametrize("caption", [
    "Plantribunen i Ljusnedalen sett från norr.",
    "Ungdomslaget med sin pokal efter seriefinalen.",
    "Grusplanen under översvämningen i fjol.",
])
def test_a_caption_whose_only_verb_like_word_is_a_preposition_or_supine_is_not_read(caption: str) -> None:
    """Words that end like a verb but never are finite ones ('efter', 'under', 'sett', 'sin') make no sentence."""
    spoken = _spoken(_read(HEAD + "\n" + caption + "\n\n" + LAST))
    assert caption not in spoken
    assert "tjälen har gått ur marken" in spoken


@pytest.mark.parametrize("sentence", [
    "Publiken jublade efter matchen.",
    "Planen har sett bättre dagar.",
    "Arbetet pågår under hela sommaren.",
])
def test_a_short_sentence_with_a_finite_verb_stays(sentence: str) -> None:
    spoken = _spoken(_read(HEAD + LAST + "\n" + sentence + "\n\nLjusdals kommun\nCookies\n"))
    assert sentence in spoken


SERVICE = {
    "fault report after a credit and a link": (
        HEAD + LAST + "\nFoto: Ljusdalshem\nLäs mer\n\nMåste du anmäla ett fel i lägenheten?\n"
        "Gå in på Mina sidor eller ring kundtjänst på 0651-71 20 00 mellan 8 och 16.\n\nLjusdalshem\nCookies\n",
        ["anmäla ett fel", "Mina sidor", "0651-71 20 00"]),
    "contact box after a membership pitch": (
        HEAD + LAST + "\nInte medlem ännu?\nSom medlem får du råd och stöd i din anställning.\nBli medlem nu\n\n"
        "Undrar du något om planen?\nSkriv till idrott@ljusdal.se så svarar vi inom två dagar.\n\n"
        "Ljusdals kommun\nCookies\n",
        ["Undrar du något", "idrott@ljusdal.se"]),
    "submission box after the buttons": (
        HEAD + LAST + "\nSpara\nSkriv ut\n\nSå lämnar du in ett bröllopsfoto\nBilden publiceras gratis i lördagens "
        "tidning. Skicka den till familj@ljusdalsposten.se med namn och ort.\n\nLjusdals-Posten\nCookies\n",
        ["bröllopsfoto", "publiceras gratis", "familj@ljusdalsposten.se"]),
    "tip box under the page's closing date line": (
        HEAD + LAST + "\nPublicerad 3 mars 2026 kl. 10.12\nUppdaterad 3 mars 2026 kl. 11.40\n\nHar du sett bygget?\n"
        "Då kan du höra av dig till kommunens växel på 0651-180 00 eller via formuläret på webbplatsen, dygnet runt.\n"
        "\nLjusdals kommun\nCookies\n",
        ["Har du sett bygget", "0651-180 00", "formuläret"]),
}


@pytest.mark.parametrize("name", sorted(SERVICE))
def test_a_service_box_once_the_pages_furniture_has_begun_is_not_read(name: str) -> None:
    dump, gone = SERVICE[name]
    spoken = _spoken(_read(dump))
    for phrase in gone:
        assert phrase not in spoken, (name, phrase)
    assert "tjälen har gått ur marken" in spoken


def test_the_articles_own_call_right_under_it_stays() -> None:
    """A police report's call for witnesses right under its last paragraph, nothing between: the article's own call."""
    dump = HEAD + LAST + (
        "\nHar du sett något?\nRing polisen på 114 14 och uppge diarienummer 3000-K12345-26, eller tipsa via "
        "polisens webbplats.\n\nPublicerad 3 mars 2026\nDela\n"
    )
    spoken = _spoken(_read(dump))
    assert "Har du sett något?" in spoken
    assert "114 14" in spoken


def test_advice_box_after_an_ad_label_stays() -> None:
    """An ad label stands inside articles too, and advice without a contact channel is no service box."""
    dump = HEAD + LAST + (
        "\nAnnons\n\nSå gör du om isen brister\nRopa på hjälp\nVänd dig mot hållet du kom ifrån\n"
        "Ring 112 när du är uppe\n\nDela\nKopiera länk\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Så gör du om isen brister", "Ropa på hjälp", "Ring 112 när du är uppe"):
        assert phrase in spoken


def test_a_trusted_closing_paragraph_opening_with_the_organisations_name_stays() -> None:
    """The organisation's blurb is doubted by the classifier; the article's own closing news about it is not."""
    dump = (
        "Kommunal Gävleborg\nNyheter\nAvtal\n\nNytt avtal ger undersköterskor i Ljusdal högre helgtillägg\n"
        "4 mars 2026\n\nUndersköterskorna i Ljusdals kommun får ett högre tillägg för helgarbete från den 1 juni, "
        "efter en lokal överenskommelse.\n\n"
        "– Det här har medlemmarna kämpat för länge, och nu syns det äntligen i lönekuvertet, säger "
        "ombudsmannen Lisa Berg.\n\n"
        "Tillägget höjs med 30 procent och gäller alla som arbetar minst var tredje helg under året.\n\n"
        "Kommunal Gävleborg håller ett öppet möte om avtalet i Folkets hus den 20 mars klockan 18. Alla medlemmar "
        "är välkomna, och kaffe bjuds det på.\n\nInte medlem ännu?\nBli medlem nu\n\nKommunal Gävleborg\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    assert "öppet möte om avtalet" in spoken


def test_a_teaser_list_under_a_dropped_service_box_is_not_read() -> None:
    """A service box that went marks the article's end as a share row does: a doubted list under it goes too."""
    dump = HEAD + LAST + (
        "\nSpara\nSkriv ut\n\nSå tipsar du om en idrottshändelse\nSkicka text och bild till sport@ljusdalsposten.se "
        "senast söndag kväll, så kommer den med i tisdagens tidning.\n\nFrån sportredaktionen\nSeriepremiär i Färila\n"
        "Klart för vårens cuper\nUngdomsläger i Järvsö\n\nLjusdals-Posten\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Så tipsar du", "sport@", "Seriepremiär i Färila", "vårens cuper", "Ungdomsläger"):
        assert phrase not in spoken, phrase


def test_a_locked_article_notice_over_the_subscribers_text_is_not_read() -> None:
    """'Detta är en låst artikel' over the text that goes on; the text's words ('kontoret', 'Kontorshotellet')
    are no offer."""
    dump = (
        "Näringsliv Hälsingland\nNyheter\nFöretag\n\nKontorshotellet i Bollnäs byter ägare\n5 mars 2026\n\n"
        "Kontorshotellet vid stationen i Bollnäs säljs till ett lokalt fastighetsbolag, som tar över alla "
        "hyresavtal från första april.\n\nDetta är en låst artikel\n\n"
        "Köparen vill bygga om bottenvåningen till ett kafé och ett gym för dem som hyr kontor i huset.\n\n"
        "Det nya bolaget har redan flyttat in på kontoret i huset och räknar med att fylla de tomma rummen före "
        "sommaren.\n\nNäringsliv Hälsingland\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    assert "låst artikel" not in spoken
    assert "ett kafé och ett gym" in spoken
    assert "fylla de tomma rummen" in spoken


def test_a_postal_address_is_no_publication_date() -> None:
    """'Postadress:' starts like 'Postad' (posted) but is an address: it neither dates the page nor ends the article."""
    dump = HEAD + LAST + (
        "\nKontakt för bygget\nPostadress: Box 88, 827 80 Ljusdal\nTelefon: 0651-180 00\n\n"
        "Invigningen hålls i juni.\n\nLjusdals kommun\nCookies\n"
    )
    article = _read(dump)
    assert article.published is not None and article.published.month == 3
    assert "Invigningen hålls i juni." in _spoken(article)


def test_a_box_of_the_articles_topic_tags_is_not_read() -> None:
    """Below the article, a heading over names the article has already said ('Berörda orter' after the text named
    them): nothing new for the listener."""
    dump = (
        "Länstrafiken Gävleborg\nReseplanerare\nBiljetter\n\nBusslinje 45 går inte genom Färila i helgen\n"
        "4 mars 2026\n\nPå grund av brobygget i Färila leds bussarna om via Kårböle från lördag morgon till söndag kväll.\n\n"
        "Resenärer från Järvsö och Ljusdal byter till en ersättningsbuss vid Kläppa, där en skylt visar vägen till "
        "hållplatsen.\n\nBerörda orter\nFärila\nJärvsö\nLjusdal\nKårböle\n\nLänstrafiken Gävleborg\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    assert "Berörda orter" not in spoken
    assert "\nJärvsö\n" not in spoken + "\n"
    assert "ersättningsbuss vid Kläppa" in spoken


def test_a_list_of_names_the_article_has_not_said_stays() -> None:
    """Names the article introduces in its closing list (the nominees) are news, whatever their shape."""
    dump = HEAD + LAST + "\nNominerade till årets ledare\nAnna Berglund\nKarim Haddad\nSofie Lindqvist\n\nLjusdals kommun\nCookies\n"
    spoken = _spoken(_read(dump))
    for name in ("Anna Berglund", "Karim Haddad", "Sofie Lindqvist"):
        assert name in spoken


@pytest.mark.parametrize("line", ["Betyg 4,2 (87 röster)", "3,8 av 5 · 1 204 omdömen", "Läsarbetyg: 4 (56 röster)"])
def test_a_readers_rating_widget_is_not_read(line: str) -> None:
    spoken = _spoken(_read(HEAD + "\nTid: 40 min\n" + line + "\n\n" + LAST))
    assert line not in spoken
    assert "tjälen har gått ur marken" in spoken


def test_a_critics_grade_stays() -> None:
    dump = HEAD + "\nBetyg: 4 av 5\n\n" + LAST + "\nLjusdals kommun\nCookies\n"
    assert "Betyg: 4 av 5" in _spoken(_read(dump))


def test_a_fact_box_under_a_picture_below_the_article_stays() -> None:
    """A picture (its caption over its credit) between the article's last paragraph and its fact box is one piece of
    furniture, as an ad label is: the fact box stays."""
    dump = HEAD + LAST + (
        "\nGrusplanen en regnig kväll i oktober.\nFoto: Per Ek/Ljusdals kommun\n\nFakta: Konstgräsplanen\n"
        "Storlek: 105 x 65 meter\nUnderlag: konstgräs med kork\nKlar: juni 2026\n\nLjusdals kommun\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("105 x 65 meter", "konstgräs med kork", "juni 2026"):
        assert phrase in spoken, phrase
    assert "Foto" not in spoken


def test_published_in_a_journal_is_no_date_line() -> None:
    """'Publicerad i:' names where (a journal, a blog's category), not when: the page's date stays the date line's
    (a guard: the line is the taxonomy rule's, no longer the publication rule's)."""
    dump = HEAD.replace("3 mars 2026", "Publicerad 3 mars 2026") + LAST + (
        "\nOm studien\nPublicerad i: Nordisk idrottsforskning\n\nLjusdals kommun\nCookies\n"
    )
    article = _read(dump)
    assert article.published is not None and article.published.day == 3
    assert "tjälen har gått ur marken" in _spoken(article)
