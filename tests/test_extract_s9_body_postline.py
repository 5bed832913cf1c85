"""Session 9, class 'a blog's post line naming a group, not a person, was read' (issue #9; ``data/boilerplate.tsv`` rule
``byline-posted``): "Upplagd av LKK kansli kl. 20:14" under a club blog's post was read, since the rule took only
capitalised names; with the clock time after it, the line is the post's byline whatever the writer's words.

Every dump here was written after the fix, for fictional sites and in other wordings; the guard is the article's
sentence that says who posted something.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Brukshundklubben Norr\nHem\nKurser\nArkiv\nsöndag 9 mars 2025\nTre nya lydnadschampions i klubben\n"
         "Helgens lydnadsprov i Boden blev en fin dag för klubben med tre nya champions på en och samma dag.\n"
         "Det var första gången sedan 2019 som så många av klubbens ekipage lyckades samtidigt.\n"
         "Nästa prov på hemmaplan är den 12 april och anmälan är öppen till sista mars.\n")
_TAIL = "0 kommentarer\nEtiketter: Lydnad\nDela\nNyare inlägg\nÄldre inlägg\n"


def test_a_post_line_naming_a_group_is_the_posts_byline() -> None:
    for line, writer in (("Upplagd av BHK styrelse kl. 19:02", "BHK styrelse"),
                         ("Upplagt av Kurskommittén i Boden kl. 08.30", "Kurskommittén i Boden")):
        article = _read(_HEAD + line + "\n" + _TAIL)
        assert line not in _spoken(article) and article.author == writer


def test_a_post_line_naming_a_person_still_is() -> None:
    article = _read(_HEAD + "Upplagd av Karin Ödmark kl. 21:45\n" + _TAIL)
    assert article.author == "Karin Ödmark"


def test_the_articles_sentence_about_a_post_stays() -> None:
    sentence = "Bilderna från provet är upplagda av klubbens fotograf och finns i galleriet."
    assert sentence in _spoken(_read(_HEAD + sentence + "\n" + _TAIL))
