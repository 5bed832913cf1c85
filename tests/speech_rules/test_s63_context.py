"""Session 63: phenomena of the opened blind sets normalize467-468, each tested on sentences written after its fix
(other words, numbers and places than the rows that showed it), with guards the rules must leave.

- a composer's work written "5:a" in a line about music is the number's noun ("Beethovens femma"); ":a" after one
  and two is the ordinal's own ending, "Sibelius 2:a": "andra" (``placings.is_placing``);
- a second count joined by "och", "eller" or "mot" to a count with its noun, its noun left out, is no emergency
  number ("78 poäng från juryn och 112 från tittarna": ``contact._service``), unless the sentence calls;
- a lantmäteri notice's laws by their letters after a law reference ("5 kap. FBL": "fastighetsbildningslagen",
  ``data/words.LAW_SHORT_NAMES``);
- a spaced slash before a number in a formula divides ("× prisbasbeloppet / 12": "delat med", ``divisions``).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Kammarorkestern spelar Schuberts 8:a på söndag.", "Kammarorkestern spelar Schuberts åtta på söndag."),
    ("Konserthuset bjuder på Beethovens 7:a och en ny kantat.",
     "Konserthuset bjuder på Beethovens sjua och en ny kantat."),
    ("Låten fick 54 poäng av juryn och 113 från publiken.", "Låten fick femtiofyra poäng av juryn och hundratretton från publiken."),
    ("Laget har släppt in 47 mål hemma och 112 borta.", "Laget har släppt in fyrtiosju mål hemma och hundratolv borta."),
    ("Lantmäteriet prövar ansökan enligt 10 kap. 3 § FBL.",
     "Lantmäteriet prövar ansökan enligt tionde kapitlet tredje paragrafen fastighetsbildningslagen."),
    ("Gemensamhetsanläggningen bildas enligt 12 § AL.", "Gemensamhetsanläggningen bildas enligt tolfte paragrafen anläggningslagen."),
    ("Avgiften räknas som 0,48 × inkomsten / 12.", "Avgiften räknas som noll komma fyrtioåtta gånger inkomsten delat med tolv."),
    ("Snittet blir (480 + 512) / 2 poäng.", "Snittet blir (fyrahundraåttio plus femhundratolv) delat med två poäng."),
]

GUARDS = [
    # "2:a" after a composer stays the ordinal; a placing after a name in sport stays the placing's noun
    ("Orkestern spelar Mahlers 2:a i kväll.", "Orkestern spelar Mahlers andra i kväll."),
    ("Skidor: Karlsson 5:a på 15 km.", "Skidor: Karlsson femma på femton kilometer."),
    # a sentence that calls keeps the emergency number after "eller"
    ("Ring 1177 om du haft feber i 4 dygn, eller 112 vid fara.",
     "Ring elva sjuttiosju om du haft feber i fyra dygn, eller ett ett två vid fara."),
    ("Han larmade 112 och 1177 samma kväll.", "Han larmade ett ett två och elva sjuttiosju samma kväll."),
    # "AL" alone is no law; shifts joined by a spaced slash keep their pause
    ("AL-laget vann med 3 mål.", "a ell-laget vann med tre mål."),
    ("Skift 06–14 / 14–22 enligt schema.", "Skift sex till fjorton, fjorton till tjugotvå enligt schema."),
]


@pytest.mark.parametrize(("text", "want"), CASES + GUARDS)
def test_reading(text: str, want: str) -> None:
    assert normalize(text) == want
