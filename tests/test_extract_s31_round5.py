"""Session 31, round 5, from blind set extract118 (12 dumps written during round 4, scored blind once at d2235226, the
state the session's measure is reported for: headline 91.7 %, leak 4.2 %, recall 0.991; after round 5: 100 %, 1.3 %,
0.991). Written after the fixes, with other sites and words; the guards beside each:

- a site's warning banner over a long menu, the article's dated head under the menu: the menu's short items take no
  room in the search for the dated head (``headblocks.dated_head_below``), so the banner is no lead;
- a chat widget's greeting in the bot's own voice (row ``chat-button``); the article's sentence about a chat stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.boilerplate import default_rules

_MENU = ["Bli medlem", "Boende", "Hyra", "Lediga lägenheter", "Parkering", "Förråd", "Felanmälan", "Mina sidor",
         "Tvättstuga", "Sophantering", "Trivsel", "Renovering", "Kontakt", "Start", "Aktuellt", "Nyheter"]
_HOUSING = "\n".join([
    "Till huvudinnehåll", "Bostadsbolaget Ängshem",
    "Obs! Vi skickar aldrig sms med länkar där du ska logga in. Kontakta oss om du får ett sådant meddelande.",
    *_MENU,
    "14 mars 2025",
    "Nu byts hissarna i kvarteret Lärkan – så påverkas du",
    "Under våren byter Ängshem ut alla hissar i kvarteret Lärkan, och arbetet pågår i ungefär sex veckor per trapphus.",
    "Medan hissen byts är den helt avstängd, och boende som har svårt att gå i trappor kan få hjälp av vår personal.",
    "– Vi vet att det blir jobbigt för många, men de gamla hissarna är från 1968 och går ofta sönder, säger "
    "förvaltaren Karin Ek.",
    "Arbetet börjar i trapphus 1 den 1 april, och alla boende får ett brev med datum för sitt trapphus.",
]) + "\n"


def test_a_warning_banner_over_a_long_menu_is_no_lead_when_the_dated_head_stands_under_the_menu() -> None:
    article = read_dump(_HOUSING)
    assert article.title == "Nu byts hissarna i kvarteret Lärkan – så påverkas du"
    assert (article.lead or "").startswith("Under våren byter Ängshem ut alla hissar")
    assert "Vi skickar aldrig sms" not in spoken_text(article)


def test_a_chat_widgets_greeting_in_the_bots_voice_is_boilerplate() -> None:
    rules = default_rules()
    assert any(r.action == "drop" and r.match("Hej! 👋 Jag är Ängshems digitala assistent. Hur kan jag hjälpa dig?")
               for r in rules)
    assert not any(r.match("Hej, jag är ny hyresgäst och undrar hur tvättstugan bokas.") for r in rules)
