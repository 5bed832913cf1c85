"""A news page of several posts read for the headline's post alone (session 13 W, html_posts): a page builder's boxes
with each post's date over its title (Wix: a box of the date, a box of the title, a box of the text, one class for
all), and a blog's front page whose <title> names a post under the newest one (the posts before it go too). Invented
pages written after the fix, with guards: an article's own dated sections under an <h1>, a front page whose <title>
names no post (its first post is read, as before)."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

POSTS = [
    ("8 oktober 2025", "Höstmarknaden flyttar till skolgården i år",
     ["Föreningens höstmarknad hålls i år på skolgården i Västerby, eftersom bygdegården renoveras under hösten.",
      "Det blir ett trettiotal bord med hantverk, bröd och honung. Anmälan av bord görs till Eva senast den 1 oktober."]),
    ("21 augusti 2025", "Tack för en fin sommarfest vid badplatsen",
     ["Över hundra personer kom till sommarfesten vid badplatsen. Tack till alla som bakade, grillade och städade efteråt.",
      "Dragkampen mellan Västerby och Österby slutade oavgjort, så revanschen får vänta till nästa sommar."]),
    ("3 juni 2025", "Nya styrelsen vald på årsmötet",
     ["Årsmötet valde Tomas Lind till ny ordförande efter Berit Ås, som avgår efter tolv år på posten."]),
]


def _wix(posts: list[tuple[str, str, list[str]]], title: str) -> str:
    box = "class='rt7Kq wixui-rich-text'"
    items = "".join(
        f"<div {box}><p class='font_8'><span style='color:#888'>{d}</span></p></div>"
        f"<div {box}><h2 class='font_2'>{h}</h2></div>"
        f"<div {box}>" + "".join(f"<p class='font_8'>{x}</p>" for x in body) + "</div><div class='wixui-divider'></div>"
        for d, h, body in posts)
    return (f"<html lang='sv'><head><title>{title}</title><meta property='og:site_name' content='Västerby byalag'>"
            f"</head><body><main><section><div {box}><h1 class='font_0'>Nyheter</h1></div></section>"
            f"<section><div data-testid='inline-content'>{items}</div></section></main></body></html>")


def _front(posts: list[tuple[str, str, list[str]]], title: str) -> str:
    arts = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/p{i}'>{h}</a></h2><div class='entry-meta'>"
        f"<time>{d}</time></div><div class='entry-content'>" + "".join(f"<p>{x}</p>" for x in body) + "</div></article>"
        for i, (d, h, body) in enumerate(posts))
    return (f"<html lang='sv'><head><title>{title}</title></head><body><main>{arts}"
            f"<nav class='pagination'><a href='/page/2'>Äldre inlägg</a></nav></main></body></html>")


def _read(html: str) -> tuple[str, str]:
    article = extract_html(html, "t")
    return article.title, "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_boxes_with_the_date_over_each_title_are_read_for_the_newest_post() -> None:
    title, text = _read(_wix(POSTS, "Nyheter | Västerby byalag"))
    assert title == POSTS[0][1]
    assert "trettiotal bord" in text
    assert "sommarfesten" not in text and "Tomas Lind" not in text and "Tack för en fin" not in text


def test_boxes_with_the_date_over_each_title_named_by_the_title_read_that_post_alone() -> None:
    title, text = _read(_wix(POSTS, f"{POSTS[1][1]} | Västerby byalag"))
    assert title == POSTS[1][1]
    assert "sommarfesten" in text
    assert "trettiotal bord" not in text and "Tomas Lind" not in text


def test_a_front_page_whose_title_names_a_later_post_reads_that_post_alone() -> None:
    title, text = _read(_front(POSTS, f"{POSTS[1][1]} – Västerby byalag"))
    assert title == POSTS[1][1]
    assert "Över hundra personer" in text
    assert "trettiotal bord" not in text and "Tomas Lind" not in text


def test_guard_a_front_page_naming_no_post_reads_its_first_post() -> None:
    title, text = _read(_front(POSTS, "Västerby byalag"))
    assert title == POSTS[0][1]
    assert "trettiotal bord" in text and "sommarfesten" not in text


def test_guard_an_articles_own_dated_sections_under_its_headline_stay() -> None:
    sections = [("12 maj", "Första spadtaget", "Bygget av den nya bron började med ett spadtag av kommunalrådet inför "
                 "ett femtiotal åskådare vid ån."),
                ("3 juli", "Brofästena gjutna", "Under sommaren göts brofästena på båda sidor om ån, trots att "
                 "regnet försenade arbetet med två veckor."),
                ("20 september", "Bron öppnar", "I september kunde de första fotgängarna gå över den nya bron, som "
                 "binder ihop skolan med bostadsområdet.")]
    body = "".join(f"<p class='date'>{d}</p><h2>{h}</h2><p>{x}</p>" for d, h, x in sections)
    html = (f"<html lang='sv'><head><title>Bron över ån – ett år i bilder</title></head><body><main><article>"
            f"<p class='date'>1 oktober 2025</p><h1>Bron över ån – ett år i bilder</h1>"
            f"<div class='text'>{body}</div></article></main></body></html>")
    _, text = _read(html)
    assert all(x in text for _, _, x in sections)
