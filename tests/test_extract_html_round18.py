"""HTML pages of page builders that set every line in a box of its own (round 18, issue #9).

Phenomena covered (the pages here were written after the fix, for sites and wording of their own):

- the site's name set as a plain line over the headline (a builder's logo text, "FÖRENINGEN X" on the site "X"),
  which trafilatura reads as the text's first paragraph, is no lead, even though the footer's copyright line names
  the site again;
- a list box's label set as a plain line after the article ("Fler inlägg", "Liknande inlägg", "Senaste inläggen")
  ends the article: the teaser titles under it are not read; a line of that name with running prose under it stays.
"""

from __future__ import annotations

from extract_helpers import spoken_lines

from audiocast.ingest.html import extract_html

_BOX = '<div class="c-{n} rich"><div class="rt"><p class="f{f}"><span>{text}</span></p></div></div>\n'


def _page(top: str, paragraphs: list[str], tail: list[str], site: str = "Hembygdsringen Öland",
          owner: str = "Hembygdsringen Öland") -> str:
    boxes = [_BOX.format(n=i, f=7, text=t) for i, t in enumerate([top, "Nyheter", "Kerstin Holm", "2 mars"])]
    boxes.append('<div class="c-h"><div data-hook="post-title"><h1 class="post-title">'
                 'Gamla skolan i Gräsgård blir bygdens nya samlingslokal</h1></div></div>\n')
    boxes += [_BOX.format(n=10 + i, f=8, text=t) for i, t in enumerate(paragraphs)]
    boxes.append('<div class="share"><button>Facebook</button><button>Kopiera länk</button></div>\n')
    boxes += [_BOX.format(n=30 + i, f=9, text=t) for i, t in enumerate(tail)]
    boxes.append(_BOX.format(n=99, f=9, text=f"© 2026 {owner}. Gjord med Sitebuilder"))
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        "<title>Gamla skolan i Gräsgård blir bygdens nya samlingslokal</title>"
        f'<meta property="og:site_name" content="{site}"/></head><body><div id="root"><div class="page">\n'
        + "".join(boxes) + "</div></div></body></html>"
    )


TEXT = [
    "Efter två år av insamlingar och talkodagar kan hembygdsföreningen äntligen ta över den gamla skolan i "
    "Gräsgård. Kommunen säljer huset för en krona.",
    "Skolan byggdes 1911 och stängdes 1968. Sedan dess har den stått tom, men taket är helt och grunden är "
    "god enligt besiktningen i höstas.",
    "Föreningen vill ha ett kafé i den gamla lärarbostaden och en utställning om skolans historia i klassrummet.",
    "Den första talkodagen blir lördagen den 18 april och alla är välkomna, med eller utan verktyg.",
]
TEASERS = ["Fler inlägg", "Vårstädning vid kvarnen", "Föredrag om kalkbruken i april"]


def test_the_sites_name_over_the_headline_is_no_lead() -> None:
    # The owner's full name over the headline and again in the footer's copyright line, the stated site name inside it.
    for top in ("Föreningen Hembygdsringen Öland", "FÖRENINGEN HEMBYGDSRINGEN ÖLAND"):
        html = _page(top, TEXT, TEASERS, owner="Föreningen Hembygdsringen Öland")
        article = extract_html(html, "p.html")
        assert article.title == "Gamla skolan i Gräsgård blir bygdens nya samlingslokal"
        assert article.lead is not None and article.lead.startswith("Efter två år av insamlingar"), top
        assert not any("HEMBYGDSRINGEN" in line.upper() and "©" not in line for line in spoken_lines(article)[1:])


def test_the_sites_name_as_a_subheading_inside_the_text_stays() -> None:
    # Guard: only a line above the article's first block goes; the site's name over a paragraph of the text is the
    # article's subheading.
    about = ("Hembygdsringen Öland samlar nio föreningar på norra Öland och hjälper dem med bidrag, försäkringar och "
             "kurser för styrelserna.")
    html = _page("HEMBYGDSRINGEN ÖLAND", [*TEXT[:2], "Hembygdsringen Öland", about, *TEXT[2:]], TEASERS)
    lines = spoken_lines(extract_html(html, "p.html"))
    assert "Hembygdsringen Öland" in lines and about in lines


