"""Session 21 (N22): phenomena that failed in at least two of the opened sets normalize50 … normalize61, fixed by
tables and context: a church notice's preacher and liturgist
and a Sunday named after a season written out.

The inputs were written after the fixes, in other words, numbers and places than the rounds' rows, with guards the
rules must leave.
"""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_preacher_and_liturgist_in_a_church_notice() -> None:
    _in = [
        "Mässa i Tuna kyrka sön kl. 10, pred. Lars Ek, lit. Sara Holm.",
        "Gudstjänst i kapellet kl 18; lit. Johan Berg.",
        "Pred. Karin Wall. Högmässa i Gamla kyrkan.",
        # guards: "lit." and "pred." outside a church's notice are left
        "Tillsätt 2 lit. vatten och koka upp.",
        "Se pred. ovan i tabellen.",
    ]
    _out = [
        "Mässa i Tuna kyrka söndag klockan tio, predikant Lars Ek, liturg Sara Holm.",
        "Gudstjänst i kapellet klockan arton; liturg Johan Berg.",
        "Predikant Karin Wall. Högmässa i Gamla kyrkan.",
        "Tillsätt två lit. vatten och koka upp.",
        "Se pred. ovan i tabellen.",
    ]
    check_line(_in, _out)


def test_sunday_named_after_a_season_written_out() -> None:
    _in = [
        "Familjegudstjänst 4:e sön. e. Trefaldighet i Berga kyrka.",
        "Konsert 1:a sön. i Advent kl. 16.",
        "Mässa 2 sön. e. Påsk, därefter kyrkkaffe.",
        # guard: the season alone, not after a Sunday's number
        "Välkommen till vår Advent i byn.",
    ]
    _out = [
        "Familjegudstjänst fjärde söndagen efter Trefaldighet i Berga kyrka.",
        "Konsert första söndagen i Advent klockan sexton.",
        "Mässa andra söndagen efter Påsk, därefter kyrkkaffe.",
        "Välkommen till vår Advent i byn.",
    ]
    check_line(_in, _out)


def test_two_trains_or_trams_joined_by_a_slash() -> None:
    _in = [
        "Pendeltåg 36/37 ersätts av bussar i helgen.",
        "Tåg 61/62 stannar inte i Flen.",
        "Spårvagn 7/8 går via Brunnsparken.",
        # guards: a date after the train, a model's name
        "Tåget 14/6 var försenat.",
        "Han köpte en E4/5 i fjol.",
    ]
    _out = [
        "Pendeltåg trettiosex och trettiosju ersätts av bussar i helgen.",
        "Tåg sextioett och sextiotvå stannar inte i Flen.",
        "Spårvagn sju och åtta går via Brunnsparken.",
        "Tåget fjortonde juni var försenat.",
        "Han köpte en e fyra fem i fjol.",
    ]
    check_line(_in, _out)


def test_handball_players_goals_and_penalties_without_a_goal_word() -> None:
    _in = [
        "Handboll: Kärra–Önnered 30–26. Bäst i bortalaget: Lisa Ek 7/2.",
        "Handboll, herrar: HK Malmö–Lugi 28–28. Stod ut: Berg 6/1, Holm 5/3 och Nyström 4/0.",
        # guards: a date after a place or a weekday in a handball line, a share without a listed name
        "Handboll: Finalen avgörs i Halmstad 12/4.",
        "Handboll: Hemmapremiär mot Alingsås sön 8/9.",
    ]
    _out = [
        "Handboll: Kärra mot Önnered trettio mot tjugosex. Bäst i bortalaget: Lisa Ek sju varav två på straff.",
        "Handboll, herrar: hå kå Malmö mot Lugi tjugoåtta mot tjugoåtta. Stod ut: Berg sex varav ett på straff, Holm fem varav "
        "tre på straff och Nyström fyra varav noll på straff.",
        "Handboll: Finalen avgörs i Halmstad tolfte april.",
        "Handboll: Hemmapremiär mot Alingsås söndag den åttonde september.",
    ]
    check_line(_in, _out)


def test_clipped_patients_after_a_count_and_pages_of_a_supplement() -> None:
    _in = [
        "Vårdcentralen tog emot 86 pat. under influensaveckan.",
        "Varje pat. får en egen kontaktperson.",
        "Lokaltidningen ger ut en sommarbilaga, en specialbilaga på 32 s. om skärgården.",
        "Föreningens broschyr på 12 s. finns i receptionen.",
        # guards: seconds in a race, "pat." without a count
        "Hon simmade 50 m på 31 s. i finalen.",
        "Han är pat. hos oss.",
    ]
    _out = [
        "Vårdcentralen tog emot åttiosex patienter under influensaveckan.",
        "Varje patient får en egen kontaktperson.",
        "Lokaltidningen ger ut en sommarbilaga, en specialbilaga på trettiotvå sidor om skärgården.",
        "Föreningens broschyr på tolv sidor finns i receptionen.",
        "Hon simmade femtio meter på trettioett sekunder i finalen.",
        "Han är pat. hos oss.",
    ]
    check_line(_in, _out)


def test_a_letter_after_an_article_ending_a_sentence_with_a_rate() -> None:
    _in = [
        "I matematik fick 9 % av eleverna ett F.",
        "Var femte, 20 %, fick ett F.",
        # guard: the rate written short after its percentage
        "Lånet kostar 6,1 % eff.",
    ]
    _out = [
        "I matematik fick nio procent av eleverna ett eff.",
        "Var femte, tjugo procent, fick ett eff.",
        "Lånet kostar sex komma ett procent effektiv ränta.",
    ]
    check_line(_in, _out)


def test_a_span_of_floors_is_a_count() -> None:
    _in = [
        "Området får 6 hus i 3–5 vån. med 120 lgh.",
        # guard: a floor after an address
        "Kungsgatan 12, 3 vån.",
    ]
    _out = [
        "Området får sex hus i tre till fem våningar med hundratjugo lägenheter.",
        "Kungsgatan tolv, tredje våningen.",  # the floor's ordinal since session 58 (the writers accepted it in all 3 such rows, 'våning fem' in 2)
    ]
    check_line(_in, _out)
