"""Session 39, from extract177 (HTML, scored unread at the session's start, then opened): on a page laid out in table
cells without paragraph markup (Joomla 1.5, a hand-made site), the article's title in a plain cell
(``<td class="contentheading">``) lost to a login box's header cell ("Logga in") set in bold above it, and the listener
heard "Logga in" as the headline. The page's own statements (its <title>, og:title, JSON-LD headline) name the
article: a line they name word for word is a candidate even without emphasis and counts one step more
(``html_layout._headline_at``). Written after the fix, for another site. The guard: without such a statement the
emphasised line still wins, as before."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_PAGE = """<html><head><title>{title}</title></head><body>
<table width="100%"><tr><td colspan="2" id="top"><a href="/">Hembygdsföreningen i Norrbyn</a></td></tr>
<tr><td id="leftcol" width="180">
<table class="moduletable"><tr><th>För medlemmar</th></tr>
<tr><td><form><input type="text" name="u"/><input type="submit" value="Logga in"/></form></td></tr></table>
</td><td id="maincol">
<table class="contentpaneopen"><tr><td class="contentheading">Kvarnen i Norrbyn får nytt vattenhjul</td></tr></table>
<table class="contentpaneopen"><tr><td>Skrivet av Olle Berg</td></tr><tr><td>tisdag, 12 mars 2024 09:40</td></tr>
<tr><td>Efter två års insamling har föreningen fått ihop pengarna till ett nytt vattenhjul till kvarnen vid ån.<br/><br/>
Det gamla hjulet från 1920-talet ruttnade sönder förra vintern, och sedan dess har kvarnen stått still.<br/><br/>
– Nu kan vi äntligen mala mjöl igen på hembygdsdagen i juli, säger ordföranden Lisa Holm.<br/><br/>
Hjulet tillverkas av en båtbyggare i grannbyn och ska vara på plats till midsommar.</td></tr></table>
</td></tr></table></body></html>"""


def test_the_cell_the_pages_title_names_is_the_headline_over_a_bold_box_header() -> None:
    article = extract_html(_PAGE.format(title="Kvarnen i Norrbyn får nytt vattenhjul"), "kvarnen.html")
    assert article.title == "Kvarnen i Norrbyn får nytt vattenhjul"
    assert any("ruttnade sönder förra vintern" in b.text for b in article.blocks)
    assert all("För medlemmar" not in b.text for b in article.blocks)


def test_guard_without_a_statement_naming_it_the_emphasised_line_still_wins() -> None:
    page = _PAGE.format(title="Hembygdsföreningen i Norrbyn").replace(
        '<td class="contentheading">Kvarnen i Norrbyn får nytt vattenhjul</td>',
        '<td class="contentheading"><b>Kvarnen i Norrbyn får nytt vattenhjul</b></td>')
    assert extract_html(page, "kvarnen.html").title == "Kvarnen i Norrbyn får nytt vattenhjul"
