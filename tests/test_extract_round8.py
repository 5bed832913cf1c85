"""Round 8 of reading sites never seen: the side boxes under an article's end (opening hours, a lunch menu, a league
table, a calendar) told by what the box is, not by its words: a box that ends in a link to the whole of what it
shows ("Se alla …", "Visa hela …") is an excerpt of another page. Each case a small dump written after the fix
(fictional sites, new wording), with what must not be read aloud and what must - guard cases included: opening
hours that are the news, a results table in the body of a sports article, a short closing paragraph."""

from __future__ import annotations

import pytest

from audiocast.ingest import default_scorer, parse_text_dump
from audiocast.ingest.hints import Hints
from audiocast.models import Article, BlockKind

HEAD = (
    "Ljusdals bibliotek\nLåna\nEvenemang\nOm oss\n\nLjusnedalens idrottsplats får ny konstgräsplan\n3 mars 2026\n\n"
    "Kommunen lägger nio miljoner kronor på en ny konstgräsplan vid idrottsplatsen i Ljusnedalen, som ska vara klar "
    "till sommaren.\n\n"
    "Den gamla grusplanen har varit avstängd i två säsonger efter att dräneringen slutade fungera under en regnig höst.\n\n"
)
LAST = (
    "Bygget börjar så fort tjälen har gått ur marken, och föreningarna har redan fått boka tider för hösten på den "
    "nya planen.\n"
)


def _read(dump: str) -> Article:
    return parse_text_dump(dump, "t.txt", "t", hints=Hints(scorer=default_scorer()))


def _spoken(article: Article) -> str:
    parts = [article.title, article.lead or ""]
    for b in article.blocks:
        parts.append(b.text)
        if b.kind is BlockKind.FACTBOX:
            parts.extend(b.items)
    return "\n".join(parts)


EXCERPTS = {
    "swimming hall hours": (
        "\nÖppettider Ljusdals badhus\nVardagar: 06.30–20.00\nHelger: 09–16\nBastu: tis och tor till 21\n"
        "Visa alla tider\n",
        ["Öppettider Ljusdals badhus", "Vardagar", "Helger", "Bastu", "Visa alla tider"]),
    "preschool lunch menu": (
        "\nLunch på Granbackens förskola v. 10\nMån – Potatissoppa med bröd\nTis – Fiskpinnar och potatis\n"
        "Ons – Linsgryta\nSe hela matsedeln\n",
        ["Lunch på Granbackens", "Potatissoppa", "Fiskpinnar", "Linsgryta", "Se hela matsedeln"]),
    "bandy league table": (
        "\nAllsvenskan bandy norra\n1 Edsbyns IF 14 25\n2 Bollnäs GIF 14 21\n3 Broberg 14 20\n"
        "Visa hela serietabellen\n",
        ["Allsvenskan bandy norra", "Edsbyns IF 14 25", "Broberg 14 20", "serietabellen"]),
    "theatre's practical box with a way to find it": (
        "\nInför besöket\nBiljetter: 240 kr, studenter 120 kr\nFoajén öppnar en timme före\nHitta till Folkets hus\n",
        ["Inför besöket", "Biljetter", "Foajén öppnar", "Hitta till Folkets hus"]),
}


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_an_excerpt_box_under_the_article_is_not_read(name: str) -> None:
    box, gone = EXCERPTS[name]
    article = _read(HEAD + LAST + box + "\nLjusdals kommun\nKontakt\nCookies\n")
    spoken = _spoken(article)
    for phrase in gone:
        assert phrase not in spoken, (name, phrase)
    assert "tjälen har gått ur marken" in spoken
    assert article.title == "Ljusnedalens idrottsplats får ny konstgräsplan"


