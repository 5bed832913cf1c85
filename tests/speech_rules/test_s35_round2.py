"""Session 35, speech round 2, from normalize114 (written blind this session, scored at 1b12087e and after round 1
before anyone read it: equiv 82.0 %, strict 77.3 %, lenient 91.3 %, identical): a strength by volume ("4,5 % vol." was
"procent volym"), and a number naming a label noun's definite or plural form ("årskurserna 1–3" was "en till tre",
"Salong 1 kl. 19" was "Salong en": only the forms listed in the table were known), and a colon price in kronor per a
word ("29:90 kr/paket" lost its "per"). Written after the fixes, with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_strength_by_volume_is_volymprocent() -> None:
    assert normalize("Cidern från Kivik håller 4,7 % vol. och säljs i butik.") == (
        "Cidern från Kivik håller fyra komma sju volymprocent och säljs i butik.")
    assert normalize("Den nya ölen har 6 % vol.") == "Den nya ölen har sex volymprocent."


def test_a_percent_before_other_words_stays_procent() -> None:
    assert normalize("Räntan steg 2 % och volymen ökade.") == "Räntan steg två procent och volymen ökade."


def test_a_number_after_a_label_nouns_definite_or_plural_form_names() -> None:
    assert normalize("Banorna 1–4 stängs för renovering.") == "Banorna ett till fyra stängs för renovering."
    assert normalize("Konserten hålls i Sal 1 kl. 18.") == "Konserten hålls i Sal ett klockan arton."
    assert normalize("Grupperna 1–3 tränar i hallen.") == "Grupperna ett till tre tränar i hallen."


def test_a_count_or_a_measure_keeps_its_nouns_gender() -> None:
    assert normalize("Avgiften sänktes med 1 krona.") == "Avgiften sänktes med en krona."
    assert normalize("Hålet var 1 meter djupt.") == "Hålet var en meter djupt."


def test_a_colon_price_in_kronor_per_a_word_says_per() -> None:
    assert normalize("Ägg säljs för 34:50 kr/kartong i gårdsbutiken.") == (
        "Ägg säljs för trettiofyra kronor och femtio öre per kartong i gårdsbutiken.")
    assert normalize("Lotten kostar 12:50 kr/st.") == "Lotten kostar tolv kronor och femtio öre per styck."
