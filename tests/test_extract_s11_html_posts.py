"""A news page showing several posts reads the headline's post alone (session 11 W, html_posts); invented pages
written after the fix, other builders and wordings than the probes."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

POSTS = [
    ("Isen på Lillsjön är nu säker", "2026-01-14",
     ["Isen på Lillsjön har nu mätts upp till tolv centimeter vid badplatsen och längs den plogade banan. Längre ut mot mitten är den fortfarande tunn.",
      "Kommunen plogar en två kilometer lång skridskobana varje morgon så länge isen håller, meddelar fritidskontoret. Banan är belyst till klockan 21."]),
    ("Julmarknaden samlade rekordpublik", "2025-12-15",
     ["Omkring tvåtusen besökare kom till julmarknaden på torget, fler än något år tidigare. Kön till glöggståndet ringlade sig runt hela torget.",
      "Mest sålt blev det av hemgjord senap och stickade vantar, enligt arrangörerna i handelsföreningen. Nästa år blir marknaden två dagar."]),
    ("Ny öppettid på biblioteket", "2025-11-02",
     ["Från och med november har biblioteket öppet till klockan 20 på torsdagar. Det är ett försök som pågår till sommaren.",
      "Det blir också fler lässtunder för barn på lördagsförmiddagarna under vintern. Ingen föranmälan behövs för att vara med."]),
]


def _read(html: str) -> tuple[str, str]:
    article = extract_html(html, "t")
    return article.title, "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_blog_list_with_an_h1_per_post_reads_the_newest_post() -> None:
    posts = "".join(f"<article class='blog-item'><h1 class='blog-title'>{t}</h1><time class='blog-date'>{d}</time>"
                    + "".join(f"<p>{p}</p>" for p in ps) + "</article>" for t, d, ps in POSTS)
    html = (f"<html lang='sv'><head><title>Aktuellt — Lillby Byalag</title></head><body><header><h1>Lillby Byalag</h1>"
            f"</header><main><div class='blog-list'>{posts}</div></main><footer>Lillby Byalag, Byvägen 1</footer></body></html>")
    title, read = _read(html)
    assert title == POSTS[0][0] and "plogar en två kilometer" in read
    assert "julmarknaden" not in read.lower() and "lässtunder" not in read


def test_a_builders_news_column_of_boxed_posts_reads_the_newest_post() -> None:
    posts = "".join(f"<div class='news-box'><div class='news-box__inner'><h4 class='nb-title'>{t}</h4>"
                    f"<p class='nb-date'>{d}</p>" + "".join(f"<p>{p}</p>" for p in ps) + "</div></div>"
                    for t, d, ps in POSTS)
    html = (f"<html lang='sv'><head><title>Nyheter | Lillby</title></head><body><header><h1>Lillby</h1></header>"
            f"<main><h1>Nyheter</h1>{posts}</main><footer>Lillby, Byvägen 1</footer></body></html>")
    title, read = _read(html)
    assert title == POSTS[0][0] and "tolv centimeter" in read and "tvåtusen besökare" not in read


def test_guard_an_articles_own_dated_subsections_under_its_h1_stay() -> None:
    parts = "".join(f"<div class='part'><h3 class='part-t'>{t}</h3>" + "".join(f"<p>{p}</p>" for p in ps) + "</div>"
                    for t, d, ps in POSTS)
    html = (f"<html lang='sv'><head><title>Året som gick i Lillby</title></head><body><article><h1>Året som gick i "
            f"Lillby</h1><p class='date'>31 december 2025</p>{parts}</article></body></html>")
    _, read = _read(html)
    assert "tvåtusen besökare" in read and "lässtunder" in read
