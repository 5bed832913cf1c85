"""Wave 2b, class 'a notice inside the article's head read as the lead' (issue #9; headcands._notice_in_head).

A site sets a one-line notice between the headline and the date line or byline ("Obs! Sidan uppdateras löpande.",
"Denna artikel är endast för prenumeranter."): it stood where a paper's lead stands (headline, lead, byline, text) and
was read as the lead. A short line there that names nothing the headline or the text names, with the text running on
right under the date line, is the page's notice. Every dump here was written after the fix, for fictional sites, in
other wordings; the guard keeps a short lead over the byline that names what the article tells.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "Skidspåren runt Hjortsjön dras upp i helgen om snön ligger kvar. Spårmaskinen har fått nya band under hösten.\n"
    "Föreningen ber alla att inte gå till fots i spåren, eftersom det förstör dem för skidåkarna.\n"
    "– Vi har väntat på snön sedan november och är glada att kunna öppna, säger spårchefen Mats Grip.\n"
)


def test_a_notice_between_the_headline_and_the_date_line_is_no_lead() -> None:
    page = ("Hjortsjöns Skidklubb\nHem\nSpår\nBli medlem\nSpåren öppnar i helgen\n"
            "OBS: Informationen uppdateras varje morgon kl 7.\n9 januari 2026\n" + _TEXT)
    article = _read(page)
    assert article.title == "Spåren öppnar i helgen"
    assert article.lead is not None and article.lead.startswith("Skidspåren runt Hjortsjön")
    assert "Informationen uppdateras" not in _spoken(article)


def test_a_paywall_notice_between_the_headline_and_the_byline_is_no_lead() -> None:
    page = ("Hjortsjö-Posten\nNyheter\nSport\n\nSpåren öppnar i helgen\n\nLäs hela texten som prenumerant.\n\n"
            "Av Anna Grip\n\n" + _TEXT.replace("\n", "\n\n"))
    article = _read(page)
    assert article.title == "Spåren öppnar i helgen"
    assert article.lead is not None and article.lead.startswith("Skidspåren runt Hjortsjön")


def test_a_validity_notice_over_a_publication_line_is_no_lead() -> None:
    page = ("Hjortsjö kommun\nStart\nFritid\nSkidspår vid Hjortsjön\nUppgifterna gäller säsongen 2025/26.\n"
            "Publicerad 9 januari 2026\n" + _TEXT)
    article = _read(page)
    assert article.title == "Skidspår vid Hjortsjön"
    assert "Uppgifterna gäller" not in _spoken(article)


def test_guard_a_short_lead_over_the_byline_that_names_the_story_stays_the_lead() -> None:
    page = ("Hjortsjö-Posten\nNyheter\nSport\nSpåren öppnar i helgen\nSnön räcker för spåren runt Hjortsjön.\n"
            "Av Anna Grip\n" + _TEXT)
    article = _read(page)
    assert article.title == "Spåren öppnar i helgen"
    assert article.lead == "Snön räcker för spåren runt Hjortsjön."
