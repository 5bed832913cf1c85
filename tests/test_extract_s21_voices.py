"""Session 21, people's voices that are not the article: an embedded post glued among the paragraphs, told by its
account over the platform's link (:func:`audiocast.ingest.embedboxes.account_post_tags`), and readers' comments or a
chat's messages under their section's chrome (:mod:`audiocast.ingest.commentruns`; rules ``comment-login``,
``sort-buttons``, ``comments-closed`` in ``data/boilerplate.tsv``).

Every dump here was written after the fix, for fictional sites, in other words, names, numbers and platforms than the
opened pages that showed the phenomenon; the guards are the article's line introducing a post, an interview's speakers
over their answers and a contact list under a share row.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Skidklubben Norrfjäll\nStart\nNyheter\nKontakt\nNyheter\nKlubbens spår öppnar redan i november\n"
         "4 november 2026\n"
         "Tack vare den nya snökanonen kan Skidklubben Norrfjäll öppna tre kilometer spår vid Bergsstugan redan den 20 "
         "november, en månad tidigare än vanligt.\n"
         "Kanonen köptes i våras för 640 000 kronor, varav kommunen betalade hälften genom sitt föreningsbidrag.\n")
_TAIL = ("– Vi har väntat på det här i tio år. Nu kan barngrupperna börja träna samtidigt som de i Östersund, säger "
         "ordföranden Maria Sundin.\n"
         "Spåret kommer att vara belyst varje kväll fram till klockan 21 och är gratis för alla medlemmar.\n"
         "Dela\nFacebook\nE-post\n© 2026 Skidklubben Norrfjäll\n")


def test_an_instagram_post_glued_in_goes_with_its_account_counts_and_date() -> None:
    post = ("norrfjallskidor\nBergsstugan, Sweden\nFörsta snön på plats ❄️ Vem följer med ut på lördag? #längdskidor\n"
            "Visa det här inlägget på Instagram\n57 gillamarkeringar\nnorrfjallskidor\n3 mars\n")
    spoken = _spoken(_read(_HEAD + post + _TAIL))
    assert "Vem följer med" not in spoken and "norrfjallskidor" not in spoken and "gillamarkeringar" not in spoken
    assert "Bergsstugan, Sweden" not in spoken and "3 mars" not in spoken
    assert "säger ordföranden Maria Sundin." in spoken and "gratis för alla medlemmar." in spoken


def test_a_short_video_post_goes_and_the_articles_line_over_it_stays() -> None:
    post = ("Så här såg det ut när kanonen startade för första gången:\n@skidklubben.norrfjall\n"
            "Snökanonen är igång!! 🎿 #snö #vinter\n♬ originalljud – Skidklubben Norrfjäll\nVisa på TikTok\n")
    spoken = _spoken(_read(_HEAD + post + _TAIL))
    assert "Snökanonen är igång" not in spoken
    assert "Så här såg det ut när kanonen startade för första gången:" in spoken


def test_a_platforms_link_without_an_account_above_it_leaves_the_paragraph() -> None:
    body = "Klubben har lagt upp en film om bygget av den nya stugan.\nVisa på YouTube\n"
    spoken = _spoken(_read(_HEAD + body + _TAIL))
    assert "Klubben har lagt upp en film om bygget av den nya stugan." in spoken


def test_a_listener_chat_under_its_login_call_goes() -> None:
    chat = ("Kvällschatten\nDu behöver vara inloggad för att chatta.\nLogga in med Google\nPelle_88 19:02\n"
            "Äntligen! Har väntat på det här sedan i fjol.\nStina från Åsen 19:04\nBlir det spår för skate också?\n"
            "Norrfjäll SK 19:06\nHej Stina! Ja, två av kilometerna pistas för skate.\n")
    spoken = _spoken(_read(_HEAD + _TAIL.replace("Dela\n", chat + "Dela\n")))
    assert "Äntligen!" not in spoken and "Pelle_88" not in spoken and "Hej Stina!" not in spoken
    assert "inloggad" not in spoken and "Logga in med Google" not in spoken
    assert "gratis för alla medlemmar." in spoken


def test_comments_under_an_embedded_posts_buttons_go_and_the_article_goes_on() -> None:
    post = ("Skidklubben Norrfjäll\n2 november ·\nNu är kanonen här! Stort tack till kommunen 💙\n👍❤️ 96\n"
            "14 kommentarer\nGilla\nKommentera\nDela\nLena Holm\nSå bra för barnen, äntligen!\nTobias Vik\n"
            "Ses i spåret 👋\nVisa fler kommentarer\n")
    spoken = _spoken(_read(_HEAD + post + _TAIL))
    assert "Så bra för barnen" not in spoken and "Ses i spåret" not in spoken and "Lena Holm" not in spoken
    assert "säger ordföranden Maria Sundin." in spoken


def test_an_interviews_speakers_over_their_answers_stay() -> None:
    qa = ("Vi frågade två medlemmar vad de tycker om det tidiga spåret.\nAnders Lind\n"
          "Jag åker varje kväll efter jobbet, så för mig betyder det en hel extra månad.\nSara Öberg\n"
          "Barnen har tjatat sedan oktober. Nu slipper vi köra till fjället.\n")
    spoken = _spoken(_read(_HEAD + qa + _TAIL))
    assert "Jag åker varje kväll efter jobbet" in spoken and "Barnen har tjatat sedan oktober." in spoken


def test_a_contact_list_under_a_share_row_is_no_comment_thread() -> None:
    contacts = "Dela\nFacebook\nAnders Lind\nSpårchef, ring 070-222 31 40\nSara Öberg\nUngdomsansvarig, ring 070-555 18 09\n"
    spoken = _spoken(_read(_HEAD + _TAIL.replace("Dela\nFacebook\nE-post\n", contacts)))
    assert "gratis för alla medlemmar." in spoken


def test_a_sort_label_and_a_closed_section_with_its_reason_are_not_read() -> None:
    body = "Sortera:\nNyast först\nÄldst först\n"
    closed = "Kommentarsfunktionen är avstängd för texter om pågående utredningar.\n"
    spoken = _spoken(_read(_HEAD + body + _TAIL.replace("Dela\n", closed + "Dela\n")))
    assert "Sortera" not in spoken and "avstängd" not in spoken
    assert "säger ordföranden Maria Sundin." in spoken


def test_listeners_signed_messages_under_their_label_go() -> None:
    msgs = ("Ni har skrivit till oss:\n”Spåret vid Bergsstugan är det bästa i hela länet.” /Gösta, Rättvik\n"
            "Hoppas ni pistar backen upp till tornet också! /Mamma till två i Åsen\n")
    spoken = _spoken(_read(_HEAD + _TAIL.replace("Dela\n", msgs + "Dela\n")))
    assert "Gösta, Rättvik" not in spoken and "Mamma till två" not in spoken and "Ni har skrivit till oss:" not in spoken
    assert "gratis för alla medlemmar." in spoken


def test_a_question_columns_signed_question_over_its_answer_stays() -> None:
    qa = ("Läsarna frågar:\nFRÅGA: Får man ta med hunden i det belysta spåret? /Hundägare i Björkå\n"
          "SVAR: Nej, hundar är inte tillåtna i de preparerade spåren, men den gamla skogsvägen bredvid går bra.\n")
    spoken = _spoken(_read(_HEAD + qa + _TAIL))
    assert "Får man ta med hunden" in spoken and "hundar är inte tillåtna" in spoken


def test_speakers_right_under_an_embedded_posts_hashtags_stay() -> None:
    post = "@skidklubben.norrfjall\nFörsta passet i det nya spåret avklarat!\n#skidor #norrfjäll\n"
    qa = ("Anders Lind\nJag åker varje kväll efter jobbet, så för mig betyder det en hel extra månad.\nSara Öberg\n"
          "Barnen har tjatat sedan oktober. Nu slipper vi köra till fjället.\n")
    spoken = _spoken(_read(_HEAD + post + qa + _TAIL))
    assert "Jag åker varje kväll efter jobbet" in spoken and "Barnen har tjatat sedan oktober." in spoken
