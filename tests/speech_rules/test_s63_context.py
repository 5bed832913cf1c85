"""Session 63: phenomena of the opened blind sets normalize467-468, each tested on sentences written after its fix
(other words, numbers and places than the rows that showed it), with guards the rules must leave.

- a composer's work written "5:a" in a line about music is the number's noun ("Beethovens femma"); ":a" after one
  and two is the ordinal's own ending, "Sibelius 2:a": "andra" (``placings.is_placing``);
- a second count joined by "och", "eller" or "mot" to a count with its noun, its noun left out, is no emergency
  number ("78 poäng från juryn och 112 från tittarna": ``contact._service``), unless the sentence calls;
- a lantmäteri notice's laws by their letters after a law reference ("5 kap. FBL": "fastighetsbildningslagen",
  ``data/words.LAW_SHORT_NAMES``);
- a spaced slash before a number in a formula divides ("× prisbasbeloppet / 12": "delat med", ``divisions``);
- (normalize471, 472) "=" after a range with its unit is "är" ("5–30 korn/m³ = låga": ``symbols._SUM_BEFORE``); an
  index on a scale is a rating ("Luftkvalitetsindex ... 3/5": ``data/calendar.RATING_BEFORE``) and so is a mean grade
  with its decimal ("betyg 4,2/5": ``results.review_grades``); a batch's code of digits ending in a capital digit by
  digit (``idnumbers.CODE_LABELLED``); school subjects after a grade's letter and later in its sentence ("E i sv, ...
  i ma och ... i en": ``words._school_subjects``); a sign alone in a sentence about characters named (``sign_names``);
  a span of classes, each a capital and a digit ("truckkort A1–B3": ``numerals._code_span``); "Sr.", "Jr." before a
  job's title ("en Sr. Controller": ``readings.title_before_name``); a handle's words in camel case one as written
  ("@VaxjoKommun": ``handles``).
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

CASES += [
    ("Björkpollen: 10–100 korn/m³ = måttliga halter.", "Björkpollen: tio till hundra korn per kubikmeter är måttliga halter."),
    ("Luftkvalitetsindexet i Umeå låg på 2/5 i går.", "Luftkvalitetsindexet i Umeå låg på två av fem i går."),
    ("Hotellet fick betyget 3,8/5 av gästerna.", "Hotellet fick betyget tre komma åtta av fem av gästerna."),
    ("Snittbetyget landade på 8,4/10.", "Snittbetyget landade på åtta komma fyra av tio."),
    ("Ica återkallar nötter med batchnr 30562A.", "Ica återkallar nötter med batchnummer tre noll fem sex två A."),
    ("Eleven fick A i sv, C i ma och B i en.", "Eleven fick A i svenska, ce i matematik och be i engelska."),
    ("Koden ska ha minst ett tecken som ? eller *.", "Koden ska ha minst ett tecken som frågetecken eller asterisk."),
    ("Kursen ger språknivå A1–A2 på fyra veckor.", "Kursen ger språknivå a ett till a två på fyra veckor."),
    ("Lagret söker förare med truckkort A2–B4.", "Lagret söker förare med truckkort a två till be fyra."),
    ("Företaget söker en Jr. Designer till Malmö.", "Företaget söker en Junior Designer till Malmö."),
    ("Följ @KristinehamnsKommun för mer.", "Följ snabel-a KristinehamnsKommun för mer."),
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
    # a difference before "=" is a sum; a fund bought on a date; "i en" the article; a percent of the characters
    ("Räkna: 10 - 4 = 6.", "Räkna: tio minus fyra är lika med sex."),
    ("Indexfonden köptes 3/5.", "Indexfonden köptes tredje maj."),
    ("Vi bor i en stuga.", "Vi bor i en stuga."),
    ("Minst 50 % av tecknen ska vara siffror.", "Minst femtio procent av tecknen ska vara siffror."),
    # a generation after a name; a hashtag's words apart
    ("Ken Griffey Jr. slog en homerun.", "Ken Griffey junior slog en homerun."),
    ("Följ #KristinehamnsKommun för mer.", "Följ hashtag Kristinehamns Kommun för mer."),
]


@pytest.mark.parametrize(("text", "want"), CASES + GUARDS)
def test_reading(text: str, want: str) -> None:
    assert normalize(text) == want
