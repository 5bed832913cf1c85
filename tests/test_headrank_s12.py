"""Session 12 (H3), the learned headline ranker retrained on more sites with evidence the rules lack (issue #9, part 3).

The ranker (audiocast/ingest/headrank.py, weights data/headline_ranker.json, rebuilt by tools/train_headline_ranker.py
from extract10-28, 30-34, 36-39 and the golden dumps) now sees a date alone on a line, a person's name alone or with
a role after a comma (a byline or a columnist's card), a letter's addressee, a breadcrumb holding another candidate,
a candidate's agreement with the file name and the lead beside the best candidate's, and its neighbours (a date line
or a name taken for a candidate right below or above). Cross-validated by folder it overrides the rules' narrow choice
(tools/headline_ranker_report.md), so the model file says ``override``.

The pages here were written after the model was trained, for invented sites and wordings, one for each kind of wrong
pick seen on new sites: a columnist's name and role under the headline, a date line, a site's tagline, a kicker or
section label, a breadcrumb repeating the title, an owner's name card; and guards where the rules' pick is right.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from extract_helpers import read_dump

from audiocast.ingest import headrank
from audiocast.ingest.headline import Candidate, Evidence, rule_scores

MODEL = Path(__file__).resolve().parent.parent / "audiocast" / "ingest" / "data" / "headline_ranker.json"
_BODY = (
    "Efter två år av planering står det klart att föreningen får bygga den nya lekplatsen vid skolan. Kommunen "
    "betalar hälften och resten kommer från insamlingen i byn.\n"
    "Den gamla lekplatsen revs förra sommaren, och sedan dess har barnen lekt på grusplanen bakom gymnastiksalen.\n"
    "Bygget börjar i maj, och alla som vill hjälpa till kan anmäla sig till styrelsen.\n"
)


def _ranker_doubts(doubts: tuple[str, ...]) -> list[str]:
    return [d for d in doubts if d.startswith("headline uncertain (the learned ranker")]


def _spied(page: str) -> tuple[str, list[tuple[float, int, Candidate]], Evidence]:
    """The headline read from the page, with the candidates and evidence the ranker was asked to decide on."""
    seen: list[tuple[list[tuple[float, int, Candidate]], Evidence]] = []
    original = headrank.decide

    def spy(scored: list[tuple[float, int, Candidate]], ev: Evidence, model: headrank.Model | None = None
            ) -> headrank.Choice:
        seen.append((scored, ev))
        return original(scored, ev, model)

    headrank.decide = spy  # type: ignore[assignment]
    try:
        title = read_dump(page).title
    finally:
        headrank.decide = original  # type: ignore[assignment]
    scored, ev = seen[-1]
    return title, scored, ev


def _ranked(page: str) -> tuple[str, headrank.Choice, float]:
    """The shipped ranker's pick among the page's candidates, the rules' choice, and how much surer the ranker is of
    its pick than of the rules'."""
    _, scored, ev = _spied(page)
    model = headrank.load_model()
    assert model is not None
    probs = headrank.by_text(scored, headrank.probabilities(model, headrank.features(scored, ev)))
    pick = max(probs, key=lambda t: probs[t])
    rules = headrank.rules_choice(scored)
    return pick, rules, probs[pick] - probs.get(rules.text, 0.0)


def _decided(page: str) -> tuple[str, str]:
    """The headline read from the page, and what the rules alone chose among the same candidates."""
    title, scored, _ = _spied(page)
    return title, headrank.rules_choice(scored).text


# The shipped model file: what the training tool writes, small, read without numpy.

