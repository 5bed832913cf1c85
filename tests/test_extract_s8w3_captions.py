"""Session 8 w3, class 'an article's own one-sentence paragraph taken for a picture's caption' (lost text, issue #9;
furniture.is_caption and data/verbs.tsv): a report's key figures, each a paragraph of one short sentence whose verb is
a strong verb's past tense in a compound ("Rörelseresultatet uppgick till …", "Koncernen bidrog med …"), had no verb
the table knew and stood alone between blank lines, so it was dropped as a caption. Fictional company and figures;
the guard keeps a real caption with no verb dropped."""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

from audiocast.ingest.furniture import is_caption

_PAGE = (
    "Mälardalens Kabel AB\nPress\nInvesterare\n\nMälardalens Kabel AB: Bokslutskommuniké 2025\n12 februari 2026\n\n"
    "Mälardalens Kabel ökade sin försäljning under fjärde kvartalet trots en svag marknad för byggkabel i Norden.\n\n"
    "Nettoomsättningen ökade med 4 procent till 611 MSEK (588).\n\n"
    "{line}\n\n"
    "Resultat per aktie ökade till 1,12 SEK (0,98).\n\n"
    "Styrelsen föreslår en utdelning på 0,50 SEK per aktie, i linje med bolagets utdelningspolicy sedan 2019.\n"
)


def test_a_key_figure_with_a_compound_strong_verb_is_not_a_caption() -> None:
    for line in ("Bruttomarginalen uppgick till 21,4 procent (19,8).", "Exportaffären bidrog med 38 MSEK.",
                 "Orderstocken innehöll fler kontrakt än någonsin."):
        assert not is_caption(line), line
        assert line in spoken_text(_read(_PAGE.format(line=line))), line


def test_a_caption_without_a_verb_between_paragraphs_is_still_dropped() -> None:
    line = "Kabeltrummor på fabriksgården i Köping."
    assert is_caption(line)
    assert line not in spoken_text(_read(_PAGE.format(line=line)))


_STATS = (
    "Länsbladet\nNyheter\nEkonomi\n\nFärre konkurser i länet\n5 mars 2026\n\n"
    "Antalet konkurser i länet minskade förra året för första gången sedan pandemin, enligt nya siffror.\n\n"
    "– Det är framför allt byggföretagen som klarar sig bättre nu när räntorna har sjunkit, säger analytikern Per Ek.\n\n"
    "{table}\n{credit}\n\n"
    "Dela\nFacebook\n"
)


def test_a_tables_last_row_over_a_charts_credit_is_the_tables() -> None:
    table = "Konkurser i länet per år\n2023: 188\n2024: 203\n2025: 171"
    heard = spoken_text(_read(_STATS.format(table=table, credit="Grafik: Länsbladet. Källa: UC.")))
    assert "2025: 171" in heard and "2024: 203" in heard


def test_a_tables_last_row_with_word_labels_over_a_credit_stays() -> None:
    table = "Andel nystartade företag\nNorra länsdelen: 41 procent\nSödra länsdelen: 37 procent"
    heard = spoken_text(_read(_STATS.format(table=table, credit="Bild: Siffrorna gäller helåret 2025.")))
    assert "Södra länsdelen: 37 procent" in heard


def test_a_pictures_title_over_its_credit_under_a_list_still_goes() -> None:
    from audiocast.ingest.picturelines import parallel_rows

    assert not parallel_rows("2025: 171", "Analytikern Per Ek på kontoret")
    assert not parallel_rows("Norra länsdelen: 41 procent", "2025: 171")
