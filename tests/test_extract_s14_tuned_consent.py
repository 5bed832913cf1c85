"""A cookie or consent dialog copied over the page (:mod:`audiocast.ingest.consentbox`, rule ``consent-tcf``).

On a held-out page (extract50 u15) the dialog's heading "Vi värdesätter din integritet" was taken for the headline
and the IAB TCF purposes and the platform's buttons were read aloud. The purposes and buttons are the same on every
site (IAB's official Swedish wording, the consent platforms' texts): they are data; the dialog's heading goes with
them. Every page here was written after the fix, for other sites, other platforms and other headings. Guards: a
headline about privacy stays the headline, under a dialog or without one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import load

TEXT = [
    "Kommunen bygger om korsningen vid Storgatan och Järnvägsgatan under sommaren, sedan flera olyckor skett där.",
    "Arbetet börjar den 2 juni och ska vara klart i slutet av augusti, enligt trafikkontoret.",
    "– Vi vet att det blir besvärligt en tid, men korsningen blir mycket säkrare, säger projektledaren Omar Said.",
]

DIALOGS = {
    "tcf": [
        "Din integritet är viktig för oss",
        "Vi och våra 212 partner lagrar och/eller får åtkomst till information på din enhet, till exempel cookies.",
        "Med ditt samtycke kan vi och våra partner använda exakta geolokaliseringsuppgifter för annonsering.",
        "Använda begränsade data för att välja annonser",
        "Skapa profiler för personanpassad annonsering",
        "Mäta annonsers resultat",
        "Utveckla och förbättra tjänster",
        "Visa alla partner",
        "Godkänn alla",
        "Inställningar",
    ],
    "cookiebot": [
        "Vi respekterar ditt privatliv",
        "Den här webbplatsen använder cookies för att anpassa innehåll och analysera trafiken.",
        "Neka",
        "Tillåt urval",
        "Tillåt alla",
        "Nödvändiga",
        "Preferenser",
        "Statistik",
    ],
    "onetrust": [
        "Om dina val",
        "Du kan klicka för att godkänna eller avvisa all behandling, eller välja själv under Hantera inställningar.",
        "Leverera och visa annonser och innehåll",
        "Spara och kommunicera sekretessval",
        "Bekräfta mina val",
        "Avvisa alla",
        "Mer information",
    ],
}


def _page(tmp_path: Path, dialog: list[str], title: str, blanks: bool = True) -> Path:
    gap = [""] if blanks else []
    page = tmp_path / "korsning.txt"
    page.write_text("\n".join([
        *dialog, *gap, "Norrbygdens Tidning", "Nyheter", "Sport", "Kultur", *gap,
        title, "Lina Holm", "12 maj 2025", *gap, *[x for p in TEXT for x in (p, *gap)],
        "Norrbygdens Tidning", "Ansvarig utgivare: Per Ek",
    ]) + "\n", encoding="utf-8")
    return page


@pytest.mark.parametrize("kind", sorted(DIALOGS))
@pytest.mark.parametrize("blanks", [True, False])
def test_a_consent_dialog_over_the_page_is_neither_headline_nor_text(tmp_path: Path, kind: str, blanks: bool):
    title = "Korsningen vid Storgatan byggs om i sommar"
    article = load(_page(tmp_path, DIALOGS[kind], title, blanks))
    said = [article.title, article.lead or ""] + [b.text for b in article.blocks]
    assert article.title == title
    assert all(p in said for p in TEXT)
    assert not any(x in said for x in DIALOGS[kind])


@pytest.mark.parametrize("title", [
    "Ny lag ska skydda din integritet på nätet",
    "Så hanterar kommunen dina cookies och dina val",
])
def test_a_headline_about_privacy_under_a_dialog_stays_the_headline(tmp_path: Path, title: str):
    article = load(_page(tmp_path, DIALOGS["tcf"], title))
    assert article.title == title


def test_a_headline_about_privacy_without_a_dialog_stays_the_headline(tmp_path: Path):
    page = tmp_path / "integritet.txt"
    page.write_text("\n".join([
        "Norrbygdens Tidning", "", "Vi värdesätter din integritet", "Lina Holm", "12 maj 2025", "",
        "Så lyder kommunens nya slogan för e-tjänsterna, som ska göra det lättare att söka bygglov och bidrag.",
        "",
        "Kritiker menar att kommunen samtidigt delar mer data med sina leverantörer än tidigare.",
        "",
    ]) + "\n", encoding="utf-8")
    article = load(page)
    assert article.title == "Vi värdesätter din integritet"
