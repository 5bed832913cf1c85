"""Session 18 (E14): an audio player glued under the article, its bare play button and playback speed
(videos.player_run_tags).

Opened round extract66 read a podcast player's "▶ Spela" and "1x" under a report as its last lines: the dump had lost
the player's times ("00:00 / 52:14", a line without letters), so no duration marked the button. The signal: a play
icon with a verb alone on a line, or a position over a length, anchors the run; a playback speed ("1x", "1,5×") is a
control by its shape. Written after the fix, for an invented site; the guard: a line of the text starting with a verb
of listening, without an icon, stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Radio Vättern\nHem\nPoddar\nNyheter\n"
_HEAD = "Kören från Hjo vann länsfinalen\n9 april 2027\n"
_TEXT = ("Hjo kammarkör tog hem länsfinalen i Jönköping efter en jämn omröstning bland juryn i lördags.\n"
         "– Vi hade övat på det sista stycket i ett halvår, säger körledaren Petra Alm.\n")
_END = "Fler avsnitt\nRadio Vättern\nKontakt: redaktion@radiovattern.se\n"


def test_an_audio_players_icon_button_and_speed_go() -> None:
    page = _TOP + _HEAD + _TEXT + "Kören sjunger nu i riksfinalen i Örebro den 18 maj.\n▶ Lyssna\n1,5×\n" + _END
    lines = spoken_lines(read_dump(page))
    assert "▶ Lyssna" not in lines
    assert "1,5×" not in lines
    assert "Kören sjunger nu i riksfinalen i Örebro den 18 maj." in lines


def test_a_position_over_a_length_anchors_its_controls() -> None:
    page = _TOP + _HEAD + _TEXT + "Kören sjunger nu i riksfinalen i Örebro den 18 maj.\n▶\n12:30 / 41:05\n2x\n" + _END
    lines = spoken_lines(read_dump(page))
    assert "2x" not in lines
    assert "Kören sjunger nu i riksfinalen i Örebro den 18 maj." in lines


def test_guard_a_sentence_about_listening_stays() -> None:
    page = _TOP + _HEAD + _TEXT + "Lyssna på hela konserten i vår podd.\n" + _END
    assert "Lyssna på hela konserten i vår podd." in spoken_lines(read_dump(page))
