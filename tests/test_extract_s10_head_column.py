"""Session 10, class 'a column's name over its headline' (issue #9).

A paper's advice column stacks its section, the column's name and the headline set as a reader's question or a quote
over the byline ("Ekonomi" / "Fråga om pengar" / "”Måste jag betala för min sons skulder?”" / "Ulrika Westin";
residual set extract28). The column's name won: its words are the lead's, which presents the column ("Varje lördag
svarar … på läsarnas frågor om pengar"). A quote or question right over the byline or date line, glued under a short
phrase with no verb and no name, is the headline under its kicker, and that phrase scores as the column's name
(headkickers.under_column, headline.W_COLUMN). The first three tests are invented cases written before the fix, the
rest after it, with a guard: the news headline naming a place over a quote stays out of this rule's reach.
"""

from __future__ import annotations

from extract_helpers import read_dump

_MENU = "Sydsvenska Kuriren\nMeny\nNyheter\nSport\nEkonomi\nFamilj\n\n"
_TEXT = ("\n\nVarje lördag svarar Lena Ahl på läsarnas frågor om arv. Den här veckan handlar det om sambor, stugor "
         "och testamenten.\n\nKan min sambo ärva mig?\n\nNej, inte utan testamente. Sambor ärver inte varandra enligt "
         "lagen.\n")


def test_a_quoted_question_under_a_column_named_in_the_lead() -> None:
    page = (_MENU + "Familj\nFrågor om arv\n”Måste jag skriva testamente till min sambo?”\nLena Ahl\nJurist\n"
            "3 mars 2025 kl. 06.00" + _TEXT)
    assert read_dump(page).title == "”Måste jag skriva testamente till min sambo?”"


def test_a_short_question_under_a_column() -> None:
    text = ("\n\nVarje vecka svarar vår expert på läsarnas frågor om juridik. Den här veckan handlar det om arv och "
            "testamente.\n\nKan min sambo ärva mig?\n\nNej, inte utan testamente.\n")
    page = _MENU + "Fråga om arv\nVem ärver min stuga?\nLena Ahl\n3 mars 2025" + text
    assert read_dump(page).title == "Vem ärver min stuga?"


def test_a_headline_under_a_column_with_a_blank_above() -> None:
    page = _MENU + "Veckans krönika\n\nVi borde prata mer om döden\nLena Ahl\n3 mars 2025" + _TEXT
    assert read_dump(page).title == "Vi borde prata mer om döden"


_WORK = ("\n\nVarje vecka svarar vår ombudsman på frågor från medlemmarna. Den här veckan handlar det om arbetsrätt "
         "och övervakning.\n\nArbetsgivaren får inte läsa dina privata mejl utan särskilda skäl.\n")


def test_a_union_papers_question_column() -> None:
    page = ("Arbetarbladet\nMeny\nNyheter\nArbetsliv\n\nArbetsliv\nOmbudsmannen svarar\n”Får chefen läsa min mejl?”\n"
            "Per Holm\nOmbudsman\n12 maj 2025" + _WORK)
    assert read_dump(page).title == "”Får chefen läsa min mejl?”"


def test_a_garden_sites_advice_column() -> None:
    page = ("Hemträdgården\nMeny\nOdla\nPlantera\n\nTrädgårdsrådet\nVarför blommar inte min magnolia?\nAv Eva Lind\n"
            "12 maj 2025\n\nVarje vecka svarar vår trädgårdsrådgivare på läsarnas frågor om odling och skötsel av "
            "växter.\n\nMagnolian blommar på förra årets skott, så beskär den aldrig på hösten.\n")
    assert read_dump(page).title == "Varför blommar inte min magnolia?"


def test_a_news_headline_naming_a_place_is_no_column() -> None:
    from audiocast.ingest.headkickers import under_column
    from audiocast.ingest.hints import Hints
    from audiocast.ingest.text import _tag_lines, default_rules

    lines = _tag_lines("Sista skiftet på Dalsbruk\n”Det känns som en begravning”\nJenny Olausson\n", default_rules(),
                       Hints())
    assert not under_column(lines, 1, {0})
    lines = _tag_lines("Fråga om pengar\n”Måste jag betala för min sons skulder?”\nUlrika Westin\n", default_rules(),
                       Hints())
    assert under_column(lines, 1, {0})
