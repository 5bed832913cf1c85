"""Given names written short before a surname, as old records, obituaries and a society's history write them
("apotekare Hj. Lindqvist", "grundades av Gust. Ek", s21-N23): the name in full.

Read only before a capitalised name (joined to TITLE_BEFORE_NAME_ONLY by ``abbreviation_titles.py``). The whole
family of the clipped Swedish given names whose short form is no other word: "Aug." (augusti), "Fr." (från, fredag),
"Joh." (Johan or Johannes), "Chr." (Christer, Christina), "Em." (Emil, Emma) and "Sv." (Sven, svenska) are left out,
as their reading is not known from the form.
"""

from __future__ import annotations

GIVEN_NAME_SHORTS = {
    "Hj.": "Hjalmar", "Gust.": "Gustaf", "Wilh.": "Wilhelm", "Edv.": "Edvard", "Osc.": "Oscar", "Bernh.": "Bernhard",
    "Herm.": "Herman", "Konr.": "Konrad", "Fredr.": "Fredrik", "Ludv.": "Ludvig", "Leonh.": "Leonhard",
    "Sigfr.": "Sigfrid", "Teod.": "Teodor", "Theod.": "Theodor", "Alfr.": "Alfred", "Rich.": "Richard",
    "Ferd.": "Ferdinand", "Fredr.a": "Fredrika", "Vilh.": "Vilhelm", "Gottfr.": "Gottfrid", "Reinh.": "Reinhold",
}
