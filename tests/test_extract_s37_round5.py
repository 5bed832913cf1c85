"""Session 37, round 5, from extract157, extract162 and extract155 (dumps, opened after their start figures):

- a live report's picture caption glued over its credit line, with the next entry's clock time under the credit
  ("Linus Backe jublar efter 3–1." / "Bild: …" / "19:52" / "MÅL! 2–1 Hyttbo" / its text): the entry's clock time
  counts as the start of the text going on, as its reporter's name did (``creditcaptions``; an entry's text under it
  shorter than the credit's window took the caption for the text's last sentence);
- a link's label in a button's form glued between a paragraph and the next section's subheading ("Ansök om
  skolskjuts", "Se vägvalen på Livelox"): it heads nothing (``buttonlabels._heads_nothing``; 38 in 38 boilerplate
  over the annotated dumps).

Written after the fixes, with other pages and words; the guards: a subheading opening with such a verb over its own
paragraph stays, and so does a live entry's text under a credit."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_LIVE = """Norrsportens liverapport
Hockey
Live: Ekby HC tar emot Strandviken i kvalet
Uppdaterad 12 mars 2025 21:40
Följ kvalmatchen mellan Ekby HC och Strandviken här, med mål, utvisningar och kommentarer från Ekby ishall hela kvällen.

21:40
SLUT! Ekby HC vinner med 4–2
Ekby HC är klart för Hockeyettan efter en seger inför fullsatta läktare, och publiken stormar isen när slutsignalen går.

21:12
MÅL! 4–2 Ekby HC
Det är Oskar Lind som avgör med ett hårt skott i krysset, sedan han vunnit pucken i anfallszonen efter en lång kamp.
Oskar Lind jublar efter 4–2 framför klacken.
Bild: Sara Holm

20:48
MÅL! 3–2 Ekby HC
Ekby tar ledningen igen i powerplay. Backen Elias Berg styr in skottet.

20:15
Nedsläpp i tredje perioden
Lagen är tillbaka på isen, och Ekby HC har fått ett nytt byte inför den sista och avgörande perioden av matchen.
"""


def test_a_live_entrys_caption_over_its_credit_goes_and_the_next_entry_stays() -> None:
    spoken = spoken_text(read_dump(_LIVE))
    assert "Oskar Lind jublar efter" not in spoken
    assert "Ekby tar ledningen igen i powerplay." in spoken and "Det är Oskar Lind som avgör" in spoken


_SCHOOL = """Ekby kommun
Förskola och skola
Nya regler för skolskjuts från hösten
Publicerad 2 maj 2025
Från och med höstterminen ändras reglerna för skolskjuts i Ekby kommun, och fler elever i de yngre årskurserna får rätt till skjuts.
Avståndet mellan hemmet och skolan som ger rätt till skjuts sänks från tre till två kilometer för elever i årskurs ett till tre.
Alla som vill ha skjuts till hösten behöver göra en ny ansökan i kommunens e-tjänst, även de som har skjuts i dag.
Ansök om skolskjuts
Närmare än två kilometer
Elever som bor närmare än två kilometer från skolan kan få skjuts om vägen anses trafikfarlig, efter en bedömning av kommunen.
Boka en tid för samtal
Föräldrar som vill prata om sitt barns skolväg kan boka en tid med kommunens skolskjutshandläggare under maj och juni.
"""


def test_a_links_label_between_a_paragraph_and_the_next_subheading_goes() -> None:
    spoken = spoken_text(read_dump(_SCHOOL))
    assert "Ansök om skolskjuts" not in spoken
    assert "Närmare än två kilometer" in spoken
    assert "Boka en tid för samtal" in spoken  # a subheading of the same form over its own paragraph
    assert "kan boka en tid med kommunens skolskjutshandläggare" in spoken
