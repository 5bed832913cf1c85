"""Session 36, round 1, from extract150 and extract151 (written blind at the session's start, scored at 67d5f43c before
anyone read them). Five shapes of page furniture that took the article's own lines or were read:

- a blog's archive of months ("mars 2024 (1)") copied with its sidebar over the post was read as the page's first
  paragraph, so no headline was found and the whole post was lost: the archive's run of months is furniture wherever it
  stands, over the head too (``tables.archive_tags``, now also called by ``headcands.candidates``);
- a sports desk's live widget over a live report ("Resultat & tabeller" / "Hockeyettan" / "Live") took the report's
  headline under it, "Just nu: …", for a row of its data: the widget's last line, with the lead glued under it and the
  byline or date under the lead, is the headline (``livewidgets._head_below``);
- a society's sidebar calendar glued between the paragraphs under a menu word ("Kalender" / three dated events / "Hela
  kalendern") was read: a menu word's line over a list its own link closes, between paragraphs of running prose, goes
  with its list (``records.linked_label_tags``; "Hela kalendern" is the list's own link, ``records._WHOLE_LIST``).

- a pull quote in quotation marks set above the speaker's paragraph made that paragraph an echo of it, and the
  article's end moved up over its last section: a pull quote's line is never the line said first
  (``echoes.echo_tags``; ``echoes._pulled_ahead`` drops it against the paragraph below);
- a Facebook post glued between the paragraphs, its poster's name over a handle stamped with the post's date ("@ekbyif
  · 2 juni") over the text, its counts and "Visa inlägget på Facebook", was read: the stamped handle is the post's
  time stamp (``embedboxes._STAMP``, read by ``glued_post_tags``), the poster's name over it goes too.

Written after the fixes, with other sites and other words; the guards: a menu word over the article's own paragraph is
read; a live widget between the paragraphs still goes whole; a pull quote under its paragraph still goes."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest import default_scorer
from audiocast.ingest.headcands import candidates
from audiocast.ingest.hints import Hints
from audiocast.ingest.text import _tag_lines, default_rules

_BLOG = """Båtklubben Måsen
Segling och båtliv på Norrfjärden sedan 1952
Startsida
Om klubben
Hamnen
Klubbnytt
Bildgalleri
Bli medlem
Länkar
Kalender
Kontakt

SENASTE INLÄGGEN
Nya bryggan vid Sandviken invigd
Vårstädning av hamnplanen
Sjösättningslistan 2025
Kräftskiva i augusti
ARKIV
juni 2025 (2)
maj 2025 (4)
april 2025 (1)
mars 2025 (3)
KATEGORIER
Hamnen
Segling
Styrelsen
Fester

