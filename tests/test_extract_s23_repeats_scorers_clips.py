"""Session 23: three signals measured over the annotated dumps before they were written (extract83's opened half
showed each once).

- The headline said twice in the head (:mod:`audiocast.ingest.headrepeats`): a sentence headline ("…: ”…?”") with
  a section label and its repeat under it was taken for the lead, and the site's slogan above for the headline.
- A run of value rows that all name people ("Oscar Lindfors 8") is a match report's scorers, the article's
  (:mod:`audiocast.ingest.valuerows`); a widget's rows name places.
- A media player's title under its kind and a colon ("Lyssna: …", "Video: …") is not read (``clip-title``).
- A clip's bare length under its player's label or title ("Video: …" / "2:31") is not read
  (:func:`audiocast.ingest.videos.clip_length_tags`; extract85).
- An advertiser's pitch glued under a bare ad label, "Name – offer", is not read, also between the article's
  paragraphs (:func:`audiocast.ingest.adslots.pitch_ad_tags`; extract85, opened).

Every page here was written after the fixes, with other sites, names and numbers than the page they came from.
"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_lines

from audiocast.ingest.valuerows import PERSON_ROW
from audiocast.ingest.videos import clip_length_tags

_REPEATED = (
    "Mälarbladet\n"
    "Nyheter och röster från Västerås norra stadsdelar sedan 1998\n"
    "Logga in\n"
    "Nyheter\n"
    "Trafik\n"
    "Bäckby\n"
    "{title}\n"
    "TRAFIK\n"
    "{title}\n"
    "Av Jonas Berg\n"
    "Publicerad 3 mars 2027 kl 08.10\n"
    "Trafikkontoret vill ta bort hälften av parkeringsplatserna längs Bäckbyvägen för att bygga en cykelbana.\n"
    "Förslaget presenterades för stadsdelsrådet i tisdags och möttes av kritik från flera butiksägare.\n"
    "– Utan parkering försvinner kunderna, säger Leila Omar som driver frisersalongen vid torget.\n"
    "Beslut väntas i trafiknämnden i april.\n"
    "Dela\n"
    "Mest läst\n"
    "Ny förskola byggs i Skultuna\n"
)


def test_a_sentence_headline_said_twice_is_the_headline_not_the_lead() -> None:
    title = "Butikerna protesterar: ”Vart ska kunderna parkera?”"
    article = read_dump(_REPEATED.format(title=title))
    assert article.title == title
    assert article.lead is not None and article.lead.startswith("Trafikkontoret vill ta bort")
    assert spoken_lines(article).count(title) == 1


def test_a_title_like_headline_said_twice_is_read_as_before() -> None:
    title = "Parkeringen på Bäckbyvägen kan försvinna"
    article = read_dump(_REPEATED.format(title=title))
    assert article.title == title
    assert article.lead is not None and article.lead.startswith("Trafikkontoret vill ta bort")


def test_a_lead_is_not_taken_for_a_repeated_head_without_its_repeat() -> None:
    page = _REPEATED.replace("TRAFIK\n{title}\n", "TRAFIK\n").format(title="Butikerna protesterar mot cykelbanan")
    article = read_dump(page)
    assert article.title == "Butikerna protesterar mot cykelbanan"
    assert article.lead is not None and article.lead.startswith("Trafikkontoret vill ta bort")


_SCORERS = (
    "Sandvikens IF Innebandy\n"
    "Hem\n"
    "Lag\n"
    "Matcher\n"
    "Klart för slutspel efter seger i derbyt\n"
    "2027-02-20 22:05\n"
    "Av: Kansliet\n"
    "Inför 612 åskådare vann herrlaget derbyt mot Gävle med 7–5 och är klart för slutspel.\n"
    "Gävle ledde efter första perioden, men tre mål på fem minuter i den andra vände matchen.\n"
    "– Vi visste att vi hade mer att ge. Publiken bar oss, sa lagkaptenen Filip Ahl efter matchen.\n"
    "Målskyttar Sandviken\n"
    "Filip Ahl 3\n"
    "Noah Berglund 2\n"
    "Isak Dahlström 1\n"
    "Emil Sjö 1\n"
    "Dela på Facebook\n"
    "Fler nyheter\n"
    "Damlaget föll mot Hudiksvall\n"
)


def test_a_match_reports_scorers_are_read() -> None:
    lines = spoken_lines(read_dump(_SCORERS))
    for row in ("Filip Ahl 3", "Noah Berglund 2", "Isak Dahlström 1", "Emil Sjö 1"):
        assert row in lines


def test_a_widgets_place_rows_are_no_scorers() -> None:
    for row in ("Mölle 17°", "Västerby 96", "Sport ...... 301", "Nya Zeeland 4°"):
        assert not PERSON_ROW.match(row)
    assert PERSON_ROW.match("Anna Maria Lind 12") and PERSON_ROW.match("Erik Lund-Berg 2")


_CLIP = (
    "Radio Klarälven\n"
    "Nyheter\n"
    "Sport\n"
    "Bron över Klarälven stängs i tre veckor\n"
    "Publicerat tisdag 9 mars kl 07.40\n"
    "Trafikverket stänger bron vid Deje för reparationer från den 15 mars.\n"
    "{clip}\n"
    "3 min\n"
    "Omledningen går via Forshaga och förlänger resan med en kvart för pendlarna.\n"
    "– Vi förstår att det är besvärligt, men bron måste lagas nu, säger projektledaren Oskar Ny.\n"
    "Fler nyheter\n"
    "Ny rektor i Munkfors\n"
)


def test_a_players_title_is_not_read() -> None:
    for clip in ("Lyssna: Projektledaren om omledningen", "Video: Så ser bron ut i dag", "Podd: Veckans trafik"):
        lines = spoken_lines(read_dump(_CLIP.format(clip=clip)))
        assert clip not in lines
        assert "Omledningen går via Forshaga och förlänger resan med en kvart för pendlarna." in lines


def test_a_sentence_after_a_colon_stays() -> None:
    sentence = "Ljud: det är vad grannarna klagar mest på. Bilarna dånar över bron dygnet runt."
    lines = spoken_lines(read_dump(_CLIP.format(clip=sentence)))
    assert sentence in lines


_MID_AD = (
    "Norrtelje Nyheter\n"
    "Nyheter\n"
    "Sport\n"
    "Vägen till Grisslehamn stängs för bygge i sex veckor\n"
    "Publicerad 14 april 2027\n"
    "Av Lina Ekdahl\n"
    "Trafikverket bygger om korsningen vid Älmsta och stänger väg 76 för genomfart från den 2 maj.\n"
    "Omledningen går via Väddö kyrka och förlänger resan med tio minuter.\n"
    "Annons\n"
    "{under}\n"
    "Busslinje 637 får en tillfällig hållplats vid skolan under bygget.\n"
    "– Vi vet att det blir jobbigt för pendlarna, säger projektledaren Hanna Öst.\n"
    "Mest läst\n"
    "Ny bagare i Hallstavik\n"
)


def test_an_advertisers_pitch_between_paragraphs_is_not_read() -> None:
    for ad in ("Väddö Bil & Däck – byt till sommardäck nu! Boka tid på vaddobil.se",
               "Sommarkampanj på Roslagens Färg – 25 % på all utomhusfärg"):
        lines = spoken_lines(read_dump(_MID_AD.format(under=ad)))
        assert ad not in lines
        assert "Busslinje 637 får en tillfällig hållplats vid skolan under bygget." in lines


def test_an_article_paragraph_under_an_empty_ad_slot_is_read() -> None:
    paragraph = "Arbetet beräknas vara klart till midsommar, om vädret tillåter."
    lines = spoken_lines(read_dump(_MID_AD.format(under=paragraph)))
    assert paragraph in lines


def test_a_clips_bare_length_under_its_title_is_not_read() -> None:
    page = _CLIP.replace("{clip}\n3 min\n", "Video: Så ser bron ut i dag\n1:48\nHur länge dröjer det?\n")
    lines = spoken_lines(read_dump(page))
    assert "1:48" not in lines
    assert "Omledningen går via Forshaga och förlänger resan med en kvart för pendlarna." in lines


def test_a_bare_length_goes_only_under_a_players_label() -> None:
    lines = [Line("Video: Så ser bron ut i dag", tag="caption"), Line("1:48"), Line("Spela upp"), Line("(02:10)"),
             Line("Bron stängdes klockan tolv."), Line("12:40"), Line("Lyssna på artikeln"), Line("4:12", blank_before=True)]
    clip_length_tags(lines)
    assert [x.text for x in lines if x.rule == "player"] == ["1:48", "(02:10)"]
