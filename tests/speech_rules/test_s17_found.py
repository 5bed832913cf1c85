"""Session 17 (normalize50-53's gaps), written after each fix on new
sentences: a diary number of three groups in a sentence with a vote word,
never cut into a vote ("... mot ...")."""

from __future__ import annotations

from audiocast.speech import normalize


def _said(rows: list[tuple[str, str]]) -> None:
    for written, spoken in rows:
        assert normalize(written) == spoken, written


def test_a_three_group_number_after_a_vote_word_is_no_vote() -> None:
    _said([
        ("Nämnden röstade nej till förslaget, dnr 431-2207-25.",
         "Nämnden röstade nej till förslaget, diarienummer fyrahundratrettioett streck tjugotvå noll sju streck tjugofem."),
        ("Fullmäktige avslog motionen, ärende 207-1193-23.",
         "Fullmäktige avslog motionen, ärende tvåhundrasju streck elva nittiotre streck tjugotre."),
        # guard: a vote of three digits stays a vote
        ("Omröstningen slutade 201-148.", "Omröstningen slutade tvåhundraett mot hundrafyrtioåtta."),
    ])
