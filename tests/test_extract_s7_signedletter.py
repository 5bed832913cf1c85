"""Session 7, class 'a newsletter's boxes under its close and signature' (issue #9; :func:`audiocast.ingest.articleend.
_signed_end`): under "Med scouthälsningar" and the writer's "Name, role" (a blank line between allowed) a club's
letter sets its coming meetings, attendance figures and motto; the article's end was taken to be the last of those
long lines, so all of them were read.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guard is a letter quoted in a news article, the journalist's paragraph going on under its signature.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_LETTER = (
    "Lions Club Ådalen\nStart\nNyhetsbrev\n\nVeckobrev nr 12\n\nJulgransförsäljningen slog rekord\n\n"
    "Kära lionsvänner,\n\n"
    "Årets julgransförsäljning vid Torget gav 48 000 kronor, det mesta någonsin. Pengarna går till barnverksamheten "
    "på Ådalens fritidsgård.\n\n"
    "Ett särskilt tack till Bertil och Gun, som stod i kylan alla tre helgerna och såg till att inget träd blev kvar.\n\n"
)
_AFTER = ("\n\nKommande möten\n14 jan – Årsplanering hos Bertil\n28 jan – Föredrag om Höga kusten, Eva Nord\n"
          "Anmälan till middagen görs till klubbmästaren senast dagen före mötet.\n\n"
          "Närvaro: 22 av 30 medlemmar (73 %)\n\n"
          "Veckans citat: Vi tjänar.\n\n"
          "Lions Club Ådalen · Box 8 · 872 21 Kramfors\n")


def test_the_boxes_under_a_signature_set_apart_from_its_greeting_are_not_read() -> None:
    spoken = _spoken(_read(_LETTER + "Med lionshälsningar\n\nKjell Dahl, sekreterare" + _AFTER))
    assert "Kjell Dahl, sekreterare" in spoken and "inget träd blev kvar." in spoken
    for line in ("Kommande möten", "Årsplanering hos Bertil", "Närvaro: 22 av 30", "Veckans citat"):
        assert line not in spoken


def test_the_boxes_under_a_glued_greeting_and_signature_are_not_read() -> None:
    spoken = _spoken(_read(_LETTER + "Sommarhälsningar\nKjell Dahl\nSekreterare" + _AFTER))
    assert "Kjell Dahl" in spoken and "Föredrag om Höga kusten" not in spoken


def test_a_letter_quoted_in_a_news_article_goes_on_under_its_signature() -> None:
    news = ("Kramfors Tidning\nNyheter\n\nLionsklubben skriver till kommunen om fritidsgården\n\n2027-01-10\n\n"
            "Lions Club Ådalen har skickat ett brev till kommunstyrelsen om fritidsgårdens framtid.\n\n"
            "– Vi kräver att gården får vara kvar, skriver klubben i brevet.\n\n"
            "Med vänliga hälsningar\nKjell Dahl, sekreterare\n\n"
            "Kommunstyrelsens ordförande Stina Holm säger till Kramfors Tidning att frågan tas upp på mötet i februari "
            "och att inget beslut är fattat om gårdens framtid ännu.\n\nDela\n")
    spoken = _spoken(_read(news))
    assert "Kommunstyrelsens ordförande Stina Holm" in spoken
