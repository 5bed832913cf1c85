"""Session 16 (E5): live data widgets beside the article (issue #9: weather, road conditions, measured values, prices,
departures read aloud; radio, TV and live-blog furniture; livewidgets.py, words as data in data/live_words.py).

The signals: a short heading naming a kind of live data, a run of data lines under it ("label: value", values with
units, clock times, a table's cells), its source or time closing it, and its place beside the article's prose (between
two paragraphs it is cut out, over the head it is no headline). Every page here was written after the fix, for invented
sites, places and values. The guards: a fact box whose figures the article discusses, a fact box under a heading of
the article's matter, a subheading over prose, a furniture line quoted inside a sentence.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Dalabygden\nNyheter\nSport\nNöje\nLogga in\n"
_HEAD = "Nya färjan till Sollerön försenas igen\n3 februari 2027 kl. 06.15\n"
_P1 = "Trafikverket meddelar att den nya vägfärjan till Sollerön inte kan sättas i trafik förrän i höst."
_P2 = "Orsaken är problem med laddinfrastrukturen vid färjeläget, som måste byggas om innan färjan kan tas i drift."
_P3 = "– Vi förstår att många är besvikna, men säkerheten går först, säger regionchefen Lars Dahl."
_END = "Kundtjänst\nAnnonsera\nCookies\n"


def _page(widget: str, glued: bool = False, top: bool = False) -> list[str]:
    sep = "\n" if glued else "\n\n"
    if top:
        return spoken_lines(read_dump(_TOP + widget + _HEAD + sep.join([_P1, _P2, _P3]) + sep + _END))
    return spoken_lines(read_dump(_TOP + _HEAD + _P1 + sep + widget + ("" if glued else "\n") + sep.join([_P2, _P3])
                                  + sep + _END))


def _check(lines: list[str], widget: str) -> None:
    for p in (_P1, _P2, _P3):
        assert p in lines
    assert lines[0] == "Nya färjan till Sollerön försenas igen"
    for w in widget.splitlines():
        assert w not in lines


def test_a_weather_widget_between_paragraphs_goes() -> None:
    w = "Vädret i Mora\nJust nu: −8 °C\nLätt snöfall, måttlig vind\nSoluppgång 08.47\n"
    _check(_page(w), w)
    _check(_page(w, glued=True), w)


def test_road_conditions_over_the_head_are_no_headline() -> None:
    w = ("Trafikläget just nu\nRv 70 Mora–Orsa: Snömodd, risk för halka\nVägtemperatur Orsa: −4 °C\n"
         "Trafikkamera: Rv 70 vid Våmhus\nKälla: Trafikverket\n")
    _check(_page(w, top=True), w)


def test_measured_water_temperatures_go() -> None:
    w = "Vattentemperaturer i dag\nSiljan, Sätra: 18 °C\nOrsasjön, Orsa: 17 °C\nUppmätt kl. 10.30 av kommunen\n"
    _check(_page(w), w)
    _check(_page(w, glued=True), w)


def test_electricity_prices_of_the_day_go() -> None:
    w = "Elpriset i dag\nSE3 kl 08–09: 1,42 kr/kWh\nSE3 kl 17–18: 2,10 kr/kWh\nKälla: Nord Pool\n"
    _check(_page(w, glued=True), w)


def test_a_departure_board_goes() -> None:
    w = "Avgångar från Mora station\nAvgår\nMot\nLäge\n14:05\nBorlänge C\nA\nEnligt tidtabell\n14:20\nOrsa\nB\nInställd\n"
    _check(_page(w), w)


def test_radio_and_tv_furniture_goes_and_is_never_the_headline() -> None:
    w = ("Nu spelas: Laleh – Some Die Young\nTrafikflash 16.10: Stillastående trafik på E45 vid Noret\n"
         "Inslaget sändes i Dalarna idag 18.10.\n▶ Lyssna på inslaget (2:48)\nDölj transkribering\n")
    _check(_page(w, top=True), w)
    _check(_page(w), w)


def test_live_blog_and_pay_per_view_furniture_goes() -> None:
    w = ("Automatisk uppdatering: Av\nUppdateringarna visas med den nyaste först.\nFäst inlägg\n"
         "Köp matchpass 99 kr\nIngår i Premiumpass\nPåminn mig\n")
    _check(_page(w), w)


def test_guard_a_fact_box_whose_figures_the_article_discusses_stays() -> None:
    body = ("Elpriset steg kraftigt under måndagen och toppade på 2,35 kronor per kilowattimme vid middagstid, "
            "enligt elbörsen.\n\n")
    box = "Elpriset i dag\nDyraste timmen: 2,35 kr/kWh\nBilligaste timmen: 0,41 kr/kWh\n\n"
    page = _TOP + "Elpriset rusar i kylan\n3 februari 2027\n" + body + box + _P2 + "\n\n" + _P3 + "\n\n" + _END
    lines = spoken_lines(read_dump(page))
    assert any("Dyraste timmen: 2,35 kr/kWh" in x for x in lines)


def test_guard_a_fact_box_under_the_articles_matter_stays() -> None:
    box = "Fakta: Sollerö kyrka\nByggd: 1775\nSittplatser: 600\n"
    lines = _page(box)
    assert any("Byggd: 1775" in x for x in lines)


def test_guard_a_subheading_naming_the_weather_over_prose_stays() -> None:
    page = (_TOP + _HEAD + _P1 + "\n\nVädret ställde till det\n\n" + _P2 + "\n\n" + _P3 + "\n\n" + _END)
    assert "Vädret ställde till det" in spoken_lines(read_dump(page))


def test_guard_a_furniture_line_quoted_in_a_sentence_stays() -> None:
    p = "Skylten vid entrén visade texten Nu spelas: Dalabandet hela kvällen, trots att bandet aldrig kom."
    page = _TOP + _HEAD + _P1 + "\n\n" + p + "\n\n" + _P3 + "\n\n" + _END
    assert p in spoken_lines(read_dump(page))


def test_guard_a_price_history_box_of_the_article_stays() -> None:
    box = "Så har elpriset ändrats\nOktober: 0,87 kr/kWh\nNovember: 1,34 kr/kWh\nDecember: 1,92 kr/kWh\n"
    lines = _page(box)
    assert any("November: 1,34 kr/kWh" in x for x in lines)


def test_guard_a_widget_whose_labels_the_article_discusses_stays() -> None:
    p3 = "Allergikerna får det tufft när björken blommar i veckan, varnar apoteket i Mora."
    box = "Pollenhalter i dag\nBjörk: Höga halter\nAl: Låga halter\n"
    page = _TOP + _HEAD + _P1 + "\n\n" + _P2 + "\n\n" + p3 + "\n\n" + box + "\n" + _END
    lines = spoken_lines(read_dump(page))
    assert "Björk: Höga halter" in lines



def test_a_player_line_under_the_lead_byline_and_airing_note_keeps_the_headline() -> None:
    # Written after the merge's fix (session 16): a radio page's head is headline, lead, byline, date, a note of when
    # it airs, then the player's line over the text. Cut out before the head was read, the player's line left the
    # airing note glued over the text, taken for the headline; it now goes late, the head keeps its layout.
    top = "Radio Siljan\nDirekt\nPoddar\nBli volontär\nOm oss\nEN\nSV\nNyheter\n"
    title = "Sollerön får ny vägfärja först i höst – pendlare får vänta ett halvår till"
    head = (title + "\nTrafikverket skjuter upp starten för den nya färjan till Sollerön. För de 400 som pendlar varje "
            "dag kan det innebära längre köer hela sommaren.\nText: Maja Rönn\nReporter i Radio Siljans nyhetsredaktion\n"
            "3 februari 2027\nHörs i Siljan Nyheter kl. 16.30\n▶ Lyssna på inslaget (2:47)\n")
    body = ["Hittills har den gamla färjan klarat trafiken, men i ett brev till kommunen skriver Trafikverket att den nya "
            "inte blir klar förrän i oktober.",
            "– Vi vill hellre vänta än ta risker med säkerheten, säger regionchefen Lars Dahl.",
            "Men pendlarna är kritiska. Enligt Sollerö byalag har köerna redan blivit längre under vintern.",
            "Byalaget ska enligt uppgift begära ett möte med Trafikverket."]
    end = "Sändningsschema i dag\n07.30 Morgonkaffet\n09.00 Musik\nKontakt\n"
    lines = spoken_lines(read_dump(top + head + "\n".join(body) + "\n" + end))
    assert lines[0] == title
    assert "▶ Lyssna på inslaget (2:47)" not in lines
    assert body[0] in lines and body[-1] in lines
