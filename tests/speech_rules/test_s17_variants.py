"""Session 17, the same thing written another way (tools/vary_normalize.py), written after each fix on new
sentences: an ordinal without its colon in a context of ordinals ("7e raka", "kom 4e"); a clock word between a
place's name and a time with a colon, no property designation ("kvarteret Lärkan kl 06:45"); "resp" without its
stop between two days of one month; a bound opening its sentence before a weekday ("Fr.o.m. ons"); the stop of
"st." after a colon price inside a sentence."""

from __future__ import annotations

from audiocast.speech import normalize


def _said(rows: list[tuple[str, str]]) -> None:
    for written, spoken in rows:
        assert normalize(written) == spoken, written


def test_an_ordinal_without_its_colon_in_a_context_of_ordinals() -> None:
    _said([
        ("Skytten tog sin 14e seger i cupen.", "Skytten tog sin fjortonde seger i cupen."),
        ("Åkaren kom 6e i jaktstarten.", "Åkaren kom sjätte i jaktstarten."),
        ("Hästen slutade på 23e plats.", "Hästen slutade på tjugotredje plats."),
        ("Föreningen firar sitt 31a verksamhetsår.", "Föreningen firar sitt trettioförsta verksamhetsår."),
        ("Det var den 9e gången i år.", "Det var den nionde gången i år."),
        # guards: a house's letter, an ending that is not the number's own, no context of ordinals
        ("Butiken på Kyrkogatan 4a i Sala stänger.", "Butiken på Kyrkogatan fyra a i Sala stänger."),
        ("Hon kom 2e i loppet.", "Hon kom två e i loppet."),
        ("Lägenhet 5e har fuktskador.", "Lägenhet fem e har fuktskador."),
    ])


def test_a_clock_word_is_no_part_of_a_property_name() -> None:
    _said([
        ("Räddningstjänsten ryckte ut till kvarteret Lärkan kl 06:45 i morse.",
         "Räddningstjänsten ryckte ut till kvarteret Lärkan klockan sex och fyrtiofem i morse."),
        ("Ett inbrott anmäldes i kv. Duvan klockan 02:10.", "Ett inbrott anmäldes i kvarteret Duvan klockan två och tio."),
        # guard: a designation of two words after its label stays one
        ("Fastigheten Norra Bäck 3:12 är såld.", "Fastigheten Norra Bäck tre kolon tolv är såld."),
    ])


def test_resp_without_its_stop_between_two_days() -> None:
    _said([
        ("Loppisen hålls den 12 resp 26 april.", "Loppisen hålls den tolfte respektive tjugosjätte april."),
        ("Kurserna startar 5 resp 19 oktober.", "Kurserna startar femte respektive nittonde oktober."),
    ])


def test_a_bound_opening_its_sentence_before_a_weekday() -> None:
    _said([
        ("Fr.o.m. ons är badet stängt.", "Från och med onsdag är badet stängt."),
        ("T.o.m. tors pågår vägarbetet.", "Till och med torsdag pågår vägarbetet."),
        ("Fr.o.m. mån gäller nya tider.", "Från och med måndag gäller nya tider."),
    ])


def test_the_stop_of_st_after_a_colon_price_inside_a_sentence() -> None:
    _said([
        ("Bullarna kostar 8:50 st. eller fyra för 30 kr.", "Bullarna kostar åtta och femtio per styck eller fyra för trettio kronor."),
        ("Korven kostar 19:00 st. i kiosken.", "Korven kostar nitton per styck i kiosken."),
    ])


def test_an_ordinal_without_its_colon_as_a_flat_a_placing_or_near_another_ordinal() -> None:
    _said([
        ("Uthyres: 3a om 81 m² i Mjölby.", "Uthyres: trea om åttioett kvadratmeter i Mjölby."),
        ("Åkaren slutade 7a i sprinten.", "Åkaren slutade sjua i sprinten."),
        ("Han blev 6:a i EM och 13e i VM.", "Han blev sexa i e emm och trettonde i ve emm."),
        ("Kören sjunger Mozarts 4e mässa.", "Kören sjunger Mozarts fjärde mässa."),
        ("Hon valdes till 2e vice ordförande.", "Hon valdes till andre vice ordförande."),
        # guards: a street's house with an area after it; "är" before a head noun is no placing
        ("Säljes: Ekgatan 3a, 92 kvm.", "Säljes: Ekgatan tre a, nittiotvå kvadratmeter."),
        ("Det är 2a veckan i rad.", "Det är andra veckan i rad."),
    ])


def test_a_dotted_day_and_month_after_den_before_an_exclamation_or_question() -> None:
    _said([
        ("Grattis Måns som fyller 7 år den 16.8!", "Grattis Måns som fyller sju år den sextonde augusti!"),
        ("Ses vi på dansen den 27.5?", "Ses vi på dansen den tjugosjunde maj?"),
        # guard: no "den", a decimal
        ("Vinden nådde 14.3!", "Vinden nådde fjorton komma tre!"),
    ])


def test_the_emergency_number_s_digits_before_a_magnitude_written_short() -> None:
    _said([
        ("Regionen sparar 112 milj. kr på vården.", "Regionen sparar hundratolv miljoner kronor på vården."),
        ("Bolaget omsatte 1177 mn kr i fjol.", "Bolaget omsatte tusenetthundrasjuttiosju miljoner kronor i fjol."),
        # guard: the number dialled
        ("Ring 112 om någon är skadad.", "Ring ett ett två om någon är skadad."),
    ])
