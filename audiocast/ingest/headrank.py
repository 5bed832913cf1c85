"""The headline chosen by a learned ranker among the candidates the rules score (:mod:`audiocast.ingest.headline`).

The rules weigh the evidence by hand. The ranker weighs the same candidates by what it learned from hundreds of
annotated dumps of invented sites (each page a different site, each set a different writer): a listwise logistic
model (a softmax over the page's candidates) over features that hold on any site (:func:`features`): the rules'
score and its parts, the candidate's place among the others, its length and casing, its last sign, a call to the
reader or the second person, digits and dates, a person's name's shape, repetition on the page, agreement with the
file name, the <title> and the lead, its neighbours, the line model's probability; and what the rules do not weigh
(:func:`relations` and the shapes below it): a date alone on the line, a name alone or with its role after a comma (a
byline, a columnist's card, an owners' name card), a letter's addressee, a verb's shape (a slogan or a label has
none), a breadcrumb holding another candidate, the agreement with the file name, the lead and the line model beside
the best candidate's, a date line or a name right under or over the line.

The weights are data (``data/headline_ranker.json``, rebuilt by ``tools/train_headline_ranker.py``), read here without
numpy. The file also says how the ranker's word counts (``policy``): ``override`` (the ranker's pick replaces the
rules' when it is surer by ``gain`` and the rules' margin is below ``margin``) or ``doubt`` (never replaces); when it
does not replace the rules' pick but prefers another line by ``doubt_gain`` (``gain`` when the file names none), the
choice carries that line as a rival: the article's confidence says "headline uncertain". What the cross-validation
by site supports is in ``tools/headline_ranker_report.md``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..calendar_sv import MONTHS, WEEKDAYS
from .dates import MONTH_ABBREVIATIONS, is_date_line
from .headline import (
    Candidate,
    Choice,
    Evidence,
    fact_list,
    furniture_shape,
    headline_form,
    line_words,
    rules_choice,
    shape_of,
)
from .headshapes import call_line, dangling_end, field_label, real_words

MODEL_FILE = "data/headline_ranker.json"

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"(?i)\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt"
                   r"|nov|dec)\w*")
_LABEL_COLON = re.compile(r"[^\W\d][\w-]*(?: [\w-]+)?\s*:(?:\s|$)")
"""A line opened by a label and its colon ("Till: Nämnden", "Plats: Kyrkan", "Ämne:"): a field, seldom a headline."""
_SECOND_PERSON = frozenset("du dig din ditt dina ni er era ert".split())
_CALL_WORDS = frozenset(
    "läs se titta lyssna följ köp boka anmäl rösta prenumerera stöd skicka ring mejla maila klicka ladda gå besök hitta "
    "tipsa dela swisha ge bli håll missa upptäck registrera logga sök kontakta beställ ansök spara välj prova testa "
    "fyll delta kom passa glöm skriv svara visa öppna".split())
_FUNCTION = frozenset(
    "och i på av till för med som att det den en ett är om från har inte vid efter nu när så men ska kan vill var blir "
    "under över mot hur vad vem ny nya nytt".split())


def _name_shape(text: str) -> bool:
    """Two or three capitalised words and nothing else ("Anna Lindqvist", "Karl-Erik de Wall"): a person's name."""
    words = text.split()
    if not 2 <= len(words) <= 3 or _DIGIT.search(text) or re.search(r"[.!?:,;]", text):
        return False
    return all(w[:1].isupper() for w in words if w not in {"af", "von", "de", "van"}) and not any(
        w.lower() in _FUNCTION for w in words)


def _slug_overlap(text: str, hints: tuple[str, ...]) -> float:
    own = {w.lower() for w in _WORD.findall(text) if len(w) > 2}
    if not own or not hints:
        return 0.0
    best = 0.0
    for h in hints:
        other = {w.lower() for w in re.split(r"[\W_]+", h) if len(w) > 2}
        if other:
            best = max(best, len(own & other) / len(own))
    return best


def _lead_share(text: str, lead: str) -> float:
    own = {w.lower() for w in _WORD.findall(text) if w.lower() not in _FUNCTION}
    if not own or not lead:
        return 0.0
    said = {w.lower() for w in _WORD.findall(lead)}
    return len(own & said) / len(own)


_DATE_WORD = re.compile(
    r"(?i)(?:\d[\d:.,/-]*|" + "|".join((*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS)) + r"|den|kl|klockan|publicerad|"
    r"publicerat|uppdaterad|uppdaterat|postad|skriven|i går|idag|i dag|igår)\.?,?")
