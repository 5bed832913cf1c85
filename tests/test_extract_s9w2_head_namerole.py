"""A writer's name over the role on a line of its own over the date line ("Ulrika Westin" / "Privatekonomiexpert" /
"10 feb. 2024 kl. 07.00") put the headline three lines above the date, and the role ("Jurist") outscored a quoted
headline; the name is the byline and the role goes (audiocast.ingest.headmeta.name_role_rows, session 9 wave 2 E6).

Every dump here was written after the fix, for fictional sites; the guard is a list's rows under the running text
shaped like a name, a role and a date ("Café Björken" / "Inga avvikelser" / "4 feb").
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_MENU = "Hoppa till innehåll\nVästkustposten\nMeny\nNyheter\nSport\nKultur\nBostad\n\n"
_LEAD = ("Varannan vecka svarar vår mäklare på läsarnas frågor om bostäder. Den här gången handlar det om "
         "budgivning, besiktning och tomträtt.\n\n")
_BODY = ("Vi la ett bud på ett radhus men säljaren valde en annan köpare trots att vårt bud var högre. Får man göra så?\n"
         "Svar: Ja, säljaren bestämmer själv vem som får köpa, och budgivningen är inte bindande för någon av parterna.\n")


def test_a_quoted_question_over_a_name_and_a_role_is_the_headline() -> None:
    head = "Bostad\nFråga mäklaren\n”Får säljaren välja ett lägre bud?”\nJohan Strand\nFastighetsmäklare\n3 mars 2026 kl. 06.00\n\n"
    article = _read(_MENU + head + _LEAD + _BODY)
    assert article.title == "”Får säljaren välja ett lägre bud?”"
    assert article.author == "Johan Strand"
    assert "Fastighetsmäklare" not in _spoken(article)


def test_a_headline_over_a_name_and_a_two_word_role_is_the_headline() -> None:
    head = "Nyheter\nHamnen får ny färjeterminal till sommaren\nLinnea Kvist\nReporter på nyhetsdesken\n14 april 2026\n\n"
    article = _read(_MENU + head + _LEAD + _BODY)
    assert article.title == "Hamnen får ny färjeterminal till sommaren"
    assert article.author == "Linnea Kvist"


def test_guard_a_lists_rows_under_the_text_stay_as_they_were() -> None:
    tail = "\nSenaste besiktningarna i Åsa\nVilla Solbacken\nInga anmärkningar\n2 mars 2026\n"
    head = "Nyheter\nBesiktningarna visar färre fel än i fjol\n14 april 2026\n\n"
    article = _read(_MENU + head + _LEAD + _BODY + tail)
    assert article.title == "Besiktningarna visar färre fel än i fjol"
    assert article.author != "Villa Solbacken"
