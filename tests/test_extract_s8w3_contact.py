"""Session 8 w3, class 'the page's contact box under the article' (issue #9): a short contact label ("Kontakt",
"Kundtjänst") glued over a unit's or a service's line, telephone or e-mail lines and opening hours, below the
article's last running prose, with no person's name in it (contacts.unit_contact_tags); and a bare e-mail address on
its own line is never the wrapped tail of the line above it (wraps.join_wrapped), so a person's card keeps its shape.
Every dump here is fictional (invented sites, names and numbers); guards keep an article's own help lines.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_HEAD = "Ekbackens Energi\nStart\nPrivat\nFöretag\n\nNy laddstation öppnar vid Torget\n3 mars 2026\n\n"
_BODY = (
    "Ekbackens Energi bygger en laddstation med åtta platser vid Torget, som öppnar för allmänheten i april.\n\n"
    "Stationen får snabbladdare, och betalningen sker med kort eller via bolagets app utan abonnemang.\n\n"
    "– Vi har sett att efterfrågan ökat kraftigt i centrum de senaste åren, säger projektledaren Nils Berg.\n\n"
)
_FOOT = "\nFler nyheter\nElpriset sjunker i vår\nNy styrelse vald\n\nOm oss\nIntegritetspolicy\nKakor\n"


def _heard(box: str) -> str:
    return spoken_text(_read(_HEAD + _BODY + box + _FOOT))


def test_a_service_label_over_a_number_and_weekday_hours_is_not_read() -> None:
    heard = _heard("Kundtjänst\n0345-610 00\nMån–fre 8–16\n")
    assert "0345-610 00" not in heard and "Kundtjänst" not in heard and "Mån–fre" not in heard
    assert "efterfrågan ökat kraftigt" in heard


def test_a_contact_label_over_a_units_switchboard_is_not_read() -> None:
    heard = _heard("Kontakt\nEkbackens Energis växel\n0345-610 10\n")
    assert "0345-610 10" not in heard and "växel" not in heard


def test_a_person_card_with_a_bare_email_line_is_not_read() -> None:
    heard = _heard("Kontakt\nNils Berg, projektledare\nAvdelningen för elnät och laddning\nnils.berg@ekbacken-energi.se\n"
                   "0345-610 22\n")
    assert "nils.berg@" not in heard and "0345-610 22" not in heard and "Nils Berg, projektledare" not in heard


def test_an_email_address_on_its_own_line_is_not_glued_to_the_line_above() -> None:
    from audiocast.ingest.wraps import join_wrapped

    lines = ["Enheten för kollektivtrafik och färdtjänst i länet", "info@exempelregion.se"]
    assert join_wrapped(lines) == lines


def test_a_wrapped_sentence_still_joins() -> None:
    from audiocast.ingest.wraps import join_wrapped

    assert join_wrapped(["Skicka dina frågor till oss på adressen nedan så svarar", "vi inom en vecka."]) == [
        "Skicka dina frågor till oss på adressen nedan så svarar vi inom en vecka."]


def test_the_articles_help_lines_with_prose_under_them_stay() -> None:
    box = ("Behöver du hjälp med laddningen?\nLaddsupporten\n0345-610 50\n\n"
           "Laddstationen blir den första i kommunen som drivs helt med el från bolagets egna solpaneler på taket.\n")
    heard = _heard(box)
    assert "0345-610 50" in heard


def test_a_subjects_own_service_unit_under_a_contact_label_stays() -> None:
    heard = _heard("Kontakt\nKundtjänst laddning\n0345-610 30\n")
    assert "0345-610 30" in heard


def test_a_name_and_role_with_the_organisation_under_a_contact_label_stays() -> None:
    heard = _heard("Kontakt\nMaja Holm, elnätschef, Ekbackens Energi\n070-612 44 90\n")
    assert "070-612 44 90" in heard


def test_a_contact_centre_with_its_hours_above_its_number_is_not_read() -> None:
    heard = _heard("Kontaktcenter\nHelgfria vardagar 7.30–17\n0771-48 20 00\nkontakt@ekbacken-energi.se\n")
    assert "0771-48 20 00" not in heard and "7.30–17" not in heard and "kontakt@" not in heard


def test_the_sites_reception_under_a_contact_label_is_not_read() -> None:
    heard = _heard("Kontakta oss\nReceptionen Ekbackens Energi\n0345-610 01\nMån–tors kl. 9–15\n")
    assert "0345-610 01" not in heard and "Receptionen" not in heard
