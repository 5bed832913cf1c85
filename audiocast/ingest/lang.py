"""A cheap language check: the share of common function words.

Swedish text is about a third function words (och, att, det, som, på, är …);
English, Norwegian/Danish, German and Finnish have their own. Good enough to
tell a Swedish news article from a page in another language, nothing more.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..models import Article

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset("""och att det som en på är av för med till den har de inte om ett men var
        vi kan från sig ska så efter eller när också under hade vid mot sina säger sade sa
        kommer blir mycket bara än där här kommunen enligt""".split()),
    "en": frozenset("""the and of to in is that for it was on with as by at from be this are have
        has were which will their said would been an its they not but or who""".split()),
    "no-da": frozenset("""og er ikke til fra også jeg hun han af meget efter etter blev ble eller
        når hvor kan skal sier siger kommunen""".split()),
    "de": frozenset("""und der die das ist nicht mit von zu den auf für ein eine sich des dem
        im auch wird sind wurde""".split()),
    "fi": frozenset("""ja on ei että se oli hän mutta kun myös tai ovat joka sekä""".split()),
}
_WORD = re.compile(r"[a-zåäöæøüéß]+")


def detect_language(text: str) -> str:
    """"sv", "en", "no-da", "de", "fi" or "unknown" for a stretch of text.

    >>> detect_language("Kommunen säger att det inte finns pengar till en ny skola.")
    'sv'
    >>> detect_language("The council said that it will not build a new school this year.")
    'en'
    """
    tokens = _WORD.findall(text.lower())
    if len(tokens) < 5:
        return "unknown"
    scores = {lang: sum(t in words for t in tokens) for lang, words in FUNCTION_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] / len(tokens) < 0.08:
        return "unknown"
    if best != "sv" and scores["sv"] >= 0.9 * scores[best]:
        # Shared words ("kan", "en", "till") weigh less than the distinctive ones.
        best = "sv"
    return best


LANGUAGE_NAMES = {"sv": "Swedish", "en": "English", "no-da": "Norwegian or Danish", "de": "German",
                  "fi": "Finnish", "unknown": "an unknown language"}
_LANG_ATTR = {"sv": "sv", "en": "en", "nb": "no-da", "nn": "no-da", "no": "no-da", "da": "no-da", "de": "de", "fi": "fi"}


OTHER_SCRIPT = "other-script"
"""A line mostly in another script than the Latin one (Arabic, Tigrinya, Cyrillic, ...)."""
_DOUBLE_VOWEL = re.compile(r"(?i)(?:aa|ää|ee|ii|oo|uu|yy|öö)")


def finnic(text: str) -> bool:
    """Most words hold a double vowel and none an å ("Kielipesään mahtuu 15 lasta. Se alkaa 19. elokuuta."): Finnish or
    Meänkieli, whose function words are too few in a short line to tell it."""
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    return len(tokens) >= 5 and "å" not in text.lower() and 2 * sum(bool(_DOUBLE_VOWEL.search(t)) for t in tokens) >= len(
        tokens)


def line_language(text: str) -> str:
    """"sv", "en", "de", "fi", "no-da", :data:`OTHER_SCRIPT` or "unknown" for one line of a page: another script first,
    then the function words (:func:`detect_language`), then a Finnic line's double vowels.

    >>> line_language("The youth centre will stay open until nine on weekdays.")
    'en'
    >>> line_language("Kielipesään mahtuu 15 lasta ja se alkaa syksyllä.")
    'fi'
    """
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() or c in "åäöéüÅÄÖÉÜ" for c in letters) * 2 < len(letters):
        return OTHER_SCRIPT
    found = detect_language(text)
    return "fi" if found == "unknown" and finnic(text) else found


def language_name(code: str) -> str:
    """A readable name for a detect_language() code."""
    return LANGUAGE_NAMES.get(code, code)


def language_of(text: str, declared: str | None = None) -> str:
    """The language of an article's text; the page's own ``lang`` attribute decides when the text cannot.

    >>> language_of("abc", "sv-SE")
    'sv'
    """
    found = detect_language(text)
    if found == "unknown" and declared:
        return _LANG_ATTR.get(declared.lower().replace("_", "-").split("-")[0], "unknown")
    return found


def ensure_swedish(article: Article) -> Article:
    """The article itself when it is in Swedish; else IngestError with a one-line reason.

    Call this where an article is about to be read aloud (rendering, fetching
    into the articles folder). Extracting and printing an article does not
    need it: any language can be extracted.
    """
    if article.language != "sv":
        raise IngestError(
            article.source,
            f"the article is not in Swedish; it looks like {language_name(article.language)}, "
            "and audiocast reads Swedish only",
        )
    return article
