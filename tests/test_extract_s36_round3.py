"""Session 36, round 3, from extract150 and extract151 (opened after their first figures at 67d5f43c):

- a post's label naming the platform ("Instagram-inlägg") right over the post's account and its link was read: it goes
  with the post (``embedboxes.account_post_tags``, ``embedboxes._platform_label``);
- a game viewer between the paragraphs: its move counter ("Drag 19 av 54", row ``position-counter``) and its link to
  open the game on another service ("Öppna på Lichess", row ``open-elsewhere``) were read;
- a clip's title set over its player ("Trailer: …" over "Spela upp video" / "01:12") stayed, and the article's next
  subheading under the player went as the clip's title: when the line under the duration opens running prose, the title
  is the one over the player (``records.clip_tags``);
- a radio clip's title between its play button and its duration ("Spela" / the title / "1:48 min") with the player's
  own button under them ("Lägg till i Min lista", row ``save-button``) was read, or the button was: both go
  (``records.clip_tags``);
- the article's last paragraph opening with a word of the site's menu ("Biljetter till jubileumsveckan släpps …" under
  a cinema's menu item "Biljetter") was dropped as the organisation's blurb: a one-word menu item the page also writes
  in small letters is a common noun, no one's name (``furniture.about_tags``).

Written after the fixes, with other sites and other words; the guards: a clip's title under its duration still goes;
the organisation's blurb opening with its one-word name still goes."""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_text

from audiocast.ingest.furniture import about_tags

_POST = """Skärgårdsnytt
Nyheter
Evenemang
Sommarens konserter på Bryggan är spikade
Publicerad 2 april 2025
Föreningen Bryggan har nu presenterat alla artister som spelar på sommarens konserter vid gästhamnen i Ornö.
Först ut är den lokala kören, som sjunger på midsommarafton, och sommaren avslutas med en jazzkväll i augusti.
Instagram-inlägg
brygganorno
Nu är hela sommarens program klart! Vilken kväll ser du fram emot mest? 🎶
Visa på Instagram
412 gilla-markeringar
Biljetterna säljs i kiosken vid gästhamnen och kostar 150 kronor för vuxna, medan barn går in gratis.
Arrangörerna räknar med omkring tvåhundra besökare per kväll om vädret tillåter.
Dela
"""

_VIEWER = """Schackklubben Löparen
Start
Nyheter
Kontakt
Lindqvist vann blixtturneringen efter drama i sista ronden
Publicerad 12 mars 2025
Klubbens årliga blixtturnering avgjordes på lördagen, och Erik Lindqvist vann först efter ett långt slutspel i sista ronden.
Han var en halv poäng efter inför sista partiet och behövde vinna med de svarta pjäserna mot klubbmästaren.
Drag 31 av 62
Öppna på Lichess
Efter ett misstag i tidsnöd fick Lindqvist en bonde mer, och slutspelet vanns till slut efter sextiotvå drag.
– Jag trodde inte att det skulle räcka, men han hade bara sekunder kvar på klockan, säger Lindqvist.
Nästa turnering spelas i maj i klubblokalen på Storgatan.
"""

_TRAILER = """Filmstaden Ekdal
Program
Biljetter
Presentkort
Om oss
Sommarbio i parken återvänder efter tre år
Publicerad 5 maj 2025
Efter tre års uppehåll visas åter film i stadsparken i sommar, på en duk som föreningen har köpt in med hjälp av bidrag.
Visningarna börjar i skymningen varje torsdag i juli, och publiken tar med sig egna filtar och stolar.
Trailer: Sommarbio i parken 2025
Spela upp video
00:58
Frivilliga sköter allt
Hela arrangemanget sköts av ett tjugotal frivilliga som bär ut stolar, säljer kaffe och sköter projektorn varje kväll.
– Det är ett sätt att ge liv åt parken på kvällarna, säger föreningens ordförande Lena Sjö.
Biljetter till alla visningar säljs på plats från klockan åtta. Den som vill kan köpa ett sommarkort för alla kvällar.
Dela
Facebook
"""


