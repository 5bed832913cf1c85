"""Session 29, from blind set extract106 (12 dumps held out to the end of the session's second round: headline 100 %,
leak 7.7 %, recall 0.939 at 70fa59c9 and 7.6 %, 0.939 at 493e835b; then opened). Each phenomenon named by what holds
on any site, tested on dumps written after the fixes; the guards beside each:

- a related-links label with its titles between the article's paragraphs ("Relaterat" over three titles), the text
  going on under it: the box goes, the text is read on (``records.stop_box_end``; it was the page's end and two thirds
  of the article were lost); at the page's end, with nothing under it, it still ends the page;
- a weather service's warnings widget ("SMHI:s varningar" over levels, areas and times, closed by its source) between
  paragraphs (``data/live_words.py``), and a live report's "Följ stormen i vår liverapport";
- a newsroom's naming policy in one sentence ("… publicerar som huvudregel inte namn eller bild …").
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_RELATED = """Åbyposten
Nyheter
Trafik
Bron över Åbyån stängs för renovering i sommar
Den gamla stenbron över Åbyån stängs för all trafik från midsommar till slutet av augusti.
Text: Lina Berg
3 april 2026 08:15
Dela
Bron är från 1880-talet och har fått allt större sprickor i valven de senaste åren, enligt kommunens besiktning.
– Vi kan inte vänta längre. Om vi inte lagar den nu kan vi tvingas stänga den helt, säger teknikchefen Olof Ek.
Relaterat
Åbyån svämmade över – bron stängdes i två dagar
Handlarna i centrum oroas av sommarens vägarbeten
Ny cykelbana längs ån klar i höst
Så tar du dig fram
Under arbetet leds biltrafiken om via Industrigatan och Norra vägen, vilket förlänger resan med några minuter.
Gående och cyklister kan använda en tillfällig gångbro som byggs bredvid den gamla bron under hela arbetet.
Renoveringen kostar 18 miljoner kronor och betalas till hälften av ett statligt bidrag för kulturhistoriska broar.
"""


def test_a_related_box_between_the_paragraphs_and_the_text_under_it() -> None:
    spoken = spoken_lines(read_dump(_RELATED))
    for start in ("Under arbetet leds biltrafiken om", "Gående och cyklister", "Renoveringen kostar 18 miljoner"):
        assert any(line.startswith(start) for line in spoken)
    for line in ("Relaterat", "Åbyån svämmade över – bron stängdes i två dagar", "Ny cykelbana längs ån klar i höst"):
        assert line not in spoken
    assert "Så tar du dig fram" in spoken


_RELATED_END = """Åbyposten
Nyheter
Ny lekplats i Åby park
Kommunen bygger en ny lekplats i Åby park som ska stå klar till sommarlovet.
Text: Lina Berg
3 april 2026 08:15
Lekplatsen får gungor, en klätterställning och en sandlåda med tak, och den ska gå att använda för barn med rullstol.
– Det har varit den största önskan i vår medborgardialog, säger kommunalrådet Eva Holm.
Relaterat
Åbyån svämmade över – bron stängdes i två dagar
Handlarna i centrum oroas av sommarens vägarbeten
Om Åbyposten
Kontakta redaktionen
"""


def test_a_related_box_at_the_pages_end_still_ends_the_page() -> None:
    spoken = spoken_lines(read_dump(_RELATED_END))
    assert "Handlarna i centrum oroas av sommarens vägarbeten" not in spoken and "Kontakta redaktionen" not in spoken


_STORM = """Kustposten
Nyheter
Stormen Vera når kusten i kväll
Stormen Vera väntas nå kusten under fredagskvällen med vindbyar upp till trettio meter per sekund.
Av Per Holm
Publicerad 17 januari 2025 kl 09.14
SMHI har utfärdat en orange varning för mycket kraftiga vindbyar längs hela kusten från klockan fyra i eftermiddag.
SMHI:s varningar
Orange varning
Mycket kraftiga vindbyar
Kusten, norra delen
Fre 17 jan 16:00 – lör 18 jan 06:00
Gul varning
Höga vattenstånd
Kusten, södra delen
Fre 17 jan 18:00 – lör 18 jan 12:00
Källa: SMHI. Uppdateras automatiskt.
Räddningstjänsten uppmanar alla att ta in lösa föremål från trädgårdar och balkonger redan under eftermiddagen.
– Det här är den kraftigaste stormen på flera år, och vi räknar med fallna träd på många vägar, säger räddningschefen Anna Lind.
Följ stormen i vår liverapport
Färjetrafiken till öarna ställs in från klockan sex i kväll, meddelar Trafikverket på sin webbplats.
"""


def test_a_warnings_widget_between_the_paragraphs_and_a_call_to_follow_the_live_report() -> None:
    spoken = spoken_lines(read_dump(_STORM))
    for line in ("SMHI:s varningar", "Orange varning", "Mycket kraftiga vindbyar", "Kusten, norra delen",
                 "Fre 17 jan 16:00 – lör 18 jan 06:00", "Källa: SMHI. Uppdateras automatiskt.",
                 "Följ stormen i vår liverapport"):
        assert line not in spoken
    assert any(line.startswith("Räddningstjänsten uppmanar") for line in spoken)
    assert any(line.startswith("Färjetrafiken till öarna") for line in spoken)


_POLICY = """Kustposten
Nyheter
Man gripen efter knivhot i butik
En man i trettioårsåldern greps på tisdagskvällen efter att ha hotat en anställd med kniv i en livsmedelsbutik i Strand.
Av Per Holm
Publicerad 4 mars 2025 kl 21.40
Ingen skadades, men den anställda var enligt polisen mycket skakad efter händelsen.
Mannen är anhållen misstänkt för olaga hot och grovt rån, och han förhördes under natten.
Kustposten publicerar som huvudregel inte namn eller bild på personer som är misstänkta för brott.
– Vi har bra bilder från butikens kameror och grep honom inom en timme, säger polisens presstalesperson Jonas Ek.
"""


def test_a_newsrooms_naming_policy_in_one_sentence() -> None:
    spoken = spoken_lines(read_dump(_POLICY))
    assert not any("publicerar som huvudregel inte namn" in line for line in spoken)
    assert any(line.startswith("– Vi har bra bilder") for line in spoken)
