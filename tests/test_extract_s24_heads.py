"""Session 24, from extract84 and extract86 (blind in session 23, opened for this one): two signals of the head.

- Every lead annotated in the golden and opened sets ends a sentence (1,037 of 1,037). A line with no stop at its end
  where the lead would be, with the article's head (a headline-like line by a date line or byline) further down, is
  a result ticker's row or a banner's words over the head: neither the lead nor a reason to look for the headline
  above it (``headcands._no_sentence_over_head``).
- A live report's writers listed by a comma ("Hanna Ek, Per Lund") over its date line are its byline also when the
  report's status label ("Uppdateras löpande", "LIVE") stands between them and the headline
  (``headbylines._above_labels``).
- From extract89 (its odd pages opened): a section's teaser label "Fler i Familj" ends the article as "Mer från
  Familj" does (``section-more``); a call to get the site's app opening its sentence is not read (``app-pitch``).
- From extract84: the line right under a gallery's bare counter ("1/4") is the picture's caption
  (``picturelines.counter_caption_tags``).

Every page here was written after the fixes, with other sites, names and results than the pages they came from.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TICKER = (
    "Hallandssporten\n"
    "Vi bevakar idrotten i hela Halland\n"
    "LIVE NU\n"
    "Varbergs BoIS–Halmstads BK 2–0 (slut)\n"
    "IS Halmia–Tvååkers IF 1–3 (paus)\n"
    "Fler resultat\n"
    "Fotboll\n"
    "Handboll\n"
    "Bandy\n"
    "Ridsport\n"
    "Tabeller\n"
    "Tipsa oss\n"
    "FOTO: JOHAN ALM\n"
    "Amir Karimi firar sitt första mål för klubben.\n"
    "HANDBOLL\n"
    "Handbollsligan herrar\n"
    "Drott vände i sista perioden och tog två viktiga poäng i Kungsbacka\n"
    "Halmstadlaget låg under med fyra mål efter fyrtio minuter men vann till slut med 29–27 efter en stark avslutning.\n"
    "Av Lisa Holmqvist\n"
    "Publicerad: 2027-02-14 21:05\n"
    "Dela på Facebook\n"
    "Kopiera länk\n"
    "Det var målvakten Oscar Berg som vände matchen med elva räddningar under de sista tjugo minuterna.\n"
    "– Vi slutade aldrig tro på det. Det här var säsongens viktigaste seger, säger tränaren Maria Lööf.\n"
    "Nästa match spelas hemma mot Alingsås på torsdag.\n"
)


def test_a_result_ticker_over_the_head_is_neither_lead_nor_headline() -> None:
    article = read_dump(_TICKER)
    assert article.title == "Drott vände i sista perioden och tog två viktiga poäng i Kungsbacka"
    assert article.lead == ("Halmstadlaget låg under med fyra mål efter fyrtio minuter men vann till slut med 29–27 "
                            "efter en stark avslutning.")
    spoken = spoken_lines(article)
    assert "Vi bevakar idrotten i hela Halland" not in spoken
    assert not any("(slut)" in line for line in spoken)
    assert "Nästa match spelas hemma mot Alingsås på torsdag." in spoken


def test_a_lead_ending_its_sentence_stays_the_lead_over_a_ticker_row() -> None:
    """The guard: a lead that ends a sentence is the lead, a ticker's row under it no reason to look further down."""
    dump = (
        "Hallandssporten\n"
        "Drott vann derbyt i Kungsbacka\n"
        "Publicerad: 2027-02-14 21:05\n"
        "Halmstadlaget vann till slut med 29–27 efter en stark avslutning i andra halvlek!\n"
        "Varbergs BoIS–Halmstads BK 2–0 (slut)\n"
        "Så vände Drott matchen i Kungsbacka\n"
        "Av Lisa Holmqvist\n"
        "Publicerad: 2027-02-14 21:30\n"
        "Målvakten Oscar Berg gjorde elva räddningar under de sista tjugo minuterna.\n"
    )
    article = read_dump(dump)
    assert article.title == "Drott vann derbyt i Kungsbacka"
    assert article.lead == "Halmstadlaget vann till slut med 29–27 efter en stark avslutning i andra halvlek!"


_LIVE = (
    "P4 Västkusten 102,9\n"
    "Lyssna direkt\n"
    "Nyheter\n"
    "Trafik\n"
    "Sport\n"
    "Poddar\n"
    "Ladda ner vår app\n"
    "Nyheter\n"
    "{label}\n"
    "Översvämningar i Göteborg efter skyfallet – följ läget här\n"
    "{status}\n"
    "Sara Nilsson, Jonas Berglund\n"
    "3 augusti 2027 kl 06:10\n"
    "Senast uppdaterad 3 augusti 2027 kl 14:25\n"
    "Över 60 millimeter regn föll under natten och flera vägar i centrala Göteborg står under vatten.\n"
    "14:25\n"
    "Räddningstjänsten har fått in drygt 140 larm om vattenfyllda källare sedan midnatt.\n"
    "12:50\n"
    "Götatunneln är stängd i båda riktningarna, meddelar Trafikverket.\n"
    "Dela\n"
    "Kopiera länk\n"
)