_VERB_END = re.compile(r"(?i)(?:[^\W\d_]{2,}(?:ar|er|ir|ör|år|rr|de|te|dde|tt|ats|as|es|is|r))")
_VERBS = frozenset(
    "är var har hade blir blev får fick kan kunde ska skulle vill ville tar tog ger gav går gick kommer kom finns "
    "fanns står stod sa säger gör gjorde måste bör lär ser såg vet visste bor dör dog".split())
_NAME_JOIN = frozenset({"och", "&", "samt", "med"})
_BY = re.compile(r"(?i)^(?:av|text|text och foto|foto|by)\s*:?\s+")
_PARTICLES = frozenset({"af", "von", "de", "van", "der", "la", "el"})


def date_alone(text: str) -> bool:
    """A date and nothing much else ("19 november, 2024", "Publicerad 3 mars kl 10.12"): a date line taken for a
    candidate, never a headline."""
    if not _DIGIT.search(text) and not any(m in text.lower() for m in MONTHS):
        return False
    rest = _DATE_WORD.sub(" ", text)
    return real_words(rest) == 0 and bool(_DATE.search(text) or is_date_line(text))


_TO = re.compile(r"(?i)(?:till|to)\s*:?\s+\S")
ADDRESSEE_WORDS = 9
"""A letter's or a petition's addressee ("Till: Barn- och utbildningsnämnden i Ekeskogs kommun") is at most this many
words."""


def addressee(text: str) -> bool:
    """Whom a letter or a petition is to ("Till: Kultur- och fritidsnämnden", "Till kommunstyrelsen i Sävsjö"), no
    sentence: the letter's head, never its headline."""
    return _TO.match(text) is not None and real_words(text) <= ADDRESSEE_WORDS and not verbish(text)


def _capital_names(words: list[str]) -> bool:
    return all(w[:1].isupper() and not w.isupper() for w in words if w.lower() not in _PARTICLES) and not any(
        w.lower() in _FUNCTION for w in words)


def name_card(text: str) -> bool:
    """One person's or a couple's name and nothing else ("Anna och Tomas Berglund", "Sara & Jon Lind", "Lena
    Bergqvist"): an owner's card or a byline, never a headline."""
    if _DIGIT.search(text) or re.search(r"[.!?;]", text):
        return False
    words = [w for w in re.split(r"[\s,]+", _BY.sub("", text)) if w]
    parts = [w for w in words if w.lower() not in _NAME_JOIN]
    return 2 <= len(parts) <= 5 and len(parts) >= len(words) - 1 and _capital_names(parts)


def name_led(text: str) -> bool:
    """A person's name, a comma and their role ("Niklas Berg, kommunpolis i Leksand", "Av Eva Ek, reporter"): a
    byline or a columnist's card, never a headline."""
    head, sep, rest = _BY.sub("", text).partition(",")
    words = head.split()
    return bool(sep) and 2 <= len(words) <= 3 and _capital_names(words) and rest.strip()[:1].islower()


def verbish(text: str) -> bool:
    """A word shaped like a finite verb (a known one, or a lowercase word after the first ending as Swedish verbs
    do): a headline says something happens; a slogan, a label or a name seldom has one."""
    low = [w.lower() for w in _WORD.findall(text)]
    if any(w in _VERBS for w in low):
        return True
    return any(_VERB_END.fullmatch(w) and w.islower() and w not in _FUNCTION for w in _WORD.findall(text)[1:])


def _part_of(short: str, long: str) -> bool:
    """Whether ``short`` (three words or more) stands inside ``long`` with more around it: a breadcrumb or a row
    ending in the page's title ("Hem › Nyheter › Ny bro över ån" holds "Ny bro över ån")."""
    a, b = line_words(short), line_words(long)
    return len(a.split()) >= 3 and a != b and f" {a} " in f" {b} "


