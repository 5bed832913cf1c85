"""Session 40, round 3 (extract187, written blind late in the session, scored at the session's start commit, then
opened; issue #9):

- a card's link that names the card above it ("Läs mer om Kustsignal AB" under the card "Kustsignal AB", its people,
  its text and "Rösta") closes that card: the run of the button's or the link's label no longer takes the next card's
  name and people as its box (``labelruns._names_above``); a nominee page had lost every nominee's name;
- a newsroom's box on how it works ("Så arbetar vi med brottsrapportering", row ``newsroom-policy``: 4 such labels
  over every annotated page, all the page's); a subheading on other work ("Så arbetar vi med tryggheten") stays;
- "Ledarna" (a club's coaches) no longer opens an opinion page's notice (row ``opinion-notice``: 3 lines over every
  annotated page open so, all an article's);
- a player's speed button ("Hastighet 1x", "1,5x"; row ``player-speed``: 7 lines, all the page's).

Written after the fixes, for invented sites.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.boilerplate import default_rules, first_match

_CARDS = """Kustbladet
Nyheter
Näringsliv
De tävlar om Årets nyföretagare i Sundsvall
Tre unga företag har nominerats till årets pris, som delas ut på näringslivsgalan i slutet av november.
Juryn har bedömt företagen utifrån tillväxt, nytänkande och hur de bidrar till bygden där de verkar.
Omröstningen för publikens pris pågår till den 20 november på tidningens webbplats.
Sjöbodens Rökeri
Lina och Per Sjöberg, Alnö
Röker lax och sik i en gammal sjöbod och säljer till restauranger i hela länet sedan 2021.
Rösta
Läs mer om Sjöbodens Rökeri
Cykelverkstan Norr
Amir Haddad, Skönsberg
Lagar och säljer begagnade cyklar och har anställt fyra unga som tidigare saknade jobb.
Rösta
Läs mer om Cykelverkstan Norr
Fjällkoll AB
Sara Ek, Birsta
Utvecklar en app som varnar skoteråkare för svag is och har tusentals användare.
Rösta
Läs mer om Fjällkoll AB
Dela
"""


def test_a_cards_link_naming_it_closes_the_card_and_the_next_names_are_read() -> None:
    lines = spoken_lines(read_dump(_CARDS))
    for name in ("Cykelverkstan Norr", "Amir Haddad, Skönsberg", "Fjällkoll AB", "Sara Ek, Birsta"):
        assert name in lines, name
    assert not any(x.startswith("Läs mer om") for x in lines)


def test_a_newsrooms_box_label_is_the_pages_and_a_subheading_on_other_work_is_not() -> None:
    rules = default_rules()
    for label in ("Så arbetar vi med brottsrapportering", "Så jobbar redaktionen med AI", "Så arbetar vi"):
        hit = first_match(rules, label)
        assert hit is not None and hit[0].name == "newsroom-policy", label
    assert first_match(rules, "Så arbetar vi med tryggheten") is None


def test_the_coaches_are_no_opinion_pages_notice() -> None:
    assert first_match(default_rules(), "Ledarna är våra egna juniorer som har gått förbundets utbildning.") is None
    hit = first_match(default_rules(), "Krönikan uttrycker skribentens egna åsikter.")
    assert hit is not None and hit[0].name == "opinion-notice"


def test_a_players_speed_button_is_the_pages() -> None:
    rules = default_rules()
    for button in ("1x", "Hastighet 1,5x", "Uppspelningshastighet 2x"):
        hit = first_match(rules, button)
        assert hit is not None and hit[0].name == "player-speed", button
    assert first_match(rules, "Tältet mäter 3 x 4 meter.") is None