def test_a_live_reports_writers_under_its_status_label_are_its_byline() -> None:
    article = read_dump(_LIVE.format(label="LIVE", status="Uppdateras löpande"))
    assert article.title == "Översvämningar i Göteborg efter skyfallet – följ läget här"
    spoken = spoken_lines(article)
    assert "Sara Nilsson, Jonas Berglund" not in spoken
    assert "Götatunneln är stängd i båda riktningarna, meddelar Trafikverket." in spoken


def test_a_live_reports_writers_right_under_its_headline_are_its_byline_too() -> None:
    """The rule as it stood before: no label between."""
    article = read_dump(_LIVE.format(label="LIVE", status="").replace("\n\n", "\n"))
    assert article.title == "Översvämningar i Göteborg efter skyfallet – följ läget här"
    assert "Sara Nilsson, Jonas Berglund" not in spoken_lines(article)


# From extract89's opened half: two rows of the rule table, each the known phenomenon's new shape.

_FAMILY = (
    "Västerbottens-Bladet\n"
    "Familj\n"
    "Hon fyller 100 och bakar fortfarande sina egna bullar\n"
    "Publicerad 12 april 2027\n"
    "Elsa Grahn i Sorsele firar sin hundraårsdag på söndag, med kaffe och hembakat för hela byn.\n"
    "Hon har bott i samma hus vid älven sedan 1951 och sköter fortfarande trädgården själv.\n"
    "– Man ska inte sitta still, då rostar man, säger Elsa Grahn.\n"
    "{label}\n"
    "Grattis! Gösta Berg, Storuman, 90 år\n"
    "Minnesord: Karin Lund\n"
    "Diamantbröllop i Gargnäs\n"
    "Ladda ner vår app och få familjenotiserna direkt i mobilen.\n"
)


def test_a_sections_teaser_list_named_by_the_section_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_FAMILY.format(label="Fler i Familj")))
    assert "– Man ska inte sitta still, då rostar man, säger Elsa Grahn." in spoken
    assert "Fler i Familj" not in spoken
    assert "Minnesord: Karin Lund" not in spoken
    assert not any("app" in line for line in spoken)


def test_an_article_urging_its_readers_to_get_an_app_is_read() -> None:
    """The guard: the app is named inside the article's sentence, not called for at its opening."""
    dump = (
        "Norra Skåne\n"
        "Nyheter\n"
        "Kommunen vill att alla ska ha krisappen i telefonen\n"
        "Publicerad 3 maj 2027\n"
        "Hässleholms kommun uppmanar alla invånare att ladda ner appen Krisinformation inför sommaren.\n"
        "Appen varnar vid bränder, översvämningar och störningar i vattnet.\n"
        "– Ladda ner appen redan i dag, det tar en minut, säger beredskapssamordnaren Pia Nord.\n"
    )
    spoken = spoken_lines(read_dump(dump))
    assert "Hässleholms kommun uppmanar alla invånare att ladda ner appen Krisinformation inför sommaren." in spoken
    assert "– Ladda ner appen redan i dag, det tar en minut, säger beredskapssamordnaren Pia Nord." in spoken


_GALLERY = (
    "Kustbladet\n"
    "Nyheter\n"
    "Båthus brann ner i Grisslehamn\n"
    "Publicerad 9 juli 2027\n"
    "Ett båthus vid hamnen i Grisslehamn brann ner under natten till fredagen. Ingen person skadades.\n"
    "{counter}\n"
    "{caption}\n"
    "Larmet kom strax efter klockan två, och när räddningstjänsten kom fram stod huset i lågor.\n"
    "– Vi kunde bara hindra att branden spred sig till grannhusen, säger insatsledaren Anna Wik.\n"
)


def test_the_line_under_a_gallerys_counter_is_its_caption() -> None:
    caption = "Brandmännen arbetade i flera timmar med att släcka glöden. Båthuset var från 1920-talet."
    spoken = spoken_lines(read_dump(_GALLERY.format(counter="1/5", caption=caption)))
    assert caption not in spoken
    assert "– Vi kunde bara hindra att branden spred sig till grannhusen, säger insatsledaren Anna Wik." in spoken


def test_a_paragraph_with_no_counter_over_it_stays() -> None:
    """The guard: the same paragraph with nothing over it is the article's."""
    paragraph = "Brandmännen arbetade i flera timmar med att släcka glöden. Båthuset var från 1920-talet."
    dump = _GALLERY.format(counter="", caption=paragraph).replace("\n\n", "\n")
    assert paragraph in spoken_lines(read_dump(dump))


