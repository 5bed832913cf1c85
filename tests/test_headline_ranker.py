"""Session 11 (H), the headline weighed by a learned ranker (issue #9, part 3: the headline is chosen by evidence).

A listwise logistic ranker (audiocast/ingest/headrank.py, weights in data/headline_ranker.json, rebuilt by
tools/train_headline_ranker.py) weighs the candidates the rules score. Cross-validated by folder it did not beat the
rules in a way that supports letting it choose (tools/headline_ranker_report.md), so it is shipped as a doubt: when it
prefers another line strongly, the rules' headline stays and the article's confidence names the other line.

The pages here were written after the model was trained, for invented sites and wordings: a name card, a section
label and a call to the reader above the headline, and guards where the rules' choice is right and must stay (with
no doubt from the ranker).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from extract_helpers import read_dump

from audiocast.ingest import headrank
from audiocast.ingest.headline import Candidate, Evidence, rule_scores

_TEXT = (
    "Efter tjugofem år vid torget stänger vi bageriet den sista mars. Vi har bestämt oss för att gå i pension och "
    "lämna över lokalen till en ny hyresgäst.\n"
    "Många av er har handlat bröd hos oss sedan starten, och vi vill tacka för varje morgon.\n"
    "Under mars har vi öppet som vanligt, och den sista veckan bjuder vi på kaffe.\n"
)
_HEAD = "Tack för tjugofem år – nu stänger vi bageriet"
_SHOP = "BAGERIET VID TORGET\nHem\nBröd\nKaffe\nNyheter\nKontakt\n\n"


def _scored(texts: list[str], lead: str = "") -> tuple[list[tuple[float, int, Candidate]], Evidence]:
    cands = [Candidate(index=k * 2, text=t, blank_before=True) for k, t in enumerate(texts)]
    return rule_scores(cands, Evidence(lead=lead))


def _ranker_doubts(doubts: tuple[str, ...]) -> list[str]:
    return [d for d in doubts if d.startswith("headline uncertain (the learned ranker")]


def test_the_shipped_model_reads_without_numpy_and_knows_every_feature() -> None:
    model = headrank.load_model()
    assert model is not None and model.policy in ("doubt", "override") and 0 < model.gain < 1
    scored, ev = _scored(["Nyheter", "Skolan får ny idrottshall i höst"], lead="Skolan får en ny hall.")
    assert set(model.names) == set(headrank.features(scored, ev)[0])
    probs = headrank.probabilities(model, headrank.features(scored, ev))
    assert probs[1] > probs[0] and abs(sum(probs) - 1) < 1e-9


def test_a_model_file_of_mismatched_lengths_says_how_to_rebuild_it() -> None:
    data: dict[str, object] = {"features": ["a", "b"], "mean": [0.0, 0.0], "scale": [1.0], "weights": [1.0, 1.0]}
    with pytest.raises(ValueError, match="tools/train_headline_ranker.py"):
        headrank.model_from(data)


@pytest.mark.parametrize(("line", "feature"), [
    ("Anmäl dig till höstloppet senast fredag!", "call_first"),
    ("Anmäl dig till höstloppet senast fredag!", "end_bang"),
    ("Glöm inte att du kan rösta i helgen", "second_person"),
    ("Lena Bergqvist", "name_shape"),
    ("Plats: Folkets hus", "label_colon"),
    ("Öppet hus den 12 maj", "date"),
])
def test_features_see_calls_names_labels_and_dates(line: str, feature: str) -> None:
    scored, ev = _scored(["Kommunen bygger en ny förskola vid ån", line])
    feats = headrank.features(scored, ev)
    assert feats[1][feature] == 1.0 and feats[0][feature] == 0.0


def test_a_headline_of_words_is_no_name_shape() -> None:
    scored, ev = _scored(["Nya Broar Byggs", "Anna och Tomas Berg"])
    feats = headrank.features(scored, ev)
    assert feats[0]["name_shape"] == 0.0  # a function word ("och") or three capitals with a verb: no card
    assert feats[1]["name_shape"] == 0.0


def _model_for(feature: str, weight: float, policy: str) -> headrank.Model:
    names = tuple(sorted(headrank.features(*_scored(["a b c", "d e f"]))[0]))
    weights = tuple(weight if n == feature else 0.0 for n in names)
    return headrank.Model(names, tuple(0.0 for _ in names), tuple(1.0 for _ in names), weights, policy, 0.5, 1.5)


def test_in_doubt_the_rules_choice_stays_and_the_rankers_is_named() -> None:
    scored, ev = _scored(["Sara Holm", "Biblioteket öppnar igen efter renoveringen"])
    rules = headrank.rules_choice(scored)
    chosen = headrank.decide(scored, ev, _model_for("name_shape", 12.0, "doubt"))
    assert chosen.text == rules.text == "Biblioteket öppnar igen efter renoveringen"
    assert chosen.rival == "Sara Holm"


def test_override_replaces_a_narrow_rules_choice_only() -> None:
    scored, ev = _scored(["Sara Holm", "Biblioteket öppnar igen efter renoveringen"])
    assert headrank.rules_choice(scored).margin > 1.5  # the rules are sure: no override
    assert headrank.decide(scored, ev, _model_for("name_shape", 12.0, "override")).text != "Sara Holm"
    near, ev2 = _scored(["Biblioteket har nya öppettider", "Biblioteket öppnar igen efter renoveringen"])
    assert headrank.rules_choice(near).margin < 1.5
    picked = headrank.decide(near, ev2, _model_for("is_first", 12.0, "override"))
    assert picked.text == "Biblioteket har nya öppettider" and picked.margin == 0.0
    assert picked.rival is None  # no margin: the confidence names the rules' pick as the runner-up


def test_agreement_raises_no_doubt() -> None:
    scored, ev = _scored(["Sara Holm", "Biblioteket öppnar igen efter renoveringen"])
    assert headrank.decide(scored, ev, _model_for("name_shape", -12.0, "doubt")).rival is None


def test_the_rankers_doubt_reaches_the_articles_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _SHOP + "Nyheter\n" + _HEAD + "\n12 februari 2025\n" + _TEXT
    monkeypatch.setattr(headrank, "load_model", lambda: _model_for("upper", 12.0, "doubt"))
    article = read_dump(page)
    assert article.title == _HEAD
    assert _ranker_doubts(article.doubts) == ["headline uncertain (the learned ranker prefers 'BAGERIET VID TORGET')"]
    assert article.confidence < 1.0


# Invented pages, written after training: new sites, new wordings.

def test_a_name_card_over_the_date_above_the_headline_is_no_headline() -> None:
    page = (_SHOP + "Öppet mån–fre 7–17 · Torget 4, Ekeby · 0480-123 45\n\nAlla inlägg\nNyheter\nSök\n\n"
            "Karin och Olle Sundström\n3 feb.\n1 min läsning\n" + _HEAD + "\nKära kunder och grannar!\n" + _TEXT)
    article = read_dump(page)
    assert article.title == _HEAD
    assert not _ranker_doubts(article.doubts)  # the ranker agrees with the rules


def test_a_chairs_name_and_role_above_the_headline_are_no_headline() -> None:
    page = ("Ekeby hembygdsförening\nStart\nBesök oss\nKalender\nBli medlem\n\nMaria Lindholm\nOrdförande\n\n"
            "Vi öppnar gamla skolan för besökare i sommar\n4 april 2025\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Vi öppnar gamla skolan för besökare i sommar"
    # (the shared bakery text says nothing of the school: that doubt, confidence.shares_word, is right here)
    assert not any(d.startswith("headline uncertain") and "shares no word" not in d for d in article.doubts)


def test_a_section_label_over_the_headline_is_no_headline() -> None:
    page = "Ekeby fiskevårdsområde\nHem\nFiskekort\nRegler\n\nAktuellt\nLaxtrappan vid kraftverket byggs om i vår\n" \
           "2 mars 2025\n" + _TEXT
    article = read_dump(page)
    assert article.title == "Laxtrappan vid kraftverket byggs om i vår"
    assert not _ranker_doubts(article.doubts)


def test_a_call_to_sign_up_glued_over_the_headline_is_no_headline() -> None:
    page = ("Ekeby IK\nHem\nLag\nKalender\nKontakt\n\nAnmäl dig till vårloppet här\n"
            "Klubben får nytt klubbhus vid idrottsplatsen\n18 mars 2025\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Klubben får nytt klubbhus vid idrottsplatsen"
    assert not _ranker_doubts(article.doubts)


def test_guard_an_imperative_headline_alone_stays_without_a_doubt() -> None:
    page = _SHOP + "Aktuellt\n\nKom och fira med oss på sista dagen\n12 februari 2025\n\n" + _TEXT.replace("\n", "\n\n")
    article = read_dump(page)
    assert article.title == "Kom och fira med oss på sista dagen"
    assert not _ranker_doubts(article.doubts)


def test_guard_a_question_headline_over_a_byline_stays() -> None:
    page = ("Lokalbladet Ekeby\nNyheter\nSport\nKultur\n\nDebatt\nVarför ska bageriet på torget behöva stänga?\n"
            "Av Per Olofsson\n12 februari 2025\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Varför ska bageriet på torget behöva stänga?"
    assert not _ranker_doubts(article.doubts)


def _tool() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "tools" / "train_headline_ranker.py"
    spec = importlib.util.spec_from_file_location("train_headline_ranker", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_headline_ranker"] = module
    spec.loader.exec_module(module)
    return module


def test_the_training_tool_learns_a_lesson_and_never_overrides_without_evidence() -> None:
    tool = _tool()
    pages = []
    for k in range(12):  # every page: a person's name card and the headline; the gold is the headline
        heads = [f"Föreningen {w} firar jubileum i maj" for w in ("Ekeby", "Åby", "Norrby", "Västerby")]
        scored, ev = _scored([f"Karin {'Olsson' if k % 2 else 'Berg'}", heads[k % 4]])
        pages.append(tool.Page("f1" if k < 6 else "f2", f"p{k}", str(k), scored, ev, heads[k % 4]))
    names = sorted(headrank.features(pages[0].scored, pages[0].ev)[0])
    model = tool.fit(pages, names, steps=200)
    rows = tool.outcomes(model, pages)
    assert all(r["ranker"] == r["gold"] for r in rows)
    cautious = (max(g for g, _ in tool.GRID), min(m for _, m in tool.GRID))
    assert tool.best_policy(rows) == cautious  # nothing to gain: the most cautious policy
    assert tool.combined({"ranker": "a", "rule": "b", "gain": 0.6, "margin": 1.0}, 0.5, 1.5) == "a"
    assert tool.combined({"ranker": "a", "rule": "b", "gain": 0.6, "margin": 2.0}, 0.5, 1.5) == "b"


def test_a_call_with_its_sentence_over_a_dated_head_leaves_the_headline_a_candidate() -> None:
    # once a known gap (a strict xfail): the call and its sentence were taken for the head and its lead, so the real
    # headline below was no candidate; headcalls.call_box_over_head drops the sentence and the evidence decides
    page = (_SHOP + "Beställ din semla senast fredag!\nRing 0480-123 45 eller kom förbi.\n\nNyheter\n" + _HEAD
            + "\n12 februari 2025\n" + _TEXT)
    article = read_dump(page)
    assert article.title == _HEAD
    assert "Ring 0480-123 45" not in (article.lead or "")
