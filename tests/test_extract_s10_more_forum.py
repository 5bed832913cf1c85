"""Session 10 (E3), a forum's replies stamped with a written date and a user name in lower case, and a sign-off after
a slash (issue #9; threads._stamp, threads._HANDLE, signoff.SLASH_SIGN, furniture.tail_box_tags).

A garden forum's replies carry their poster's user name ("tomatmaja") and a stamp written out ("14 juli 2024 21:03")
over the text and its buttons (Gilla (4), Svara): the reply records were not told (the stamp was no stamp, the name
no name), and the first reply was read as the article's last paragraph (an invented probe). A date line with a clock
is a record's stamp, and a user name of one word, however cased, names its poster. Telling a forum's records by
their stamps exposed the opening post's sign-off after a slash ("/Mikael, för styrelsen"), then dropped as a lone
line among the replies: a name after a slash right under the text is the writer's sign-off. The probe was written
before the fix, the other pages after.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.signoff import is_sign_off

_GARDEN = (
    'Forum\n'
    'Nyheter\n'
    'Mina sidor\n'
    'Logga ut\n'
    '\n'
    'Trädgårdsforumet › Odling › Grönsaker\n'
    'Tomaterna spricker – vad gör jag för fel?\n'
    'Startad av gurkgunnel, 14 juli 2024\n'
    "Hej! Mina tomater i växthuset spricker nästan allihop innan de hunnit mogna. Jag vattnar varje kväll och gödslar en gång i veckan. Sorten är Gardener's Delight. Någon som vet vad det kan bero på?\n"
    'Svara\n'
    'Citera\n'
    '12 svar\n'
    'tomatmaja\n'
    '14 juli 2024 21:03\n'
    'Det låter som ojämn vattning. Om jorden torkar ut på dagen och sedan får mycket vatten på kvällen spricker skalet. Prova att vattna både morgon och kväll, men mindre varje gång.\n'
    'Gilla (4)\n'
    'Svara\n'
    'odlarolle\n'
    '15 juli 2024 07:45\n'
    'Håller med tomatmaja. Täck gärna jorden med gräsklipp så håller den fukten bättre.\n'
    'Gilla (2)\n'
    'Svara\n'
)


def test_a_gardening_forums_replies_under_the_opening_post_are_not_read() -> None:
    spoken = spoken_text(read_dump(_GARDEN))
    assert "Någon som vet vad det kan bero på?" in spoken
    assert "ojämn vattning" not in spoken and "tomatmaja" not in spoken


def test_replies_with_handles_and_written_stamps_on_a_fishing_forum() -> None:
    page = ("Fiskeforum\nForum\nLogga ut\n\nFiskeforum › Gädda\nBästa draget för gädda i maj?\n"
            "Startad av abborrbengt, 2 maj 2025\n"
            "Jag ska fiska i Vänern nästa helg och undrar vad ni brukar använda för drag så här års. Vattnet är "
            "fortfarande kallt och gäddorna står grunt.\nCitera\nSvara\n4 svar\n"
            "@vassvicke\n2 maj 2025 kl. 20.14\nProva en stor jerkbait och fiska långsamt, det har gett mig flera fina "
            "fiskar i maj.\nGilla (3)\nSvara\n"
            "gaddgunnar\n3 maj 2025 kl. 06.55\nHåll dig till vassruggarna i vikarna, där står de nu.\nGilla (1)\nSvara\n")
    spoken = spoken_text(read_dump(page))
    assert "gäddorna står grunt" in spoken
    assert "jerkbait" not in spoken and "vassruggarna" not in spoken


def test_a_name_after_a_slash_is_a_sign_off() -> None:
    assert is_sign_off("/Styrelsen") and is_sign_off("/Karin och Olle, för kören")
    assert not is_sign_off("/ 12 st")
