"""Session 39, from normalize128 (scored unread at the session's start, then opened): an abbreviation whose stop
ends the line (``shortforms._stop_is_the_sentences``).

An abbreviation after which a stop does not end a sentence ("dnr.", "ordf.", "inkl.", "f.Kr.": the stop belongs to
the short form, the sentence goes on) lost the sentence's stop when it was the line's last word: "… saknade dnr." was
read "… saknade diarienummer" with no stop, so the voice ran the sentence into the next. Nothing after the stop but
the line's end: the stop ends the sentence too. Over every blind set and the evaluation set 20 lines changed, each
gaining its final stop and nothing else. Sentences written after the fix."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Byggnadsnämnden fick in fyra ansökningar som saknade dnr.", "som saknade diarienummer."),
    ("Årsmötet öppnades av föreningens ordf.", "öppnades av föreningens ordförande."),
    ("Middagen kostar 450 kr, dryck inkl.", "dryck inklusive."),
    ("Gravfältet används från omkring 400 f.Kr.", "från omkring fyrahundra före Kristus."),
])
def test_the_stop_of_an_abbreviation_ending_the_line_ends_the_sentence(text: str, want: str) -> None:
    assert normalize(text).endswith(want)


@pytest.mark.parametrize(("text", "want"), [
    ("Ärendet har dnr. 2024-0117 och avgörs i maj.", "diarienummer tjugohundratjugofyra"),
    ("Priset är 450 kr inkl. moms och frakt.", "kronor inklusive moms och frakt."),
])
def test_a_stop_inside_the_line_is_still_the_short_forms_own(text: str, want: str) -> None:
    spoken = normalize(text)
    assert want in spoken.replace("tvåtusentjugofyra", "tjugohundratjugofyra")
    assert "diarienummer. " not in spoken and "inklusive. " not in spoken
