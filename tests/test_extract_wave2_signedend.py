"""Wave 2, class 'another piece after the signed article and a separator' (issue #9; :mod:`audiocast.ingest.signedend`).

A newsletter or a published document signs its main piece ("Hälsningar", "Karin Ek, sekreterare", "/Olle"), sets a
separator line and goes on with other news. Every dump here was written after the fix, for a fictional association,
in other wordings than the dumps that showed the class; the guards are a feature's section break without a signature
and a postscript.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = [
    "Efter tre års väntan har kommunen gett klartecken till en ny lekplats vid Ekbackens förskola.",
    "Föreningen har samlat in 85 000 kronor, och kommunen står för resten av kostnaden.",
    "Bygget börjar efter sommarlovet, och lekplatsen ska vara klar till höstlovet.",
    "Tack till alla som har sålt lotter, bakat och skänkt pengar!",
]


def _page(sign: str, sep: str, other: str) -> str:
    return ("Föräldraföreningen Ekbacken\nMånadsbrev juni\n\nNy lekplats vid Ekbacken i höst\n" + "\n".join(_BODY)
            + f"\n{sign}\n{sep}\n{other}\n")


def test_short_news_after_a_greeting_and_a_dashed_line_are_not_read() -> None:
    other = "Smått och gott\n– Sista dagen före lovet slutar förskolan kl 15.\n– Hittegodset skänks bort den 20 juni."
    spoken = _spoken(_read(_page("Soliga hälsningar\nStyrelsen", "- - - - -", other)))
    assert _BODY[-1] in spoken
    assert "Smått och gott" not in spoken and "Hittegodset" not in spoken and "slutar förskolan kl 15" not in spoken


def test_other_news_after_a_sign_off_and_stars_are_not_read() -> None:
    other = ("ANNAT I KORTHET\nLoppisen i gympasalen gav 4 200 kronor till klassresorna.\n"
             "Nästa föräldramöte hålls i augusti, och kallelsen kommer via appen.")
    spoken = _spoken(_read(_page("Karin Ek, sekreterare", "*****", other)))
    assert _BODY[-1] in spoken
    assert "Loppisen i gympasalen" not in spoken and "Nästa föräldramöte" not in spoken


def test_a_section_break_without_a_signature_keeps_the_article_going() -> None:
    # Guard: a feature's break between its sections, no greeting or sign-off above it.
    more = ("Lekplatsen ritas av en landskapsarkitekt som har frågat barnen vad de vill ha, och klätterställningen blev "
            "det populäraste önskemålet.\n– De fick rita själva, och nästan alla ritade en båt, säger förskolechefen Eva Lind.")
    spoken = _spoken(_read(_page("", "* * *", more)))
    assert "klätterställningen blev det populäraste" in spoken and "nästan alla ritade en båt" in spoken


def test_a_postscript_after_the_separator_stays() -> None:
    ps = "PS. Vi behöver fler vuxna som kan hjälpa till när lekplatsen ska invigas, anmäl dig till Karin."
    spoken = _spoken(_read(_page("/Karin", "~~~~~~", ps)))
    assert ps in spoken and _BODY[-1] in spoken
