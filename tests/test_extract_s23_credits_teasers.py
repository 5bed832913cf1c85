"""Session 23, from extract85 (opened): signals measured over the annotated dumps before the fixes.

- A photographer's bare name the page credits elsewhere ("Foto: Ulf Palm" in the head, "Ulf Palm" alone under a
  caption further down) is not read (:mod:`audiocast.ingest.creditnames`).
- A teaser list's titles between bare date lines ("Läs också" / title / "2 november 2024" / title / "18 oktober
  2024") are not read (:func:`audiocast.ingest.teasertitles.dated_teaser_tags`); a programme's items under their
  days are.
- Standing notices: one opinion piece's ("Insändaren ger uttryck för skribentens egna åsikter."), a call for
  nominations with the newsroom's address, a live article's note that it is updated.
- From extract87 (opened): a gambling ad's label ("SPELREKLAM") and its pitch, a post's list of topics after a colon,
  a comment button naming where the comments are, an ad's offer of two or three sentences in the head's slot.
- A newsletter box's name and its promise of news "i din inkorg"; a share row's caption with the title it shares
  ("Dela: …"); the owner's name before the site's address.

Every page here was written after the fixes, with other sites, names and dates than the pages they came from.
"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_lines

from audiocast.ingest.adslots import head_ad_tags

_PAGE = (
    "Västbo Tidning\n"
    "Nyheter\n"
    "Sport\n"
    "Kultur\n"
    "Simhallen i Gislaved stänger i ett år för renovering\n"
    "Emma Lind\n"
    "Foto: Per Hägg\n"
    "Publicerad 3 februari 2027\n"
    "Gislaveds simhall stänger i mars och öppnar först efter sommaren 2028, beslutade kommunen i går.\n"
    "{middle}"
    "Renoveringen kostar 96 miljoner kronor och omfattar nya bassänger och ett nytt reningsverk.\n"
    "– Huset är från 1974 och det mesta är uttjänt, säger fritidschefen Jonas Öst.\n"
    "{tail}"
    "Västbo Tidning, Storgatan 4, 332 30 Gislaved\n"
)


def test_a_photographers_bare_name_under_a_caption_is_not_read() -> None:
    middle = "Simhallens stora bassäng töms redan i februari.\nPer Hägg\n"
    lines = spoken_lines(read_dump(_PAGE.format(middle=middle, tail="")))
    assert "Per Hägg" not in lines
    assert "– Huset är från 1974 och det mesta är uttjänt, säger fritidschefen Jonas Öst." in lines


def test_a_name_the_page_credits_for_nothing_stays() -> None:
    middle = "Per Holm\nHan har simmat i hallen varje morgon sedan 1981 och tycker att beslutet är rätt.\n"
    lines = spoken_lines(read_dump(_PAGE.format(middle=middle, tail="")))
    assert "Han har simmat i hallen varje morgon sedan 1981 och tycker att beslutet är rätt." in lines


def test_a_dated_teaser_lists_titles_are_not_read() -> None:
    tail = ("Läs också\n"
            "Badhuset i Smålandsstenar får nytt tak\n"
            "12 januari 2027\n"
            "Politikerna oeniga om ny sporthall\n"
            "4 december 2026\n"
            "Rekordmånga simborgarmärken i somras\n"
            "28 augusti 2026\n"
            "Under stängningen får skolorna låna bassängen i Reftele två dagar i veckan.\n")
    lines = spoken_lines(read_dump(_PAGE.format(middle="", tail=tail)))
    assert "Under stängningen får skolorna låna bassängen i Reftele två dagar i veckan." in lines
    for title in ("Politikerna oeniga om ny sporthall", "Rekordmånga simborgarmärken i somras"):
        assert title not in lines


def test_a_programmes_items_under_their_days_are_read() -> None:
    middle = ("Avskedsdagarna\n"
              "14 februari\n"
              "10.00 Öppet bad för alla, fri entré\n"
              "15 februari\n"
              "13.00 Simborgarmärken delas ut i stora hallen\n"
              "16 februari\n"
              "Sista dagen bjuder kommunen på fika i entrén.\n")
    lines = spoken_lines(read_dump(_PAGE.format(middle=middle, tail="")))
    assert "10.00 Öppet bad för alla, fri entré" in lines


def test_standing_notices_are_not_read() -> None:
    for notice in ("Debattartikeln ger uttryck för skribentens egna åsikter.",
                   "Känner du någon som borde uppmärksammas? Mejla oss på tips@vastbotidning.se",
                   "Det här är en artikel som uppdateras löpande."):
        lines = spoken_lines(read_dump(_PAGE.format(middle="", tail=notice + "\n")))
        assert notice not in lines
        assert "– Huset är från 1974 och det mesta är uttjänt, säger fritidschefen Jonas Öst." in lines


def test_a_newsletter_box_between_paragraphs_is_not_read() -> None:
    middle = ("Nyhetsbrevet Gislaved i dag\n"
              "Få kommunens viktigaste nyheter direkt i din inkorg varje fredag.\n"
              "Prenumerera gratis\n")
    lines = spoken_lines(read_dump(_PAGE.format(middle=middle, tail="")))
    assert "Nyhetsbrevet Gislaved i dag" not in lines
    assert "Få kommunens viktigaste nyheter direkt i din inkorg varje fredag." not in lines
    assert "Renoveringen kostar 96 miljoner kronor och omfattar nya bassänger och ett nytt reningsverk." in lines


def test_a_share_rows_caption_is_no_headline() -> None:
    page = _PAGE.replace("Publicerad 3 februari 2027\n", "Publicerad 3 februari 2027\n"
                         "Dela: Simhallen i Gislaved stänger i ett år för renovering\nFacebook\nMejla\n")
    article = read_dump(page.format(middle="", tail=""))
    assert article.title == "Simhallen i Gislaved stänger i ett år för renovering"


def test_the_owners_name_and_address_is_not_read() -> None:
    lines = spoken_lines(read_dump(_PAGE.format(middle="", tail="")))
    assert "Västbo Tidning, Storgatan 4, 332 30 Gislaved" not in lines
    assert "– Huset är från 1974 och det mesta är uttjänt, säger fritidschefen Jonas Öst." in lines


_SPORT = (
    "Dalasporten\n"
    "Fotboll\n"
    "Hockey\n"
    "Bandy\n"
    "Annons\n"
    "{head_ad}\n"
    "Mora IK klart för kvartsfinal efter seger i sista omgången\n"
    "Publicerad 2 mars 2027 kl 21.40\n"
    "Av Jens Öhman\n"
    "Mora IK vann mot Västerås med 4–2 och tog den sista platsen i kvartsfinalen.\n"
    "Segermålet kom i tredje perioden genom backen Viktor Ståhl.\n"
    "– Vi har jobbat för det här hela säsongen, säger tränaren Lars Berg.\n"
    "{tail}"
    "Senaste nytt\n"
    "Leksand värvar målvakt från Finland\n"
)


def test_a_gambling_ads_label_and_pitch_and_a_posts_topics_are_not_read() -> None:
    tail = ("Fler artiklar om: Mora IK, Hockeyallsvenskan, Slutspel\n"
            "Kommentera på Facebook\n"
            "SPELREKLAM\n"
            "Spela på kvartsfinalen hos Nordodds – bonus upp till 500 kr. 18+\n")
    lines = spoken_lines(read_dump(_SPORT.format(head_ad="Mora Cykel – vårens nyheter här", tail=tail)))
    for gone in ("Fler artiklar om: Mora IK, Hockeyallsvenskan, Slutspel", "Kommentera på Facebook", "SPELREKLAM",
                 "Spela på kvartsfinalen hos Nordodds – bonus upp till 500 kr. 18+"):
        assert gone not in lines
    assert "– Vi har jobbat för det här hela säsongen, säger tränaren Lars Berg." in lines


def test_a_long_ad_in_the_heads_slot_is_the_ads() -> None:
    ad = "Vårens nyheter är här! Mora Cykel & Sport – öppet alla dagar 10–18 och fri service på nya cyklar. Välkommen!"
    lines = [Line("Dalasporten"), Line("Annons", tag="drop", rule="ad", label=True), Line(ad), Line("MORA"),
             Line("Mora IK klart för kvartsfinal efter seger i sista omgången"),
             Line("Mora IK vann mot Västerås med 4–2 och tog den sista platsen i kvartsfinalen.")]
    assert head_ad_tags(lines) == [2]
    sponsored = [Line("Annons", tag="drop", rule="ad", label=True), Line(ad), Line("Publicerad 2 mars 2027", tag="published")]
    assert head_ad_tags(sponsored) == []  # a sponsored article's own head: its date line under it
