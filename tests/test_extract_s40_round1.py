"""Session 40, round 1 (extract181 and extract182, written blind at the session's start, scored, then opened; issue #9):

- the writer's own label under a fact box ("Text: Gunilla Ek, sekreterare") was read as the box's last row: over every
  annotated dump 249 lines opened by "Text:" ("Text och foto:") were the page's meta, none the article's
  (``byline.fact_bylines``); "Av: Henrik Ibsen" in a play's box stays the box's;
- a paywall's badge for an open article ("Fri att läsa", "Gratis att läsa"), the counterpart of "Plus" (row
  ``free-article``);
- a live report's update stamp with its leading zero ("09.58"): "14.52" was dropped as a bare number, "09.58" read
  (row ``number-only``; 47 such lines the pages', 18 an article's, all on live pages whose other stamps are dropped);
- a sponsored box's label in other words ("Innehåll från våra partners", row ``sponsor``), as "Partnerinnehåll" was;
- a list closed by its link ("Visa alla avgångar") is walked past a bare clock time the rules now drop among its
  cells ("06.10" on a departures board), so the whole board still goes (``furniture.excerpt_tags``);
- a table layout's headline in a plain element with the post's date line right under it lost to a side box's header
  cell ("LOGGA IN"; ``html_layout._headline_at``).

Written after the fixes, for invented sites. The guards: a play's author in its box, an article's clock time in a
sentence, the emphasised headline of a layout page.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.boilerplate import default_rules, first_match
from audiocast.ingest.html import extract_html

_HEAD = "Brännby hembygdsförening\nStart\nAktuellt\nKalender\nKontakt\n\nÅrsmötet valde ny styrelse\n3 mars 2027\n\n"
_P1 = ("Ett fyrtiotal medlemmar kom till bygdegården när föreningen höll sitt årsmöte i söndags, och kaffet "
       "med hembakat tog slut redan före valen.")
_P2 = "– Vi har aldrig varit så många, sade den nya ordföranden Britt Sandell."
_BOX = "Styrelsen 2027\nOrdförande: Britt Sandell\nKassör: Olof Hed\nSekreterare: Maja Ström\nMedlemsavgift: 150 kronor"


def test_the_writers_label_under_a_fact_box_is_not_its_last_row() -> None:
    for writer in ("Text: Maja Ström, sekreterare", "Text och foto: Olof Hed"):
        lines = spoken_lines(read_dump(_HEAD + _P1 + "\n" + _P2 + "\n" + _BOX + "\n" + writer + "\nDela\nFacebook\n"))
        assert not any(writer in x for x in lines)
        assert any("Medlemsavgift: 150 kronor" in x for x in lines)


def test_guard_a_plays_author_in_its_box_is_read() -> None:
    box = "Fakta\nPjäs: Ett drömspel\nAv: August Strindberg\nRegi: Lena Ek\nSpeltid: 2 timmar"
    lines = spoken_lines(read_dump(_HEAD + _P1 + "\n" + _P2 + "\n" + box + "\nDela\n"))
    assert any("Av: August Strindberg" in x for x in lines)


def test_the_badge_of_an_open_article_is_not_read() -> None:
    rules = default_rules()
    for badge in ("Fri att läsa", "Gratis att läsa", "Fritt att läsa", "Öppen artikel"):
        hit = first_match(rules, badge)
        assert hit is not None and hit[0].name == "free-article", badge
    assert first_match(rules, "Fri att läsa vad man vill var inte alla i byn.") is None


def test_a_live_reports_stamp_with_its_leading_zero_is_not_read() -> None:
    live = ("Ljusnans Tidning\nNyheter\nSport\n\nÖversvämning i Ede – följ läget\n"
            "Älven har svämmat över vid Ede och flera vägar är avstängda under morgonen.\n"
            "Uppdateras löpande\n11.20\nVägen öppnad igen\n"
            "Trafikverket har öppnat väg 83 vid Ede efter att vattnet sjunkit undan under förmiddagen.\n"
            "08.05\nRäddningstjänsten på plats\n"
            "Räddningstjänsten pumpar vatten från tre källare i centrala Ede och ber boende att höra av sig.\n"
            "Tipsa oss\n")
    lines = spoken_lines(read_dump(live))
    assert "08.05" not in lines and "11.20" not in lines
    assert any("pumpar vatten från tre källare" in x for x in lines)


def test_guard_a_clock_time_in_a_sentence_is_read() -> None:
    lines = spoken_lines(read_dump(_HEAD + _P1 + "\nMötet började 09.30 och slutade först vid lunch.\n" + _P2 + "\n"))
    assert "Mötet började 09.30 och slutade först vid lunch." in lines


def test_a_sponsored_boxs_label_in_other_words_is_the_sponsors() -> None:
    rules = default_rules()
    for label in ("Innehåll från våra partners", "Erbjudanden från våra annonsörer"):
        hit = first_match(rules, label)
        assert hit is not None and hit[0].name == "sponsor", label
    assert first_match(rules, "Innehåll från våra partners i regionen visar att fler vill bo kvar.") is None


def test_a_board_closed_by_its_link_goes_whole_past_its_clock_times() -> None:
    board = ("Ankomster\nTåg\nFrån\nTid\nStatus\nRE 1021\nKarlstad\n08.40\nI tid\nRE 1023\nÖrebro\n09.05\n"
             "Försenat\nVisa alla ankomster\n")
    dump = ("Tågnytt Värmland\nNyheter\nTrafik\n\nSignalfel stoppar tågen vid Kil\n"
            "Ett signalfel norr om Kil gör att flera tåg är försenade under morgonen, meddelar Trafikverket.\n"
            + board + "Felet väntas vara åtgärdat till lunch, och resenärer uppmanas se över sina resor.\n"
            "– Vi har tekniker på plats sedan klockan sju, säger Trafikverkets presschef Eva Lund.\n")
    lines = spoken_lines(read_dump(dump))
    assert not any(x in lines for x in ("Karlstad", "I tid", "RE 1023", "Försenat", "Tåg"))
    assert any("tekniker på plats" in x for x in lines)


_LAYOUT = """<html><head><title>Björke Företagarförening - Aktuellt</title></head><body>
<table width="760"><tr><td colspan="2"><a href="/">Hem</a> | <a href="/aktuellt">Aktuellt</a> |
<a href="/medlemmar">Medlemmar</a> | <a href="/kontakt">Kontakt</a></td></tr>
<tr><td width="180" valign="top"><table><tr><td class="module-title">FÖR MEDLEMMAR</td></tr>
<tr><td><form>Användare<br><input name="u"><br>Lösenord<br><input name="p" type="password"><br>
<input type="submit" value="Logga in"></form></td></tr></table></td>
<td width="560" valign="top" class="innehall"><table><tr><td>
<a href="/">Hem</a> &gt; <a href="/aktuellt">Aktuellt</a><br><br>
<span class="artikelrubrik">{headline}</span><br>
<span class="datum">2027-02-11 | Upplagd av: Eva Lind</span><br><br>
Föreningens frukostmöten i Folkets hus har blivit så populära att styrelsen nu flyttar dem till stora salen.<br><br>
Förra månaden kom 64 medlemmar, och många fick stå längs väggarna under föredraget om kompetensförsörjning.<br><br>
– Det är ett glädjande problem, säger ordföranden Eva Lind, som hoppas på ännu fler deltagare i mars.<br><br>
Nästa frukostmöte hålls den 9 mars, och anmälan görs på föreningens webbplats senast veckan innan.<br><br>
</td></tr></table></td></tr></table></body></html>"""


def test_a_layout_pages_plain_headline_over_its_date_line_wins_over_a_side_boxs_header() -> None:
    headline = "Frukostmötena flyttar till stora salen"
    article = extract_html(_LAYOUT.format(headline=headline), "frukost.html")
    assert article.title == headline
    assert any("många fick stå längs väggarna" in b.text for b in article.blocks)


def test_guard_an_emphasised_layout_headline_still_wins() -> None:
    headline = "Frukostmötena flyttar till stora salen"
    article = extract_html(_LAYOUT.format(headline=f"<b>{headline}</b>"), "frukost.html")
    assert article.title == headline
