"""Round 18: the headline of a dump chosen by evidence, on page kinds written to be hard for it (issue #9).

Every dump here was written after the change it tests, for fictional sites; none copies a case of
``tests/data/extract`` or of a blind set. Each phenomenon has its guard: what looks like it and stays as it is.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest import load

# A headline broken over two lines (an <h1> with a <br>, a narrow column copied): the second line opens with a
# lowercase word or a dash and a lowercase word, or the first ends in a dash. Both lines are the headline; the second is
# neither the lead nor a quote.

TWO_LINE_HEAD = (
    "Hobbysnickaren\nEn blogg om trä, verktyg och gamla möbler\n\n"
    "Start\nProjekt\nOm bloggen\n\n"
    "Torsdag 4 juni 2026\n"
    "Så lagar du en vinglig stol\n"
    "– med lim och två kilar\n"
    "Farmors köksstol hade vickat i tjugo år innan jag tog tag i den. Det tog en kväll och kostade under hundra kronor.\n"
    "Först lossade jag sitsen och knackade isär de lösa sprinten med en gummiklubba.\n"
    "Sedan rensade jag bort det gamla limmet och limmade om med vanligt trälim.\n"
    "Publicerat av Olle kl. 21:03 | 3 kommentarer\n"
)


def test_a_headlines_second_line_opened_by_a_dash_and_a_lowercase_word_is_the_headlines() -> None:
    article = _read(TWO_LINE_HEAD)
    assert article.title == "Så lagar du en vinglig stol – med lim och två kilar"
    assert article.lead is not None and article.lead.startswith("Farmors köksstol")
    assert "– med lim och två kilar" not in _spoken(article).split("\n")[1:]


def test_a_headline_wrapped_after_its_dash_or_mid_phrase_is_one_headline() -> None:
    dash_end = TWO_LINE_HEAD.replace("Så lagar du en vinglig stol\n– med", "Så lagar du en vinglig stol –\nmed")
    assert _read(dash_end).title == "Så lagar du en vinglig stol – med lim och två kilar"
    wrapped = TWO_LINE_HEAD.replace("Så lagar du en vinglig stol\n– med lim och två kilar",
                                    "Så lagar du en vinglig\nstol med lim och två kilar")
    assert _read(wrapped).title == "Så lagar du en vinglig stol med lim och två kilar"


def test_a_quote_under_the_headline_is_no_second_line() -> None:
    # Guard: a dash and a capital opens a quote, the article's first paragraph.
    dump = TWO_LINE_HEAD.replace("– med lim och två kilar\n", "– Den här stolen ska hålla i tjugo år till, säger jag.\n")
    article = _read(dump)
    assert article.title == "Så lagar du en vinglig stol"
    assert "– Den här stolen ska hålla i tjugo år till, säger jag." in _spoken(article)


def test_a_lowercase_date_or_byline_under_the_headline_is_no_second_line() -> None:
    # Guard: a date line or byline written in lowercase stands under the headline as the head's meta line (a headline
    # of five words or less: a longer one's lowercase line is a hard-wrapped paragraph's, wraps.py's matter).
    body = (
        "Föreningen Gamla Hus\nAktuellt\nKurser\nKontakt\n\n"
        "Kalkputs på timrade fasader\n"
        "{meta}\n"
        "Under två dagar i augusti lär du dig att blanda och lägga kalkbruk på en timrad fasad i Bjursås.\n"
        "Kursen leds av murarmästaren Tova Lind och kostar 1 800 kronor med lunch.\n"
        "Anmäl dig senast den 15 juli.\n"
    )
    for meta in ("fredag 12 juni 2026, Tova Lind", "av Tova Lind", "ons 10 jun 2026 09:12", "uppdaterad i går"):
        article = _read(body.format(meta=meta))
        assert article.title == "Kalkputs på timrade fasader", meta
        assert meta not in article.title


def test_a_menu_in_lowercase_is_never_joined_into_a_headline() -> None:
    # Guard: a run of short lowercase lines is a menu, however its first line looks.
    dump = (
        "Bokcirkeln Läsglädje\nstart\nträffar\nböcker vi läst\nkontakt\n\n"
        "Vi läser Moa Martinson i höst\n"
        "Höstens första träff blir den 3 september i biblioteket. Vi börjar med Kvinnor och äppelträd.\n"
        "Boken finns att låna i flera exemplar, säg till om du vill ha ett.\n"
        "Alla är välkomna, också den som inte hunnit läsa klart.\n"
    )
    article = _read(dump)
    assert article.title == "Vi läser Moa Martinson i höst"


# A section label or the site's name set in the headline's own row, cut off by a bar or a dot ("KULTUR | …", "… |
# Sitename"): the headline is the rest; a headline whose bar stands between two parts of its own stays whole.

LABEL_ROW = (
    "Trollhättans Stadsteater\nFörestållningar\nBiljetter\nOm teatern\n\n"
    "{head}\n"
    "Publicerad 21 augusti 2026\n"
    "Stadsteatern sätter upp Fröken Julie i oktober med Nora Wik i titelrollen. Premiären är den 9 oktober.\n"
    "Regissören Karl Hed flyttar handlingen till ett sommarhotell vid Göta älv på 1950-talet.\n"
    "Biljetterna släpps den 1 september.\n"
)


def test_a_section_label_in_the_headlines_row_is_cut_off() -> None:
    for head in ("KULTUR | Stadsteatern spelar Strindberg i höst", "Kultur · Stadsteatern spelar Strindberg i höst",
                 "Stadsteatern spelar Strindberg i höst | Nyheter"):
        assert _read(LABEL_ROW.format(head=head)).title == "Stadsteatern spelar Strindberg i höst", head


def test_the_sites_name_after_a_bar_in_the_headlines_row_is_cut_off(tmp_path: Path) -> None:
    dump = LABEL_ROW.format(head="Stadsteatern spelar Strindberg i höst | Trollhättans Stadsteater")
    path = tmp_path / "teater-strindberg.txt"
    path.write_text(dump, encoding="utf-8")
    assert load(path).title == "Stadsteatern spelar Strindberg i höst"


def test_a_headline_with_a_bar_between_its_own_parts_stays_whole() -> None:
    # Guards: neither side a label; or too little left after the label.
    for head in ("Strindberg i höst | Ibsen i vår", "KULTUR | Strindberg"):
        assert _read(LABEL_ROW.format(head=head)).title == head


# An obituary's head: the name, then the life's dates ("* 1932 † 2026", "Född 1941, död 2026"). The dates are no
# headline (the classifier, seeing numbers and marks, liked them better than a bare name); the name is.

OBITUARY = (
    "Församlingsbladet Rättvik\nGudstjänster\nMinnesord\nKontakt\n\n"
    "Minnesord\n"
    "Gustav Ahlberg\n"
    "{dates}\n"
    "Gustav Ahlberg, Vikarbyn, har somnat in efter en tids sjukdom. Han blev 89 år och var född och uppvuxen i byn.\n"
    "I över femtio år var han kyrkvärd och ringde i klockorna vid varje högmässa.\n"
    "Närmast sörjer hustrun Elsa och sönerna med familjer.\n"
    "Kyrkorådet genom Maj Ris\n"
)


def test_a_lifes_dates_under_a_name_make_the_name_the_headline() -> None:
    for dates in ("Född 1937, död 2026", "* 2 juni 1937 † 14 maj 2026", "1937–2026", "f. 1937 d. 2026"):
        article = _read(OBITUARY.format(dates=dates))
        assert article.title == "Gustav Ahlberg", dates
        assert article.lead is not None and article.lead.startswith("Gustav Ahlberg, Vikarbyn")
        assert dates not in _spoken(article)


def test_a_years_range_under_a_long_headline_is_no_lifes_dates() -> None:
    # Guard: a span of years under a headline of six words or more is no life's dates; the headline stays.
    dump = OBITUARY.format(dates="1937–2026").replace("Minnesord\nGustav Ahlberg\n",
                                                       "Minnesord\nTack för alla år i kyrkans tjänst, Gustav\n")
    assert _read(dump).title == "Tack för alla år i kyrkans tjänst, Gustav"


# The headline right over its picture's caption and credit ("… Foto: Namn"): the caption rules take a short title-like
# line over a credit for the picture's own title, so the page was left with a label or a fact line for headline. It
# stays a candidate, scored down; a picture's title under a dated head is still the picture's.

OVER_PICTURE = (
    "Teaterföreningen Ridån\nSpelplan\nBiljetter\nBli medlem\nRecensioner\n\n"
    "RECENSIONER\n"
    "Föreställning: Måsen, Ridån, Vänersborg, lördag 7 november\n"
    "Ensemblen gav Tjechov nytt liv på Folkets hus\n"
    "{caption}\n"
    "Åtta amatörer och en regissör från Göteborg har gjort en Måsen som både skaver och roar.\n"
    "Scenografin är enkel: en brygga, ett par stolar och en sjö som bara anas i ljuset.\n"
    "Bäst är Elin Ask som Nina, med ett sista monolog som fick salongen att tystna helt.\n"
    "Recensent: Bo Ahl\n"
)


def test_a_headline_over_its_pictures_caption_and_credit_stays_the_headline() -> None:
    for caption in ("Elin Ask som Nina i andra akten. Foto: Kim Lööv", "Foto: Kim Lööv"):
        article = _read(OVER_PICTURE.format(caption=caption))
        assert article.title == "Ensemblen gav Tjechov nytt liv på Folkets hus", caption


def test_a_pictures_title_under_a_dated_headline_is_still_the_pictures() -> None:
    # Guard: the headline with its date line stands above; the short line over the credit is the picture's title.
    dump = (
        "Teaterföreningen Ridån\nSpelplan\nBiljetter\nBli medlem\n\n"
        "Ensemblen gav Tjechov nytt liv på Folkets hus\n"
        "9 november 2026\n"
        "Elin Ask som Nina\n"
        "Foto: Kim Lööv\n"
        "Åtta amatörer och en regissör från Göteborg har gjort en Måsen som både skaver och roar.\n"
        "Scenografin är enkel: en brygga, ett par stolar och en sjö som bara anas i ljuset.\n"
    )
    article = _read(dump)
    assert article.title == "Ensemblen gav Tjechov nytt liv på Folkets hus"
    assert "Elin Ask som Nina" not in _spoken(article).split("\n")


# A row of facts over the headline (what, who, where, when: "Match: IFK Ore – Rättviks IK, Orevallen, söndag 3 maj,
# 2–1") is no headline, however near the lead; a headline led by a label and a colon stays one.

FACT_ROW = (
    "IFK Ore Fotboll\nLag\nMatcher\nTabell\nKlubben\n\n"
    "Matchrapporter\n"
    "{facts}\n"
    "{head}\n"
    "Foto: Jens Ek\n"
    "Ores damer tog sin första seger för säsongen när Rättvik besegrades med 2–1 inför 140 åskådare på Orevallen.\n"
    "Felicia Ros gav hemmalaget ledningen redan efter fem minuter och Moa Lind ökade på efter paus.\n"
    "Rättvik reducerade på straff i slutminuterna men närmare än så kom de inte.\n"
)


def test_a_row_of_facts_over_the_headline_is_no_headline() -> None:
    for facts in ("Match: IFK Ore – Rättviks IK, Orevallen, söndag 3 maj, 2–1",
                  "Division 3, Orevallen, 3 maj, 140 åskådare"):
        article = _read(FACT_ROW.format(facts=facts, head="Första segern satt till slut för Ores damer"))
        assert article.title == "Första segern satt till slut för Ores damer", facts


def test_a_headline_led_by_a_label_and_a_colon_is_no_row_of_facts() -> None:
    # Guard: one part after the colon, however many words: a headline.
    dump = FACT_ROW.format(facts="Division 3 damer", head="Matchrapport: Första segern satt till slut för Ores damer")
    assert _read(dump).title == "Matchrapport: Första segern satt till slut för Ores damer"


# A meta line the rules do not know by its words, right under the headline: a full date with a participle or the writer
# ("Besvarad 2 mars 2026 av barnmorskan Eva", "Inlagd 2026-02-11 av Pelle"). It is the head's date line: the headline
# is the line over it, and a section's description standing above that head is no lead.

ASK_THE_EXPERT = (
    "Familjecentralen Norr\nBarnhälsovård\nMödrahälsovård\nFråga barnmorskan\nKontakt\n\n"
    "Fråga barnmorskan\n"
    "Här svarar våra barnmorskor på frågor från besökare. Frågorna publiceras utan namn och kan ha kortats.\n\n"
    "Är det farligt att flyga i slutet av graviditeten?\n"
    "{meta}\n\n"
    "Fråga:\n"
    "Hej! Jag är i vecka 33 och vi har en resa bokad till min syster i Umeå. Kan jag flyga utan risk?\n"
    "Svar:\n"
    "Hej och tack för din fråga! För de flesta friska gravida går det bra att flyga fram till vecka 36.\n"
    "Kontrollera med flygbolaget, eftersom vissa vill ha ett intyg efter vecka 28. Drick mycket och gå en sväng i "
    "gången då och då.\n"
)


def test_a_dated_meta_line_under_the_headline_makes_the_line_over_it_the_headline() -> None:
    for meta in ("Besvarad 2 mars 2026 av barnmorskan Eva", "Inlagd 2026-03-02 av Eva", "Skriven den 2 mars 2026"):
        article = _read(ASK_THE_EXPERT.format(meta=meta))
        assert article.title == "Är det farligt att flyga i slutet av graviditeten?", meta
        assert article.published is not None and (article.published.month, article.published.day) == (3, 2), meta
        assert meta not in _spoken(article)


def test_a_dated_sentence_under_the_headline_is_no_meta_line() -> None:
    # Guard: a sentence with a date under the headline is the lead; a date line standing apart from any headline
    # is no anchor for the head.
    dump = ASK_THE_EXPERT.format(meta="Frågan kom in 2 mars 2026 och besvarades samma dag.")
    article = _read(dump)
    assert "Frågan kom in 2 mars 2026 och besvarades samma dag." in _spoken(article)


def test_an_events_name_with_its_date_under_a_kicker_is_no_meta_line() -> None:
    # Guard: a noun in -nad with a date ("Vårmarknad 9 maj 2026") under a kicker is a title, not the page's date line.
    dump = (
        "Bygdegården Ekbacken\nProgram\nUthyrning\nKontakt\n\n"
        "Välkommen till vår stora vårfest\n"
        "Vårmarknad 9 maj 2026\n"
        "Ett tjugotal knallar säljer hantverk, plantor och bakverk på gårdsplanen mellan klockan tio och tre.\n"
        "Kaffe och våfflor serveras i stora salen hela dagen.\n"
    )
    assert _read(dump).published is None


# A kicker over the date line and the headline under it, right above the lead ("Referat från årsmötet 2 mars" /
# "Inlagt av Stina 2026-03-04" / the headline / lead): a headline of five words or more between the date line and the
# lead is the head's; a short line there (the writer's name) is not.

KICKER = (
    "Bridgeklubben Kortet i Ludvika\nHem\nTävlingar\nResultat\nKlubbnytt\n\n"
    "Klubbnytt\n"
    "Referat från årsmötet 2 mars\n"
    "{meta}\n"
    "{below}\n"
    "Tjugosex medlemmar kom till årsmötet i Folkets hus. Mötet valde Göran Hed till ny ordförande efter Maud Lind.\n"
    "Kassören kunde redovisa ett överskott på 4 200 kronor, mest tack vare fikaförsäljningen vid tävlingarna.\n"
    "Avgiften för nästa år blir oförändrad.\n"
)


def test_a_headline_under_the_date_line_below_a_kicker_is_the_headline() -> None:
    for meta in ("Inlagt av Stina 2026-03-04", "4 mars 2026"):
        dump = KICKER.format(meta=meta, below="Ny ordförande och oförändrad avgift i Kortet")
        assert _read(dump).title == "Ny ordförande och oförändrad avgift i Kortet", meta


def test_a_name_under_the_headlines_date_line_is_no_headline() -> None:
    # Guard: a short line between the date line and the lead (the writer) leaves the headline over the date.
    dump = KICKER.format(meta="4 mars 2026", below="Stina Berg, sekreterare")
    assert _read(dump).title == "Referat från årsmötet 2 mars"


# A members' paper whose contents list (a menu) names its own column ("Kyrkoherden skriver"): the column's title right
# above its text is the headline, even though the menu holds it too; a section's name standing over another headline
# is still the section's.

CONTENTS = (
    "Församlingsbladet för Sankt Olofs församling\nNummer 2 · 2026\nI detta nummer\nKyrkoherden skriver\n"
    "Sommarens konserter\nKonfirmation\n\n"
    "{head}\n"
    "Kära församlingsbor! Sommaren står för dörren, och med den dopen, vigslarna och kvällarna i kyrkparken.\n"
    "I år firar vi att kyrkan fyller 250 år med en festhögmässa den 21 juni, och alla är välkomna på kyrkkaffe.\n"
    "Ta vara på ljuset och på varandra.\n"
    "Maria Lundh, kyrkoherde\n"
)


def test_a_columns_title_that_the_contents_list_holds_too_is_the_headline() -> None:
    article = _read(CONTENTS.format(head="Kyrkoherden skriver"))
    assert article.title == "Kyrkoherden skriver"
    assert article.lead is not None and article.lead.startswith("Kära församlingsbor!")


def test_a_section_name_the_menu_holds_over_another_headline_is_the_sections() -> None:
    # Guard: the menu's line over a headline of its own right above the text is the section's name.
    article = _read(CONTENTS.format(head="Kyrkoherden skriver\nKyrkan fyller 250 år och vi firar hela sommaren"))
    assert article.title == "Kyrkan fyller 250 år och vi firar hela sommaren"


# A headline of one or two words opening the block its text runs on in ("Loppis" over the lead, a blank line above):
# the head's place outweighs its shortness against the page's name on the top line.

def test_a_one_word_headline_opening_the_leads_block_beats_the_pages_name() -> None:
    dump = (
        "Scoutkåren Vikingarna i Täby\nHem\nAvdelningar\nBli scout\nUthyrning\n\n"
        "Loppis\n"
        "Lördagen den 9 maj har vi loppis i scoutstugan vid Ullnasjön mellan klockan tio och två.\n"
        "Allt vi tjänar går till sommarens läger i Norge. Vi tar tacksamt emot saker till försäljningen fram till torsdag.\n"
        "Korv och kaffe finns att köpa.\n"
    )
    assert _read(dump).title == "Loppis"


def test_a_short_line_opening_the_leads_block_under_a_dated_headline_is_no_headline() -> None:
    # Guard: a dated headline over it keeps its place; the short line is a subheading of the text.
    dump = (
        "Scoutkåren Vikingarna i Täby\nHem\nAvdelningar\nBli scout\n\n"
        "Scoutstugan får nytt tak före sommarens läger\n"
        "3 april 2026\n\n"
        "Bakgrund\n"
        "Taket på scoutstugan har läckt i flera år och i vintras gav det till slut vika för snön på norrsidan.\n"
        "Kommunen och en lokal stiftelse betalar tillsammans 180 000 kronor för ett nytt plåttak.\n"
    )
    assert _read(dump).title == "Scoutstugan får nytt tak före sommarens läger"


# The headline right after an ad's "Läs mer" with a blank line between (the teaser rule took the title-like line after a
# "Läs mer" for the sponsored teaser's title): the box ended at its link, so the line is the next block's, a candidate
# like any other; a teaser's title glued under its "Läs mer" is still the teaser's.

AD_ABOVE = (
    "Gotlands Tidningar\nNyheter\nSport\nNöje\nE-tidning\n\n"
    "Annons\n"
    "Slite Trädgård – pelargonmässa hela helgen!\n"
    "Läs mer\n\n"
    "{head}"
    "Färjan till Fårö går inte i kväll\n"
    "Nyheter · 8 juni 2026 · Olle Gran\n"
    "Fårösundsfärjan står still efter ett fel på rampen. Trafikverket räknar med att den går igen i morgon bitti.\n"
    "Den som måste till eller från Fårö i kväll kan åka med den mindre färjan Ada, som tar tolv bilar.\n"
    "Väntetiden väntas bli lång.\n"
)


def test_a_headline_right_after_an_ads_read_more_is_the_headline() -> None:
    article = _read(AD_ABOVE.format(head=""))
    assert article.title == "Färjan till Fårö går inte i kväll"


def test_a_sponsored_teasers_title_after_its_read_more_is_not_the_headline() -> None:
    # Guard: the teaser's own title after "Läs mer", then the article's dated headline: the headline wins.
    dump = AD_ABOVE.format(head="Pelargoner i alla färger på Slite Trädgård\n\n").replace(
        "Nyheter · 8 juni 2026 · Olle Gran\n", "8 juni 2026\n")
    article = _read(dump)
    assert article.title == "Färjan till Fårö går inte i kväll"


# A one-sentence notice in a box of its own right over the headline ("Den här texten är maskinöversatt."), with nothing
# headline-like above it: it is no lead (the classifier cannot tell, and it may share a word with the text); the line
# under it, opening running prose, is the headline. A lead under its own headline is never asked about.

NOTICE_OVER_HEAD = (
    "Sandvikens kommun\nBo och leva\nSkola\nOmsorg\nKommun och politik\n\n"
    "{notice}\n\n"
    "Badplatsen vid Öjaren får ny brygga\n"
    "Den gamla bryggan vid Öjarens badplats rivs i april och ersätts av en bredare brygga med ramp för rullstol.\n"
    "Arbetet ska vara klart till skolavslutningen. Under bygget är stranden öppen men bryggan avstängd.\n"
    "Bryggan kostar 1,1 miljoner kronor och betalas delvis med bidrag från Boverket.\n"
)


def test_a_one_sentence_notice_in_its_own_box_over_the_headline_is_no_lead() -> None:
    for notice in ("Den här texten är maskinöversatt och kan innehålla fel.",
                   "Sidan är ett arkiv och uppdateras inte längre.",
                   "Observera att informationen på den här sidan kan vara inaktuell för bryggan."):
        article = _read(NOTICE_OVER_HEAD.format(notice=notice))
        assert article.title == "Badplatsen vid Öjaren får ny brygga", notice
        assert article.lead is not None and article.lead.startswith("Den gamla bryggan"), notice
        assert notice not in _spoken(article)


def test_a_lead_under_its_headline_over_a_subheading_stays_the_lead() -> None:
    # Guard: a headline above the one-sentence paragraph: the paragraph is its lead, the line under it a subheading.
    dump = (
        "Sandvikens kommun\nBo och leva\nSkola\nOmsorg\n\n"
        "Badplatsen vid Öjaren får ny brygga\n\n"
        "Den gamla bryggan vid Öjarens badplats rivs i april och ersätts av en bredare.\n\n"
        "Ramp för rullstol och barnvagn\n"
        "Den nya bryggan får en ramp så att alla kan ta sig ut till den djupare delen av sjön utan trappor.\n"
        "Arbetet ska vara klart till skolavslutningen. Under bygget är stranden öppen men bryggan avstängd.\n"
    )
    article = _read(dump)
    assert article.title == "Badplatsen vid Öjaren får ny brygga"
    assert article.lead == "Den gamla bryggan vid Öjarens badplats rivs i april och ersätts av en bredare."


def test_the_headline_a_blank_line_under_a_sponsored_boxs_link_is_the_headline() -> None:
    for link in ("Läs mer här", "Läs mer", "Se erbjudandet"):
        assert _read(SPONSORED_ABOVE.replace("Läs mer här", link)).title == "Ny vårdcentral i Jämjö öppnar i mars", link


SPONSORED_ABOVE = (
    "Sydöstran\nNyheter\nSport\nKultur\n\n"
    "Sponsrat innehåll\n"
    "Så sparar du på elräkningen i vinter\n"
    "Läs mer här\n\n"
    "Ny vårdcentral i Jämjö öppnar i mars\n"
    "Av Lina Berg\n"
    "5 januari 2027\n"
    "Regionen öppnar en ny vårdcentral i Jämjö den 2 mars. Den ersätter den gamla mottagningen i Ramdala.\n"
    "Vårdcentralen får fyra läkare och en barnavårdscentral.\n"
)


def test_a_title_glued_under_a_sponsored_boxs_link_stays_the_boxs() -> None:
    # Guard: no blank line after the "Läs mer": the title under it is the sponsored box's, not a candidate.
    dump = (
        "Sydöstran\nNyheter\nSport\nKultur\n\n"
        "Ny vårdcentral i Jämjö öppnar i mars\n"
        "5 januari 2027\n\n"
        "Sponsrat innehåll\n"
        "Läs mer\n"
        "Så sparar du på elräkningen i vinter\n\n"
        "Regionen öppnar en ny vårdcentral i Jämjö den 2 mars. Den ersätter den gamla mottagningen i Ramdala.\n"
        "Vårdcentralen får fyra läkare och en barnavårdscentral.\n"
    )
    article = _read(dump)
    assert article.title == "Ny vårdcentral i Jämjö öppnar i mars"
    assert "Så sparar du på elräkningen i vinter" not in _spoken(article)


# A dump that lost all its blank lines (some browsers' copy): the page is one block, so "a run of short lines" must be
# bounded by running prose and date lines instead, or the headline stands "in the menu" with everything else. The
# last line of four words or more over the prose is the head's, not a menu item's.

NO_BLANKS = (
    "Välkommen till Hembygdsföreningen Gamla Tingshuset i Orsa\n"
    "Hem\nBesök oss\nKalender\nArkiv\nBli medlem\nVarukorg (2)\nKontakt\n"
    "Aktuellt\n"
    "{head}"
    "Vi har fått 40 000 kronor från Länsstyrelsen för att lägga om taket på tingshusets flygel i sommar.\n"
    "Publicerad 12 maj 2026\n"
    "Arbetet görs av en takläggare från Mora, och föreningens medlemmar hjälper till med rivningen.\n"
    "Vad händer med utställningen?\n"
    "Flygeln är stängd för besökare under juni, och utställningen om tingslaget flyttar till huvudbyggnaden.\n"
    "Styrelsen\n"
)


def test_a_headline_in_a_dump_without_blank_lines_is_not_a_menu_item() -> None:
    for head in ("Nytt tak på tingshusets flygel\n", "Nytt tak på tingshusets gamla flygel i sommar\n"):
        article = _read(NO_BLANKS.format(head=head))
        assert article.title == head.strip(), head
        assert article.lead is not None and article.lead.startswith("Vi har fått 40 000 kronor")


def test_a_welcome_line_in_a_dump_without_blank_lines_is_no_headline() -> None:
    # Guard: the site's welcome line on top and the menu's short items are still no headline.
    article = _read(NO_BLANKS.format(head="Taket på flygeln\n"))
    assert not article.title.startswith("Välkommen")


# The head's tool row between its parts ("Lyssna på artikeln" / "4 min", "Dela" / "Facebook" / "Kopiera länk") is no
# distance: the headline stays beside its date line and over its lead. A picture's caption is no tool row: a banner line
# over a picture above the head stays apart from the head's date line.

SHOP_GUIDE = (
    "Bokhandeln Läslust – din bokhandel i Nyköping\nFri frakt över 249 kr\nHämta i butik samma dag\nLogga in\n"
    "Mina sidor\nVarukorg (0)\nSök bland 40 000 böcker\nSkönlitteratur\nDeckare\nBarn & unga\nFakta\nLjudböcker\n"
    "Presenter\nTips\nKampanjer\n\nTips\nHöstens läsning\n"
    "Tio romaner att läsa när mörkret kommer\n"
    "{tools}"
    "Hösten är romanernas tid. Vi har bett personalen i butiken välja var sin bok att krypa upp i soffan med.\n"
    "Senast uppdaterad: 2 oktober 2026\n"
    "Listan blandar nya titlar med gamla favoriter, och alla finns i butiken och i webbshopen.\n"
    "Först ut är Elin Sand, som valt en tjock släktroman från Norrbotten som utspelar sig under hundra år.\n"
)


def test_a_tool_row_between_the_headline_and_its_lead_is_no_distance() -> None:
    # The head is told by the date line two lines under the headline once the tool row is passed over; else the shop's
    # counter item ("Varukorg (0)") was taken for the lead and the shop's name for the headline.
    for tools in ("Lyssna på artikeln\n3 min\n", "Dela\nFacebook\nKopiera länk\n", "Lyssna\nDela\nSkriv ut\n"):
        article = _read(SHOP_GUIDE.format(tools=tools))
        assert article.title == "Tio romaner att läsa när mörkret kommer", tools
        assert article.lead is not None and article.lead.startswith("Hösten är romanernas tid."), tools


def test_a_pictures_caption_between_a_banner_and_the_head_keeps_them_apart() -> None:
    # Guard: a banner line over a picture (caption and credit), then the headline with its byline and date: the banner is
    # not brought beside the date line by the caption.
    dump = (
        "Frivilliga Resursgruppen Kalix\nStart\nUtbildningar\nBli medlem\n\n"
        "Anmälan till vårens grundkurs är öppen – se nyhet nedan\n\n"
        "Bild: Frivilliga vid uppsamlingsplatsen i Töre, mars 2026.\n"
        "Övning i Töre samlade fyrtio frivilliga\n"
        "Skrivet av Lena Björk\n"
        "Publicerad: 9 mars 2026\n\n"
        "I lördags övade FRG Kalix tillsammans med räddningstjänsten att ta hand om evakuerade vid en stor brand i Töre.\n"
        "Övningen pågick i sex timmar och avslutades med en genomgång i bygdegården.\n"
    )
    assert _read(dump).title == "Övning i Töre samlade fyrtio frivilliga"


# The headline right over its picture's caption and credit, the head going on under them (a date line, a byline or the
# lead): it is the headline, a candidate like any other, so that the head is found - else a menu's counter item or
# the site's name stood for head and lead. A picture's title right under a headline stays the picture's.

BOAT = (
    "Åsele Hembygdsförening\nHem\nGammelgården\nKalender\nVarukorg (0)\nKontakt\n\n"
    "Aktuellt\n"
    "{head}"
    "{caption}\n"
    "{meta}"
    "Efter två vintrar i verkstaden ligger föreningens kyrkbåt åter i Storsjön. Tio medlemmar har bytt bord och tjärat.\n"
    "Båten byggdes 1887 och rymmer tjugo roddare. I sommar ror vi till midsommarfirandet i Gafsele.\n"
    "Den som vill ro får gärna höra av sig till styrelsen.\n"
)


def test_the_headline_over_its_pictures_caption_with_the_head_going_on_under_it_is_the_headline() -> None:
    for caption in ("Kyrkbåten vid bryggan i Åsele. Foto: Per Lund", "Medlemmar bär båten till vattnet. Foto: Per Lund"):
        for meta in ("", "12 juni 2026\n", "Av Eva Sjö\n"):
            article = _read(BOAT.format(head="Kyrkbåten är tillbaka i sjön\n", caption=caption, meta=meta))
            assert article.title == "Kyrkbåten är tillbaka i sjön", (caption, meta)
            assert article.lead is not None and article.lead.startswith("Efter två vintrar"), (caption, meta)


def test_a_pictures_title_right_under_its_headline_stays_the_pictures() -> None:
    # Guard: a headline-like line right above the picture's title: the title is the picture's.
    dump = BOAT.format(head="Kyrkbåten är tillbaka i sjön efter två vintrar\nRoddarna vid bryggan\n",
                       caption="Foto: Per Lund", meta="12 juni 2026\n")
    article = _read(dump)
    assert article.title == "Kyrkbåten är tillbaka i sjön efter två vintrar"
    assert "Roddarna vid bryggan" not in _spoken(article)


# The article's head set as one block of short lines (a section label, the headline, the writer's name, the date and
# update lines): a run with a date line in it is the head, not a menu, so its headline is not scored down as a menu
# item - a weather line beside the page's own date on top was read instead.

HEAD_BLOCK = (
    "Västerbottningen\nNyheter\nSport\nKultur\nFamilj\nE-tidning\nMina sidor\n\n"
    "Torsdag 3.12.2026\nUmeå −4 °C\n\n"
    "Lokalt\n"
    "{head}\n"
    "Maria Berg\n"
    "3.12.2026 08:10\n"
    "Uppdaterad 3.12.2026 09:40\n\n"
    "Byggfirman har fått problem med grunden och räknar nu med att vara färdig först hösten 2028.\n\n"
    "Kommunen har redan flyttat de gamla från det förra huset och måste nu hyra tillfälliga platser i Obbola.\n"
    "– Det är förstås olyckligt, säger socialnämndens ordförande Eva Sund.\n"
)


def test_a_headline_in_a_head_block_with_its_date_line_is_no_menu_item() -> None:
    for head in ("Nytt äldreboende i Holmsund blir klart ett år för sent", "Äldreboendet försenas – igen",
                 "Förseningen drabbar de äldsta"):
        assert _read(HEAD_BLOCK.format(head=head)).title == head


def test_a_menu_block_without_a_date_line_is_still_a_menu() -> None:
    # Guard: the page's menu (short lines, no date line) still counts against its lines.
    article = _read(HEAD_BLOCK.format(head="Äldreboendet försenas – igen"))
    assert article.title not in {"Nyheter", "Mina sidor", "Västerbottningen", "E-tidning"}


def test_a_writers_credit_between_the_byline_and_the_lead_is_no_headline_under_a_kicker() -> None:
    # Guard for KICKER_HEAD_WORDS: a long credit line ('Sammanställt av …') between the head's byline and the lead is
    # the writer's, and the headline over the byline stays.
    dump = (
        "Svampklubben Kantarellen\nHem\nExkursioner\nRapporter\nMedlemskap\n\n"
        "Höstens fynd i Hälleskogsbrännan\n"
        "Av Per Ström\n"
        "{credit}\n"
        "Under tre exkursioner i september hittade vi över sextio arter, flera av dem sällsynta i landskapet.\n"
        "Mest uppmärksamhet fick en brandmörkel som ingen i klubben sett förut.\n"
    )
    for credit in ("Sammanställt av Lena Hök, exkursionsledare", "Text av Lena Hök och Per Ström"):
        assert _read(dump.format(credit=credit)).title == "Höstens fynd i Hälleskogsbrännan", credit
