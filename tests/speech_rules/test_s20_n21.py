"""Session 20 (N21): real misreadings left in the opened sets, fixed by the context of the number: a part after
a verb of change or in a whole divided into parts (``change_parts``), ...

The inputs were written after the fixes, in other words and numbers than the rounds' rows, with guards the rules
must leave.
"""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_part_after_a_verb_of_change() -> None:
    _in = [
        "Elpriset har sjunkit med 1/4 sedan januari.",
        "Styrelsen vill höja medlemsavgiften för vuxna med 2/5.",
        "Antalet besökare ökade med 1/3 under sommaren.",
        "Skörden gick ned med 1/5 efter torkan.",
        "Andelen elbilar har stigit till 1/4 av nybilsförsäljningen.",
        "En sänkning med 1/3 skulle märkas i kassan.",
        # guards: a day after "med start", "från och med", a lengthening "till" and "den"
        "Bygget pågår med start 3/4 och tar ett år.",
        "Kortet gäller från och med 1/5.",
        "Avtalet förlängdes till 2/4.",
        "Taxan höjs den 1/7.",
        "Vi söker fler funktionärer till 5/6.",
        "Kaffet blev billigare med 1/5 i butikerna.",
    ]
    _out = [
        "Elpriset har sjunkit med en fjärdedel sedan januari.",
        "Styrelsen vill höja medlemsavgiften för vuxna med två femtedelar.",
        "Antalet besökare ökade med en tredjedel under sommaren.",
        "Skörden gick ned med en femtedel efter torkan.",
        "Andelen elbilar har stigit till en fjärdedel av nybilsförsäljningen.",
        "En sänkning med en tredjedel skulle märkas i kassan.",
        "Bygget pågår med start tredje april och tar ett år.",
        "Kortet gäller från och med första maj.",
        "Avtalet förlängdes till andra april.",
        "Taxan höjs den första juli.",
        "Vi söker fler funktionärer till femte juni.",
        "Kaffet blev billigare med en femtedel i butikerna.",
    ]
    check_line(_in, _out)


def test_parts_of_a_divided_whole() -> None:
    _in = [
        "Bidraget fördelas som grundbidrag (1/4) och rörligt bidrag (3/4).",
        "Vinsten ska fördelas 2/5 till föreningen och 3/5 till skolan.",
        # guard: a prize handed out on a day
        "Stipendierna delas ut (4/6) i aulan.",
    ]
    _out = [
        "Bidraget fördelas som grundbidrag (en fjärdedel) och rörligt bidrag (tre fjärdedelar).",
        "Vinsten ska fördelas två femtedelar till föreningen och tre femtedelar till skolan.",
        "Stipendierna delas ut (fjärde juni) i aulan.",
    ]
    check_line(_in, _out)


def test_stat_noun_in_the_singular() -> None:
    _in = [
        "Basket: Lind 19 p, 13 retur och 4 assist i segern.",
        "Hon avslutade med 22 poäng och 8 retur.",
        "Center Ali: 16 p, 10 reb, 2 ass.",
        "Han fick ihop 9 poäng och 1 retur.",
        "Målvakten Berg: 3 insläppta, 27 räddning.",
        # guards: tickets without a player's count, the plural already written
        "Föreningen köpte 12 retur till bortamatchen.",
        "Hon tog 15 returer och gjorde 12 poäng.",
    ]
    _out = [
        "Basket: Lind nitton poäng, tretton returer och fyra assist i segern.",
        "Hon avslutade med tjugotvå poäng och åtta returer.",
        "Center Ali: sexton poäng, tio returer, två assist.",
        "Han fick ihop nio poäng och en retur.",
        "Målvakten Berg: tre insläppta, tjugosju räddningar.",
        "Föreningen köpte tolv retur till bortamatchen.",
        "Hon tog femton returer och gjorde tolv poäng.",
    ]
    check_line(_in, _out)


