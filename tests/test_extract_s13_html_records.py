"""Records set after the article's text in its own container with no class to tell them (session 13 W, html_records):
readers' comments as plain paragraphs under a writer's line with a date, and the site's next post as a title over
its dated text. Invented pages written after the fix (other subjects than the probes), with guards: an interview's
speakers, a timeline's dated sections, a sign-off with a date, an update note."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Fiskevården i Lillån ger resultat – öringen är tillbaka"
P = [
    "För sju år sedan fanns nästan ingen öring kvar i Lillån. I höstas räknade fiskevårdsföreningen över 400 lekfiskar "
    "på sträckan nedanför kvarnen.",
    "Föreningen har lagt ut lekgrus, rivit två gamla dammar och planterat al längs stränderna för att ge skugga åt "
    "ungfisken under sommaren.",
    "– Det har varit ett långt arbete med många ideella timmar, men nu ser vi att det lönar sig, säger ordföranden "
    "Stig Ahlberg.",
    "Nästa steg är att bygga en fiskväg förbi kraftverket i Norrby, så att öringen kan nå lekplatserna högre upp i ån.",
]


def _page(after: str, before: str = "") -> str:
    body = before + "".join(f"<p>{x}</p>" for x in P) + after
    return (f"<html lang='sv'><head><title>{HEAD}</title></head><body><div id='wrap'><h1>{HEAD}</h1>"
            f"<div class='txt'>{body}</div></div></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_comments_under_a_writers_line_with_a_date_are_not_read() -> None:
    after = ("<hr><p>Anders Blom svarade 3 april 2026 kl. 21:04:</p><p>Fantastiskt jobbat av föreningen, jag fick min "
             "första öring i ån i somras efter tjugo års väntan.</p><p>Maria skrev 4 april 2026:</p><p>Hoppas fiskvägen "
             "blir av snart, kraftverket har stoppat vandringen alldeles för länge nu.</p>")
    read = _read(_page(after))
    assert P[3] in read
    assert "Anders Blom" not in read and "Fantastiskt jobbat" not in read and "Hoppas fiskvägen" not in read


def test_comments_under_a_name_over_a_date_line_are_not_read() -> None:
    after = ("<p>Anders Blom</p><p>3 april 2026</p><p>Fantastiskt jobbat av föreningen, jag fick min första öring i ån "
             "i somras efter tjugo års väntan.</p><p>Maria Ek</p><p>4 april 2026</p><p>Hoppas fiskvägen blir av snart, "
             "kraftverket har stoppat vandringen alldeles för länge nu.</p>")
    read = _read(_page(after))
    assert P[3] in read and "Fantastiskt jobbat" not in read and "Hoppas fiskvägen" not in read


def test_the_next_post_under_the_text_is_not_read() -> None:
    after = ("<p><b>Kräftfisket öppnar den 8 augusti</b></p><p>28 mars 2026</p><p>Föreningen säljer fiskekort för "
             "kräftfisket i Lillån och Norrbysjön från och med juni, på bensinstationen i byn.</p>")
    read = _read(_page(after))
    assert P[3] in read and "Kräftfisket öppnar" not in read and "fiskekort" not in read


def test_guard_an_interviews_speakers_stay() -> None:
    after = ("<p>Stig Ahlberg</p><p>Vi började med att rensa ån från gamla stockar och skräp som låg kvar sedan "
             "flottningens tid.</p><p>Anna Berg</p><p>Sedan kom grusbäddarna, och då började fisken komma tillbaka till "
             "sträckan vid kvarnen.</p>")
    read = _read(_page(after))
    assert "rensa ån från gamla stockar" in read and "grusbäddarna" in read


def test_guard_a_timelines_dated_sections_stay() -> None:
    before = ("<p><b>Dammen rivs</b></p><p>12 maj 2021</p><p>Den första av de två dammarna revs med grävmaskin under en "
              "helg i maj, med hjälp av ett tjugotal medlemmar.</p>")
    after = ("<p><b>Första lekfiskarna</b></p><p>20 oktober 2023</p><p>Hösten 2023 räknades de första lekfiskarna på "
             "sträckan, sammanlagt ett åttiotal öringar.</p>")
    read = _read(_page(after, before=before))
    assert "Den första av de två dammarna" in read and "åttiotal öringar" in read


def test_guard_a_sign_off_with_a_date_stays_out_of_a_thread() -> None:
    after = "<p>Stig Ahlberg, 5 april 2026</p>"
    read = _read(_page(after))
    assert P[3] in read


def test_a_contact_card_closing_the_text_is_not_read() -> None:
    after = ("<h3>Frågor om fiskevården?</h3><p>Stig Ahlberg, ordförande</p><p>Tfn 070-312 45 67</p>"
             "<p>stig.ahlberg@lillan-fvo.se</p>")
    read = _read(_page(after))
    assert P[3] in read and "070-312" not in read and "Stig Ahlberg, ordförande" not in read


def test_guard_a_closing_sentence_with_a_phone_number_stays() -> None:
    after = "<p>Fiskekort köps hos Stig Ahlberg på 070-312 45 67 eller i Norrby lanthandel.</p>"
    read = _read(_page(after))
    assert "Fiskekort köps hos Stig Ahlberg" in read


def test_a_side_columns_opening_hours_after_the_text_are_not_read() -> None:
    html = _page("").replace("<div class='txt'>", "<div class='row'><div class='col-8'>").replace(
        "</div></div></body>", "</div><div class='col-4'><h3>Fiskekortsförsäljning</h3><p>Tisdag 17–19</p>"
        "<p>Lördag kl. 9.00–12.00</p><p>070-312 45 67</p></div></div></div></body>")
    read = _read(html)
    assert P[3] in read and "Tisdag 17–19" not in read and "070-312" not in read


def test_guard_the_articles_own_times_in_a_sentence_stay() -> None:
    after = "<p>Invigning av fiskvägen: lördag 11–14</p><p>Söndag 10–12</p>"
    read = _read(_page(after))
    assert "Invigning av fiskvägen" in read


def test_a_shops_products_under_the_text_are_not_read() -> None:
    after = ("<div class='shop-block'><h3>Böcker i artikeln</h3><p>Fiskeboken för Norrland 249 kr</p>"
             "<p>Flugor för nybörjare 189 kr</p></div>")
    read = _read(_page(after))
    assert P[3] in read and "249 kr" not in read and "Flugor för nybörjare" not in read


def test_guard_the_articles_own_prices_with_labels_stay() -> None:
    after = "<h3>Fiskekort</h3><p>Dygnskort: 80 kr</p><p>Säsongskort: 350 kr</p>"
    read = _read(_page(after))
    assert "Dygnskort: 80 kr" in read and "Säsongskort: 350 kr" in read
