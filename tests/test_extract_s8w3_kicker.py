"""Session 8 w3, class 'a series kicker taken over the real headline' (issue #9; headline.score, W_DANGLING): a
series' label set in a box of its own over the headline ("Fem frågor till", "Veckans möte med") ends on a word no
Swedish headline ends on (a preposition or a conjunction that needs what follows: till, hos, från, och, att, som …);
it is the start of a phrase the headline finishes. Fictional sites and wordings; guards keep headlines ending on a
verb's particle ("Valet görs om", "Fler vill vara med")."""

from __future__ import annotations

from extract_helpers import read_dump as _read

_MENU = "Älvdalsbladet\nNyheter\nSport\nKultur\nPrenumerera\n\n"
_REST = (
    "Anna Berg\nPublicerad 4 maj 2026 kl 08.00\n\n"
    "I trettio år har Gösta Lind i Rot reparerat cyklar åt grannarna, gratis och utan att någonsin annonsera.\n\n"
    "Hur började det?\n\n"
    "– En granne kom med en trasig kedja 1996. Sedan ryktades det, och nu kommer folk från hela socknen, säger han.\n\n"
    "Vad är svårast att laga?\n\n"
    "– Moderna växlar med elektronik. Dem skickar jag vidare till verkstaden i stan.\n"
)


def _title(kicker: str, headline: str) -> str:
    return _read(f"{_MENU}{kicker}\n\n{headline}\n\n{_REST}").title


def test_a_series_kicker_ending_on_a_preposition_is_not_the_headline() -> None:
    for kicker in ("Tre frågor till", "Veckans möte hos", "Hälsning från"):
        headline = "Gösta Lind, 79, har lagat 2 000 cyklar åt grannarna i Rot: ”Jag kan inte låta bli att skruva”"
        assert _title(kicker, headline) == headline, kicker


def test_a_kicker_ending_on_a_conjunction_is_not_the_headline() -> None:
    headline = "Cykelreparatören i Rot har lagat tusentals cyklar åt grannarna utan att ta betalt en enda gång"
    assert _title("Människorna som", headline) == headline


# Written after the fix.

def test_a_kicker_with_a_colon_over_a_long_headline_is_not_the_headline() -> None:
    headline = "Hanna Ek, 31, har öppnat Älvdalens första skomakeri på femtio år: ”Folk vill laga i stället för att slänga”"
    assert _title("Veckans företagare från:", headline) == headline


def test_headlines_ending_on_a_verbs_particle_keep_their_place() -> None:
    from audiocast.ingest.headshapes import dangling_end

    for headline in ("Valet i Rot görs om", "Fler vill vara med", "Bron stängs av", "Nu tar de unga över"):
        assert not dangling_end(headline), headline
    assert dangling_end("Fem frågor till") and dangling_end("Veckans möte hos:")


def test_a_short_headline_ending_on_a_particle_under_the_menu_is_the_headline() -> None:
    page = _MENU + "Cykelverkstaden stängs av kommunen\n\n" + _REST
    assert _read(page).title == "Cykelverkstaden stängs av kommunen"
    page = _MENU + "Grannarna i Rot vill vara med\n\n" + _REST
    assert _read(page).title == "Grannarna i Rot vill vara med"
