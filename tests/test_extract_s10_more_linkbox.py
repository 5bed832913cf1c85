"""Session 10 (E3), a box of links right under the article in a page dump (issue #9; linkboxes.link_box_tags).

Municipal, school and trade-fair pages set a box of links under the article's last paragraph, a blank line apart:
the e-service, a document, a page of another authority ("Boka vigsel (e-tjänst)", "Hindersprövning – Skatteverket",
"Ansök till sfi", "Ladda ner manualen (pdf)"). Each line is a link's label: short, no sentence, opened by a verb
to act, marked as a file or e-service, or named after the site it leads to. They were read after the article (dev
set extract36, three sites). The first cases were written before the fix, on other kinds of site; the guards keep
a letter's signature, a closing greeting and an article's own closing list.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = "Startsida\nNyheter\nKontakt\n\nNyhet\n"
_TAIL = ("\n\nKontakt\nKundtjänst\n010-123 45 00\n\nSidan uppdaterades: 4 mars 2026\n\nOm webbplatsen\nTillgänglighet\n"
         "Kakor\n© 2026")


def _page(title: str, paras: list[str], box: str) -> str:
    return f"{_HEAD}{title}\nPublicerad 4 mars 2026\n" + "\n".join(paras) + f"\n\n{box}{_TAIL}"


_HOUSING = [
    "Under april byter vi alla tvättmaskiner i tvättstugorna på Norra Backen. Arbetet görs en tvättstuga i taget, "
    "så att det alltid finns minst en öppen i varje kvarter.",
    "Bokade tider i en tvättstuga som är stängd flyttas automatiskt till närmaste öppna tvättstuga. Du får ett sms "
    "med den nya tiden senast dagen innan.",
    "De nya maskinerna drar hälften så mycket el och vatten som de gamla, och de går att boka i appen.",
]
_SCHOOL = [
    "Från och med höstterminen kan elever som bor mer än fyra kilometer från skolan få skolskjuts. Tidigare gick "
    "gränsen vid sex kilometer för elever i årskurs 4–9.",
    "Ansökan görs för ett läsår i taget. Den som redan har skolskjuts behöver inte ansöka igen om inget har ändrats "
    "i familjens adress eller skolval.",
    "Beslutet fattades av barn- och utbildningsnämnden i februari och gäller alla kommunens grundskolor.",
]


def test_links_to_an_e_service_and_a_document_under_a_housing_companys_news() -> None:
    box = "Boka tvättid (Mina sidor)\nTvättstugornas ordningsregler (pdf)"
    article = read_dump(_page("Nya tvättmaskiner på Norra Backen", _HOUSING, box))
    spoken = spoken_text(article)
    assert "går att boka i appen" in spoken
    assert "Boka tvättid" not in spoken and "ordningsregler" not in spoken


def test_links_to_an_application_and_another_authoritys_page_under_a_schools_news() -> None:
    box = "Ansök om skolskjuts\nSkolskjuts för elever med funktionsnedsättning – Försäkringskassan"
    article = read_dump(_page("Fler elever får skolskjuts i höst", _SCHOOL, box))
    spoken = spoken_text(article)
    assert "gäller alla kommunens grundskolor" in spoken
    assert "Ansök om skolskjuts" not in spoken and "Försäkringskassan" not in spoken


def test_a_download_and_a_booking_link_under_a_fairs_news() -> None:
    paras = [
        "Årets båtmässa på Kvarnholmen får fler utställare än någonsin. Hela södra hallen är redan bokad, och i norra "
        "hallen finns bara några platser kvar.",
        "Nytt för i år är en flytande brygga där besökarna kan provåka elbåtar under båda mässdagarna.",
        "Utställare som vill visa en båt på bryggan anmäler det till mässans kontor senast den 1 maj.",
    ]
    box = "Boka utställarplats\nUtställarportalen\nLadda ner utställarhandboken (pdf)"
    spoken = spoken_text(read_dump(_page("Rekordmånga utställare till båtmässan", paras, box)))
    assert "senast den 1 maj" in spoken
    assert "Boka utställarplats" not in spoken and "Utställarportalen" not in spoken


def test_a_letters_signature_under_it_stays() -> None:
    box = "Karin Lund\nOrdförande"
    spoken = spoken_text(read_dump(_page("Nya tvättmaskiner på Norra Backen", _HOUSING, box)))
    assert "Karin Lund" in spoken


def test_an_articles_closing_list_of_times_stays() -> None:
    box = "Tvättstugan på Backvägen 2: vecka 14\nTvättstugan på Backvägen 8: vecka 15"
    spoken = spoken_text(read_dump(_page("Nya tvättmaskiner på Norra Backen", _HOUSING, box)))
    assert "Backvägen 8: vecka 15" in spoken


# Written after the fix: other sites and wordings, and guards.

_PERMIT = [
    "Från den 1 april går det att söka bygglov för attefallshus och solceller helt digitalt. Handläggarna räknar med "
    "att handläggningstiden kortas med ungefär en vecka.",
    "Ritningar och situationsplan laddas upp direkt i ansökan. Den som inte kan använda e-tjänsten kan fortfarande "
    "skicka in sin ansökan på papper till kommunhuset.",
    "Under våren håller bygglovsenheten öppet hus varje torsdag eftermiddag för den som vill ha hjälp med sin ansökan.",
]


def test_a_permit_e_service_and_a_national_agencys_guide_under_a_municipal_news() -> None:
    box = "Ansök om bygglov (e-tjänst)\nAttefallshus – Boverket"
    spoken = spoken_text(read_dump(_page("Nu kan du söka bygglov digitalt", _PERMIT, box)))
    assert "öppet hus varje torsdag" in spoken
    assert "(e-tjänst)" not in spoken and "Boverket" not in spoken


def test_an_order_button_and_a_form_with_its_file_size() -> None:
    box = "Beställ tömning av slamavskiljare\nBlankett för uppehåll i hämtning (pdf, 180 kB)"
    spoken = spoken_text(read_dump(_page("Nu kan du söka bygglov digitalt", _PERMIT, box)))
    assert "Beställ tömning" not in spoken and "180 kB" not in spoken


def test_a_letters_signature_naming_the_company_after_a_dash_stays() -> None:
    box = "Med vänliga hälsningar\nKarin Lund – Hallsjö Bostäder"
    spoken = spoken_text(read_dump(_page("Nu kan du söka bygglov digitalt", _PERMIT, box)))
    assert "Karin Lund – Hallsjö Bostäder" in spoken
