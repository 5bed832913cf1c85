"""Session 22 (N24): misreadings left in the opened sets normalize50 … normalize64 that several writers met: a
short name right after the name it stands for (a law's in brackets or after a comma, a party's in brackets), said
spelled; a hyphen inside a web or e-mail address, said "streck" before a number and not at all after a compound's
one-letter head.

The inputs were written after the fixes, in other words, laws, parties and addresses than the sets' rows, with
guards the rules must leave.
"""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.law_glosses import law_glosses


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_law_short_name_after_its_own_name_is_spelled() -> None:
    _in = [
        "Han döms enligt 3 kap. 5 § brottsbalken (BrB) för misshandel.",
        "Beslutet följer 6 kap. 2 § föräldrabalken (FB).",
        "Nämnden hänvisar till kommunallagen (2017:725), KL, och skollagen.",
        "Ansökan prövas enligt lagen om stöd och service till vissa funktionshindrade (LSS).",
        # guards: a short name not right after its own law is read as before
        "Domen följer rättegångsbalken, SoL och LVU.",
        "Beslutet fattades enligt 5 kap. 3 § SoL.",
    ]
    _out = [
        "Han döms enligt tredje kapitlet femte paragrafen brottsbalken (be ärr be) för misshandel.",
        "Beslutet följer sjätte kapitlet andra paragrafen föräldrabalken (eff be).",
        "Nämnden hänvisar till kommunallagen (tvåtusensjutton kolon sjuhundratjugofem), kå ell, och skollagen.",
        "Ansökan prövas enligt lagen om stöd och service till vissa funktionshindrade (ell ess ess).",
        "Domen följer rättegångsbalken, socialtjänstlagen och ell ve u.",
        "Beslutet fattades enligt femte kapitlet tredje paragrafen socialtjänstlagen.",
    ]
    check_line(_in, _out)


def test_law_glosses_rule_alone() -> None:
    _in = [
        "enligt äktenskapsbalken (ÄktB) ska",
        "enligt ärvdabalken (tjugohundratolv kolon fem), ÄB, ska",
        # guards: after another law's name; no bracket or comma before it
        "enligt miljöbalken (RB) ska",
        "enligt ÄktB ska",
    ]
    _out = [
        "enligt äktenskapsbalken (ä kå te be) ska",
        "enligt ärvdabalken (tjugohundratolv kolon fem), ä be, ska",
        "enligt miljöbalken (RB) ska",
        "enligt ÄktB ska",
    ]
    assert [law_glosses(t) for t in _in] == _out


def test_party_letters_after_the_party_name_are_spelled() -> None:
    _in = [
        "Vänsterpartiet (V) och Liberalerna (L) reserverade sig.",
        "Sverigedemokraternas (SD) förslag föll.",
        # guard: a member's party, as before
        "Eva Ek (KD) yrkade avslag.",
    ]
    _out = [
        "Vänsterpartiet (ve) och Liberalerna (ell) reserverade sig.",
        "Sverigedemokraternas (ess de) förslag föll.",
        "Eva Ek (kå de) yrkade avslag.",
    ]
    check_line(_in, _out)


def test_hyphen_inside_an_address() -> None:
    _in = [
        "Läs protokollet på www.kommun.se/protokoll-2025 i dag.",
        "Beställ via e-handel@butiken.se eller ring.",
        "Boka på www.p-plats.se i förväg.",
        # guard: between two words the hyphen is still named
        "Mejla info@bygg-team.se för offert.",
    ]
    _out = [
        "Läs protokollet på kommun punkt se snedstreck protokoll streck tvåtusentjugofem i dag.",
        "Beställ via e-handel snabel-a butiken punkt se eller ring.",
        "Boka på pe-plats punkt se i förväg.",
        "Mejla info snabel-a bygg bindestreck team punkt se för offert.",
    ]
    check_line(_in, _out)
