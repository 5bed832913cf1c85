"""Session 41, round 1 (extract188, written blind in session 40 and scored there and at this session's start, and
extract190, written blind at this session's start and scored before any change; both opened; issue #9):

- a box named twice, by its label and by its link to all its items ("Trafikstörningar just nu" … "Visa alla
  störningar"): the item the box's other rules left in its middle was taken for the headline and its lead
  (``moreboxes.echoed_box_tags``; over every annotated dump 120 such boxes, 737 lines, none the article's);
- an embedded player copied without blank lines: its clip's title and channel right over its chrome ("Titta senare",
  "Dela", "Titta på YouTube") were read (``videos.embed_head_tags``);
- a download's label closed by its file's size after a separator ("Högupplöst • 4 MB"), as "(pdf, 4,2 MB)" was;
- a radio clip's reporter credit ("Nyhetsinslag: Pelle Ersson"), as "Redigering: …" was.

Written after the fixes, for invented sites. The guards: a section's label over the article with "Alla nyheter"
under it, an article's short last line over a player copied with its title alone, a sentence naming a file's size.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.boilerplate import default_rules, first_match

_P1 = ("Från den 2 juni kör Länsbussarna en ny expresslinje mellan Ljusdal och Hudiksvall, med bara fyra hållplatser "
       "längs vägen och en restid på 55 minuter.")
_P2 = ("Linjen ersätter de snabbaste turerna på linje 50, som i dag stannar vid varje by längs riksväg 84, och går "
       "varje timme på vardagar.")
_P3 = "– Vi har länge fått frågor om en snabbare buss, säger trafikchefen Mona Åberg."


def test_a_box_named_by_its_label_and_its_link_is_never_read() -> None:
    dump = ("Länsbussarna\nReseplanerare\nBiljetter\nKundservice\n\nAktuella avvikelser just nu\n2 avvikelser\n"
            "Linje 52 Järvsö–Ljusdal\nTurerna 07.10 och 07.40 ställs in på måndag.\nLinje 67 Delsbo–Bjuråker\n"
            "Hållplatsen Delsbo kyrka flyttas 200 meter norrut under vägbygget. Resenärer hänvisas till tillfällig "
            "hållplats vid Konsum.\nVisa alla avvikelser\n\nStart\n/\nNyheter\n"
            f"Ny expressbuss mellan Ljusdal och Hudiksvall\n{_P1}\n{_P2}\n{_P3}\nPublicerad: 2027-05-12\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Ny expressbuss mellan Ljusdal och Hudiksvall"
    assert not any("Delsbo" in x or "Järvsö" in x or "avvikelser" in x for x in lines)
    assert _P1 in lines and _P3 in lines


def test_guard_a_sections_label_over_the_article_and_its_link_under_it_keep_the_article() -> None:
    dump = ("Edsbyns IF\nStart\nLag\nNyheter\nKontakt\n\nNyheter\n\nJuniorerna tog tre guld i Bollnäs\n\n4 maj 2027\n\n"
            "Helgen tävlade elva av klubbens juniorer i brottning i Hälsingemästerskapen i Bollnäs, och tre av dem "
            "gick hela vägen till guld.\n\nTränaren var nöjd.\n\nAlla nyheter\n\nEdsbyns IF, Box 12\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Juniorerna tog tre guld i Bollnäs"
    assert any(x.startswith("Helgen tävlade elva") for x in lines) and "Tränaren var nöjd." in lines


_HEAD = "Hälsinge Fotboll\nStart\nSerier\nDomare\nNyheter\nNyheter\nDamfinalen avgjordes på straffar\n"
_BODY = ("Iggesunds IK vann distriktsfinalen mot Forsa IF efter straffar inför 520 åskådare på Bergavallen i "
         "lördags.\nMatchen slutade 1–1 efter full tid och förlängning.\n"
         "– Tjejerna var iskalla från straffpunkten, säger tränaren Lisa Öhrn.\nMatchfakta\nMål Iggesund: Elin Ek\n"
         "Publik: 520\nDomare: Amanda Holm, Kumla\n")


def test_an_embedded_players_title_and_channel_glued_over_its_chrome_are_not_read() -> None:
    dump = (_HEAD + _BODY + "Se målen från finalen\nHälsinge Fotboll TV\nDamfinalen 2027 – alla mål\nTitta senare\n"
            "Dela\nTitta på YouTube\nTaggar\nDamfotboll\nTill toppen\n")
    lines = spoken_lines(read_dump(dump))
    assert not any("alla mål" in x or x == "Hälsinge Fotboll TV" for x in lines)
    assert lines[-2:] == ["Publik: 520", "Domare: Amanda Holm, Kumla"]


def test_guard_the_articles_last_line_over_a_player_with_its_title_alone_stays() -> None:
    dump = _HEAD + _BODY + "Damfinalen 2027 – alla mål\nTitta senare\nDela\nTitta på YouTube\nTill toppen\n"
    lines = spoken_lines(read_dump(dump))
    assert lines[-2:] == ["Publik: 520", "Domare: Amanda Holm, Kumla"]  # the box's last rows: fact rows, no title
    assert not any("alla mål" in x for x in lines)


def test_a_downloads_size_after_a_separator_and_a_clips_reporter_are_not_read() -> None:
    rules = default_rules()
    for line in ("Högupplöst • 2,8 MB", "Pressbild · JPG · 840 kB", "Originalfil | 12 MB", "Nyhetsinslag: Sara Lööf",
                 "Inslag: Per Holm och Eva Ek"):
        hit = first_match(rules, line)
        assert hit is not None and hit[0].action == "drop", line


def test_guard_a_sentence_naming_a_files_size_and_a_reports_word_are_read() -> None:
    rules = default_rules()
    for line in ("Filen med alla protokoll är på 4 MB.", "Inslag: så låter det när isen sjunger"):
        hit = first_match(rules, line)
        assert hit is None or hit[0].action not in ("drop", "stop"), line


def test_a_name_the_article_lists_said_again_does_not_push_the_head_below() -> None:
    """extract192 (written blind at this session's start, scored before any change, then opened): a choir's page with
    its name in the site's header and again among the concert's performers was refused ("no headline found"): the
    name, the tagline and the headline were taken for a sidebar's teasers whose title is said again below, and the
    lead for the sidebar's blurb. Running text between the lead and the repeat is the article's."""
    dump = ("Hoppa till innehåll\nSångsällskapet Cantilena i Hjo\nKörmusik i Hjo kyrka sedan 1952\nMeny\nHem\nKonserter\n"
            "Bli medlem\nKontakt\nMozarts Requiem i Allhelgonatid – förköpet öppnar i dag\n"
            "Den 1 november framför Sångsällskapet Cantilena i Hjo Mozarts Requiem i Hjo kyrka, för första gången sedan "
            "2012, och förköpet av biljetter öppnar redan i dag.\n"
            "Kören har övat sedan augusti och får i år sällskap av en stråkkvintett från Jönköping och fyra solister.\n"
            "– Det är ett verk som alla känner igen, men få har sjungit det, säger dirigenten Anna Hed.\n"
            "Medverkande\nSopran: Lisa Ek\nTenor: Olof Berg\nSångsällskapet Cantilena i Hjo\nDirigent: Anna Hed\n"
            "Konserten börjar klockan 18.00 och pågår i en timme, och biljetterna kostar 200 kronor vid entrén.\n"
            "Publicerat 2 oktober 2027\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Mozarts Requiem i Allhelgonatid – förköpet öppnar i dag"
    assert lines[1].startswith("Den 1 november framför") and any(x.startswith("Konserten börjar") for x in lines)


def test_a_long_banner_over_its_close_button_above_a_long_menu_is_no_lead() -> None:
    """extract193 (written blind late in this session, scored at the session's start and before this fix, then
    opened): a bank's fraud warning of two sentences (26 words) with "Stäng" under it, over a menu of 24 lines, was
    taken for the lead and the page refused ("no headline found"). Over every annotated dump 136 lines of four words
    or more stand over such a close button, all the page's."""
    menu = "\n".join(["Privat", "Företag", "Om oss", "Sök", "Logga in", "Spara", "Låna", "Bolån", "Kort", "Pension",
                      "Försäkring", "Betala", "Hållbarhet", "Samhällsengagemang", "Nyheter", "Lediga jobb"])
    dump = ("Gå direkt till innehåll\nObs! Just nu skickas falska sms i bankens namn. Klicka aldrig på länkar i sms som "
            "ber dig logga in, och lämna aldrig ut dina koder till någon som ringer dig.\nStäng\n" + menu + "\n"
            "Skogsbanken\nOm oss / Nyheter\n\nBanken delar ut 1,2 miljoner till 40 föreningar\n"
            "Idrottsklubbar, byalag och en scoutkår i Ljusdal och Hudiksvall får dela på årets utdelning från bankens "
            "stiftelse, som i år fick in rekordmånga ansökningar.\n"
            "– Det har varit svårt att välja, säger stiftelsens ordförande Per Ekholm.\nPublicerad 2027-03-02\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Banken delar ut 1,2 miljoner till 40 föreningar"
    assert not any("falska sms" in x for x in lines)


def test_a_cooperatives_legal_form_under_its_name_is_no_lead() -> None:
    """extract193: "ek. för." under a cooperative's name was the first sentence-like line, so the lead, and the site's
    name its headline; a line of two to four short forms alone is dropped (4 such lines over the annotated dumps)."""
    dump = ("Vi använder cookies för att ge dig en bättre upplevelse i vår webbutik. Läs mer i vår integritetspolicy.\n"
            "Jag förstår\nAnpassa\n\nFri frakt över 1 000 kr | Kundtjänst 0410-123 45\nSkånes Foder\nek. för.\n"
            "Sök produkt eller sida…\nMina sidor\nVarukorg (0)\nWebbutik\nFoder\nOm oss\nNyheter\n\nHem\n»\nNyheter\n»\n"
            "Ny fabrik i Sjöbo\n\nNy foderfabrik i Sjöbo invigd\n"
            "Efter ett års bygge är föreningens nya fabrik i Sjöbo i gång, och kapaciteten för pelleterat foder "
            "fördubblas till hösten.\n4 maj 2027 | Foder\n"
            "– Det betyder kortare leveranstider för alla medlemmar, säger vd Anna Persson.\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Ny foderfabrik i Sjöbo invigd" and lines[1].startswith("Efter ett års bygge")
    assert "ek. för." not in lines


def test_guard_a_closing_word_with_its_stop_is_read() -> None:
    rules = default_rules()
    for line in ("Tack.", "Välkomna!"):
        hit = first_match(rules, line)
        assert hit is None or hit[0].name != "short-forms-only", line


def test_a_short_line_closed_by_an_ellipsis_is_never_read() -> None:
    """extract194 (written blind at this session's end, scored at its start and before this, then opened): a
    library's search placeholder ("Titel, författare, ämne …") was the lead and its menu the head. Over the annotated
    dumps 144 short lines closed by an ellipsis with no sentence's stop before it, all the page's."""
    rules = default_rules()
    for line in ("Titel, författare, ämne …", "Sök bland våra evenemang...", "Laddar in …", "Lena i Ås sa..."):
        hit = first_match(rules, line)
        assert hit is not None and hit[0].action == "drop", line


def test_guard_a_quote_trailing_off_is_read() -> None:
    rules = default_rules()
    for line in ("– Vi får se vad som händer…", "Hon tittade ut över sjön. Sedan…"):
        hit = first_match(rules, line)
        assert hit is None or hit[0].name != "ellipsis-line", line


def test_a_name_and_a_role_under_the_date_line_is_the_byline_not_a_head() -> None:
    """extract194: "headline / lead / Publicerad … / Sofia Lindahl, kommunikatör / text": the name and role were taken
    for a head below the date line and the lead for a paragraph over it, and the lead was dropped."""
    lead = ("Ett bryggeri från Lidköping, en verkstad i Mariestad och en 22-årig apputvecklare från Götene fick årets "
            "priser när näringslivet i Skaraborg samlades på fredagen.")
    dump = ("Handelskammaren Skaraborg\nMedlemskap\nNyheter\nKontakt\nSök\nHem / Nyheter / Här är årets pristagare\nNYHETER\n"
            f"Här är årets pristagare\n{lead}\nPublicerad 14 mars 2027\nPer Holm, kommunikatör\n"
            "Drygt 300 gäster kom till Stadshotellet i Skövde när galan hölls för tolfte året i rad.\n"
            "– Det har varit ett tufft år, men de här företagen visar vägen, sa juryns ordförande Eva Lind.\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Här är årets pristagare" and lines[1] == lead
