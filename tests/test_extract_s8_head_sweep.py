"""Session 8: a sweep of generated page heads as a net for the headline's choice (issue #9 item 3).

The heads are put together from parts that stand on many sites - a header (the site's name, a tagline, a cookie box, a
promotion), a menu (in its own block or glued to the head), a box above the head (latest news, a calendar, a teaser, a
notice), a breadcrumb, a section's label, the headline (long, short, two words, a question, a quote, in capitals, with a
label and a colon), the head's meta (none, a date line above or below, a byline, a credit row, a reading time) and what
stands under it (a share row, a player, a picture's credit, a gallery, tags, a comment counter) - over one text, with
and without blank lines. The session's fixes were found this way; the sample here (a fixed draw of 240 of the 322 560
heads) had 45 wrong with the code at the session's start and 6 when this test was written, all two-word headlines
under a notice, a list or a tagline. No case may be added to the wrong ones; a fix that mends some lowers
:data:`KNOWN_WRONG`.
"""

from __future__ import annotations

import itertools
import random
import re

from extract_helpers import read_dump as _read

_TEXT = (
    "Efter flera års väntan har föreningen nu fått pengar från kommunen för att lägga nytt tak på den gamla smedjan vid "
    "ån.\n\n"
    "Arbetet börjar i april och ska vara klart till midsommar, om vädret tillåter. Snickarna kommer från ett företag i "
    "grannbyn.\n\n"
    "Under tiden är smedjan stängd för besökare, men guidade visningar av gården fortsätter som vanligt på söndagarna.\n"
)
_TOP = ("Åby Hembygdsförening\n", "Åby Hembygdsförening\nVi bevarar bygdens historia för framtiden\n",
        "Vi använder kakor för att webbplatsen ska fungera.\nGodkänn alla\nNeka\n\nÅby Hembygdsförening\n",
        "Bli medlem – 150 kr per år\nÅby Hembygdsförening\n")
_MENU = ("Hem\nOm oss\nKalender\nKontakt\n\n", "Hem\nOm oss\nKalender\nKontakt\n")
_SIDE = ("", "Senaste nytt\nÅrsmötet valde ny styrelse\nJulmarknaden slog rekord\n\n",
         "Kommande evenemang\n12 april – Vårstädning\n20 april – Loppis\n\n",
         "Läs också: Kvarnen renoveras under sommaren\n\n", "Obs! Kansliet är stängt under påsken.\n\n")
_HEADS = ("Smedjan vid ån får äntligen nytt tak i vår", "Vårens stora dag", "Vem lägger taket på smedjan?",
          "”Nu blir smedjan som ny igen”", "NYTT TAK PÅ SMEDJAN", "Taket klart", "Hembygd: Smedjan får nytt tak")
_CRUMB = ("", "Hem › Aktuellt\n", "Start / Aktuellt / {H}\n")
_LABEL = ("", "Aktuellt\n", "NYHET\n")
_META = (("", ""), ("", "3 april 2026\n"), ("3 april 2026\n", ""), ("", "Av Anna Ek\n3 april 2026\n"),
         ("", "Publicerad 3 april 2026 av Anna Ek\n"), ("", "Skrivet av Anna Ek den 3 april 2026\n"),
         ("", "3 april 2026 · 4 min läsning\n"), ("", "Anna Ek\n3 april 2026\n"))
_UNDER = ("", "Dela\nFacebook\nX\n", "Lyssna på artikeln\n", "Smedjan i vintras. Foto: Anna Ek\n",
          "Bild 1 av 4\nSmedjan i vintras\n", "Foto: Anna Ek\n", "Taggar: smedjan, hembygd\n", "3 kommentarer\n")
SAMPLE = 240
KNOWN_WRONG = 6
"""Wrong headlines in the sample when the test was written (a net: never more)."""


def _pages() -> list[tuple[str, str]]:
    combos = list(itertools.product(_TOP, _MENU, _SIDE, _HEADS, _CRUMB, _LABEL, _META, _UNDER, (False, True)))
    random.Random(8).shuffle(combos)
    out = []
    for top, menu, side, head, crumb, label, (above, below), under, glued in combos[:SAMPLE]:
        page = top + menu + side + crumb.replace("{H}", head) + label + above + head + "\n" + below + under + "\n" + _TEXT
        out.append((re.sub(r"\n\s*\n", "\n", page) if glued else page, head))
    return out


def test_generated_heads_get_no_more_wrong_headlines() -> None:
    wrong = [(page, head) for page, head in _pages() if _read(page).title != head]
    assert len(wrong) <= KNOWN_WRONG, f"{len(wrong)} wrong headlines; the first:\n{wrong[0][0]}"