def test_a_list_boxs_label_set_as_a_line_after_the_article_ends_it() -> None:
    for label in ("Fler inlägg", "Liknande inlägg", "Senaste inläggen"):
        html = _page("HEMBYGDSRINGEN ÖLAND", TEXT, [label, *TEASERS[1:]])
        spoken = "\n".join(spoken_lines(extract_html(html, "p.html")))
        assert "Den första talkodagen blir lördagen den 18 april" in spoken, label
        assert "Vårstädning vid kvarnen" not in spoken and label not in spoken, label


def test_a_line_of_that_name_over_running_prose_stays() -> None:
    # Guard: running prose under the line: it is the article's subheading, and the prose is read.
    prose = ("I bloggen skriver styrelsen om arbetet med skolan varje månad, med bilder från talkodagarna och "
             "besked om vad som ska göras härnäst.")
    html = _page("HEMBYGDSRINGEN ÖLAND", [*TEXT, "Senaste inläggen", prose], [])
    spoken = "\n".join(spoken_lines(extract_html(html, "p.html")))
    assert prose in spoken


# A lead class in a post list under the article (a teaser card's "post-excerpt") is no lead: the article's text began
# above it. A lead-classed paragraph under the headline, before the text, stays the lead.

def _post_page(lead_html: str) -> str:
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Biblioteket i Bjuv får meröppet</title>'
        '<meta property="og:site_name" content="Bjuvs bibliotek"></head><body>'
        '<div id="page-container"><header><a href="/">Bjuvs bibliotek</a><nav><a>Låna</a><a>Evenemang</a></nav></header>'
        '<div id="main-content"><div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column">'
        '<div class="et_pb_module et_pb_post_title"><h1 class="entry-title">Biblioteket i Bjuv får meröppet</h1>'
        '<p class="et_pb_title_meta_container">15 januari 2027</p></div>'
        f"{lead_html}"
        '<div class="et_pb_module et_pb_post_content">'
        "<p>Från den 1 februari kan du låna och lämna böcker i biblioteket i Bjuv från sju på morgonen till tio på "
        "kvällen, alla dagar i veckan, också när ingen personal är på plats.</p>"
        "<p>Du behöver ett lånekort med pinkod och vara minst femton år. Yngre barn får komma in i sällskap med en "
        "vuxen som har eget kort.</p>"
        "<p>Personalen finns på plats som vanligt under de ordinarie öppettiderna.</p></div>"
        '<div class="et_pb_module et_pb_blog_grid"><h4>Fler nyheter</h4><article class="et_pb_post">'
        '<h2 class="entry-title"><a>Sagostunder hela våren</a></h2>'
        '<div class="post-excerpt"><p>Varje lördag klockan elva läser vi sagor för barn mellan tre och sex år i '
        "barnavdelningen.</p></div></article></div>"
        "</div></div></div></div><footer><p>Bjuvs bibliotek · Storgatan 5</p></footer></div></body></html>"
    )


def test_a_teasers_excerpt_in_a_post_list_under_the_article_is_no_lead() -> None:
    article = extract_html(_post_page(""), "p.html")
    assert article.title == "Biblioteket i Bjuv får meröppet"
    assert article.lead is not None and article.lead.startswith("Från den 1 februari")
    assert "Varje lördag klockan elva" not in "\n".join(spoken_lines(article))


def test_a_lead_classed_paragraph_under_the_headline_stays_the_lead() -> None:
    # Guard: the lead class before the text is the article's lead.
    lead = '<div class="et_pb_module post-excerpt"><p>Nu blir biblioteket i Bjuv meröppet: du kan låna också när personalen har gått hem.</p></div>'
    article = extract_html(_post_page(lead), "p.html")
    assert article.lead == "Nu blir biblioteket i Bjuv meröppet: du kan låna också när personalen har gått hem."