def _tool() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "tools" / "train_headline_ranker.py"
    spec = importlib.util.spec_from_file_location("train_headline_ranker_s12", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_headline_ranker_s12"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_file_is_what_the_tool_writes() -> None:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    tool = _tool()
    model = headrank.model_from(data)
    again = json.loads(tool.model_json(model, data["policy"], data["trained_on"], data["l2"]))
    assert set(again) == set(data) == {"features", "mean", "scale", "weights", "policy", "trained_on", "l2"}
    assert again["features"] == data["features"] and again["weights"] == data["weights"]
    assert MODEL.stat().st_size < 16_000  # a small data file, not a training set
    for name in ("extract37", "extract38", "extract39", "golden"):
        assert name in data["trained_on"]


def test_the_shipped_model_overrides_as_the_cross_validation_says() -> None:
    model = headrank.load_model()
    assert model is not None
    assert model.policy == "override" and 0.5 <= model.gain < 1 and 0 < model.margin <= 2
    assert 0 < model.doubt_gain <= model.gain  # a doubt is raised on less than an override needs
    cands = [Candidate(index=k, text=t, blank_before=k == 0) for k, t in enumerate(["Nyheter", "Kajen byggs om i år"])]
    scored, ev = rule_scores(cands, Evidence(lead="Kajen byggs om."))
    assert set(model.names) == set(headrank.features(scored, ev)[0])


# The features of this round, on lines written for them.

@pytest.mark.parametrize(("line", "feature"), [
    ("21 oktober, 2024", "date_alone"),
    ("Publicerad tisdag 4 mars 2025 kl 08.15", "date_alone"),
    ("Lina och Oskar Dahl", "name_card"),
    ("Av Greta Nyberg", "name_card"),
    ("Per Åkesson, präst i Norrby församling", "name_led"),
    ("Till: Miljö- och byggnämnden i Västerby", "addressee"),
])
def test_new_features_see_dates_names_and_addressees(line: str, feature: str) -> None:
    head = "Föreningen får bygga ny lekplats vid skolan"
    cands = [Candidate(index=k, text=t, blank_before=True) for k, t in enumerate([head, line])]
    feats = headrank.features(*rule_scores(cands, Evidence()))
    assert feats[1][feature] == 1.0 and feats[0][feature] == 0.0


def test_guard_a_headline_with_a_date_or_a_name_is_no_date_or_name_card() -> None:
    for line in ("Marknaden flyttas till 12 maj", "Vårbrev 2025", "Nya Lekplatsen Invigs", "Till sist tackar vi alla"):
        assert not headrank.date_alone(line) and not headrank.name_card(line) and not headrank.addressee(line)


def test_relations_see_a_breadcrumb_holding_the_title_and_the_date_line_under_it() -> None:
    texts = ["Start › Aktuellt › Lekplatsen byggs i maj", "Lekplatsen byggs i maj", "2 april, 2025"]
    cands = [Candidate(index=k, text=t, blank_before=k == 0) for k, t in enumerate(texts)]
    feats = headrank.features(*rule_scores(cands, Evidence(lead="Lekplatsen byggs i maj vid skolan.")))
    assert feats[0]["holds_other"] == 1.0 and feats[1]["held_by_other"] == 1.0
    assert feats[1]["over_date_line"] == 1.0 and feats[2]["date_alone"] == 1.0
    assert feats[1]["lead_top"] == 1.0 and feats[2]["lead_gap"] < 0


# Invented pages, written after training: the kinds of wrong pick seen on new sites.

def test_a_columnists_name_and_role_under_a_question_headline_is_no_headline() -> None:
    page = ("Västerbygdens Tidning\nMeny\nNyheter\nSport\nFråga juristen\nPrenumerera\n\nFråga juristen\n"
            "Vem ansvarar för staketet mellan två tomter?\nSofia Brandt, jurist på Västerbygdens Tidning\n"
            "11 mars 2025\n"
            "Varannan vecka svarar juristen Sofia Brandt på läsarnas frågor. Den här gången gäller det ett staket "
            "som grannen vill riva.\nFråga: Vi och grannen delar ett staket som har börjat ruttna.\n"
            "Svar: Ett staket i tomtgränsen ägs som regel av båda grannarna tillsammans.\n")
    head = "Vem ansvarar för staketet mellan två tomter?"
    pick, rules, _gain = _ranked(page)
    # Since session 16 the byline is told by its shape before the head is scored (headbylines.py): the name and role
    # glued between the headline and the date line are no candidate, and the rules and the ranker agree.
    assert pick == head and rules.text == head
    article = read_dump(page)
    assert article.title == head and article.author == "Sofia Brandt"


def test_a_reporters_name_and_role_under_a_headline_over_the_date_is_no_headline() -> None:
    page = ("Norrfjärdens Nyheter\nMeny\nNyheter\nKultur\nFråga doktorn\nPrenumerera\n\nFråga doktorn\n"
            "Hur farligt är det att bli stucken av en geting?\nAnders Holm, distriktsläkare i Norrfjärden\n"
            "2 augusti 2024\n"
            "Varje vecka svarar distriktsläkaren Anders Holm på läsarnas frågor om hälsa. I dag handlar det om "
            "getingstick.\nDe flesta stick gör ont en stund och går över av sig själva.\n"
            "Den som får svårt att andas efter ett stick ska ringa 112.\n")
    head = "Hur farligt är det att bli stucken av en geting?"
    pick, rules, _gain = _ranked(page)
    assert pick == head and rules.text == head  # the byline told by its shape since session 16 (headbylines.py)
    assert read_dump(page).title == head


def test_a_doubt_without_an_override_names_the_rankers_line() -> None:
    model = headrank.load_model()
    assert model is not None
    names = ["Får man begravas i sin egen trädgård?", "Kerstin Ahl, kyrkoherde i Västerby"]
    cands = [Candidate(index=k, text=t, blank_before=False, near_anchor=True, anchor_next=k == 1, anchor_block=True)
             for k, t in enumerate(names)]  # the card right over the date line: the rules' place of a headline
    scored, ev = rule_scores(cands, Evidence(lead="Kyrkoherden svarar på läsarnas frågor om begravningar."))
    sure = headrank.Model(model.names, model.mean, model.scale, model.weights, "override", 0.99, 0.0, 0.5)
    rival = headrank.decide(scored, ev, sure)  # no override possible (margin 0): the doubt alone
    pick, = (t for t, p in headrank.by_text(scored, headrank.probabilities(model, headrank.features(scored, ev))
                                            ).items() if p > 0.5)
    assert headrank.rules_choice(scored).text == names[1]
    assert pick == names[0] and rival.text == names[1] and rival.rival == pick


def test_a_date_line_under_the_headline_is_no_headline() -> None:
    page = ("Hoppa till innehåll\nByvägen Just Nu\nNyheter från Byvägen, Kärr och Åsa\nNyheter\nInsändare\n"
            "Evenemang\nAnnonsera\nSök\n\nInsändare\nFöreningen får bygga ny lekplats vid skolan\n2 april, 2025\n"
            "Insändare\n" + _BODY)
    title, _ = _decided(page)
    assert title == "Föreningen får bygga ny lekplats vid skolan"


def test_a_sites_tagline_over_the_head_is_no_headline() -> None:
    page = ("Kärrs bygdeförening\nEn levande by mitt i skogen sedan 1947\n\nStart\nLokalen\nKalender\nKontakt\n\n"
            "Föreningen får bygga ny lekplats vid skolan\n3 april 2025\n" + _BODY)
    title, _ = _decided(page)
    assert title == "Föreningen får bygga ny lekplats vid skolan"
    assert not _ranker_doubts(read_dump(page).doubts)


def test_a_kicker_in_capitals_over_the_headline_is_no_headline() -> None:
    page = ("Kärrbladet\nNyheter\nSport\nKultur\n\nLEKPLATSEN\nFöreningen får bygga ny lekplats vid skolan\n"
            "3 april 2025\n" + _BODY)
    title, _ = _decided(page)
    assert title == "Föreningen får bygga ny lekplats vid skolan"


def test_a_breadcrumb_repeating_the_title_is_no_headline() -> None:
    page = ("Kärrs skolförening\nHem › Aktuellt › Ny lekplats vid skolan i maj\n\nNy lekplats vid skolan i maj\n"
            "Publicerad 3 april 2025\n" + _BODY)
    title, _ = _decided(page)
    assert title == "Ny lekplats vid skolan i maj"


def test_an_owners_name_card_over_the_date_is_no_headline() -> None:
    page = ("Kaffestugan i Kärr\nHem\nMeny\nBlogg\nMore\n\nAlla inlägg\n\nIda och Mats Lönn\n3 apr.\n2 min läsning\n"
            "Vi bygger en lekplats bakom kaffestugan\nHej alla gäster, grannar och vänner!\n" + _BODY)
    title, _ = _decided(page)
    assert title == "Vi bygger en lekplats bakom kaffestugan"


def test_guard_a_petitions_addressee_under_its_headline_stays_no_headline() -> None:
    page = ("Namninsamling.nu\nStarta en insamling\nBläddra\nLogga in\n\nRädda lekplatsen vid Kärrs skola!\n\n"
            "412 har skrivit under\nSkriv under\n\nStartad 2 april 2025\nStartad av Föräldrar i Kärr\n"
            "Till: Kultur- och fritidsnämnden i Västerby kommun\n\nVarför det här är viktigt\n" + _BODY)
    title, _ = _decided(page)
    assert title == "Rädda lekplatsen vid Kärrs skola!"
