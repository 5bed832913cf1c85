"""Session 10 (E3), HTML pages of page builders and old frameworks (issue #9; html_opening.first_text,
html_headline.wraps_page).

Two classes seen on a blind set of CMS makes. (1) A page builder (Wix) sets its paragraphs apart with spacer
paragraphs holding only a zero-width or no-break space: the article's first paragraph was not found (the next
"text" was a spacer), so the opening title under a site-name <h1> was never looked for; the site's name was the
headline and a box of opening hours after the text was read. (2) ASP.NET WebForms wraps the whole page in one
<form>: every heading and paragraph of the page stood "in a form", i.e. in furniture, so the article's <h2>
under a <title> naming only the section and the site was no candidate and the title fell back to "Nyhet - …".
Every page here was written after the fix, for fictional sites; the guards keep a real comment form's heading
out of the headline and a spacer-free page as it was. Also: a pager to the previous and next post (a class naming
pagination) and a printer-friendly link are the page's.
"""

from __future__ import annotations

from audiocast.ingest.boilerplate import default_rules, first_match
from audiocast.ingest.html import extract_html


def _spoken(article: object) -> str:
    lead = getattr(article, "lead", None) or ""
    return " ".join([lead, *(b.text for b in getattr(article, "blocks", []))])


def _builder(spacer: str, site: str, head: str, paras: list[str], after: str) -> str:
    body = spacer.join(f"<p class='font_8'><span>{p}</span></p>" for p in paras)
    return (f"<html lang='sv'><head><title>Blogg | {site}</title><meta property='og:site_name' content='{site}'>"
            f"</head><body><header><h1 class='font_0'><span>{site.upper()}</span></h1>"
            "<nav><ul><li><a href='/'>Hem</a></li><li><a href='/blogg'>Blogg</a></li><li><a href='/kontakt'>Kontakt</a>"
            "</li></ul></nav></header><main><section><div class='rich'><p class='font_9'><span>BLOGG · MARS 2026</span>"
            f"</p></div><div class='rich'><p class='font_7' style='font-size:28px'><span>{head}</span></p></div>"
            f"<div class='rich'>{body}</div></section><section>{after}</section></main>"
            f"<footer><p>© 2026 {site}</p></footer></body></html>")


_YOGA = [
    "Från och med april håller vi kvällspassen i Folkets hus stora sal, eftersom vår egen lokal byggs om under "
    "våren. Passen börjar som vanligt klockan 18.30.",
    "Ta med egen matta om du har en. Vi har några att låna ut, men de räcker inte till alla när salen är full på "
    "tisdagarna.",
    "Vi räknar med att vara tillbaka i den egna lokalen efter midsommar. Hör av dig om du har frågor!",
]


def test_a_builders_styled_title_over_paragraphs_set_apart_by_zero_width_spacers() -> None:
    spacer = "<p class='font_8'><span><span>\u200b</span></span></p>"
    after = ("<h2 class='font_2'><span>Öppettider</span></h2><p class='font_8'>Måndag–torsdag 7–21</p>"
             "<p class='font_8'>Fredag 7–18</p><p class='font_8'>Helger stängt</p>")
    page = _builder(spacer, "Yogastudion Andrum", "Kvällspassen flyttar till Folkets hus", _YOGA, after)
    article = extract_html(page, "x.html")
    assert article.title == "Kvällspassen flyttar till Folkets hus"
    spoken = _spoken(article)
    assert "Vi räknar med att vara tillbaka" in spoken and "klockan 18.30" in spoken
    assert "YOGASTUDION" not in spoken and "Fredag 7–18" not in spoken


def test_spacers_of_no_break_spaces_between_a_shops_paragraphs() -> None:
    paras = [
        "Vårens nya tapeter har kommit in, och i år har vi fått hem tre mönster från en liten tryckare i Borås som "
        "trycker för hand. Kom in och känn på dem!",
        "Vi tar också emot beställningar på de mönster vi inte har på lager. Leveranstiden är ungefär tre veckor, "
        "och du betalar först när rullarna har kommit.",
        "Välkommen in i butiken, vi har öppet som vanligt hela påskveckan.",
    ]
    after = "<h2 class='font_2'><span>Hitta hit</span></h2><p class='font_8'>Kyrkogatan 4, Alingsås</p>"
    page = _builder("<p class='font_8'>&nbsp;</p>", "Tapetboden", "Handtryckta tapeter från Borås", paras, after)
    article = extract_html(page, "x.html")
    assert article.title == "Handtryckta tapeter från Borås"
    assert "Leveranstiden är ungefär tre veckor" in _spoken(article)


