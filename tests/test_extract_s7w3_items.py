"""Session 7, third wave (issue #9), class 'a minutes' or a list article's first item under the date line': the
headline and its lead stand above the byline and date, and under the date the items follow as subheadings with the
same mark ("§ 4 Ny förskola …", "1. …", "Råd 2: …"), each over a paragraph. The first item is no headline and the
lead above it is no notice (:func:`audiocast.ingest.furniture.first_of_items`).

Written after the fix, for fictional sites and other marks than the dumps that showed the class.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_PARA = "Beslutet togs efter en kort debatt och gäller från den första juli, enligt protokollet från sammanträdet."


def _page(title: str, lead: str, items: list[str], blank: bool = False) -> str:
    body = "".join(f"{it}\n{_PARA}\n" + ("\n" if blank else "") for it in items)
    return (f"Sörmlandsbygden\nStart\nNyheter\nPolitik\n\nPolitik\n{title}\n\n{lead}\n\nKarin Vik\n18.06.2027\n\n"
            f"{body}\nSörmlandsbygden AB\nKontakt\n")


def test_a_minutes_items_with_paragraph_marks_leave_the_headline_and_lead() -> None:
    lead = "Trafiknämnden i Flen sa ja till nya busslinjer och lägre parkeringsavgifter vid stationen."
    art = _read(_page("Nämnden sänker avgifterna", lead,
                      ["§ 21 Ny busslinje till Malmköping", "§ 22 Parkeringen blir billigare", "§ 25 Anmälningsärenden"]))
    assert art.title == "Nämnden sänker avgifterna"
    assert (art.lead or "").startswith("Trafiknämnden i Flen")
    assert "§ 21 Ny busslinje till Malmköping" in _spoken(art)


def test_a_numbered_advice_list_under_the_date_leaves_the_headline() -> None:
    lead = "Sommarens torka slår hårt mot trädgårdarna. Experten ger sina bästa råd för att spara vatten."
    art = _read(_page("Så klarar din trädgård torkan", lead,
                      ["Råd 1: Vattna på kvällen", "Råd 2: Täck jorden", "Råd 3: Samla regnvatten"], blank=True))
    assert art.title == "Så klarar din trädgård torkan"
    assert (art.lead or "").startswith("Sommarens torka")


def test_a_lettered_list_of_decisions_leaves_the_headline() -> None:
    lead = "Tre beslut från tisdagens möte påverkar alla som bor i Katrineholm."
    art = _read(_page("Tre beslut som rör dig", lead,
                      ["A. Skatten höjs med tio öre", "B. Simhallen byggs om", "C. Biblioteket får längre öppettider"]))
    assert art.title == "Tre beslut som rör dig"
    assert "Tre beslut från tisdagens möte" in (art.lead or "")


def _dated(title: str, lead: str, items: list[str]) -> str:
    para = "Klubben samlade fler deltagare än något år tidigare, och tidningen skrev utförligt om det som hände."
    body = "".join(f"{it}\n{para}\n" for it in items)
    return (f"Vänersborgs Allehanda\nMeny\nNyheter\nFörr i tiden\n\nFörr i tiden\n{title}\n{lead}\nOlle Dahl\n"
            f"Publicerad 3 dec 2027 kl 08:00\n{body}\nVänersborgs Allehanda AB\nKundservice\n")


def test_a_look_back_by_years_ago_leaves_the_headline_and_its_lead() -> None:
    lead = "En skidklubb bildas, ett bygge stoppas och en brand i hamnen. Olle Dahl har läst gamla tidningar."
    art = _read(_dated("Så var december i Vänersborg förr", lead,
                       ["För 75 år sedan – 1952", "För 50 år sedan – 1977", "För 25 år sedan – 2002"]))
    assert art.title == "Så var december i Vänersborg förr"
    assert (art.lead or "").startswith("En skidklubb bildas")


def test_a_season_by_rounds_leaves_the_headline() -> None:
    lead = "Damlaget gick obesegrat genom hösten. Vi går igenom omgångarna en för en."
    art = _read(_dated("En höst utan förlust", lead, ["Omgång 14: Seger mot Trollhättan",
                                                       "Omgång 15: Kryss i derbyt", "Omgång 16: Storseger hemma"]))
    assert art.title == "En höst utan förlust"
    assert "Omgång 15: Kryss i derbyt" in _spoken(art)
