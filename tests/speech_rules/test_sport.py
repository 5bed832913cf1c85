"""``audiocast.speech.rules.sport``: scores.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): each rule
alone, on the written form, as it reads it today.
"""

from __future__ import annotations

from audiocast.speech.rules.sport import scores

from . import check


def test_scores() -> None:
    _in = [
        "vann med 3–1",
        "Det stod 1–0 i halvtid",
        "under 2–3 veckor",
        "barn 7–12 år",
        "Tumba IF–Hammarby IF 2–2",
        "1–2 (0–1)",
        "en 2–1-seger",
        "slutade 3–1 mot AIK",
        "2–1 var rättvist",
        "vann med 2–3 veckor kvar",
        "Det blev 0–0.",
    ]
    _out = [
        "vann med tre ett",
        "Det stod ett noll i halvtid",
        "under 2–3 veckor",
        "barn 7–12 år",
        "Tumba IF–Hammarby IF två två",
        "ett två (noll ett)",
        "en två ett-seger",
        "slutade tre ett mot AIK",
        "två ett var rättvist",
        "vann med 2–3 veckor kvar",
        "Det blev noll noll.",
    ]
    check(scores, _in, _out)