def _webforms(head: str, extra: str = "") -> str:
    return ("<html lang='sv'><head><title>Nyhet - Smålands Bordtennisförbund</title></head><body>"
            "<form name='aspnetForm' method='post' action='./Nyhet.aspx?id=41' id='aspnetForm'>"
            "<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKMTY1'>"
            "<div class='top'><a href='/Default.aspx'><img src='logo.png' alt='Smålands Bordtennisförbund'></a>"
            "<ul class='menu'><li><a href='/Default.aspx'>Start</a></li><li><a href='/Nyheter.aspx'>Nyheter</a></li>"
            "<li><a href='/Serier.aspx'>Serier</a></li></ul></div><div class='col-main'>"
            f"<span class='category'>Ungdom</span><h2><span id='lblHeadline'>{head}</span></h2>"
            "<div class='news-info'><span>2026-02-14</span> | <span>Skribent: Olle Berg</span></div>"
            "<div class='news-text'><p>Tolv spelare från sex klubbar deltog när förbundet höll sitt första läger för "
            "juniorer i Värnamo under sportlovet. Lägret pågick i tre dagar.</p>"
            "<p>Tränarna Eva Lind och Jonas Ek ledde passen, som varvade teknik med matchspel. På kvällarna spelades "
            "en intern turnering där alla mötte alla.</p>"
            "<p>Nästa läger hålls i höst, och anmälan öppnar i augusti. Förbundet hoppas då kunna ta emot fler.</p>"
            f"</div>{extra}</div><div class='col-right'><div class='box'><h3>Senaste nyheterna</h3><ul>"
            "<li><a href='/Nyhet.aspx?id=40'>Seriestart för damerna</a></li>"
            "<li><a href='/Nyhet.aspx?id=39'>Kallelse till årsmöte</a></li></ul></div></div>"
            "<div class='footer'>Smålands Bordtennisförbund | Växjö</div></form></body></html>")


def test_an_aspnet_page_wrapped_in_one_form_keeps_its_article_heading() -> None:
    article = extract_html(_webforms("Första juniorlägret blev en succé"), "x.html")
    assert article.title == "Första juniorlägret blev en succé"
    assert "Nästa läger hålls i höst" in _spoken(article)


def test_a_comment_form_under_an_aspnet_article_names_no_headline() -> None:
    form = ("<div class='comments'><h2>Skriv en kommentar till nyheten</h2><textarea name='c'></textarea>"
            "<input type='submit' value='Skicka'></div>")
    article = extract_html(_webforms("Juniorlägret i Värnamo fylldes snabbt", form), "x.html")
    assert article.title == "Juniorlägret i Värnamo fylldes snabbt"


_POST = ("<p>Tack vare ett bidrag från kommunen har föreningen kunnat rusta upp dansbanan vid sjön. Golvet är nytt, "
         "och taket har fått ny papp och nya takpannor. Arbetet har gjorts av ett tiotal medlemmar under fyra helger "
         "i maj, och virket kommer från en såg i byn.</p><p>Dansbanan invigs på midsommarafton, när spelmanslaget "
         "spelar till dans från klockan två. Alla är välkomna, och det kostar ingenting. Det blir också lotterier, "
         "fiskdamm för barnen och försäljning av kaffe och hembakat i den gamla kiosken.</p><p>Föreningen hoppas att "
         "dansbanan ska användas mer nu än de senaste åren. Den går att hyra för fester och bröllop hela sommaren, "
         "och medlemmar får ett lägre pris. Bokningen sköts av kassören.</p>")


def _post_page(after: str) -> str:
    return ("<html lang='sv'><head><title>Dansbanan är renoverad – Byalaget Sjövik</title></head><body>"
            "<header><a href='/'>Byalaget Sjövik</a></header><main><article><h1>Dansbanan är renoverad</h1>"
            f"<p class='meta'>2 juni 2025</p><div class='content'>{_POST}</div>{after}</article></main>"
            "<footer><p>Byalaget Sjövik</p></footer></body></html>")


def test_a_pager_to_the_previous_and_next_post_under_the_article_is_not_read() -> None:
    pager = ("<section class='item-pagination'><a href='/a'>Föregående<br>Styrelsemöte i maj</a>"
             "<a href='/b'>Nästa<br>Loppis på bygdegården</a></section>")
    spoken = _spoken(extract_html(_post_page(pager), "x.html"))
    assert "spelmanslaget" in spoken and "Loppis på bygdegården" not in spoken and "Styrelsemöte" not in spoken


def test_a_printer_friendly_link_is_page_furniture() -> None:
    for line in ("Utskriftsvänlig version", "Skrivarvänlig sida", "Utskriftsversion"):
        hit = first_match(default_rules(), line)
        assert hit is not None and hit[0].action == "drop", line
