"""Session 66: phenomena of the opened blind sets (normalize537-540, 543-544), each tested on sentences written after
its fix (other words, numbers and places than the rows that showed it), with guards the rules must leave.

- a post town's compass point written short after its postal code ("421 55 V. Frölunda": ``contact._postal``; it was
  read "volt");
- a clock's hour after "kl.", a spaced dash and a count of a thing that no span of hours ends on ("kl. 14 – 5
  församlingar": ``year_dashes.keeps_pause``);
- day ranges listed before a span of months are no days ("10–12 och 14–16 juni–aug.": ``day_lists``);
- a flat "N:a" after "en" before a word of about ("en 1:a ca 14 mån": ``data/nouns.FLAT_FOLLOWERS``);
- a telephone's sign before a number its label ("☎ 076-…": ``cleanup``);
- the consumer board's "änr" (``data/admin``);
- "s.k." before a present participle, its noun deciding ("s.k. kompletterande omfördelningsstöd":
  ``so_called._adjective_before_noun``);
- a vehicle in the indefinite before "avg." in a notice the verb ("Ersättningsbuss avg. 14.12":
  ``data/short_readings.VEHICLE_SUBJECTS``);
- (normalize537-544) measures joined by slashes before their unit, a race's or a product's choices ("5/10 km",
  "2,5/5/7,5 km": ``listings._measures``; a proper fraction, "3/4 dl", stays the part); a flat after a possessive in a
  swap ad ("mot er 2:a", "Lägenhetsbyte:": ``smallprint._flat``); "dim."; a rate or a share after a year and a
  spaced dash ("HT 2025 – 28 sökande per plats": ``year_dashes``); a weekday's short form after "ej" ("(ej mån)");
  a race time, a spaced dash and a lead in seconds ("68.12 – 41 sek före": ``year_dashes._after_time``); "s.k." after
  a plural subject and a copula plural (``so_called._sk_article``); a noun in -tt before a price said by now no
  neuter adjective ("1 lott 10 kr": ``machinery.gender_after``); a Monday after a capitalised word of closing ("Stängt
  mån.": ``weekdays``).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Skicka ansökan till Box 55, 911 31 N. Vännäs.",
     "Skicka ansökan till Box femtiofem, niohundraelva trettioett Norra Vännäs."),
    ("Vi flyttar till Åkervägen 7, 264 91 Ö. Ljungby, i maj.",
     "Vi flyttar till Åkervägen sju, tvåhundrasextiofyra nittioett Östra Ljungby, i maj."),
    ("Stämman börjar kl. 13 – 7 motioner ska behandlas.", "Stämman börjar klockan tretton – sju motioner ska behandlas."),
    ("Visningen startade kl. 15 – 30 besökare kom.", "Visningen startade klockan femton – trettio besökare kom."),
    ("Kiosken har öppet 9–11 och 13–15 maj–sept.",
     "Kiosken har öppet nio till elva och tretton till femton maj till september."),
    ("Kötiden för en 1:a ca 3 år i Umeå.", "Kötiden för en etta cirka tre år i Umeå."),
    ("Frågor? ☎ 0480-12 34 56", "Frågor? telefon noll fyra åtta noll tolv trettiofyra femtiosex"),
    ("Nämnden avgjorde ärendet (änr 2023-0456) i går.",
     "Nämnden avgjorde ärendet (ärendenummer tvåtusentjugotre streck noll fyra fem sex) i går."),
    ("Det gäller s.k. kompletterande avtal.", "Det gäller så kallat kompletterande avtal."),
    ("Buss avg. 07.40 från Resecentrum.", "Buss avgår sju och fyrtio från Resecentrum."),
    ("Loppet går över 3/6 km i år.", "Loppet går över tre respektive sex kilometer i år."),
    ("Motionsloppet 10/21 km startar 9.", "Motionsloppet tio respektive tjugoett kilometer startar nio."),
    ("Banorna är 5/10/15 km långa.", "Banorna är fem, tio och femton kilometer långa."),
    ("Barnloppet är 1,5/3 km.", "Barnloppet är ett komma fem respektive tre kilometer."),
    ("Lägenhetsbyte: min 1:a mot er 2:a i Haga.", "Lägenhetsbyte: min etta mot er tvåa i Haga."),
    ("Säljes: vinterhjul i samma dim. som förut.", "Säljes: vinterhjul i samma dimension som förut."),
    ("Antagningen HT 2024 – 31 per plats.", "Antagningen höstterminen tvåtusentjugofyra – trettioett per plats."),
    ("Bio varje dag (ej mån) kl. 18.", "Bio varje dag (ej måndag) klockan arton."),
    ("Hon sprang på 34.10 – 22 sek före tvåan.",
     "Hon sprang på trettiofyra minuter och tio sekunder – tjugotvå sekunder före tvåan."),
    ("Skicka till Box 12, 386 21 V. Karup.", "Skicka till Box tolv, trehundraåttiosex tjugoett Västra Karup."),
    ("Tombola på torget (1 lott 5 kr, 5 lotter 20 kr).", "Tombola på torget (en lott fem kronor, fem lotter tjugo kronor)."),
    ("Caféet har öppet. Stängt mån.", "Caféet har öppet. Stängt måndag."),
]

GUARDS = [
    ("Öppet kl. 8 – 22 alla dagar.", "Öppet klockan åtta till tjugotvå alla dagar."),  # a span of hours that grows
    ("Disco kl. 22 – 2 i natt.", "Disco klockan tjugotvå till två i natt."),  # one that falls overnight
    ("Marknad 3–4 och 10–11 juli.", "Marknad tredje till fjärde och tionde till elfte juli."),  # days of one month
    ("Öppet 10–16 maj–sept.", "Öppet tio till sexton maj till september."),
    ("Han tog en 1:a plats i finalen.", "Han tog en första plats i finalen."),  # an ordinal before its noun
    ("Pendeltåg 2716 från Uppsala C, avg. 06.12, är inställt.",
     "Pendeltåg tjugosju sexton från Uppsala central, avgång sex och tolv, är inställt."),  # after a comma: the noun
    ("Skicka till 123 45 Vännäs.", "Skicka till hundratjugotre fyrtiofem Vännäs."),
    ("Pengarna går till s.k. gröna obligationer.", "Pengarna går till så kallade gröna obligationer."),
    ("Till Ek, S. Berg och N. Lind.", "Till Ek, ess Berg och enn Lind."),  # initials, no compass points
    ("Vi ☎️ dig.", "Vi dig."),  # a picture with no number after it
    ("Tillsätt 3/4 dl mjölk.", "Tillsätt tre fjärdedels deciliter mjölk."),  # a part of one unit
    ("Blodtrycket 140/90 mm Hg.", "Blodtrycket hundrafyrtio över nittio millimeter kvicksilver."),
    ("Inför säsongen 2025/26 har klubben värvat.", "Inför säsongen tvåtusentjugofem tjugosex har klubben värvat."),
    ("Planen 2024 – 28 antogs.", "Planen tvåtusentjugofyra till tjugoåtta antogs."),  # a span of years
    ("De är s.k. ensamkommande barn.", "De är så kallade ensamkommande barn."),
    ("Det var er 2:a vinst i år.", "Det var er andra vinst i år."),
    ("Vi har 1 nytt bord.", "Vi har ett nytt bord."),  # an adjective in -tt before its noun
    ("Han köpte 1 hatt och 1 vante.", "Han köpte en hatt och en vante."),
]


@pytest.mark.parametrize(("text", "want"), CASES + GUARDS)
def test_reading(text: str, want: str) -> None:
    assert normalize(text) == want
