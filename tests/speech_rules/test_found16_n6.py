"""Session 16 (N6): abbreviations, slashes and counts of pieces found on fresh sentences. Cases written after each
fix, with other words than the sentences studied, and guards."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.pieces import pieces
from audiocast.speech.rules.symbols import symbols

from . import check


def test_slash_before_a_share_is_per() -> None:
    _in = ["Kassaflöde/aktie minskade.", "Bolaget redovisar substansvärde/aktie.", "Hon betalar med swish/kort.",
           "Resultat/preferensaktie steg."]
    _out = ["Kassaflöde per aktie minskade.", "Bolaget redovisar substansvärde per aktie.",
            "Hon betalar med swish eller kort.", "Resultat per preferensaktie steg."]
    check(symbols, _in, _out)
    assert normalize("Eget kapital/aktie uppgick till 41 kr.") == (
        "Eget kapital per aktie uppgick till fyrtioett kronor.")


def test_meeting_posts_as_subjects_are_definite() -> None:
    assert normalize("Kass. föredrar bokslutet.") == "Kassören föredrar bokslutet."
    assert normalize("Därefter hälsar ordf. alla välkomna.") == "Därefter hälsar ordföranden alla välkomna."
    assert normalize("Justeras av ordf. och sekr. presenterar verksamheten.") == (
        "Justeras av ordföranden och sekreteraren presenterar verksamheten.")
    assert normalize("V. ordf. leder årsmötet.") == "Vice ordföranden leder årsmötet."
    # guards: the post before a name, the post elected, the post named by a copula
    assert normalize("Kass. Lena Holm (nyval)") == "Kassör Lena Holm (nyval)"
    assert normalize("Hon valdes till kass. och han till sekr.") == "Hon valdes till kassör och han till sekreterare."
    assert normalize("Sekr. är Omar Ali.") == "Sekreterare är Omar Ali."


def test_so_called_before_a_singular_compound() -> None:
    assert normalize("Skolan prövar s.k. lärlingsmodell.") == "Skolan prövar så kallad lärlingsmodell."
    assert normalize("Regionen inför s.k. vårdgaranti.") == "Regionen inför så kallad vårdgaranti."
    assert normalize("Bolaget har s.k. intäktsmodell.") == "Bolaget har så kallad intäktsmodell."
    # guards: a plural and a neuter noun
    assert normalize("De sätter upp s.k. laddstolpar.") == "De sätter upp så kallade laddstolpar."
    assert normalize("Det blev s.k. samrådsmöten.") == "Det blev så kallade samrådsmöten."


def test_one_piece_before_its_noun() -> None:
    _in = ["1 st morot", "1 st. röd paprika", "1 st ägg, vispat", "Vi har 1 st kvar.", "3 st morötter",
           "enligt 4 § 1 st. lagen"]
    _out = ["en morot", "en röd paprika", "ett ägg, vispat", "Vi har 1 st kvar.", "3 st morötter",
            "enligt 4 § 1 st. lagen"]
    check(pieces, _in, _out)
    assert normalize("Tillsätt 1 st lagerblad.") == "Tillsätt ett lagerblad."
    assert normalize("Tillsätt 2 st vitlöksklyftor.") == "Tillsätt två stycken vitlöksklyftor."
    assert normalize("Skiva 1 st zucchini och 3 st tomater.") == "Skiva en zucchini och tre tomater."
    assert normalize("Receptet ger 8 port.") == "Receptet ger åtta portioner."


def test_clipped_words_of_notices() -> None:
    assert normalize("Sångstund under ledn. av Maria Berg.") == "Sångstund under ledning av Maria Berg."
    assert normalize("Led. Olle Sten, suppl. Siv Ek.") == "Ledamot Olle Sten, suppleant Siv Ek."
    assert normalize("Adj. Kim Lo.") == "Adjungerad Kim Lo."