def relations(scored: list[tuple[float, int, Candidate]], ev: Evidence) -> list[dict[str, float]]:
    """What each candidate is among the others: its agreement with the file name and the lead beside the best
    candidate's, whether it repeats another (a breadcrumb holding the title, a tagline said twice), and what stands
    right above and below it (a date line or a name taken for a candidate, a kicker)."""
    texts = [c.text for _, _, c in scored]
    hint = [_slug_overlap(t, ev.hints) for t in texts]
    lead = [_lead_share(t, ev.lead) for t in texts]
    prob = [c.probability if c.probability is not None else 0.5 for _, _, c in scored]
    by_index = {c.index: c for _, _, c in scored}
    out = []
    for k, (_, _, c) in enumerate(scored):
        above, below = by_index.get(c.index - 1), by_index.get(c.index + 1)
        n = real_words(c.text)
        out.append({
            "hint_gap": hint[k] - max(hint), "hint_top": float(hint[k] == max(hint) > 0),
            "lead_gap": lead[k] - max(lead), "lead_top": float(lead[k] == max(lead) > 0),
            "prob_gap": prob[k] - max(prob),
            "holds_other": float(any(_part_of(t, c.text) for t in texts)),
            "held_by_other": float(any(_part_of(c.text, t) for t in texts)),
            "repeats": min(3, sum(1 for t in texts if line_words(t) == line_words(c.text)) - 1) / 3,
            "over_date_line": float(below is not None and date_alone(below.text)),
            "under_name": float(above is not None and (name_card(above.text) or name_led(above.text))),
            "over_name": float(below is not None and (name_card(below.text) or name_led(below.text))),
            "kicker_shape": float(n <= 3 and below is not None and real_words(below.text) >= 4),
            "under_short": float(above is not None and real_words(above.text) <= 3),
            "top_zone": float(c.index <= 3), "line_index": math.log1p(c.index),
            "slogan": float(n >= 4 and not verbish(c.text) and c.text.rstrip()[-1:] not in "?!"),
        })
    return out


def _text_features(text: str) -> dict[str, float]:
    words = _WORD.findall(text)
    n = real_words(text)
    first = words[0].lower() if words else ""
    caps = sum(1 for w in words if w[:1].isupper())
    low = [w.lower() for w in words]
    end = text.rstrip()[-1:]
    return {
        "log_words": math.log1p(n), "short": float(n <= 2), "long": float(n >= 15),
        "upper": float(text.isupper() and n >= 2), "caps_share": caps / len(words) if words else 0.0,
        "end_bang": float(end == "!"), "end_question": float(end == "?"), "end_colon": float(end == ":"),
        "end_stop": float(end == "."), "label_colon": float(bool(_LABEL_COLON.match(text))), "call_first": float(first in _CALL_WORDS), "call_line": float(call_line(text)),
        "second_person": float(any(w in _SECOND_PERSON for w in low)), "digits": float(bool(_DIGIT.search(text))),
        "date": float(bool(_DATE.search(text))), "name_shape": float(_name_shape(text)),
        "dangling": float(dangling_end(text)), "facts": float(fact_list(text)),
        "furniture": float(furniture_shape(text) != 0.0), "shaped": float(shape_of(text) is not None),
        "function_share": sum(1 for w in low if w in _FUNCTION) / len(low) if low else 0.0,
        "date_alone": float(date_alone(text)), "name_card": float(name_card(text)), "name_led": float(name_led(text)),
        "verbish": float(verbish(text)), "single": float(n == 1), "addressee": float(addressee(text)),
        "field_row": float(field_label(text) is not None),
    }


def _flags(c: Candidate) -> dict[str, float]:
    return {
        "blank_before": float(c.blank_before), "near_anchor": float(c.near_anchor),
        "anchor_next": float(c.anchor_next), "dated_head": float(c.dated_head), "under_kicker": float(c.under_kicker),
        "in_menu_run": float(c.in_menu_run), "head_block": float(c.head_block), "listed": float(c.listed),
        "in_header": float(c.in_header), "anchor_block": float(c.anchor_block), "over_picture": float(c.over_picture),
        "in_fields": float(c.in_fields), "probability": c.probability if c.probability is not None else 0.5,
    }


