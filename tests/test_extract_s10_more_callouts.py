"""Session 10 (E3), a callout box of prose between the article's paragraphs (issue #9; gaps.fill_gaps, gaps._callout).

A blog engine's callout card (Ghost's ``kg-callout-card``: an emoji icon and a sentence or two in <div>s) between
two of the article's paragraphs, or between a paragraph and the next subheading, was left out by trafilatura and
lost: it is the writer's own fact. A <div> of prose (sentences, no link, heading or list) standing between two
kept blocks that are its siblings is put back, less its icon. (trafilatura keeps such a <div> on a short page, read by
its fallback, and drops it from a longer one.) Every page here was written after the fix, for
fictional sites; the guards keep a "read also" teaser and an ad's label out.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_P1 = ("<p>Skolgården på Norrskolan ska byggas om under sommarlovet. Asfalten byts mot gräs, sand och en ny "
       "klätterställning, och de gamla cykelställen flyttas närmare entrén. Det berättade rektorn på föräldramötet i "
       "tisdags, där ett trettiotal föräldrar kom för att lyssna och ställa frågor om tidsplanen.</p>")
_P2 = ("<p>Föräldraföreningen har samlat in förslag från eleverna sedan i höstas. Flest röster fick en "
       "hinderbana och ett utekök där klasserna kan laga mat tillsammans. Flera elever ville också ha fler bänkar i "
       "skuggan, och det förslaget har kommunens landskapsarkitekt tagit med i ritningarna.</p>")
_P3 = ("<p>Arbetet börjar den 17 juni och ska vara klart till skolstarten. Under sommaren hålls fritidshemmet "
       "i stället på Södra skolan, dit barnen åker med buss varje morgon. Bussen går från vändplanen klockan halv åtta "
       "och tillbaka klockan fyra, och föräldrarna behöver inte anmäla sina barn i förväg.</p>")
_P4 = ("<p>Den som vill hjälpa till med planteringen i augusti kan anmäla sig till föreningens styrelse, som "
       "samordnar arbetet. Det behövs både vuxna som kan gräva och några som kan hålla i fikat, skriver föreningen i "
       "sitt senaste utskick till medlemmarna.</p>")


def _page(middle: str, tail: str = _P3) -> str:
    return ("<html lang='sv'><head><title>Ny skolgård på Norrskolan – Föräldrabloggen</title></head><body>"
            "<header><a href='/'>Föräldrabloggen</a></header><main><article><h1>Ny skolgård på Norrskolan</h1>"
            "<p class='meta'>12 mars 2026 · 3 min läsning</p><section class='gh-content'>"
            + "\n    ".join(["", _P1, _P2, middle, tail, _P4, "</section>"]) + "</article></main>"
            "<footer><p>© 2026 Föräldrabloggen</p></footer></body></html>")


def _spoken(html: str) -> str:
    article = extract_html(html, "x.html")
    return " ".join([article.lead or "", *(b.text for b in article.blocks)])


def test_a_callout_card_with_an_icon_between_two_paragraphs_is_read_without_its_icon() -> None:
    card = ("<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>📌</div><div class='kg-callout-text'>"
            "Ombyggnaden kostar 2,4 miljoner kronor, varav kommunen betalar två tredjedelar.</div></div>")
    spoken = _spoken(_page(card))
    assert "Ombyggnaden kostar 2,4 miljoner kronor" in spoken and "📌" not in spoken
    assert spoken.index("Ombyggnaden") < spoken.index("Arbetet börjar den 17 juni")


def test_a_fact_box_of_a_block_editor_before_the_next_subheading() -> None:
    card = ("<div class='wp-block-group has-background'><div class='wp-block-group__inner'>Beslutet fattades av "
            "barn- och utbildningsnämnden den 4 februari. Protokollet finns på kommunens webbplats.</div></div>")
    spoken = _spoken(_page(card, "<h2>Så blir sommaren</h2>" + _P3))
    assert "Beslutet fattades av barn- och utbildningsnämnden" in spoken
    assert "Arbetet börjar den 17 juni" in spoken


def test_a_read_also_teaser_between_the_paragraphs_stays_out() -> None:
    teaser = ("<div class='inline-box'>Läs också: <a href='/b'>Så tycker eleverna om den gamla skolgården, "
              "en enkät från i höstas.</a></div>")
    assert "Så tycker eleverna" not in _spoken(_page(teaser))


def test_an_ads_label_between_the_paragraphs_stays_out() -> None:
    assert "Annons" not in _spoken(_page("<div class='slot'>Annons</div>"))


def test_a_callout_naming_the_site_is_the_sites_pitch_and_stays_out() -> None:
    card = ("<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>💬</div><div class='kg-callout-text'>"
            "Föräldrabloggen drivs ideellt av föräldrar på Norrskolan. Vi tar inte emot några annonser.</div></div>")
    page = _page(card).replace("<head>", "<head><meta property='og:site_name' content='Föräldrabloggen'>")
    spoken = _spoken(page)
    assert "drivs ideellt" not in spoken and "Arbetet börjar den 17 juni" in spoken
