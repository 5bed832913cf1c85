"""Session 7, class 'a person's contact card after the article' (issue #9; :func:`audiocast.ingest.contacts.
person_contact_tags`): a label or a role, a person's name, a role, phone and e-mail lines, under any label or none,
with or without blank lines around it.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a letter's signature under its greeting, a help box of the article naming organisations and
their numbers, and a fact box whose last item is a label and its value.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = "Tåby stadsbibliotek\nMeny\nSök i katalogen\nEvenemang\n\nBiblioteket öppnar meröppet i Ekeby\n2 februari 2027\n"
_BODY = (
    "Från den 1 mars kan låntagare i Ekeby använda biblioteket även när personalen har gått hem. Det krävs bara ett "
    "lånekort och en pinkod.\n"
    "Meröppet blir mellan klockan sju och tjugotvå alla dagar i veckan. Kameror sätts upp i entrén och i barnavdelningen.\n"
    "– Vi har sett i andra kommuner att fler hittar till biblioteket när det är öppet på kvällarna, säger "
    "bibliotekschefen Hanna Rask.\n"
    "Lånekort med pinkod kan hämtas i informationsdisken redan nu.\n"
)
_FOOT = "\nTåby kommun · Box 400 · 555 10 Tåby\nTillgänglighet\nKakor\n"


def test_a_card_under_a_question_label_with_name_role_phone_and_mail_is_not_read() -> None:
    card = "Frågor om meröppet?\nHanna Rask\nBibliotekschef\n036-555 12 80\nhanna.rask@taby.se\n"
    spoken = _spoken(_read(_HEAD + _BODY + card + _FOOT))
    assert "informationsdisken redan nu." in spoken
    for line in ("Frågor om meröppet?", "Bibliotekschef", "036-555 12 80"):
        assert line not in spoken


def test_a_card_set_apart_by_blank_lines_role_first_without_a_label_is_not_read() -> None:
    card = "\nKommunikatör\nOskar Wendel\nMobil: 070-221 43 09\n"
    spoken = _spoken(_read(_HEAD + _BODY + card + _FOOT))
    assert "informationsdisken redan nu." in spoken
    assert "Kommunikatör" not in spoken and "Oskar Wendel" not in spoken and "070-221 43 09" not in spoken


def test_a_letters_signature_with_its_phone_under_the_greeting_stays() -> None:
    letter = "Med vänliga hälsningar\nHanna Rask\nBibliotekschef\n036-555 12 80\n"
    spoken = _spoken(_read(_HEAD + _BODY + letter + _FOOT))
    assert "Med vänliga hälsningar\nHanna Rask" in spoken


def test_an_articles_help_box_of_organisations_and_a_fact_box_stay() -> None:
    help_box = "Hit kan du vända dig\nBrottsofferjouren Tåby: 036-100 40\nStödlinjen: 020-22 00 60\n"
    spoken = _spoken(_read(_HEAD + _BODY + help_box + _FOOT))
    assert "Brottsofferjouren Tåby: 036-100 40" in spoken and "Stödlinjen: 020-22 00 60" in spoken
    facts = "Fakta: meröppet\nÖppet 07–22 alla dagar\nKälla: Tåby kommun\nPer Holm\n036-555 10 00\n"
    spoken = _spoken(_read(_HEAD + _BODY + facts + _FOOT))
    assert "Öppet 07–22 alla dagar" in spoken and "Källa: Tåby kommun" in spoken
