"""Session 16 (E1): a web-TV player glued under the head or into the text of a dump without blank lines (issue #9:
boilerplate read aloud; videos.player_run_tags, controls as data in data/player_controls.txt).

Round b59 read a local web-TV's interview page with "▶ Spela upp (8:42)", "Undertexter" and "Textversion av intervjun"
between the byline and the text. The signal: a play button with the clip's duration, and glued to it the short lines
opening with a player control's word. Every page here was written after the fix, for an invented site; the guards: a
subheading of another word right under the player, and a clock time in the text that is no duration's button.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Kustkanalen Play\nDirekt\nNyheter\nSport\nNyheter\n"
_HEAD = "Hamnchefen: ”Färjan kan gå igen i april”\n14 februari 2026\nReporter: Lina Strömberg\n"
_TEXT = ("Färjeläget i Grisslehamn har varit stängt sedan stormen i januari, då en pir skadades svårt.\n"
         "– Vi räknar med att reparationen är klar i mars och att färjan kan gå igen i april, säger hamnchefen Ola Brink.\n")
_END = "Fler klipp\nKustkanalen Play\nKontakt: play@kustkanalen.se\n"


def test_a_play_button_and_its_controls_under_the_head_go() -> None:
    page = _TOP + _HEAD + "Se klippet (3:05)\nTextning\nSyntolkning\nHelskärm\n" + _TEXT + _END
    article = read_dump(page)
    lines = spoken_lines(article)
    assert article.title == "Hamnchefen: ”Färjan kan gå igen i april”"
    for gone in ("Se klippet (3:05)", "Textning", "Syntolkning", "Helskärm"):
        assert gone not in lines
    assert any(x.startswith("Färjeläget i Grisslehamn") for x in lines)


def test_an_icon_with_a_duration_and_a_control_above_go() -> None:
    page = _TOP + _HEAD + _TEXT + "Undertext på svenska\n▶ 01:47\n" + (
        "Trafikverket har lovat att bekosta en tillfällig brygga om arbetet drar ut på tiden.\n"
        "– Det viktiga är att öborna kan ta sig till fastlandet, säger Ola Brink.\n") + _END
    lines = spoken_lines(read_dump(page))
    assert "▶ 01:47" not in lines
    assert "Undertext på svenska" not in lines
    assert "Trafikverket har lovat att bekosta en tillfällig brygga om arbetet drar ut på tiden." in lines


def test_guard_a_subheading_of_another_word_under_the_player_stays() -> None:
    page = _TOP + _HEAD + _TEXT + "▶ Spela upp (2:10)\nBakgrund\n" + (
        "Piren byggdes 1962 och har reparerats två gånger tidigare, senast efter stormen Gudrun 2005.\n") + _END
    lines = spoken_lines(read_dump(page))
    assert "▶ Spela upp (2:10)" not in lines
    assert "Bakgrund" in lines


def test_guard_a_clock_time_in_the_text_stays() -> None:
    page = _TOP + _HEAD + _TEXT + "Färjan avgår 07:45\nBiljetter säljs ombord.\n" + _END
    lines = spoken_lines(read_dump(page))
    assert "Färjan avgår 07:45" in lines
