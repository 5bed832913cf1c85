"""Session 7, class 'the article's update and correction notes under the page's update stamp' (issue #9; recall;
:mod:`audiocast.ingest.updates`): "Uppdatering kl. 13.15: …", "Tillägg 19.40: …", "Uppdaterat 11 mars: …" under
"Uppdaterad …" were lost: the article was taken to end at the stamp, or the note was read as the stamp.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a side widget's sentence under the stamp and a teaser list after the note.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Fjärrvärme Öst\nDriftinfo\nKundservice\n\nAvbrott i fjärrvärmen i Tallbacken\n2027-01-18 kl. 05.40\n"
         "Ett läckage i en kulvert har gjort att 120 hus i Tallbacken saknar fjärrvärme. Felet upptäcktes under natten.\n"
         "Vi reparerar läckan så fort som möjligt. Håll fönster och dörrar stängda så stannar värmen kvar längre.\n")
_FOOT = "Fler driftstörningar\nPlanerat avbrott i Norrby\nFjärrvärme Öst AB\n"


def test_an_update_note_with_its_time_under_the_stamp_is_read() -> None:
    note = "Uppdaterad 2027-01-18 kl. 12.30\nUppdatering kl. 12.30: Läckan är lagad och värmen kommer tillbaka under eftermiddagen.\n"
    spoken = _spoken(_read(_HEAD + note + _FOOT))
    assert "Läckan är lagad" in spoken
    assert "Planerat avbrott i Norrby" not in spoken


def test_a_note_labelled_with_its_day_is_no_date_line() -> None:
    note = "Senast uppdaterad 19 januari 2027\nUppdaterat 19 januari: Alla hus har värme igen. Tack för ert tålamod!\n"
    spoken = _spoken(_read(_HEAD + note + _FOOT))
    assert "Alla hus har värme igen." in spoken


def test_two_notes_one_an_addition_are_read_in_order() -> None:
    note = ("Uppdaterad 2027-01-18 kl. 16.00\nTillägg kl. 14.00: Grävarbetet har börjat.\n"
            "Tillägg kl. 16.00: Kulverten är tätad. Värmen är tillbaka i kväll.\n")
    spoken = _spoken(_read(_HEAD + note + _FOOT))
    assert spoken.index("Grävarbetet har börjat.") < spoken.index("Kulverten är tätad.")


def test_a_side_widgets_sentence_under_the_stamp_still_ends_the_article() -> None:
    widget = "Uppdaterad 2027-01-18 kl. 12.30\nFryser du? Kontrollera först att elementens termostater står på max.\n"
    spoken = _spoken(_read(_HEAD + widget + _FOOT))
    assert "Kontrollera först" not in spoken
