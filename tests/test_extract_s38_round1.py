"""Session 38, round 1, from extract160 (its never-read figures taken in session 37, opened in session 38):

- a clip's title with its length in brackets at its end ("Se filmen: En rundtur i nya barnakuten (2:14)"), no
  sentence: the player's, whatever word opens it (measured first over the annotated dumps: 14 such lines, all
  boilerplate; a length's seconds are under 60, so a scale's "H0 (1:87)" is none) (``videos.clip_length_tags``);
- an ad's label naming its advertiser ("Sponsrat innehåll från Isoterm AB", "Annons från Sparbanken …"): the label,
  so its teaser under it goes with it, as under the bare "Sponsrat innehåll" (the rule table's ``ad`` row).

Written after the fixes, with other sites and words; the guards: a sentence that ends in a bracketed time, a scale's
ratio, and a paragraph that opens "Annons" as a word of its own sentence stay."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_BODY = [
    "Kommunen satsar på fler laddplatser",
    "Publicerad 4 mars 2025",
    "Under året byggs fyrtio nya laddplatser för elbilar vid kommunens parkeringar, de flesta i centrum och vid resecentrum.",
    "– Efterfrågan har ökat kraftigt de senaste två åren, och nu vill vi ligga före, säger trafikplaneraren Lena Åström.",
    "De första platserna öppnar vid simhallen redan i april, och resten ska vara klara före sommaren.",
]
_TAIL = [
    "Avgiften blir densamma som för vanlig parkering, plus ett pris per kilowattimme som sätts av elbolaget.",
    "Kommunens egna bilar ska vara eldrivna till år 2030, enligt den klimatplan som fullmäktige antog i höstas.",
    "– Vi börjar med vår egen fordonspark, och laddplatserna behövs för den också, säger Lena Åström.",
]


def test_a_clips_title_with_its_length_in_brackets_is_not_read() -> None:
    spoken = spoken_text(read_dump("\n".join([*_BODY, "Titta: Så fungerar den nya snabbladdaren (3:05)", *_TAIL])))
    assert "snabbladdaren (3:05)" not in spoken
    spoken = spoken_text(read_dump("\n".join([*_BODY, "Hela presskonferensen om laddplanen (1:02:44)", *_TAIL])))
    assert "presskonferensen" not in spoken
    assert "ett pris per kilowattimme" in spoken and "klimatplan" in spoken


def test_an_ad_label_naming_its_advertiser_takes_its_teaser() -> None:
    dump = [*_BODY, "Reklam från Elbolaget Nord", "Så väljer du rätt laddbox till villan – guide inför våren", "Läs mer",
            *_TAIL]
    spoken = spoken_text(read_dump("\n".join(dump)))
    assert "Elbolaget Nord" not in spoken and "rätt laddbox" not in spoken
    assert "ett pris per kilowattimme" in spoken


def test_guards() -> None:
    dump = [*_BODY, "Modellen i foajén är byggd i skala H0 (1:87)", "Bilden visar hur platserna vid simhallen ska se ut (karta 2:14).",
            "Annons för laddplatserna sätts upp vid infarterna, och skyltningen kostar 60 000 kronor.", *_TAIL]
    spoken = spoken_text(read_dump("\n".join(dump)))
    assert "skala H0 (1:87)" in spoken
    assert "(karta 2:14)." in spoken
    assert "skyltningen kostar 60 000 kronor" in spoken