def features(scored: list[tuple[float, int, Candidate]], ev: Evidence) -> list[dict[str, float]]:
    """The features of each scored candidate (in the order given), for the ranker."""
    if not scored:
        return []
    best = max(s for s, _, _ in scored)
    order = sorted(range(len(scored)), key=lambda k: (scored[k][0], scored[k][1]), reverse=True)
    rank = {k: r for r, k in enumerate(order)}
    last_index = max(c.index for _, _, c in scored)
    first_index = min(c.index for _, _, c in scored)
    seen: dict[str, int] = {}
    for _, _, c in scored:
        seen[c.text] = seen.get(c.text, 0) + 1
    indexes = {c.index: c for _, _, c in scored}
    n = len(scored)
    out = []
    related = relations(scored, ev)
    for k, (s, pos, c) in enumerate(scored):
        above, below = indexes.get(c.index - 1), indexes.get(c.index + 1)
        f = {
            "rule_score": s, "rule_gap": s - best, "rule_best": float(rank[k] == 0), "rule_second": float(rank[k] == 1),
            "from_last": min(6, n - 1 - pos) / 6, "is_last": float(pos == n - 1), "is_first": float(pos == 0),
            "lines_to_last": min(20, last_index - c.index) / 20, "lines_from_first": min(40, c.index - first_index) / 40,
            "candidates": math.log(n), "twice": float(seen[c.text] > 1),
            "below_lead": float(line_words(c.text) in ev.below), "hint": _slug_overlap(c.text, ev.hints),
            "lead_share": _lead_share(c.text, ev.lead), "form": float(headline_form(c, ev.site)),
            "site_name": float(bool(ev.site) and line_words(c.text) == line_words(ev.site or "")),
            "above_is_candidate": float(above is not None), "below_is_candidate": float(below is not None),
            "above_form": float(above is not None and headline_form(above, ev.site)),
            "below_form": float(below is not None and headline_form(below, ev.site)),
            "below_name": float(below is not None and _name_shape(below.text)),
        }
        f.update(_flags(c))
        f.update(_text_features(c.text))
        f.update(related[k])
        out.append(f)
    return out


@dataclass(frozen=True)
class Model:
    """The ranker's weights over standardized features, and the policy that says how its word counts."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    policy: str = "doubt"
    gain: float = 0.5
    """How much surer (in probability) the ranker must be of its pick than of the rules' for its word to count."""
    margin: float = 1.5
    """In ``override``, the rules' margin under which the ranker may replace their pick."""
    doubt_gain: float = 0.5
    """How much surer the ranker must be of another line than of the rules' pick for the choice to carry it as a rival
    (the article's doubt), when it does not replace the rules' pick."""


def model_from(data: dict[str, object]) -> Model:
    """A :class:`Model` from the JSON the training tool writes."""
    names = tuple(str(x) for x in data["features"])  # type: ignore[attr-defined]
    vec = {k: tuple(float(x) for x in data[k]) for k in ("mean", "scale", "weights")}  # type: ignore[attr-defined]
    if not all(len(v) == len(names) for v in vec.values()):
        raise ValueError(f"{MODEL_FILE}: features, mean, scale and weights differ in length; rebuild it with "
                         "tools/train_headline_ranker.py")
    policy = data.get("policy", {})
    assert isinstance(policy, dict)
    gain = float(policy.get("gain", 0.5))
    return Model(names, vec["mean"], vec["scale"], vec["weights"], str(policy.get("mode", "doubt")), gain,
                 float(policy.get("margin", 1.5)), float(policy.get("doubt_gain", gain)))


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped ranker, or None when its file is missing (the rules alone choose)."""
    path = resources.files("audiocast.ingest").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return model_from(json.loads(path.read_text(encoding="utf-8")))


def probabilities(model: Model, feats: list[dict[str, float]]) -> list[float]:
    """The ranker's probability of each candidate being the headline (a softmax over the page's candidates)."""
    logits = []
    for f in feats:
        z = 0.0
        for name, m, sd, w in zip(model.names, model.mean, model.scale, model.weights, strict=True):
            z += w * (f.get(name, 0.0) - m) / sd
        logits.append(z)
    top = max(logits)
    exp = [math.exp(z - top) for z in logits]
    total = sum(exp)
    return [e / total for e in exp]


def by_text(scored: list[tuple[float, int, Candidate]], probs: list[float]) -> dict[str, float]:
    """The probabilities summed over candidates of the same text (a headline said twice is one choice)."""
    out: dict[str, float] = {}
    for (_, _, c), p in zip(scored, probs, strict=True):
        out[c.text] = out.get(c.text, 0.0) + p
    return out


def decide(scored: list[tuple[float, int, Candidate]], ev: Evidence, model: Model | None = None) -> Choice:
    """The headline: the rules' choice, weighed by the ranker as its policy says (module docstring)."""
    rule = rules_choice(scored)
    model = model or load_model()
    if model is None or len({c.text for _, _, c in scored}) < 2:
        return rule
    text_p = by_text(scored, probabilities(model, features(scored, ev)))
    pick = max(text_p, key=lambda t: text_p[t])
    surer = text_p[pick] - text_p.get(rule.text, 0.0)
    if pick == rule.text:
        return rule
    if model.policy == "override" and surer >= model.gain and rule.margin < model.margin:
        # the ranker's pick, with no margin: the confidence names the rules' pick as the runner-up
        return replace(rule, text=pick, score=dict(rule.scores).get(pick, rule.score), margin=0.0)
    return replace(rule, rival=pick) if surer >= model.doubt_gain else rule
