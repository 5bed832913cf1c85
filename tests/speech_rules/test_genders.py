"""``audiocast.speech.rules.genders``: the gender of a noun, read by the cardinals ("1 erbjudande") and by the
adjectives written short ("ev.", "s.k.").

``_in``/``_out`` tables (after gTTS's tokenizer tests): the cardinals and the abbreviations alone, on the written
form, and the gender read for a word in its singular, plural and definite forms.
"""

from __future__ import annotations

from audiocast.speech.report import Trace
from audiocast.speech.rules.genders import noun_gender, participle_gender
from audiocast.speech.rules.numerals import cardinals
from audiocast.speech.rules.words import abbreviations

from . import check


def _genders(text: str, trace: Trace | None = None) -> str:
    """Each word of ``text`` with the gender read for it: "en", "ett" or "?" (unknown)."""
    return " ".join(noun_gender(w) or "?" for w in text.split())


def test_noun_gender() -> None:
    _in = [
        "avtalsförslag vattenverk idrottsförbund",  # a compound's last part decides
        "lärarkår verksamhetsår",  # "kår" is common although "år" is neuter; every "-sår" is neuter
        "tryckeri ägarskap underlag",  # suffixes -eri, -skap; a table's tail
        "fotbollsplaner hamnarna kvinnor",  # plurals in -ar/-or and -arna: common nouns only; "-er": unknown
        "bostadsområden stadsdelsnämnderna",  # a neuter in -e's plural; a common noun's plural definite
        "förslaget förbunden kriterier",  # a neuter's definite forms; "-ier" back to "-ium"
        "grannskapet ovänskap",  # a neuter's definite; a common noun in -skap from the table
        "omröstning trygghet",  # common suffixes
        "svarande zxq",  # people in -ande and unknown words: unknown (the callers' "en")
    ]
    _out = [
        "ett ett ett",
        "en ett",
        "ett ett ett",
        "? en en",
        "ett ?",
        "ett ett ett",
        "ett en",
        "en en",
        "? ?",
    ]
    check(_genders, _in, _out)


def test_participle_gender() -> None:
    assert participle_gender("spännande", "landskamp") == "en"
    assert participle_gender("avgörande", "sammanträde") == "ett"
    assert participle_gender("erbjudande", "per") is None  # the -ande word is the noun
    assert participle_gender("sökande", "anställdes") is None  # a verb after it
    assert participle_gender("kommande", "Umeå") is None


def test_cardinals_agree() -> None:
    _in = [
        "Hon fick 1 arbetsstipendium.",
        "Kommunen köpte 1 konferenshotell.",
        "Det blev 1 förbundsmöte.",
        "1 av 6 kyrkodistrikt",
        "1 av husen",
        "1 av 4 skolklasser",
        "1 spännande derby",
        "1 spännande landskamp",
        "Han fick 1 rådgivande uppdrag.",
        "1 sökande anställdes.",
        "41 röster",
        "21 år",
    ]
    _out = [
        "Hon fick ett arbetsstipendium.",
        "Kommunen köpte ett konferenshotell.",
        "Det blev ett förbundsmöte.",
        "ett av sex kyrkodistrikt",
        "ett av husen",
        "en av fyra skolklasser",
        "ett spännande derby",
        "en spännande landskamp",
        "Han fick ett rådgivande uppdrag.",
        "en sökande anställdes.",
        "fyrtioett röster",  # a compound's one is the counting form (numbers.cardinal: what the sets' writers said)
        "tjugoett år",
    ]
    check(cardinals, _in, _out)


def test_short_adjectives_agree() -> None:
    _in = [
        "Ev. förvärv redovisas.",
        "Ev. underskott täcks av kommunen.",
        "Ev. ansökningar skickas in.",
        "ett s.k. partnerskap",
        "s.k. konsortium",
    ]
    _out = [
        "Eventuellt förvärv redovisas.",
        "Eventuellt underskott täcks av kommunen.",
        "Eventuella ansökningar skickas in.",
        "ett så kallat partnerskap",
        "så kallat konsortium",
    ]
    check(abbreviations, _in, _out)
