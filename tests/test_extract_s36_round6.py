"""Session 36, round 6, from extract152 (session 36's never-read dump measure, scored at its start and at its end -
identical - then opened):

- a bank's rate widget between the paragraphs ("Aktuella räntor" / "Rörlig 3 mån: 3,94 %" / … / "Räntorna gäller från
  …"): rates are a kind of live data (``data/live_words.LIVE_HEAD``), "aktuella" a word of now (``NOW``), "Räntorna
  gäller …" the widget's closing line (``CLOSING``);
- a members' paywall said in other words ("Resten av artikeln är endast för medlemmar", row ``paywall``): the offer
  under it went on being read.

Written after the fixes, with other sites and other words; the guards: the article's own figures of rates over the
months, discussed in its text, stay; a sentence about members' access in the article stays."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_BANK = """Sparbanken Ekdal
Privat
Företag
Om banken
Sparbanken delar ut 2 miljoner till ungdomsidrotten
Publicerad 12 oktober 2025
Sparbankens stiftelse delar i år ut två miljoner kronor till föreningar som driver idrott för barn och unga i Ekdal.
Pengarna går till tjugo föreningar, och de största bidragen går till nya omklädningsrum och till utrustning för parasport.
Aktuella räntor
Rörlig 3 mån: 4,12 %
Bunden 2 år: 3,81 %
Bunden 5 år: 3,55 %
Räntorna gäller från 2025-10-01.
– Vi vill att alla barn ska kunna idrotta oavsett vad föräldrarna tjänar, säger stiftelsens ordförande Mats Ådahl.
Nästa ansökningsomgång öppnar i mars, och föreningarna söker på bankens webbplats.
"""

_OWN_RATES = """Ekdals Tidning
Nyheter
Ekonomi
Räntorna har sjunkit tre gånger i år
Publicerad 12 oktober 2025
Bolåneräntorna hos bankerna i Ekdal har sänkts tre gånger sedan i våras, och den rörliga räntan ligger nu på 4,12 procent.
Så har räntan ändrats
Januari: 4,60 %
Maj: 4,35 %
Oktober: 4,12 %
– Den rörliga räntan på 4,12 procent är den lägsta sedan 2022, säger bankens rådgivare Eva Lind.
Fler sänkningar väntas enligt bankens prognos innan årsskiftet, men ingen vill lova något.
"""

_PAYWALL = """Villaägarna Ekdal
Nyheter
Medlemsförmåner
Föreningen överklagar bygglovet vid Tallbacken
Publicerad 3 juni 2025
Föreningens styrelse har beslutat att överklaga bygglovet för de fyra flerbostadshusen vid Tallbacken.
Enligt styrelsen strider husens höjd mot detaljplanen, och grannarna har inte fått yttra sig i tid.
Resten av texten är bara för medlemmar
Som medlem får du läsa alla våra artiklar och får dessutom rabatt hos våra samarbetspartners.
Logga in
Bli medlem
"""


def test_a_banks_rate_widget_between_the_paragraphs_goes() -> None:
    spoken = spoken_text(read_dump(_BANK))
    assert "Aktuella räntor" not in spoken and "Rörlig 3 mån: 4,12 %" not in spoken and "Räntorna gäller" not in spoken
    assert "Vi vill att alla barn ska kunna idrotta" in spoken


def test_the_articles_own_rates_discussed_in_its_text_stay() -> None:
    spoken = spoken_text(read_dump(_OWN_RATES))
    assert "Oktober: 4,12 %" in spoken and "Fler sänkningar väntas" in spoken


def test_a_members_paywall_and_its_offer_go() -> None:
    spoken = spoken_text(read_dump(_PAYWALL))
    assert "Resten av texten är bara för medlemmar" not in spoken and "Som medlem får du läsa" not in spoken
    assert "grannarna har inte fått yttra sig i tid" in spoken


def test_a_sentence_about_members_access_in_the_article_stays() -> None:
    page = _PAYWALL.replace("Resten av texten är bara för medlemmar\nSom medlem får du läsa alla våra artiklar och får"
                            " dessutom rabatt hos våra samarbetspartners.\n",
                            "Resten av processen sköts av länsstyrelsen, som väntas ge besked i höst.\n")
    assert "Resten av processen sköts av länsstyrelsen" in spoken_text(read_dump(page))
