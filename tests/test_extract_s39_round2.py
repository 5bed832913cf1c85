"""Session 39, round 2 (extract176, opened after its figures at the session's start; issue #9).

- A box of listings between two parts of the article, closed by its link to the whole list ("Till salu i Norra
  Ekbacken" / addresses / prices / "Se alla objekt i området", then the article's next section): its lines were read
  (``moreboxes.see_all_box_tags``). Over all annotated dumps such boxes are 82 lines the site's, 0 an article's.
- A chart's, a map's or a table's caption under its label ("Diagram: …", "Karta: …", "Tabell: …"): 22 the site's,
  none an article's (row ``chart-label``).

Every page here was written after the fix, for invented sites and people. The pages are dumps of one line per
block with no blank lines, as the opened page was (a box set off by blank lines was taken before, by the company its
lines keep). The guard: a results list closed by "Alla resultat" stays the article's.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Hoppa till innehåll\nBergs Bil & Båt\nNyheter\nBegagnat\nVerkstad\nKontakt\n"
_HEAD = "Båtsäsongen startar tidigt i år\n12 mars 2027\nAv Karin Ström\n"
_P1 = ("Det milda vädret har fått många båtägare att ringa redan i februari, och varvet i Bergsvik räknar med att "
       "sjösätta de första båtarna i slutet av mars.")
_P2 = ("– Vi har aldrig haft så många bokningar så här tidigt, säger varvschefen Lars Nyberg, som har anställt två "
       "extra säsongsarbetare.")
_P3 = ("Varvet påminner om att bottenfärg bara får målas på land och att gamla färgburkar lämnas på "
       "återvinningscentralen, inte i hamnens soptunnor.")
_P4 = "– Det är bättre att vänta en vecka än att slarva med förberedelserna, säger Lars Nyberg."
_END = "Dela\nFacebook\nE-post\nBergs Bil & Båt AB\nHamngatan 2, Bergsvik\n"


def test_a_box_of_listings_closed_by_its_see_all_link_goes() -> None:
    box = ("Till salu just nu\nBuster Magnum 2019\nAluminiumbåt · 5,6 m · 115 hk\nPris 289 000 kr\n"
           "Nimbus 26 Nova\nMotorbåt · 8 m · diesel\nPris 465 000 kr\nNyinkommen\n")
    page = (_TOP + _HEAD + _P1 + "\n" + _P2 + "\n" + box + "Se alla båtar till salu\nMiljöregler på varvet\n"
            + _P3 + "\n" + _P4 + "\n" + _END)
    lines = spoken_lines(read_dump(page))
    assert lines[0] == "Båtsäsongen startar tidigt i år"
    for p in (_P1, _P2, _P3, _P4, "Miljöregler på varvet"):
        assert p in lines
    for x in box.splitlines():
        assert x not in lines


def test_a_results_list_closed_by_all_results_stays() -> None:
    results = ["Resultat, seglingen runt Bergsön", "1. Vindil, Anna Ek", "2. Måsen, Per Sjö", "3. Bris, Eva Ström"]
    page = (_TOP + "Vindil vann årets första kappsegling\n14 april 2027\n" + _P1 + "\n" + "\n".join(results)
            + "\nAlla resultat\n" + _P3 + "\n" + _P4 + "\n" + _END)
    lines = spoken_lines(read_dump(page))
    for x in results[1:]:
        assert x in lines


def test_a_charts_caption_under_its_label_goes() -> None:
    for caption in ("Diagram: Antal sjösatta båtar per månad 2020–2026. Källa: Bergsviks varv",
                    "Karta: Här ligger de nya båtplatserna", "Tabell: Avgifter för vinterförvaring 2027"):
        page = _TOP + _HEAD + _P1 + "\n" + _P2 + "\n" + caption + "\n" + _P3 + "\n" + _P4 + "\n" + _END
        lines = spoken_lines(read_dump(page))
        assert caption not in lines
        assert _P3 in lines and _P4 in lines