def test_a_counter_under_its_pictures_credit_leaves_the_article_under_it() -> None:
    """The guard: the counter closes the picture above it (caption, credit, "2/4"); the paragraph under it is read."""
    caption = "Glöden släcktes först på förmiddagen."
    dump = _GALLERY.format(counter=f"{caption}\nFoto: Läsarbild\n2/4",
                           caption="Larmet om röken kom från en granne som var ute med hunden vid halv två.")
    spoken = spoken_lines(read_dump(dump))
    assert "Larmet om röken kom från en granne som var ute med hunden vid halv två." in spoken
    assert caption not in spoken


def test_the_singular_opinion_notice_is_not_read() -> None:
    dump = (
        "Kungälvs-Posten\n"
        "Insändare\n"
        "Låt biblioteket i Ytterby vara öppet på lördagar\n"
        "Insändare är skribentens egen åsikt och inte tidningens.\n"
        "Sedan i höstas är biblioteket i Ytterby stängt på lördagar. För oss som arbetar hela veckan var lördagen den "
        "enda dagen vi kunde låna böcker med barnen.\n"
        "Jag hoppas att kulturnämnden tänker om innan sommaren.\n"
        "Boklånare i Ytterby\n"
        "Publicerad 2 februari 2027\n"
    )
    spoken = spoken_lines(read_dump(dump))
    assert "Insändare är skribentens egen åsikt och inte tidningens." not in spoken
    assert "Jag hoppas att kulturnämnden tänker om innan sommaren." in spoken


_LIVE_UNDER = (
    "Radio Västerbotten 101,2\n"
    "Lyssna direkt\n"
    "Nyheter\n"
    "Sport\n"
    "Trafik\n"
    "LIVE\n"
    "Isstorm i Umeå – följ läget här\n"
    "Publicerad 14 februari 2027 06.30\n"
    "Uppdaterad 14 februari 2027 12.45\n"
    "{writers}\n"
    "Dela\n"
    "Kopiera länk\n"
    "Underkylt regn har gjort vägarna i Umeå till isbanor och flera bussar står still sedan morgonen.\n"
    "12.45\n"
    "Räddningstjänsten har fått in ett tjugotal larm om halkolyckor sedan klockan sex.\n"
)


def test_a_live_reports_writers_under_its_date_lines_are_its_byline() -> None:
    for writers in ("Linnea Berg, Jonas Ekström", "Linnea Berg, Jonas Ekström, Radio Västerbotten"):
        article = read_dump(_LIVE_UNDER.format(writers=writers))
        assert article.title == "Isstorm i Umeå – följ läget här", writers
        assert writers not in spoken_lines(article)


def test_a_letters_addressee_under_the_date_line_is_no_byline() -> None:
    """The guard: a listed addressee ("Till Kommunstyrelsen, Umeå Kommun") names no people."""
    dump = (
        "Byalaget i Sörfors\n"
        "Öppet brev om vägen genom byn\n"
        "Publicerad 3 mars 2027\n"
        "Till Kommunstyrelsen, Umeå Kommun\n"
        "Vi som bor längs väg 363 i Sörfors ber er att sänka hastigheten genom byn till 40 kilometer i timmen.\n"
        "Styrelsen\n"
    )
    article = read_dump(dump)
    assert article.title == "Öppet brev om vägen genom byn"
    assert "Till Kommunstyrelsen, Umeå Kommun" in spoken_lines(article)


def test_a_live_entrys_heading_with_swedish_words_that_look_english_is_read() -> None:
    """"Tåg ställs in i kväll" (its "in", "i" English function words, its "ställs", "kväll" no English word) over its
    paragraph is a live report's entry, not a summary box in two languages."""
    dump = (
        "Radio Jämtland\n"
        "Nyheter\n"
        "Snöstorm i Jämtland – följ läget här\n"
        "Publicerad 2 februari 2027 06.10\n"
        "Kraftigt snöfall och hårda vindar har ställt till det i stora delar av länet under lördagen.\n"
        "\n"
        "16.40\n"
        "Över 2 000 hushåll i Bergs kommun är utan ström sedan eftermiddagen, meddelar Jämtkraft.\n"
        "\n"
        "15.20\n"
        "Tåg ställs in i kväll\n"
        "Norrtåg ställer in alla avgångar mellan Östersund och Storlien efter klockan 18 på grund av snöoväder.\n"
        "\n"
        "14.05\n"
        "Plogbilarna har haft fullt upp på E14 under hela dagen, och flera bilar har kört av vägen vid Mörsil.\n"
    )
    spoken = spoken_lines(read_dump(dump))
    assert "Tåg ställs in i kväll" in spoken
    assert ("Norrtåg ställer in alla avgångar mellan Östersund och Storlien efter klockan 18 på grund av snöoväder."
            in spoken)
