"""Session 32, round 1, from blind set extract119 (12 dumps: headline 100 %, leak 1.6 %, recall 0.974 at d58871d0;
after the round 100 %, 1.2 %, 1.000). Written after the fixes, with other sites and words; the guards beside each:

- a board's post closed by its one-line signature ("Styrelsen genom …") a few lines under its last paragraph, a titled
  list and a greeting between: the signature closes the post (``letterclose.signature_below``), so the page's list
  under it goes (it was read at the commit before; in extract119 the post's list of dates was lost); the list and the
  greeting over the signature are read;
- a labelled fact box under the last paragraph whose heading carries a season's years ("Öppettider säsongen
  2025/26"): the years say nothing of the topic (``labelboxes._tied``); a weekday schedule stays the page's;
- a person's labelled fact box under an embedded post (``furniture.furniture_pieces``, ``labelboxes.labelled_shape``
  and the article's labelled box under its media in ``articleend.end_tags``); a player's box under an embed goes;
- a caption naming its picture by the picture's owner ("Polisens bild från olycksplatsen …",
  ``picturelines._OWNED_PICTURE``); the article's sentence about someone's view ("… bild av läget är …") is read;
- a pitch that says its button's words, between the paragraphs ("Saknar du försäkring? Gå med i facket …" over "Gå
  med i facket", ``adslots.call_box_tags``); the article's closing call over its button is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.picturelines import is_marked_caption

_BOARD_POST = """Bostadsrättsföreningen Lärkträdet
Hem
Nyheter
Boende
Kontakt
Nyheter
Ny tvättstuga öppnar i höst
Publicerad 2025-05-12
Efter flera års planering har styrelsen beslutat att bygga om den gamla tvättstugan i hus B. Arbetet börjar i juni och den nya tvättstugan beräknas vara klar i oktober.
Under ombyggnaden kan medlemmarna använda tvättstugan i hus D, som får utökade tider. Bokningen sker som vanligt via tavlan i entrén eller i appen.
Den nya tvättstugan får tre tvättmaskiner, två torktumlare och ett torkskåp. Alla maskiner blir energisnåla och kopplas till bokningssystemet.
Kostnaden ryms i föreningens underhållsplan och påverkar inte avgiften.
Att tänka på under bygget
Tvättstugan i hus B töms på allt innehåll före midsommar
Torkskåpet i källaren stängs under hela sommaren
Byggarbetarna använder gården som uppställningsplats
Tack för ert tålamod under sommaren!
Styrelsen genom Pia Lundqvist, ordförande
Äldre nyheter
Årsstämman 2025
Ny portkod från maj
Sophämtningen ändras
Brf Lärkträdet · Org.nr 769600-1234
"""


def test_a_board_posts_list_and_greeting_over_its_signature_are_read() -> None:
    spoken = spoken_text(read_dump(_BOARD_POST))
    assert "Torkskåpet i källaren stängs under hela sommaren" in spoken and "Tack för ert tålamod under sommaren!" in spoken
    assert "Att tänka på under bygget" in spoken


def test_the_pages_list_under_a_boards_signature_goes() -> None:
    spoken = spoken_text(read_dump(_BOARD_POST))
    assert "Ny portkod från maj" not in spoken and "Sophämtningen ändras" not in spoken


_RESORT = """Hoppa till innehåll
Björkfjällets Camping
Boende
Aktiviteter
Priser
Nyheter
Nyheter
Campingen öppnar för vintersäsongen redan i november
3 oktober 2025
Björkfjällets camping öppnar för vintergäster den 21 november, två veckor tidigare än förra året. Orsaken är att den nya servicebyggnaden blev klar i förtid.
Servicebyggnaden har bastu, torkrum och ett gemensamt kök med plats för trettio personer. Den ersätter två gamla baracker från sjuttiotalet.
– Vintergästerna har länge önskat ett varmt ställe att samlas på efter en dag i backen, säger campingvärden Elin Backlund.
Platserna med el för husvagnar utökas också från fyrtio till sextio, och alla platser kan bokas direkt på nätet.
Öppettider vintersäsongen 2025/26
Vintersäsongen öppnar: 21 november
Receptionen: 8.00–18.00 varje dag
Bastun: 16.00–21.00
Vintersäsongen stänger: 26 april
Dela
Fler nyheter
Nya stugor klara till sommaren
Björkfjällets Camping AB · Fjällvägen 4
"""


def test_a_fact_box_whose_heading_names_the_seasons_years_is_read() -> None:
    spoken = spoken_text(read_dump(_RESORT))
    assert "Receptionen: 8.00–18.00 varje dag" in spoken and "Vintersäsongen stänger: 26 april" in spoken


def test_a_weekday_schedule_under_the_article_stays_the_pages() -> None:
    dump = _RESORT.replace("""Vintersäsongen öppnar: 21 november
