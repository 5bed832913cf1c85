"""Round 7 of reading sites never seen: page furniture told by the records it is made of (an embedded post
between its chrome lines, a comment thread ended by reply buttons, a pitch box holding a membership or
subscription button, a heading left alone over dropped furniture), and the article's end told by the page's
update line when only doubted text follows. Each case a small dump written after the fix (fictional sites,
new wording), with what must not be read aloud and what must."""

from __future__ import annotations

import pytest
from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.records import is_name_shaped

HEAD = (
    "Sjöbo Nyheter\nNyheter\nSport\n\nNy simhall i Sjöbo öppnar i augusti\n12 juni 2026\n\n"
    "Efter tre års bygge öppnar den nya simhallen i Sjöbo i augusti, meddelar kommunen på torsdagen.\n\n"
    "Simhallen har en bassäng på 25 meter, en undervisningsbassäng och ett äventyrsbad för de minsta barnen.\n"
    "Bygget blev tolv miljoner kronor dyrare än beräknat, främst på grund av högre priser på stål och betong.\n"
)
LAST = "– Vi har längtat efter det här i många år, säger badmästaren Olle Sten som har jobbat i den gamla hallen.\n"


CASES = {
    "x post embedded in the article": (
        HEAD + "Kommunalrådet skrev om öppningen på X under kvällen.\n"
        "Greta Lind\n@gretalind_c\nÄntligen! Sjöbos barn ska kunna lära sig simma hemma igen. Tack alla som kämpat.\n"
        "9:15 fm · 12 juni 2026\n88\nSvara\n\n" + LAST,
        ["Greta Lind", "Äntligen!", "Svara", "@gretalind"]),
    "instagram caption between its chrome": (
        HEAD + "\nVisa det här inlägget på Instagram\nVerifierad\nPremiärdopp i morgon bitti – vem kommer? #sjöbo\n"
        "Visa fler på Instagram\n\n" + LAST,
        ["Premiärdopp", "Verifierad"]),
    "comment thread with reply buttons": (
        HEAD + LAST + "\n2 kommentarer\nBritt-Marie K\n13 juni 2026 kl. 08:02\nÄntligen, men varför så dyrt?\nSvara\n"
        "Jonas P.\n13 juni 2026 kl. 09:40\nSkönt för barnen, de har åkt buss till Ystad i åratal.\nSvara\n",
        ["Britt-Marie", "varför så dyrt", "Jonas P.", "åkt buss till Ystad", "Svara"]),
    "paywall offer box": (
        HEAD + "\nDu läser nu en gratisdel av en Premiumartikel\nLäs vidare för 9 kr den första månaden\n"
        "Alla artiklar, e-tidningen och appen. Säg upp när du vill.\nKöp nu\nRedan prenumerant? Logga in\n",
        ["gratisdel", "9 kr", "Säg upp", "Köp nu"]),
    "membership pitch": (
        HEAD + LAST + "\nVill du också vara med?\nSom medlem i föreningen får du rabatt i kiosken och gratis simskola.\n"
        "Bli medlem i dag\n",
        ["Vill du också vara med", "rabatt i kiosken", "Bli medlem"]),
    "heading over a dropped contact box": (
        HEAD + LAST + "\nKontakt\nbad@sjobo.se\nDela\n",
        ["Kontakt", "bad@sjobo.se"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_furniture_records_are_not_read(name: str) -> None:
    dump, gone = CASES[name]
    article = _read(dump)
    spoken = _spoken(article)
    assert article.title == "Ny simhall i Sjöbo öppnar i augusti"
    for phrase in gone:
        assert phrase not in spoken, (name, phrase)
    # The article itself is all there.
    assert "Bygget blev tolv miljoner kronor dyrare" in spoken
    assert "Simhallen har en bassäng på 25 meter" in spoken
    if LAST in dump:
        assert "Vi har längtat efter det här" in spoken


def test_article_text_between_embeds_and_after_a_reply_word_stays() -> None:
    """A paragraph of the article between two embeds (blank lines around it) and a sentence that says 'svara'."""
    dump = (
        HEAD + "\n@sjobokommun\n8:00 fm · 12 juni 2026\n\n"
        "Kommunen fick många frågor under dagen och lovade att svara alla som hört av sig före midsommar.\n\n"
        "@sjobobadet\n9:00 fm · 12 juni 2026\n\n" + LAST
    )
    spoken = _spoken(_read(dump))
    assert "lovade att svara alla" in spoken
    assert "Vi har längtat efter det här" in spoken


def test_a_subheading_over_its_paragraph_stays() -> None:
    """A heading whose box holds article text (or stands alone over the next paragraph) is no orphan."""
    dump = HEAD + "\nDyrare än beräknat\n\nKommunen fick betala tolv miljoner kronor mer än beräknat för stål och betong.\n\n" + LAST
    spoken = _spoken(_read(dump))
    assert "Dyrare än beräknat" in spoken
    assert "tolv miljoner kronor mer" in spoken


def test_an_article_paragraph_in_a_box_with_a_login_word_is_no_pitch() -> None:
    """A long paragraph of the article stays even when a line the subscription rule takes shares its box."""
    dump = HEAD + (
        "\nInvånarna kan boka simskola för barnen redan nu via kommunens webbplats, där man också kan köpa årskort, "
        "se vilka tider som är lediga under sommarlovet och anmäla sig till vattengympa för seniorer på förmiddagarna.\n"
        "Logga in\n\n" + LAST
    )
    assert "boka simskola för barnen" in _spoken(_read(dump))


@pytest.mark.parametrize(("line", "shaped"), [
    ("Britt-Marie K", True), ("Jonas P.", True), ("Greta Lind", True),
    ("Äntligen, men varför?", False), ("nyheter från sjöbo", False),
])
def test_name_shape(line: str, shaped: bool) -> None:
    assert is_name_shaped(line) is shaped


def test_side_widgets_under_the_page_update_line_are_not_read() -> None:
    """Under the page's closing update line, sentences of a side widget (a status box, a help box) end the article."""
    dump = HEAD + LAST + (
        "\nSidan senast uppdaterad 12 juni 2026, 15:10\n\nBadets status i dag\nStora bassängen – Stängd för städning "
        "till 14:00.\nSe alla tider\n\nHittar du inte det du söker?\nRing vår kundtjänst eller skriv till oss så "
        "hjälper vi dig att hitta rätt bland våra anläggningar och tider.\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Badets status", "Stängd för städning", "Se alla tider", "Hittar du inte", "kundtjänst"):
        assert phrase not in spoken, phrase
    assert "Vi har längtat efter det här" in spoken


def test_the_article_goes_on_under_an_update_line_with_trusted_text() -> None:
    dump = HEAD + "\nUppdaterad 12 juni 2026, 15:10\n\n" + LAST + (
        "\nBadmästaren berättar att personalen har övat i flera veckor inför öppningen och att allt nu är redo för de "
        "första gästerna på lördag.\n"
    )
    assert "personalen har övat i flera veckor" in _spoken(_read(dump))


def test_the_sites_blurb_below_a_share_row_is_not_read() -> None:
    """A share row (a box the rules took whole) marks the article's end: a doubted box below it is furniture."""
    dump = HEAD + LAST + (
        "\nDela\nFacebook\nKopiera länk\n\nSjöbo Nyheter ges ut av Sjöbo Media i samarbete med ortens föreningar.\n"
        "Skicka ett tips: tips@sjobonyheter.se\nOm Sjöbo Nyheter\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("ges ut av Sjöbo Media", "tips@sjobonyheter.se", "Om Sjöbo Nyheter"):
        assert phrase not in spoken, phrase


def test_a_tip_box_under_its_heading_is_not_read() -> None:
    """A newsroom's tip box: its heading, and the appeal under it (a sentence with a number and an address)."""
    dump = HEAD + LAST + (
        "\nHar du ett nyhetstips?\nVet du något om bygget som vi borde berätta? Ring 0416-123 45 eller skriv till "
        "nyheter@sjobonyheter.se.\n\nSjöbo Nyheter\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("nyhetstips", "Vet du något om bygget", "0416-123 45"):
        assert phrase not in spoken, phrase


CAPTIONED = (
    "Sjöbo Nyheter\n\nNy simhall i Sjöbo öppnar i augusti\n12 juni 2026\n\n"
    "Efter tre års bygge öppnar den nya simhallen i Sjöbo i augusti, meddelar kommunen på torsdagen.\n"
    "{under}\n\n"
    "Badmästaren Olle Sten och simläraren Nora Falk visade journalister runt i hallen på torsdagen.\n"
    "Simhallen har en bassäng på 25 meter och ett äventyrsbad, och Nora Falk ska leda simskolan i sommar.\n"
    "{middle}\n"
    "– Vi har längtat efter det här i många år, säger Olle Sten som har jobbat i den gamla hallen i trettio år.\n"
)


def test_a_caption_naming_what_the_article_names_is_not_read() -> None:
    """The top picture's caption right under the lead, and one standing alone, say again who the article names."""
    dump = CAPTIONED.format(under="Olle Sten och Nora Falk på kanten av den nya bassängen.", middle="\nNora Falk provar vattnet.\n")
    spoken = _spoken(_read(dump))
    assert "på kanten av den nya bassängen" not in spoken
    assert "provar vattnet" not in spoken
    assert "visade journalister runt" in spoken and "Vi har längtat" in spoken


def test_short_sentences_of_the_article_stay() -> None:
    """Under the lead a short sentence naming someone new, and among other lines one naming the article's people."""
    dump = CAPTIONED.format(under="Invigningen leds av landshövding Eva Rask.", middle="Olle Sten och Nora Falk gick sedan ut.")
    spoken = _spoken(_read(dump))
    assert "landshövding Eva Rask" in spoken
    assert "Olle Sten och Nora Falk gick sedan ut." in spoken
