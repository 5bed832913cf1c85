"""Session 19 round 5 (N17, the everyday paper: notices, traffic, schools, recipes, sea rescue), written after
each fix on new sentences: a street name cut after its g or v after a preposition of place or with its part word
("på Björkv. i Tuna", "via Västra Ringv."); a clipped head ending a compound ("Vårdbiträdesutb."); a share after
"kl. 9 &" ("kl. 10 & 15 % på allt"); the international "NM" for nautical miles; "åk" as the verb where no school
year follows."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.price_pieces import price_pieces
from audiocast.speech.rules.street_cuts import street_cuts

from . import check


def test_a_cut_street_after_a_preposition_or_its_part_word() -> None:
    _in = [
        "Brand i ett garage på Björkv. i Tuna under natten.",
        "Omledning via Västra Ringv. till i morgon.",
        "Trafiken leds via Norra Skolg.",
        "Kontoret ligger vid Åsv., mitt emot kyrkan.",
        "Möte i Betelkyrkan, Kyrkog. 8.",
        "Kransar vid Solberga kyrkog. i dag.",  # guard: the churchyard, in small letters
        "Hämtas hos Circle K på Teg.",  # guard: a short place's name ending the sentence
        "Köer på E20 vid Arboga. Sedan",  # guard: a town (no g or v stem)
        "Stopp på E6 vid Kungälv.",  # guard: a town ending the sentence
        "Vi åker via Helsingborg. Sedan hem.",  # guard: a town after "via"
        "Vi ses på Midsommardag.",  # guard: a day
    ]
    _out = [
        "Brand i ett garage på Björkvägen i Tuna under natten.",
        "Omledning via Västra Ringvägen till i morgon.",
        "Trafiken leds via Norra Skolgatan.",
        "Kontoret ligger vid Åsvägen, mitt emot kyrkan.",
        "Möte i Betelkyrkan, Kyrkogatan 8.",
        "Kransar vid Solberga kyrkog. i dag.",
        "Hämtas hos Circle K på Teg.",
        "Köer på E20 vid Arboga. Sedan",
        "Stopp på E6 vid Kungälv.",
        "Vi åker via Helsingborg. Sedan hem.",
        "Vi ses på Midsommardag.",
    ]
    check(street_cuts, _in, _out)


def test_the_everyday_papers_short_forms_said_whole() -> None:
    _in = [
        "Olyckan hände på Lindv. i Ösmo strax efter midnatt.",
        "Sök till Vårdbiträdesutb. senast i maj.",
        "Frågor besvaras av miljöförv. på telefon.",
        "Hudmott. är stängd i juli.",
        "Loppis kl. 10 & 15 % på allt i butiken.",
        "Båten drev 4 NM öster om Landsort.",
        "Kom och åk traktor med oss!",
        "Åk gratis buss till marknaden.",
        "Eleverna i åk 4 sjöng.",
        "Skolan har åk F–3.",
    ]
    _out = [
        "Olyckan hände på Lindvägen i Ösmo strax efter midnatt.",
        "Sök till Vårdbiträdesutbildning senast i maj.",
        "Frågor besvaras av miljöförvaltningen på telefon.",  # the unit named alone is definite (s20 N21, unit_tails)
        "Hudmottagningen är stängd i juli.",
        "Loppis klockan tio och femton procent på allt i butiken.",
        "Båten drev fyra nautiska mil öster om Landsort.",
        "Kom och åk traktor med oss!",
        "Åk gratis buss till marknaden.",
        "Eleverna i årskurs fyra sjöng.",
        "Skolan har årskurs eff till tre.",
    ]
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_a_verb_short_form_after_a_relative_and_a_flat_pair_with_a_slash() -> None:
    _in = [
        "Kommunen köper 120 lgh för 310 mkr, vilket motsv. ca 2,6 mkr per lägenhet.",
        "Avgiften höjs med 40 kr, som motsv. 3 %.",
        "Sökes: civ.ing. el. motsv. till vår avdelning.",  # guard: the participle
        "Bytes: 2:a på Söder, 48 kvm, mot 3:a/4:a i Sollentuna.",
        "Önskas hyra: 1:a/2:a centralt, hyra max 7 500 kr.",
        "Bytes: 4:a i Visby mot 2:a eller 3:a i Klintehamn.",
    ]
    _out = [
        "Kommunen köper hundratjugo lägenheter för trehundratio miljoner kronor, vilket motsvarar cirka två komma sex"
        " miljoner kronor per lägenhet.",
        "Avgiften höjs med fyrtio kronor, som motsvarar tre procent.",
        "Sökes: civilingenjör eller motsvarande till vår avdelning.",
        "Bytes: tvåa på Söder, fyrtioåtta kvadratmeter, mot trea eller fyra i Sollentuna.",
        "Önskas hyra: etta eller tvåa centralt, hyra max sjutusenfemhundra kronor.",
        "Bytes: fyra i Visby mot tvåa eller trea i Klintehamn.",
    ]
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_a_piece_written_st_after_a_price() -> None:
    _in = [
        "Plantor 35 kr st, tre för 90 kr.",
        "Kaffe och bulle 25 kronor st",
        "Fiskelotter 10 kr st eller 6 för 50 kr.",
        "Vi tog 40 kronor styck.",  # guard: written whole
        "Betala 50 kr. St Eriks kyrka tar emot.",  # guard: a new sentence's saint
    ]
    _out = [
        "Plantor 35 kronor styck, tre för 90 kr.",
        "Kaffe och bulle 25 kronor styck",
        "Fiskelotter 10 kronor styck eller 6 för 50 kr.",
        "Vi tog 40 kronor styck.",
        "Betala 50 kr. St Eriks kyrka tar emot.",
    ]
    check(price_pieces, [t.replace(" kr st", " kronor st") for t in _in], _out)
