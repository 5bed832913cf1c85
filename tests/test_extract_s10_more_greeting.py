"""Session 10 (E3), a post titled with a greeting over its date line (issue #9; headcands.candidates).

A housing cooperative titles its post with a greeting ("Hej alla grannar!") right over the published line. A
salutation under a headline opens a letter's text and is never a headline, so it was no candidate: the headline
fell to the menu's last word ("Styrelsen"; an invented probe). A greeting right over the date line or the byline is
the post's title (a letter's salutation stands under its date, not over it). The probe was written before the fix,
the other pages after; the guard keeps a letter's salutation under its date line out of the headline.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_COOP = (
    'Brf Linden 3\n'
    'Start\n'
    'För medlemmar\n'
    'Styrelsen\n'
    'Felanmälan\n'
    'Kontakt\n'
    '\n'
    'Nyheter\n'
    'Hej alla grannar!\n'
    'Publicerad 2 april 2025\n'
    '\n'
    'Nu är det dags för vårstädning på gården. Lördagen den 26 april klockan 10 träffas vi vid cykelförrådet. Föreningen bjuder på grillad korv och dricka till alla som hjälper till.\n'
    'Vi kommer att kratta gräsmattan, klippa buskarna vid entrén och städa ur cykelförrådet. Cyklar som inte är märkta med namn och lägenhetsnummer kommer att tas om hand.\n'
    'Glöm inte att märka din cykel med den lapp som delats ut i brevlådan.\n'
    'Styrelsen Brf Linden 3\n'
    '\n'
    'Bifogade filer\n'
    'Lapp för cykelmärkning.pdf\n'
    '\n'
    'Fler nyheter\n'
    'Ny elleverantör från 1 maj\n'
    '12 mars 2025\n'
    'Årsstämma 2025\n'
    '2 februari 2025\n'
    '\n'
    'Brf Linden 3 · Lindvägen 3–9 · 123 45 Solna\n'
    'Felanmälan: 08-123 456 78\n'
)


def test_a_greeting_over_the_published_line_is_the_posts_title() -> None:
    article = read_dump(_COOP)
    assert article.title == "Hej alla grannar!"
    assert "vårstädning på gården" in spoken_text(article)


def test_a_choirs_greeting_title_over_its_date() -> None:
    page = ("Kyrkokören Cantabile\nHem\nRepertoar\nMedlemmar\n\nAktuellt\nHallå alla sångare!\n2025-08-14\n\n"
            "Nu drar höstterminen i gång. Första repetitionen är tisdag 26 augusti klockan 19 i församlingshemmet, och "
            "vi börjar med julkonserten.\nNoter delas ut på plats. Välkomna tillbaka!\n\n© Cantabile\n")
    assert read_dump(page).title == "Hallå alla sångare!"


def test_a_letters_salutation_under_its_date_is_no_headline() -> None:
    page = ("Kyrkokören Cantabile\nHem\nRepertoar\nMedlemmar\n\nAktuellt\nHöstbrev från styrelsen\n2025-08-14\n"
            "Hej alla sångare!\n"
            "Nu drar höstterminen i gång. Första repetitionen är tisdag 26 augusti klockan 19 i församlingshemmet, och "
            "vi börjar med julkonserten.\nNoter delas ut på plats. Välkomna tillbaka!\n\n© Cantabile\n")
    assert read_dump(page).title == "Höstbrev från styrelsen"
