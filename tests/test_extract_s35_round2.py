"""Session 35, round 2, from blind sets extract141, extract144 and extract145 (written this session by helpers who never
read the rules; extract144 and extract145 scored at 1b12087e before anyone read them: headline 100 %, leak 2.1 %
(13/632), recall 0.976 and 100 %, 3.8 % (22/576), 1.000). Each phenomenon below was written after its fix, with
another site and other words; the guard beside it:

- the article's fact box glued over its share row, its times and prices new to the text, closes the article
  (``sharedbox.box_over_share_row``), its own link to more of it passed over; an app's card of tiles (a label alone
  over its value), the site's opening hours, running prose or a blank line between do not;
- a download link closed by its file's type and size, a picture's or a sound's file too, or by its size alone
  ("Ladda ner: … (JPG, 3,1 MB)", "… som pdf (2,2 MB)"; ``data/boilerplate.tsv`` download-link); a sentence naming a
  file's size stays.
"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_text

from audiocast.ingest.sharedbox import box_over_share_row

_PLAY = """Hoppa till innehåll
Teaterföreningen Ridån
Föreställningar
Om oss
Kontakt
Vårens pjäs handlar om en by som vägrar flytta
Publicerad 3 februari 2026
I år sätter teaterföreningen upp en nyskriven pjäs om byn Ödsta, där invånarna vägrar lämna sina hus när gruvbolaget vill bryta malm under dem.
Manuset är skrivet av föreningens egen Gunilla Persson, som har intervjuat äldre i bygden om hur det var när grannbyn revs på sextiotalet.
– Jag ville att det skulle kännas som att publiken sitter i köket hos någon som inte tänker ge sig, säger hon.
Tolv skådespelare i åldrarna nio till åttiotvå år står på scenen, och musiken spelas live av ett spelmanslag från trakten.
Speldatum och biljetter
Premiär fredag 13 mars kl. 19.00, Bygdegården Ödsta
Lördag 14 mars kl. 15.00 och söndag 15 mars kl. 15.00
Biljetter: 180 kr, barn under 12 år 60 kr
Regi: Tomas Hedlund
Förköp i Ica-butiken fram till den 10 mars.
Dela
Facebook
Kopiera länk
Fler nyheter
Sommarens teaterläger är fullbokat
"""


def test_the_articles_fact_box_over_its_share_row_is_read() -> None:
    spoken = spoken_text(read_dump(_PLAY))
    assert "Premiär fredag 13 mars" in spoken
    assert "Biljetter: 180 kr" in spoken and "Regi: Tomas Hedlund" in spoken
    assert "Förköp i Ica-butiken" in spoken
    assert "Dela" not in spoken.split() and "Sommarens teaterläger" not in spoken


def _over_share(rows: list[str]) -> int | None:
    lines = [Line("Speldatum"), *(Line(r) for r in rows), Line("Dela", tag="drop", rule="share"),
             Line("Facebook", tag="drop", rule="share")]
    return box_over_share_row(lines, 0, gone=False)


def test_a_box_glued_over_the_share_row_reaches_it() -> None:
    assert _over_share(["Premiär fredag 13 mars kl. 19.00", "Biljetter: 180 kr", "Förköp i Ica-butiken."]) == 4


def test_an_apps_tiles_a_label_alone_over_its_value_are_no_box() -> None:
    assert _over_share(["Landsväg · 12 juni 2026", "Sträcka", "6,2 km", "Tid", "14:02"]) is None


def test_the_sites_opening_hours_over_the_share_row_are_no_box() -> None:
    assert _over_share(["Måndag: 8.00–18.00", "Tisdag: 8.00–18.00", "Onsdag: 8.00–20.00"]) is None


def test_the_boxs_own_link_to_more_over_the_share_row_is_passed() -> None:
    lines = [Line("Program för lovet"), Line("Måndag 3/3 kl. 13: Pyssel för barn"), Line("Tisdag 4/3 kl. 10: Sagostund"),
             Line("Se hela lovprogrammet", tag="drop", rule="more-items"), Line("Dela", tag="drop", rule="share")]
    assert box_over_share_row(lines, 0, gone=False) == 4


def test_running_prose_or_a_blank_line_is_no_box() -> None:
    long = "Förköpet pågår i butiken fram till den tionde mars, och barn under tolv år går in gratis om de har sällskap."
    assert _over_share(["Premiär fredag 13 mars kl. 19.00", long]) is None
    lines = [Line("Speldatum"), Line("Premiär fredag 13 mars", blank_before=True), Line("Dela", tag="drop", rule="share")]
    assert box_over_share_row(lines, 0, gone=False) is None
    assert box_over_share_row(lines[:1] + [Line("Premiär fredag 13 mars"), lines[2]], 0, gone=True) is None


_PRESS = """Region Västerdal
Press
Nya ambulanser till inlandet
Publicerad 4 maj 2026
Regionen köper fyra nya ambulanser som ska stationeras i Älvsby och Fjällåsen, där väntetiderna har varit längst i länet under de senaste två åren.
Ambulanserna levereras i höst och ersätter fordon som har gått mer än fyrtio tusen mil.
– Det här gör skillnad för alla som bor långt från sjukhuset, säger ambulanschefen Petra Holm.
Filen med hela upphandlingen är på 4 MB och finns hos registraturen.
Ladda ner: Pressbild på den nya ambulansen (JPG, 3,1 MB)
Läs hela upphandlingsbeslutet som pdf (2,2 MB)
Om Region Västerdal
"""


def test_download_links_closed_by_their_files_size_are_not_read() -> None:
    spoken = spoken_text(read_dump(_PRESS))
    assert "Pressbild på den nya ambulansen" not in spoken
    assert "upphandlingsbeslutet som pdf" not in spoken


def test_a_sentence_naming_a_files_size_stays() -> None:
    assert "Filen med hela upphandlingen är på 4 MB" in spoken_text(read_dump(_PRESS))
