"""A subheading worded like a box of more items ("Fler jobb i inlandet", "Fler jobb på skolan") inside the
article's own container is the article's: its section is read (html_takeback.MORE_LABELS; found on a press release
that lost half its body at such a heading). Invented pages written after the fix, with guards: a "Fler nyheter" box of
linked teaser titles in the same container, and a more-items section of its own after the article, are still not
read."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Skolan i Västerby byggs ut för fyra nya klasser"
P = [
    "Barn- och utbildningsnämnden i Västerby beslutade i tisdags att bygga ut Ekbackeskolan med en ny flygel för "
    "fyra klasser och en ny matsal, som ska stå klar till hösten 2028.",
    "Utbyggnaden beräknas kosta 64 miljoner kronor och finansieras inom kommunens investeringsbudget, som "
    "fullmäktige antog i juni efter en lång debatt om skolornas lokaler.",
    "– Vi har vetat länge att skolan är för trång, och nu får eleverna äntligen de lokaler de behöver, säger "
    "nämndens ordförande Karin Holm (C).",
]
AFTER = [
    "Antalet elever på Ekbackeskolan har ökat från 310 till 420 på fem år, främst på grund av de nya bostäderna "
    "i Norra Ängen där över trehundra lägenheter har byggts sedan 2021.",
    "Klasserna har i dag i genomsnitt 28 elever, och flera grupper har fått undervisas i skolans aula och "
    "bibliotek medan nämnden utrett hur skolan ska kunna växa.",
    "Rektor Jonas Berg säger att personalen har fått vara med och påverka ritningarna för den nya flygeln och "
    "att skolans elevråd ska få tycka till om matsalens inredning.",
]


def _page(heading: str, after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in P)
    return (f"<html lang='sv'><head><title>{HEAD} | Västerby kommun</title></head><body>"
            f"<nav><a href='/'>Start</a><a href='/skola'>Skola</a><a href='/bygga'>Bygga och bo</a></nav><main>"
            f"<article class='news'><h1>{HEAD}</h1><p class='date'>3 mars 2026</p><div class='news__body'>{body}"
            f"<h2>{heading}</h2>{after}</div></article></main>"
            f"<footer><p>Västerby kommun, Stadshusgatan 1</p></footer></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])


def test_a_more_worded_subheading_and_its_section_are_read() -> None:
    read = _read(_page("Fler jobb på skolan", "".join(f"<p>{p}</p>" for p in AFTER)))
    assert "Fler jobb på skolan" in read
    assert all(p in read for p in AFTER)


def test_a_more_worded_subheading_with_a_place_is_read_too() -> None:
    read = _read(_page("Fler aktiviteter på skolgården", "".join(f"<p>{p}</p>" for p in AFTER)))
    assert "Fler aktiviteter på skolgården" in read
    assert AFTER[0] in read and AFTER[2] in read


def test_guard_a_box_of_linked_teaser_titles_in_the_same_container_is_not_read() -> None:
    teasers = ("<p><a href='/nyheter/1'>Ny förskola öppnar i Norra Ängen i augusti och tar emot de första barnen "
               "redan efter sommaren</a></p><p><a href='/nyheter/2'>Skolskjutsarna i Västerby får nya tider från "
               "och med vårterminen efter klagomål från föräldrar</a></p>")
    read = _read(_page("Fler nyheter", teasers))
    assert "Ny förskola öppnar" not in read and "Skolskjutsarna" not in read
    assert all(p in read for p in P)


def test_guard_a_more_items_section_of_its_own_after_the_article_is_not_read() -> None:
    html = _page("Fler aktiviteter på skolgården", "".join(f"<p>{p}</p>" for p in AFTER)).replace(
        "</article></main>",
        "</article><section class='more'><h2>Fler nyheter från kommunen</h2><p>Kommunen söker nu ledare till "
        "sommarens lovaktiviteter för barn och unga i alla stadsdelar, ansök senast i april.</p></section></main>")
    read = _read(html)
    assert "sommarens lovaktiviteter" not in read
    assert AFTER[1] in read
