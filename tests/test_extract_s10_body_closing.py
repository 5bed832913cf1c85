"""Lines closing the article that were lost under its last paragraph (session 10 E2):

- a writer's sign-off, a board's signature or the source alone under the last paragraph ("Sven Holm, ordförande",
  "Styrelsen", "Källa: Vreta byalag") went as a lone doubted line of the page's tail (furniture.closing_mark; a
  signature is marked as the letter's so the classifier's doubt of a name does not take it later);
- a short verbless answer under its question ("Till midsommar.") was taken for a picture's caption;
- two spaced "Label: value" items under the text ("Tid: …", "Plats: …") lost the second (factruns.RUN_ITEMS 2).

Every dump here was written after the fixes, for fictional sites; the guards are a lone teaser title under the text and a
spaced contact pair (phone and e-mail), which stay the page's.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Fiskevårdsområdet Storån\nHem\nFiske\nKontakt\n\nNya fiskekort säljs från 1 april\n14 mars 2025\n\n"
         "Fiskevårdsområdet inför digitala fiskekort, som går att köpa i mobilen dygnet runt från den 1 april.\n\n"
         "Korten på papper finns kvar hos Storåns lanthandel för den som hellre vill ha ett sådant.\n\n")
_FOOT = "\nDela\nFacebook\nFler nyheter\nÖringen är tillbaka i bäcken\n© Fiskevårdsområdet Storån\n"


def _spoken_with(tail: str) -> list[str]:
    return _spoken(_read(_HEAD + tail + _FOOT))


def test_a_sign_off_under_the_last_paragraph_is_read() -> None:
    assert "Maja Ek, kassör" in _spoken_with("Maja Ek, kassör\n")


def test_a_boards_signature_under_the_last_paragraph_is_read() -> None:
    assert "Styrelsen för Storåns fvo" in _spoken_with("Styrelsen för Storåns fvo\n")


def test_the_source_under_the_last_paragraph_is_read() -> None:
    assert "Källa: Länsstyrelsen i Jämtlands län" in _spoken_with("Källa: Länsstyrelsen i Jämtlands län\n")


def test_a_short_answer_under_its_question_is_no_caption() -> None:
    tail = "Vad kostar kortet?\n\n150 kronor för ett dygn.\n\nGäller det i hela ån?\n\nHela sträckan nedströms dammen.\n"
    spoken = _spoken_with(tail)
    assert "Hela sträckan nedströms dammen." in spoken


def test_two_spaced_items_are_both_read() -> None:
    spoken = _spoken_with("Försäljningsstart: 1 april\n\nPris: 150 kronor per dygn\n")
    assert "Försäljningsstart: 1 april" in spoken and "Pris: 150 kronor per dygn" in spoken


def test_guard_a_lone_teaser_title_under_the_text_goes() -> None:
    assert "Så fiskar du harr i strömmande vatten" not in _spoken_with("Så fiskar du harr i strömmande vatten\n")


def test_guard_a_spaced_contact_pair_stays_the_pages() -> None:
    spoken = _spoken_with("Telefon: 0640-120 00\n\nE-post: info@storan-fvo.se\n")
    assert "E-post: info@storan-fvo.se" not in spoken
