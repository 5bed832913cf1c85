"""The organisation's service box under the article was read when it was named in one compound word
("Kyrkogårdsexpeditionen", "Medlemsservice") over its phone and hours with a label ("Telefontid: vardagar kl. 9–11"),
when it stood under a label asking the reader ("Frågor om bygget?") with a call naming the service and its number
("Ring projektets kundtjänst: 0652-160 50 (vardagar 8–16)"), and when it was a run of the service's buttons beside its
phone and hours ("Boka tid för videomöte", "Ring oss", "0771-00 00 00", "Vardagar 8–16") glued under the text
(session 10 E2: contacts._unit_card_at, contacts.is_service_line, articleend._action_run).

Every dump here was written after the fixes, for fictional sites; the guards are the subject's own unit over its number (the
article's box) and a person's contact named under a question (a card of the person's, not a service's).
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Bergsjö vattenförening\nStart\nVatten\nKontakt\n\nNy vattenledning till Norrbyn i höst\n8 augusti 2025\n\n"
         "I september börjar föreningen gräva ner den nya vattenledningen mellan verket och Norrbyn.\n\n"
         "Arbetet tar cirka sex veckor, och under tiden kan vattnet vara avstängt några timmar åt gången.\n\n"
         "Alla hushåll som berörs får ett brev med datum minst en vecka innan avstängningen.\n\n")
_FOOT = "\nDela\nIntegritetspolicy\nHantera kakor\n"


def _gone(box: str) -> bool:
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    return not [line for line in box.splitlines() if line and line in spoken]


def test_a_one_word_service_name_over_phone_and_hours_goes() -> None:
    assert _gone("Föreningskansliet\nTel: 0652-300 40\nTelefontid: tisdagar 9–11\nkansli@bergsjovatten.se\n")


def test_a_question_label_over_a_call_to_the_service_goes() -> None:
    assert _gone("Frågor om ledningen?\nRing föreningens kundservice: 0652-300 40 (vardagar 9–12)\n")


def test_a_run_of_service_buttons_beside_phone_and_hours_goes() -> None:
    dump = ("Skatteservice Norr\nPrivat\nFöretag\nNytt kontor i Sveg öppnar i mars\nPublicerad 3 februari 2025\n"
            "Servicekontoret i Sveg flyttar till nya lokaler i kommunhuset och öppnar där den 3 mars.\n"
            "I de nya lokalerna finns två mötesrum där du kan träffa en handläggare utan att boka i förväg.\n"
            "Boka tid hos en handläggare\nHitta ditt kontor\nRing oss\n0771-56 78 00\nVardagar 8–16\n"
            "Fler nyheter\nSå deklarerar du\nOm webbplatsen\nCookies\n")
    spoken = _spoken(_read(dump))
    assert "Ring oss" not in spoken and "0771-56 78 00" not in spoken and "Hitta ditt kontor" not in spoken
    assert "I de nya lokalerna finns två mötesrum där du kan träffa en handläggare utan att boka i förväg." in spoken


def test_guard_a_subjects_unit_over_its_number_stays() -> None:
    spoken = _spoken(_read(_HEAD + "Vattenverket\nJour: 0652-300 99\n" + _FOOT))
    assert "Jour: 0652-300 99" in spoken


def test_guard_a_persons_call_under_a_question_is_not_a_services() -> None:
    box = "Frågor om ledningen?\nRing Per Holm: 070-123 45 67\n"
    article = _read(_HEAD + box + "\nTack för visat tålamod under arbetet!\n" + _FOOT)
    assert "Ring Per Holm: 070-123 45 67" in _spoken(article)
