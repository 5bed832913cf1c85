"""Session 9, class 'an embedded social post glued among the article's lines, no blank line around it' (issue #9;
:func:`audiocast.ingest.embedboxes.glued_post_tags`): a Facebook post's poster, its stamp ("7 februari · Delad
offentligt") and its text were read between the article's paragraphs, and an Instagram post's label ("Inlägg från
Instagram"); the boxed embeds' pass needs blank lines around the post.

Every dump here was written after the fix, for fictional sites and in other wordings; the guards are a post the
article introduces ("… skrev hon på Facebook:", its text stays), a live report's posts under a name and a stamp with the
middle dot (no counts under them), and an article's heading naming a platform.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Bergslagsposten\nNyheter\nKultur\nAnnons\nJonas Ek\n6 maj 2025 10:40\nBlåsorkestern fyller hundra år\n"
         "Lindesbergs blåsorkester bildades 1925 och firar i helgen med en stor konsert på torget.\n"
         "Orkestern har i dag 34 medlemmar, den yngsta är tolv år och den äldsta 88.\n")
_BODY = ("– Vi spelar samma marsch som på första konserten, säger dirigenten Eva Strand.\n"
         "Konserten börjar klockan 14 på lördag och är gratis för alla.\n"
         "Läs också\nKören söker tenorer\nBergslagsposten\n")


def test_a_facebook_post_glued_between_paragraphs_is_not_read() -> None:
    post = ("Karl-Erik Nyström\n3 maj · Delad offentligt\nJag var med redan 1961! Vilken fin orkester det har varit "
            "genom åren.\n56 reaktioner\n9 kommentarer\nGilla\nKommentera\nDela\n")
    spoken = _spoken(_read(_HEAD + post + _BODY))
    assert "Konserten börjar klockan 14 på lördag och är gratis för alla." in spoken
    assert not any(x in spoken for x in ("Karl-Erik Nyström", "3 maj · Delad offentligt")) and not any(
        "Jag var med redan 1961" in x for x in spoken)


def test_an_instagram_post_under_its_platform_label_is_not_read() -> None:
    post = "Instagram-inlägg\nblasorkestern.lindesberg\nRepetition inför jubileet 🎺 #100år\n" \
           "Visa det här inlägget på Instagram\n89 gilla-markeringar\n"
    spoken = _spoken(_read(_HEAD + post + _BODY))
    assert "Instagram-inlägg" not in spoken and not any("Repetition inför" in x for x in spoken)
    assert "Konserten börjar klockan 14 på lördag och är gratis för alla." in spoken


def test_guards_an_introduced_post_a_live_report_and_a_heading() -> None:
    intro = "Dirigenten skrev om jubileet på Facebook:\n"
    post = "Eva Strand\n2 tim ·\nHundra år av musik i Lindesberg. Tack alla som spelat med oss!\n👍 140\n" \
           "12 kommentarer\nGilla\nKommentera\nDela\n"
    spoken = _spoken(_read(_HEAD + intro + post + _BODY))
    assert "Hundra år av musik i Lindesberg. Tack alla som spelat med oss!" in spoken and "2 tim ·" not in spoken
    live = ("Bergslagsposten\nNyheter\n6 maj 2025\nDirekt: Skogsbrand vid Ramsberg\n"
            "En skogsbrand rasar norr om Ramsberg. Vi rapporterar löpande om läget.\n"
            "Jonas Ek · 6 maj 11.20\nRäddningstjänsten har begärt hjälp av en helikopter från Örebro.\nDela\n"
            "Jonas Ek · 6 maj 10.55\nRöken syns över hela Ramsberg och boende uppmanas stänga fönster.\nDela\n"
            "Mest läst\nNy skola\n")
    spoken = _spoken(_read(live))
    assert "Räddningstjänsten har begärt hjälp av en helikopter från Örebro." in spoken
    heading = ("Facebookgruppen växer\nGruppen för orkesterns vänner har nu över tusen medlemmar från hela landet.\n")
    spoken = _spoken(_read(_HEAD + heading + _BODY))
    assert "Facebookgruppen växer" in spoken and any("över tusen medlemmar" in x for x in spoken)
