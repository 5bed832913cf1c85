"""Session 7, class 'a player's or a tool's line in the article's head' (issue #9; headline.shape_of reads a button
behind its icon and a player's line with its length, data/headline.tsv; headmeta.head_meta_rows looks past the head's
furniture for the headline over a writer's name with a role).

A news site sets its listen button in the head, above or under the headline: "▶ Lyssna 4 min", "🎧 Lyssna på artikeln
(2 min)", "Lyssna på texten (3 min)", "Spela upp 1:45". With an icon or a length the line had no button's shape and
stood next to the date line, so it was chosen as the headline; a bare "Lyssna" between the headline and the writer's
name with a role ("Olle Backman, sekreterare") hid the headline from the byline's check, and the name won. Every dump
here was written after the fix, for fictional sites, in other wordings and positions.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Efter tre års förhandlingar står det klart att biblioteket i Norrvik får behålla sina öppettider även nästa år.\n"
    "Beslutet togs i kulturnämnden på tisdagskvällen, efter en namninsamling med nästan tvåtusen underskrifter.\n"
    "– Vi är glada och lättade, säger bibliotekarien Sara Holm, som har arbetat i huset i tjugo år.\n"
)


def test_a_listen_button_with_an_icon_and_a_length_under_the_headline_is_no_headline() -> None:
    page = ("Norrviks Tidning\nNyheter\nSport\nKultur\n\nEtt efterlängtat glädjebesked\n▶ Lyssna 2 min\n"
            "14 januari 2026\n" + _TEXT)
    assert _read(page).title == "Ett efterlängtat glädjebesked"


def test_a_players_line_with_its_length_over_the_headline_is_no_headline() -> None:
    page = ("Norrviks Tidning\nNyheter\nSport\n\nLyssna på nyheten (1 min)\nEtt efterlängtat glädjebesked\n"
            "Publicerad 14 januari 2026\n" + _TEXT)
    assert _read(page).title == "Ett efterlängtat glädjebesked"


def test_a_bare_listen_between_the_headline_and_a_writer_with_a_role_is_no_distance() -> None:
    page = ("Biblioteksvännerna i Norrvik\nStart\nOm oss\nBli medlem\nNyheter\n\nÄntligen ett glädjebesked\nLyssna\n"
            "Greta Lind, ordförande\n15 januari 2026\n" + _TEXT)
    assert _read(page).title == "Äntligen ett glädjebesked"


def test_a_headphone_icons_listen_line_is_no_headline() -> None:
    page = ("Radio Norrvik\nNyheter\nProgram\n\n🎧 Lyssna på inslaget · 3 min\nEtt efterlängtat glädjebesked\n"
            "Av Nils Ek\n14 januari 2026\n" + _TEXT)
    assert _read(page).title == "Ett efterlängtat glädjebesked"
