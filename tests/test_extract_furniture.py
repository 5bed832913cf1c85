"""Page furniture told by its place and the classifier (:mod:`audiocast.ingest.furniture`): boxes and lone
lines below the article's last long paragraph, photo captions whose credit is missing.

Every input here is written for these tests (fictional sites and articles); the classifier is a stand-in
with its interface, so the tests say what the layout signal does whatever the shipped weights are.
"""

from __future__ import annotations

import pytest

from audiocast.ingest import extract_report, parse_text_dump
from audiocast.ingest.furniture import P_TAIL_BOX, P_TAIL_LINE, _is_caption
from audiocast.ingest.headline import Candidate, Evidence, choose, line_words
from audiocast.ingest.hints import Hints
from audiocast.models import BlockKind

LONG_1 = "Kommunen bygger en ny gång- och cykelbro över ån i Sörby, och arbetet börjar redan i början av mars i år."
LONG_2 = "Bron blir fyra meter bred och får belysning hela vägen, säger projektledaren som har planerat bygget länge."
FACTS = "Fakta om bron\nLängd: 48 meter\nKostnad: 14 miljoner kronor\nKlar: hösten 2027"
TEASERS = "Veckans nyheter i Sörby\nNy förskola öppnar i augusti\nBiblioteket får längre öppettider\nVägarbete på Storgatan i helgen"
LONE = "Vinterns bästa bilder"


def _text() -> str:
    return (f"Ny cykelbro byggs i Sörby\n12 februari 2026\n\nSörby får en ny bro över ån.\n\n{LONG_1}\n\n{LONG_2}\n\n"
            f"{FACTS}\n\n{TEASERS}\n\n{LONE}\n")


def _scorer(doubted: set[str], p: float):
    def score(lines: list[str], template: list[bool] | None) -> list[float]:
        return [p if ln in doubted else 0.9 for ln in lines]
    return score


def _spoken(article) -> list[str]:
    out = [article.lead or ""]
    for b in article.blocks:
        out.append(b.text)
        out.extend(b.items)
    return out


def test_after_the_fact_box_a_doubted_box_and_a_doubted_lone_line_are_furniture():
    doubted = set(FACTS.split("\n")) | set(TEASERS.split("\n")) | {LONE}
    hints = Hints(scorer=_scorer(doubted, min(P_TAIL_LINE, P_TAIL_BOX) / 2))
    article = parse_text_dump(_text(), "x", "x", hints=hints)
    spoken = _spoken(article)
    boxes = [b for b in article.blocks if b.kind is BlockKind.FACTBOX]
    assert [b.text for b in boxes] == ["Fakta om bron"]  # the first box under the article is its own
    assert LONG_2 in spoken
    assert not any(t in spoken for t in TEASERS.split("\n")) and LONE not in spoken


def test_boxes_the_classifier_trusts_are_kept_and_without_it_nothing_changes():
    doubted = set(FACTS.split("\n")) | set(TEASERS.split("\n")) | {LONE}
    trusted = parse_text_dump(_text(), "x", "x", hints=Hints(scorer=_scorer(doubted, P_TAIL_BOX + 0.1)))
    assert "Ny förskola öppnar i augusti" in _spoken(trusted)
    plain = parse_text_dump(_text(), "x", "x")
    assert "Ny förskola öppnar i augusti" in _spoken(plain) and LONE in _spoken(plain)


def test_a_box_with_a_long_paragraph_or_quote_is_the_article_going_on():
    text = _text().replace(TEASERS, "Grannarna om bygget\n– Vi har väntat på den här bron i många år, säger en granne.")
    doubted = set(FACTS.split("\n")) | {"Grannarna om bygget", "– Vi har väntat på den här bron i många år, säger en granne."}
    article = parse_text_dump(text, "x", "x", hints=Hints(scorer=_scorer(doubted, 0.01)))
    assert any("Vi har väntat" in t for t in _spoken(article))


@pytest.mark.parametrize(("line", "caption"), [
    ("Brushanar vid Kvarnbodarna.", True),
    ("Publiken i Vasaparken en kväll 2023.", True),
    ("Meröppet-dörren i Vallda.", True),
    ("Ingen person skadades.", False),
    ("Ingen skadad i olyckan.", False),
    ("Polisen utreder händelsen.", False),
    ("Bygget är klart i december.", False),
    ("Det var en lång dag för alla i laget. Sedan kom regnet.", False),
    ("– Fantastiskt.", False),
])
def test_caption_is_a_short_sentence_without_a_verb(line: str, caption: bool):
    assert _is_caption(line) is caption


