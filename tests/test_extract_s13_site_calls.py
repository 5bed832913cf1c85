"""Session 13 (D2): the site's standing call to send something in, under the article's end (issue #9: boilerplate
read aloud; sitecalls.py).

Held-out sets read a newsroom's call under its letters ("Vill du också skriva en insändare? Max 2 000 tecken. Skicka
till insandare@…", extract33; "Skriv en insändare" over "Vill du tycka till? Skicka din insändare till …", extract40;
"Så skriver du en insändare", extract38), its notices ("Skicka in din föreningsnotis", extract33) and its portraits
("Är du också nyinflyttad? Hör av dig till …", extract34). The signal is the shape and the place: a line speaking to
the reader with an e-mail address, set apart (its own heading speaking to the reader or opened by a verb of sending,
or alone between blank lines where blank lines part boxes), in other words than the article's, with nothing of the
article under it. Every page here was written after the fix, for invented sites; the guards are the article's own
calls: one glued under its text, a closing section in the article's words, a call with the article going on below.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Vetlanda Nu\nNyheter\nSport\nFamilj\nÅsikter\n\n"
_END = "\nDela artikeln\nKopiera länk\n\nVetlanda Nu\nAnsvarig utgivare: Karin Holm\n"


def _page(title: str, body: str, after: str) -> str:
    return _TOP + f"{title}\nPublicerad 12 maj 2026\n{body}" + after + _END


_LETTER = ("Gång- och cykelvägen vid Stensjön har varit avstängd sedan i höstas.\n"
           "Vi som bor i Ökna måste nu gå längs landsvägen för att ta oss till skolan.\n"
           "Snälla, öppna vägen innan någon blir påkörd.\nOrolig förälder i Ökna\n")


def test_a_call_for_letters_under_its_heading_goes() -> None:
    page = _page("Öppna cykelvägen vid Stensjön", _LETTER,
                 "\nSå skickar du en insändare\nMejla din text till asikt@vetlandanu.se. Högst 2 500 tecken. "
                 "Ange namn och telefonnummer.\n")
    lines = spoken_lines(read_dump(page))
    assert "Orolig förälder i Ökna" in lines
    assert not any("asikt@vetlandanu.se" in x for x in lines)
    assert "Så skickar du en insändare" not in lines


def test_a_call_alone_between_blank_lines_goes() -> None:
    page = _page("Elsa och Viktor gifte sig i Nävelsjö kyrka",
                 "Elsa Berg och Viktor Sand vigdes i Nävelsjö kyrka i lördags.\n"
                 "Middagen hölls i bygdegården med åttio gäster.\nBröllopsresan går till Madeira.\n",
                 "\nHar ni också gift er? Skicka en bild och några rader till familj@vetlandanu.se.\n")
    lines = spoken_lines(read_dump(page))
    assert "Bröllopsresan går till Madeira." in lines
    assert not any("familj@vetlandanu.se" in x for x in lines)


def test_a_call_for_results_opened_by_a_verb_of_sending_goes() -> None:
    page = _page("Vetlanda BK tog första segern",
                 "Vetlanda BK vann mot Eksjö med 3–1 i söndagens match på Ekängen.\n"
                 "Två av målen gjorde nyförvärvet Adam Lind.\nNästa match spelas borta mot Nässjö.\n",
                 "Rapportera din match\nHar ditt lag spelat? Mejla resultat och målskyttar till sporten@vetlandanu.se.\n")
    lines = spoken_lines(read_dump(page))
    assert "Nästa match spelas borta mot Nässjö." in lines
    assert not any("sporten@vetlandanu.se" in x for x in lines)
    assert "Rapportera din match" not in lines


def test_a_call_for_tips_under_a_heading_to_the_reader_goes() -> None:
    page = _page("Ny pizzeria öppnar på Storgatan",
                 "I lokalen där skobutiken låg öppnar en pizzeria i juni.\n"
                 "Ägarna driver redan en restaurang i Sävsjö.\n– Vi har letat lokal i två år, säger Omar Ali.\n",
                 "\nVet du något vi borde skriva om?\nTipsa redaktionen på tips@vetlandanu.se eller ring 0383-120 00.\n")
    lines = spoken_lines(read_dump(page))
    assert "– Vi har letat lokal i två år, säger Omar Ali." in lines
    assert not any("tips@vetlandanu.se" in x for x in lines)


def test_guard_the_articles_own_call_glued_under_its_text_stays() -> None:
    call = "Vill du sjunga med? Mejla körledaren på koren@vetlandakyrka.se före den 1 juni."
    page = _page("Kyrkokören söker fler tenorer",
                 "Kyrkokören i Vetlanda har fått så många sopraner att den nu söker fler tenorer och basar.\n"
                 "Kören övar på torsdagar och sjunger i högmässan en gång i månaden.\n" + call + "\n", "")
    assert call in spoken_lines(read_dump(page))


def test_guard_a_closing_section_in_the_articles_words_stays() -> None:
    call = "Mejla din ansökan om bidraget till kultur@vetlanda.se senast den 30 september."
    page = _page("Nu kan du söka kulturbidrag för hösten",
                 "Föreningar och enskilda kan söka kommunens kulturbidrag för hösten.\n"
                 "Bidraget är högst 20 000 kronor och ska gå till ett arrangemang som är öppet för alla.\n",
                 "\nSå söker du bidraget\n" + call + "\n")
    assert call in spoken_lines(read_dump(page))


def test_guard_a_call_with_the_article_going_on_below_stays() -> None:
    call = "Har du minnen från dansbanan? Mejla dem till hembygd@oknabygd.se."
    page = _page("Dansbanan i Ökna fyller hundra år",
                 "Dansbanan vid sjön byggdes 1926 av ortens ungdomsförening.\n"
                 "På femtiotalet kom folk från hela länet för att dansa här varje lördag.\n",
                 "\nMinnen sökes\n" + call + "\nJubileet firas med dans till levande musik den 14 juni.\n"
                 "Föreningen bjuder på kaffe och kaka till alla som kommer.\n")
    assert call in spoken_lines(read_dump(page))


def test_guard_an_organisations_own_call_in_its_words_stays() -> None:
    call = "Har du frågor om lägret? Mejla lägerledningen på lager@ifkasby.se eller ring kansliet."
    page = ("IFK Åsby\nFotboll\nLäger\nNyheter\n\nSommarlägret för barn fylls snabbt\nPublicerad 3 maj 2026\n"
            "Över hundra barn har redan anmält sig till sommarens fotbollsläger på Åsbyvallen.\n"
            "Lägret pågår i fem dagar och är öppet för barn födda 2014 till 2018, även de som inte spelar i klubben.\n"
            "Frågor om lägret och anmälan tar kansliet emot hela veckan.\n"
            "\nFrågor om lägret\n" + call + "\n" + _END)
    assert call in spoken_lines(read_dump(page))