Hamnen
Nya bryggan vid Sandviken invigd
I lördags invigdes klubbens nya flytbrygga vid Sandviken, som ger plats för ytterligare fjorton båtar under sommarhalvåret.
Bryggan har byggts av medlemmar under fem helger i våras, och virket har skänkts av sågverket i Ånäs.
– Det har varit kö till platserna i flera år, så det här betyder mycket för de yngre medlemmarna, säger hamnkaptenen Ulf Berg.
Platserna fördelas efter kölistan, och de som står först får besked via e-post under nästa vecka.
Postat av Ulf Berg den 16 juni 2025 i Hamnen
"""

_LIVE = """Hoppa till innehållet
Dalatidningen
Nyheter
Sport
Kultur
Logga in
Sport
Fotboll
Bandy
Resultat & tabeller
Division 2
Live
LIVE
Just nu: Falu BS – Kvarnsvedens IK
Derbyt på Lugnet kan avgöra vem som vinner serien. Vi rapporterar direkt från läktaren under hela matchen.
Anna Berglund
Publicerad 12 okt 2025 14.45 · Uppdaterad 16.50
16.50: Slut på Lugnet! Falu BS vinner derbyt med 2–1 och är nu tre poäng före Kvarnsveden i serien.
16.32: 2–1! Ett inlägg från högerkanten nickas in av Jonas Rask, som kom in i andra halvlek.
15.40: Halvtid. Det står 1–1 efter ett ganska jämnt derby där båda lagen har haft sina chanser framåt.
"""

_CALENDAR = """Hemslöjdsföreningen i Brattfors
Hem
Kurser
Kalender
Kontakt
Vävstugan får nya vävstolar efter bidrag
12 mars 2025
Föreningens vävstuga i Brattfors får tre nya vävstolar i vår, sedan kulturnämnden beviljat ett bidrag på 48 000 kronor.
De gamla vävstolarna har använts sedan sjuttiotalet, och två av dem går inte längre att laga.
– Nu kan vi äntligen ta emot fler kursdeltagare på vardagskvällarna, säger ordföranden Kerstin Falk.
Kalender
29 mars – Vårmarknad i Bygdegården
5 april – Kurs i tovning, dag 1
17 maj – Öppen vävstuga
Hela kalendern
Kurserna börjar i maj
De första kurserna på de nya vävstolarna hålls redan i maj, och anmälan görs till föreningens kursansvariga.
Vävstolarna levereras från en verkstad i Leksand i slutet av april och monteras av medlemmarna.
"""

_OWN_HEADING = _CALENDAR.replace(
    "Kalender\n29 mars – Vårmarknad i Bygdegården\n5 april – Kurs i tovning, dag 1\n17 maj – Öppen vävstuga\nHela kalendern\n",
    "Kalender\nVårmarknaden hålls den 29 mars i Bygdegården, och där visas de första vävarna från de nya vävstolarna.\n")


def test_a_blogs_archive_of_months_over_the_post_is_no_lead() -> None:
    lines = _tag_lines(_BLOG, default_rules(), Hints(scorer=default_scorer()))
    found, start = candidates(lines)
    assert start is not None and lines[start].text.startswith("I lördags invigdes")  # the first reading, not a rescue
    assert all(not line.text.endswith(")") for line in lines[:start] if line.tag is None)
    article = read_dump(_BLOG)
    assert article.title == "Nya bryggan vid Sandviken invigd"
    assert (article.lead or "").startswith("I lördags invigdes klubbens nya flytbrygga")
    spoken = spoken_text(article)
    assert "juni 2025 (2)" not in spoken and "maj 2025 (4)" not in spoken


def test_a_live_widgets_last_line_over_the_lead_and_byline_is_the_headline() -> None:
    article = read_dump(_LIVE)
    assert article.title == "Just nu: Falu BS – Kvarnsvedens IK"
    spoken = spoken_text(article)
    assert "Resultat & tabeller" not in spoken and "Division 2" not in spoken


def test_a_sidebar_calendar_under_a_menu_word_between_the_paragraphs_goes() -> None:
    spoken = spoken_text(read_dump(_CALENDAR))
    assert "Vårmarknad i Bygdegården" not in spoken and "Hela kalendern" not in spoken
    assert "De första kurserna på de nya vävstolarna" in spoken


def test_a_menu_word_over_the_articles_own_paragraph_is_read() -> None:
    spoken = spoken_text(read_dump(_OWN_HEADING))
    assert "Vårmarknaden hålls den 29 mars i Bygdegården" in spoken and "De första kurserna" in spoken


def test_a_live_widget_between_the_paragraphs_still_goes_whole() -> None:
    page = _CALENDAR.replace("Kalender\n29 mars – Vårmarknad i Bygdegården\n5 april – Kurs i tovning, dag 1\n"
                             "17 maj – Öppen vävstuga\nHela kalendern\n",
                             "Väder i Brattfors just nu\nNu: 4 °C\nVind: 3 m/s\nKälla: SMHI\n")
    spoken = spoken_text(read_dump(page))
    assert "Nu: 4 °C" not in spoken and "Vind: 3 m/s" not in spoken and "De första kurserna" in spoken


_PULLED = """Kvällsbladet
Nyheter
Kultur
Hon har lagat cyklar i fyrtio år
Publicerad 4 maj 2025
Ingrid Wall öppnade sin verkstad i Storvik 1985, och i dag är hon den enda cykelreparatören kvar i kommunen.
Verkstaden ligger i en gammal smedja bakom järnvägsstationen, och kunderna kommer från hela länet.
”Jag har aldrig haft en tråkig dag här. Varje cykel har sin egen historia.”
Hon lärde sig hantverket av sin far, som sålde cyklar i samma lokal under femtiotalet.
Många av kunderna är barn till dem som köpte sina första cyklar hos henne på åttiotalet.
Nu planerar hon att gå i pension, men ingen har ännu hört av sig för att ta över verksamheten i smedjan.
– Jag har aldrig haft en tråkig dag här. Varje cykel har sin egen historia.
Verkstaden har öppet till midsommar, och därefter hoppas hon att någon i byn vill fortsätta.
Dela artikeln
"""

_POSTED = """Lokalnytt Ekby
Nyheter
Sport
Planen vid Ekbyvallen stängs i sommar
Publicerad 3 juni 2025
Ekby IF:s gräsplan vid Ekbyvallen stängs från midsommar till augusti, sedan kommunen beslutat att dränera om hela planen.
Föreningen fick beskedet i förra veckan och har flyttat sommarens träningar till konstgräset vid skolan.
Ekby IF
@ekbyif · 2 juni
Viktig information till alla lag: Ekbyvallen stänger den 21 juni och öppnar igen i augusti.
12 kommentarer · 4 delningar
Visa inlägget på Facebook
Kommunens fritidschef säger att arbetet är nödvändigt eftersom planen har stått under vatten varje vår de senaste åren.
Matcherna i juni spelas som planerat, och föreningen återkommer med nya tider för höstens hemmamatcher.
Dela artikeln
"""


def test_a_pull_quote_above_its_paragraph_goes_and_the_speakers_paragraph_stays() -> None:
    spoken = spoken_text(read_dump(_PULLED))
    assert "– Jag har aldrig haft en tråkig dag här. Varje cykel har sin egen historia." in spoken
    assert "”Jag har aldrig haft en tråkig dag här." not in spoken
    assert "Verkstaden har öppet till midsommar" in spoken


def test_a_pull_quote_under_its_paragraph_still_goes() -> None:
    page = _PULLED.replace("”Jag har aldrig haft en tråkig dag här. Varje cykel har sin egen historia.”\n", "").replace(
        "Verkstaden har öppet till midsommar",
        "”Jag har aldrig haft en tråkig dag här. Varje cykel har sin egen historia.”\nVerkstaden har öppet till midsommar")
    spoken = spoken_text(read_dump(page))
    assert "– Jag har aldrig haft en tråkig dag här." in spoken and "”Jag har aldrig haft en tråkig dag här." not in spoken


def test_a_post_under_its_posters_name_and_stamped_handle_goes() -> None:
    spoken = spoken_text(read_dump(_POSTED))
    assert "@ekbyif" not in spoken and "Viktig information till alla lag" not in spoken
    assert "\nEkby IF\n" not in f"\n{spoken}\n"
    assert "Föreningen fick beskedet" in spoken and "Kommunens fritidschef säger" in spoken