def test_a_posts_platform_label_over_its_account_goes_with_it() -> None:
    spoken = spoken_text(read_dump(_POST))
    assert "Instagram-inlägg" not in spoken and "brygganorno" not in spoken
    assert "Biljetterna säljs i kiosken" in spoken


def test_a_game_viewers_counter_and_its_link_elsewhere_go() -> None:
    spoken = spoken_text(read_dump(_VIEWER))
    assert "Drag 31 av 62" not in spoken and "Öppna på Lichess" not in spoken
    assert "Efter ett misstag i tidsnöd" in spoken


def test_a_clips_title_over_its_player_goes_and_the_next_subheading_stays() -> None:
    spoken = spoken_text(read_dump(_TRAILER))
    assert "Trailer: Sommarbio i parken 2025" not in spoken
    assert "Frivilliga sköter allt" in spoken


def _cinema(last: str) -> list[Line]:
    return [Line("Filmstaden Ekdal"), Line("Program"), Line("Biljetter"), Line("Filmklubben"), Line("Om oss"),
            Line("Sommarbio i parken återvänder efter tre år", blank_before=True),
            Line("Efter tre års uppehåll visas åter film i stadsparken i sommar, på en duk som föreningen har köpt.", p=0.9),
            Line("Visningarna börjar i skymningen varje torsdag i juli, och publiken tar med sig egna filtar.", p=0.9),
            Line("Torsdag 3 juli 21:30 – Premiärkväll", p=0.3), Line("Torsdag 10 juli 21:30 – Familjefilm", p=0.3),
            Line(last, p=0.2), Line("Dela", blank_before=True, tag="drop", rule="share")]


def test_a_last_paragraph_opening_with_a_menu_word_is_the_articles() -> None:
    lines = _cinema("Biljetter till alla visningar säljs på plats. Den som vill kan köpa biljetter för hela sommaren.")
    about_tags(lines, 6)
    assert lines[-2].tag is None
    assert "Biljetter till alla visningar säljs på plats" in spoken_text(read_dump(_TRAILER))


def test_the_organisations_blurb_opening_with_its_one_word_name_still_goes() -> None:
    lines = _cinema("Filmklubben är en ideell förening som visar film i Ekdal sedan 1978. Den drivs av medlemmarna.")
    about_tags(lines, 6)
    assert (lines[-2].tag, lines[-2].rule) == ("drop", "about-org")


def test_a_clips_title_under_its_duration_still_goes() -> None:
    page = _TRAILER.replace("Trailer: Sommarbio i parken 2025\nSpela upp video\n00:58\n",
                            "Spela upp video\n00:58\nSå blir sommarens bio i parken\n")
    spoken = spoken_text(read_dump(page))
    assert "Så blir sommarens bio i parken" not in spoken and "Frivilliga sköter allt" in spoken


_RADIO = """P4 Ådalen
Nyheter
Sport
Program
Älgjakten börjar med färre jägare i skogen
Allt färre jägare anmäler sig till älgjakten i Ådalen, och flera jaktlag har svårt att hitta folk till passen i år.
Publicerat måndag 8 september 2025 kl 06.10
Spela
Jaktlagen saknar unga jägare
2:05 min
Lägg till i Min lista
I Björkå jaktlag har medelåldern stigit till över sextio år, och i år saknas tre jägare till passen.
– Vi behöver fler unga, annars går det inte att jaga som förr, säger jaktledaren Sune Ek.
Länsstyrelsen har ändå beslutat om en något större tilldelning än i fjol.
"""


def test_a_radio_clips_title_between_its_play_button_and_duration_goes_with_its_button() -> None:
    spoken = spoken_text(read_dump(_RADIO))
    assert "Jaktlagen saknar unga jägare" not in spoken and "Lägg till i Min lista" not in spoken
    assert "I Björkå jaktlag har medelåldern stigit" in spoken