def test_an_excerpt_box_after_a_caption_and_before_a_teaser_box_is_not_read() -> None:
    dump = (
        HEAD + LAST + "\nPlanen sedd från läktaren.\n\nTider för uthyrning\nVardagar 17–22\nHelger 08–20\n"
        "Se alla lediga tider\n\nFler nyheter från kommunen\nNy förskola i Färila\nVägarbete på Riksväg 84\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Tider för uthyrning", "Vardagar 17–22", "lediga tider", "Färila", "Riksväg 84"):
        assert phrase not in spoken


def test_opening_hours_that_are_the_news_stay() -> None:
    """The article's own list of new hours, under its last paragraph with no link to more: the place of its fact box."""
    dump = (
        "Hudiksvalls kommun\nStart\nNyheter\n\nÅtervinningscentralen i Sörforsa får längre öppettider\n"
        "2 april 2026\n\nFrån och med maj håller återvinningscentralen i Sörforsa öppet även på kvällar och söndagar, "
        "efter önskemål från många besökare.\n\nÄndringen gäller på prov under ett år, och kommunen ska sedan "
        "utvärdera hur många som kommer på de nya tiderna.\n\nNya öppettider från 1 maj\nMåndag–torsdag 10–19\n"
        "Fredag 10–16\nSöndag 10–15\n\nHudiksvalls kommun\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Måndag–torsdag 10–19", "Fredag 10–16", "Söndag 10–15", "utvärdera"):
        assert phrase in spoken


def test_a_results_table_in_a_sports_articles_body_stays() -> None:
    """A table in the article's body (prose below it), even when a link to the whole table ends it."""
    dump = (
        "Gästriklands Skidförbund\nTävling\nResultat\n\nTvå segrar för Sandvikens SK i distriktsmästerskapen\n"
        "9 februari 2026\n\nSandvikens SK tog två av tre guld när distriktsmästerskapen i sprint avgjordes i "
        "Kungsberget på lördagen.\n\nHerrar, sprint:\n1 Viktor Ahl, Sandvikens SK 3.12\n2 Oskar Berg, Gefle IF 3.15\n"
        "3 Leo Dahl, Hofors SK 3.19\nSe alla resultat\n\nI damklassen vann Maja Ek från Sandviken med god marginal, "
        "trots att hon föll i den sista utförsbacken före upploppet.\n\nGästriklands Skidförbund\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Viktor Ahl", "Oskar Berg", "Leo Dahl", "Maja Ek"):
        assert phrase in spoken
    assert "Se alla resultat" not in spoken


def test_a_short_closing_paragraph_and_a_fact_box_stay() -> None:
    dump = (
        HEAD + LAST + "\nNästa möte hålls i april.\n\nFakta: Konstgräsplanen\nStorlek: 105 x 65 meter\n"
        "Kostnad: 9 miljoner kronor\n\nLjusdals kommun\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    for phrase in ("Nästa möte hålls i april.", "105 x 65 meter", "9 miljoner kronor"):
        assert phrase in spoken


@pytest.mark.parametrize("caption", [
    "Plantribunen i Ljusnedalen sett från norr.",
    "Ungdomslaget med sin pokal efter seriefinalen.",
    "Grusplanen under översvämningen i fjol.",
])
def test_a_caption_whose_only_verb_like_word_is_a_preposition_or_supine_is_not_read(caption: str) -> None:
    """Words that end like a verb but never are finite ones ('efter', 'under', 'sett', 'sin') make no sentence."""
    spoken = _spoken(_read(HEAD + "\n" + caption + "\n\n" + LAST))
    assert caption not in spoken
    assert "tjälen har gått ur marken" in spoken


@pytest.mark.parametrize("sentence", [
    "Publiken jublade efter matchen.",
    "Planen har sett bättre dagar.",
    "Arbetet pågår under hela sommaren.",
])
def test_a_short_sentence_with_a_finite_verb_stays(sentence: str) -> None:
    spoken = _spoken(_read(HEAD + LAST + "\n" + sentence + "\n\nLjusdals kommun\nCookies\n"))
    assert sentence in spoken