def test_a_caption_standing_alone_between_paragraphs_is_dropped():
    text = (f"Ny cykelbro byggs i Sörby\n12 februari 2026\n\nSörby får en ny bro över ån.\n\n{LONG_1}\n\n"
            f"Ån vid Sörby en vinterdag.\n\nIngen bro byggdes.\n\n{LONG_2}\n")
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Ån vid Sörby en vinterdag." not in spoken
    assert "Ingen bro byggdes." in spoken and LONG_2 in spoken


def test_a_notice_above_the_head_is_skipped_when_only_menus_stand_above_it():
    """Menus in runs of short lines (blank lines between the runs), a "Du är här:" line or a notice
    sentence, then the article's head with its date: the headline is the one beside the date."""
    text = ("Knallby bibliotek\nLogga in\nMina lån\nSök\n\nLåna och läsa\nEvenemang\nBarn\nOm biblioteken\n\n"
            "Du är här:\nStart\n/\nAktuellt\n\nNyhet\n2025-01-15\nBiblioteket i Knallby får meröppet från februari\n\n"
            "Från och med februari kan du låna på biblioteket i Knallby även när personalen inte är där.\n\n"
            "Du behöver ett lånekort med PIN-kod och ett avtal som du tecknar på biblioteket.\n")
    article = parse_text_dump(text, "x", "x")
    assert article.title == "Biblioteket i Knallby får meröppet från februari"
    assert article.lead is not None and article.lead.startswith("Från och med februari")


def test_a_candidate_repeated_below_the_lead_is_a_teaser_unless_at_the_heads_place():
    teaser = Candidate(index=0, text="Trafikstörning på E4 i morgon", blank_before=True)
    head = Candidate(index=2, text="Förskolan i Knallby blir klar", blank_before=True)
    lead = "Bygget går enligt plan."
    plain = choose([teaser, head], Evidence(lead=lead))
    seen = choose([teaser, head], Evidence(lead=lead, below=frozenset({line_words(teaser.text)})))
    assert dict(seen.scores)[teaser.text] < dict(plain.scores)[teaser.text]
    # the same line at the head's place (right above the lead) is the headline, repeated in a list or not
    again = choose([head, teaser], Evidence(lead=lead, below=frozenset({line_words(teaser.text)})))
    assert dict(again.scores)[teaser.text] == dict(choose([head, teaser], Evidence(lead=lead)).scores)[teaser.text]


def test_a_doubted_notice_above_the_head_is_no_lead_even_without_a_date():
    notice = "Söker du vård? Ring 1177 eller logga in på 1177.se."
    head = "Ny förskola öppnar i Knallby i augusti"
    lead = "Kommunen öppnar en ny förskola med plats för åttio barn i augusti, berättar förvaltningschefen."
    text = (f"Knallby kommun\nStart\nNyheter\nKontakt\n\n{notice}\n\n{head}\n\n{lead}\n\n"
            "Förskolan byggs vid parken i centrum och får sex avdelningar.\n")

    def scorer(lines: list[str], template: list[bool] | None) -> list[float]:
        return [0.03 if ln == notice else 0.9 if ln in {lead, head} else 0.2 for ln in lines]

    read = parse_text_dump(text, "x", "x", hints=Hints(scorer=scorer))
    assert read.title == head and read.lead == lead
    trusted = parse_text_dump(text, "x", "x", hints=Hints(scorer=lambda lines, t: [0.9 for _ in lines]))
    assert trusted.lead == notice  # without the classifier's doubt the first paragraph is the lead, as before


def test_extract_report_names_the_lines_dropped_by_layout(tmp_path):
    page = tmp_path / "bron.txt"
    page.write_text(_text().replace(TEASERS, TEASERS + "\n\nÅn vid Sörby en vinterdag."), encoding="utf-8")
    report = extract_report(page, tmp_path / "out")
    assert any(line.startswith("dropped as layout (") and "Ån vid Sörby en vinterdag." in line for line in report)