Receptionen: 8.00–18.00 varje dag
Bastun: 16.00–21.00
Vintersäsongen stänger: 26 april""", """Måndag: 8.00–18.00
Tisdag: 8.00–18.00
Onsdag: 8.00–20.00
Torsdag: 8.00–18.00""")
    assert "Onsdag: 8.00–20.00" not in spoken_text(read_dump(dump))


_PERSON = """Stadsbiblioteket i Åbro
Besök
Låna
Evenemang
Nyheter
Nyheter
Ny bibliotekschef på Stadsbiblioteket
Maria Holm | 2 september 2025

Jonas Falk blir ny bibliotekschef i Åbro efter sommaren. Han kommer närmast från ett bibliotek i Västsverige där han har lett arbetet med läsfrämjande för barn.

Falk vill satsa på längre öppettider och fler aktiviteter för unga, bland annat en läsklubb för högstadieelever.

– Biblioteket ska vara stadens vardagsrum, där alla känner sig välkomna, säger han.

Den nuvarande chefen Berit Sand går i pension i december efter tjugo år på biblioteket.

Visa det här inlägget på Instagram
stadsbiblioteketabro
Välkommen Jonas! 📚 Vi ser fram emot att jobba ihop. #åbrobibliotek
312 gilla-markeringar

Jonas Falk
Född: 1979 i Umeå
Utbildning: bibliotekarie vid Umeå universitet
Senaste uppdrag: chef för barnbiblioteket i Lerum
Tillträder: 1 december 2025

Kommande evenemang
Tor 11 sep 18.00
Författarkväll med Lena Ek
Anmäl dig
"""


def test_a_persons_labelled_fact_box_under_an_embedded_post_is_read() -> None:
    spoken = spoken_text(read_dump(_PERSON))
    assert "Senaste uppdrag: chef för barnbiblioteket i Lerum" in spoken and "Tillträder: 1 december 2025" in spoken
    assert "Född: 1979 i Umeå" in spoken


def test_a_players_box_under_an_embedded_post_goes() -> None:
    dump = _PERSON.replace("""Jonas Falk
Född: 1979 i Umeå
Utbildning: bibliotekarie vid Umeå universitet
Senaste uppdrag: chef för barnbiblioteket i Lerum
Tillträder: 1 december 2025""", """Höstens boktips – spellistan
Stadsbiblioteket i Åbro
Spela på Spotify
1
Ljudbok: Skuggorna
Anna Berg
4:12
Förhandsvisning""")
    spoken = spoken_text(read_dump(dump))
    assert "Spela på Spotify" not in spoken and "Ljudbok: Skuggorna" not in spoken


def test_a_caption_naming_its_picture_by_its_owner_is_a_caption() -> None:
    assert is_marked_caption("Polisens bild från olycksplatsen strax efter kl. 14.")
    assert is_marked_caption("Läsarens bild av älgen på Storgatan i morse.")


def test_a_sentence_about_someones_view_is_no_caption() -> None:
    assert not is_marked_caption("Kommunens bild av läget är att skolan klarar sig.")
    assert not is_marked_caption("Polisens bild från förhören stämmer med vittnenas.")


_UNION = """Hoppa till innehållet
Handelsanställda Avdelning Norr
Medlem
Avtal
Nyheter
Kontakt
Nyheter
Butiksanställda får rätt till raster med betalning
Av Kim Larsson, 4 mars 2025
Efter en lång förhandling har klubben på Norrköpets lager fått igenom att raster under kvällspass ska vara betalda. Avtalet gäller från den första april.
Tidigare har personalen på kvällspassen haft obetalda raster på trettio minuter, trots att de inte kunnat lämna arbetsplatsen.
– Det här har varit vår viktigaste fråga i två år. Nu får vi äntligen betalt för den tid vi ändå är kvar på jobbet, säger klubbordförande Amir Said.
Saknar du försäkring? Gå med i facket redan i dag – det går snabbt.
Gå med i facket
Arbetsgivaren positiv
Lagerchefen Sara Nyberg skriver i ett mejl att förändringen gör det lättare att rekrytera till kvällspassen.
Avtalet följs upp efter ett halvår, när klubben också ska fråga medlemmarna vad de tycker.
Vill du veta mer om avtalet? Kontakta klubben på lagret.
Kontakta klubben
Fler nyheter
Nytt avtal för sommarjobbare
"""


def test_a_pitch_saying_its_buttons_words_between_paragraphs_goes() -> None:
    spoken = spoken_text(read_dump(_UNION))
    assert "Saknar du försäkring?" not in spoken
    assert "Lagerchefen Sara Nyberg skriver i ett mejl" in spoken


def test_the_articles_closing_call_over_its_button_is_read() -> None:
    spoken = spoken_text(read_dump(_UNION))
    assert "Vill du veta mer om avtalet? Kontakta klubben på lagret." in spoken