def test_unit_cut_short_named_alone_is_definite() -> None:
    _in = [
        "Ansökan skickas till Landstinget Dalarna, IT-avd., 791 29 Falun.",
        "Frågor om lönen besvaras av löneavd.",
        "Kontakta miljöförv. om du hittar döda fåglar.",
        "Ögonmott. är stängd under juli.",
        # guards: a number after it, an article, a genitive, a name's genitive
        "Patienten flyttades till Kirurgavd. 7.",
        "Skolan får en ny IT-avd. i höst.",
        "Förbundets ungdomsavd. ordnar läger.",
        "Region Hallands IT-avd. svarar i telefon.",
    ]
    _out = [
        "Ansökan skickas till Landstinget Dalarna, i te-avdelningen, sjuhundranittioett tjugonio Falun.",
        "Frågor om lönen besvaras av löneavdelningen.",
        "Kontakta miljöförvaltningen om du hittar döda fåglar.",
        "Ögonmottagningen är stängd under juli.",
        "Patienten flyttades till Kirurgavdelning sju.",
        "Skolan får en ny i te-avdelning i höst.",
        "Förbundets ungdomsavdelning ordnar läger.",
        "Region Hallands i te-avdelning svarar i telefon.",
    ]
    check_line(_in, _out)


def test_roman_numeral_after_the_definite_article() -> None:
    _in = [
        "Mässan var den XXIV i ordningen.",
        "Det blev det XII mötet mellan lagen.",
        "Spelen i Sapporo var de XI olympiska vinterspelen.",
        # guards: a capitalised word after it, a word of capitals, a ruler
        "Hon åkte i den XX Elit i fjol.",
        "Skicka det CV du har.",
        "Gustav III grundade akademien.",
    ]
    _out = [
        "Mässan var den tjugofjärde i ordningen.",
        "Det blev det tolfte mötet mellan lagen.",
        "Spelen i Sapporo var de elfte olympiska vinterspelen.",
        "Hon åkte i den eks eks Elit i fjol.",
        "Skicka det ce ve du har.",
        "Gustav den tredje grundade akademien.",
    ]
    check_line(_in, _out)


def test_short_form_read_from_its_lines_subject() -> None:
    _in = [
        "Blåsorkestern välkomnar nya musiker, rep. onsdagar i Folkets hus.",
        "Rep. för barnkören flyttas till aulan.",
        "Mässa i S:t Olofs kyrka, koll. till Läkarmissionen.",
        # guards: a broadcast's rerun, a line about neither
        "SVT2 22.10 Körkväll i Vara (rep.)",
        "Filmen visas i kväll, rep. på lördag.",
    ]
    _out = [
        "Blåsorkestern välkomnar nya musiker, repetition onsdagar i Folkets hus.",
        "Repetition för barnkören flyttas till aulan.",
        "Mässa i Sankt Olofs kyrka, kollekt till Läkarmissionen.",
        "ess ve te två tjugotvå och tio Körkväll i Vara (repris)",
        "Filmen visas i kväll, repris på lördag.",
    ]
    check_line(_in, _out)


def test_share_after_a_verb_of_share() -> None:
    _in = [
        "Regionen står för 3/4 och föreningen för 1/4 av kostnaden.",
        "Vattenkraften svarade för 2/5 av produktionen.",
        # guard: a day after "för" without a verb of a share
        "Anmälan för 4/6 är stängd.",
    ]
    _out = [
        "Regionen står för tre fjärdedelar och föreningen för en fjärdedel av kostnaden.",
        "Vattenkraften svarade för två femtedelar av produktionen.",
        "Anmälan för fjärde juni är stängd.",
    ]
    check_line(_in, _out)


def test_handle_after_an_address_slash() -> None:
    _in = [
        "Konserten sänds på youtube.com/@musikhogskolan i kväll.",
        "Följ klubben på tiktok.com/@bk_forward.",
        # guard: an e-mail address and a handle alone
        "Skriv till kansli@bkforward.se eller tagga @bkforward.",
    ]
    _out = [
        "Konserten sänds på youtube punkt com snedstreck snabel-a musikhogskolan i kväll.",
        "Följ klubben på tiktok punkt com snedstreck snabel-a be kå understreck forward.",
        "Skriv till kansli snabel-a bkforward punkt se eller tagga snabel-a bkforward.",
    ]
    check_line(_in, _out)
