"""Session 45: phenomena found on the fresh blind sets normalize152 and normalize153, each tested on sentences written
after its fix (none of the sets' rows).

- the emergency number is a count before a verb in the past tense or a percent sign ("112 sökte", "112 %");
- a short form's stop before a bracket that goes on in small letters ends no sentence ("milj. (−14 %)");
- a council's papers by their name take a diary number ("Medborgarförslag 2025/03": "snedstreck", not a span) and a
  ministry's letters glued to the year of its diary number keep the slash ("Fi2024/00871");
- a number before a letter's name names ("express 1X": "ett eks");
- the keypad's hash key after a code ("kod 2580#": "fyrkant");
- a count per episode or per show ("lyssnare/avsnitt": "per avsnitt");
- a possessive before an ordinal leaves the clipped noun indefinite ("i sin 12:e uppl.": "upplaga");
- a period before an adjective and its noun is in the genitive ("3 mån. bunden ränta": "tre månaders");
- a school subject's short form in small letters before its course's step ("eng 6": "engelska sex");
- a goal's minute before its scorer and the running score ("Mål: 12' Eriksson 0–1": "tolfte minuten");
- from normalize150's leftovers: a dash between a departure's time and the next stop ("Eskilstuna C 16.12–Västerås C
  16.58": "till"); a decision's day and month before its paragraph ("KS beslut 12/11, § 114": a date);
- from normalize157-158 (written late in the session, scored, then opened): a clock time after "kl." before "efter"
  is no gap behind a winner; a number after a word and a slash is read whole ("4 fel/36,02"); the emergency number
  before a counted noun's genitive ("112 dagars häkte"); "2-i-1" no compound's head; "US$"; "reg.skylten"; a
  funeral notice's "Akt." ("Akten").

Measured and left: a date after "senast", "fr.o.m.", "t.o.m." stays without "den" (DATE_BARE_AFTER). The writers of the
opened blind sets 131-153 who accept one form only said "den" 32 times to 11, but the writers of the evaluation set's
rounds said it bare 143 times to 58 (their own readings, the rows' added "ours" left out); pooled, bare is said more.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Totalt 112 sökte de tolv platserna på utbildningen.", "Totalt hundratolv sökte de tolv platserna på utbildningen."),
    ("Beläggningen på akuten var 112 % i natt.", "Beläggningen på akuten var hundratolv procent i natt."),
    ("Vinsten blev 2,3 milj. (i fjol 1,9 milj.).", "Vinsten blev två komma tre miljoner (i fjol en komma nio miljoner)."),
    ("Interpellation 2024/09 besvarades i går.", "Interpellation tvåtusentjugofyra snedstreck noll nio besvarades i går."),
    ("Skrivelsen (Fi2024/00871) kom i maj.", "Skrivelsen (Fi tvåtusentjugofyra snedstreck noll noll åtta sju ett) kom i maj."),
    ("Nattbussen 1N går från Centralen.", "Nattbussen ett enn går från Centralen."),
    ("Porten öppnas med kod 4711#.", "Porten öppnas med kod fyra sju ett ett fyrkant."),
    ("Föreningen hade 300 besökare/föreställning i höstas.",
     "Föreningen hade trehundra besökare per föreställning i höstas."),
    ("Kokboken kom i sin 4:e uppl. i fjol.", "Kokboken kom i sin fjärde upplaga i fjol."),
    ("Hon fick 5 mån. betald ledighet.", "Hon fick fem månaders betald ledighet."),
    ("Proven i ma 2 och eng 5 skrivs i maj på gymnasiet.",
     "Proven i matematik två och engelska fem skrivs i maj på gymnasiet."),
    ("Mål: 33' Berg 1–0, 67' Ek 1–1.", "Mål: trettiotredje minuten Berg ett mot noll, sextiosjunde minuten Ek ett mot ett."),
    ("Tåget går Luleå C 06.40–Boden C 07.05 på vardagar.",
     "Tåget går Luleå central sex fyrtio till Boden central sju noll fem på vardagar."),
    ("Taxan ändrades enligt KF beslut 3/12, § 88.", "Taxan ändrades enligt kå eff beslut tredje december, paragraf åttioåtta."),
    ("Loppet: vinnaren gick i mål kl. 10.52 efter 2 tim. 52 min.",
     "Loppet: vinnaren gick i mål klockan tio och femtiotvå efter två timmar femtiotvå minuter."),
    ("Hon slutade tvåa (0 fel/41,07) i Grand Prix.", "Hon slutade tvåa (noll fel fyrtioett komma noll sju) i Grand Prix."),
    ("Han dömdes och 112 dagars häkte avräknas.", "Han dömdes och hundratolv dagars häkte avräknas."),
    ("Den nya 3-i-1-laddaren kostar 399 kr.", "Den nya tre-i-ettladdaren kostar trehundranittionio kronor."),
    ("Biljetten kostar 25 US$ på plats.", "Biljetten kostar tjugofem amerikanska dollar på plats."),
    ("Bilen saknade reg.skylt vid kontrollen.", "Bilen saknade registreringsskylt vid kontrollen."),
    ("Akt. i Mora kyrka fre 3/3 kl. 13. OSA till Fonus.",
     "Akten i Mora kyrka fredag den tredje mars klockan tretton. o ess a till Fonus."),
]

GUARDS = [
    ("Ring 112 direkt om det brinner.", "Ring ett ett två direkt om det brinner."),
    ("Larmet kom in via 112 strax efter midnatt.", "Larmet kom in via ett ett två strax efter midnatt."),
    ("Det tog 3 tim. fast han sprang hela vägen.", "Det tog tre timmar fast han sprang hela vägen."),
    ("Hon fick 1 i betyg på provet.", "Hon fick ett i betyg på provet."),
    ("De bor på 4:e vån. i huset.", "De bor på fjärde våningen i huset."),
    ("Festivalen pågår från 3 till 5 maj.", "Festivalen pågår från tredje till femte maj."),
    ("Motionen 2024/25:K12 avslogs.", "Motionen tjugohundratjugofyra tjugofem kolon kå tolv avslogs."),
    ("Svara senast 3/9 till sekreteraren.", "Svara senast tredje september till sekreteraren."),
    ("Öppet 10.00–16.00 i helgen.", "Öppet tio till sexton i helgen."),
    ("Beslut 14/25 gäller från i dag.", "Beslut fjorton snedstreck tjugofem gäller från i dag."),
    ("Hon vann, 1.12 före Ek.", "Hon vann, en minut och tolv sekunder före Ek."),
    ("Ring 112 om det brinner.", "Ring ett ett två om det brinner."),
    ("Pjäsen har 3 akt. och paus.", "Pjäsen har tre akt. och paus."),
]


@pytest.mark.parametrize(("written", "spoken"), CASES + GUARDS)
def test_reading(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
