"""Session 13 (D2): three ways the head of a text dump was misread on fresh sites (issue #9: the headline).

1. A short interview without a lead whose first question stands right under the date line ("Tre frågor till …",
   byline, date, "Vad gjorde du innan?" / "– Jag var …"): the question stood where a dated head stands and was taken
   for the headline (headcands._interview_opens: an interview's first question, headdigest.interview_question, is no
   candidate when a headline of three words or more stands over it).
2. A cookie banner's sentence glued over the site's name, a long tagline and the menu, in one block: with the
   tagline it counted as running prose, so the block was no menu and the tagline ("Ett samarbete mellan Dalby, Ängsjö
   och Rödvik kommuner", held-out extract42) became the headline (headmenus._long_block counts only the lines the
   rules left as prose).
3. A blog theme's date line with its month first in lower case ("november 28, 2023 by Jesper Holmgren", held-out
   extract37) was joined to the headline above as a hard-wrapped line's end (wraps._dated_meta).

Every page here was written after the fixes, for invented sites; guards: a question headline over a one-question
column, a page whose head is glued under a cookie sentence without a menu, a wrapped sentence going on in lower case.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines


def test_an_interviews_first_question_under_the_date_line_is_no_headline() -> None:
    page = ("Kinnekullebladet\nNyheter\nSport\nPersonligt\n\nPersonligt\n"
            "Tre frågor till nya hamnkaptenen Sara Öst\nAv Jon Björk\n18 april 2026\n"
            "Hur hamnade du i Hällekis?\n– Jag seglade förbi en sommar och blev kvar.\n"
            "Vad blir det första du gör?\n– Muddrar inloppet, det har grundats upp.\n"
            "Vad önskar du dig av båtägarna?\n– Att de betalar hamnavgiften i tid.\n")
    article = read_dump(page)
    assert article.title == "Tre frågor till nya hamnkaptenen Sara Öst"
    assert "Hur hamnade du i Hällekis?" in spoken_lines(article)


def test_an_interview_without_a_byline_keeps_its_headline() -> None:
    page = ("Orsa Tidning\nMeny\nNyheter\nNöje\n\nNöje\nMusikern som spelar på tjugo instrument\n"
            "lördag 9 maj 2026 10.15\nVilket instrument lärde du dig först?\n– Nyckelharpan, av min farfar.\n"
            "Vilket är svårast?\n– Fagotten, utan tvekan.\nVad spelar du helst?\n– Det jag inte kan än.\n")
    article = read_dump(page)
    assert article.title == "Musikern som spelar på tjugo instrument"
    assert "Vilket är svårast?" in spoken_lines(article)


def test_guard_a_question_headline_over_a_one_answer_column_stays() -> None:
    page = ("Nerikes Lokalblad\nNyheter\nFråga veterinären\n\nFråga veterinären\n"
            "Hur ofta ska katten vaccineras?\nAnna Holm, veterinär\n3 mars 2026\n"
            "– En innekatt behöver i regel vaccin vart tredje år, en utekatt oftare.\n"
            "Prata med din veterinär om vad som passar just din katt.\n")
    assert read_dump(page).title == "Hur ofta ska katten vaccineras?"


def test_a_cookie_sentence_over_the_sites_name_and_long_tagline_is_no_head() -> None:
    page = ("Vi använder kakor för att webbplatsen ska fungera och för att föra statistik över besöken.\n"
            "Godkänn\nAnpassa\nKommunalförbundet Norra Åsen\n"
            "Vi samarbetar om vatten, avfall och räddningstjänst i fyra kommuner\nVatten\nAvfall\nKontakt\n\n"
            "Foto: Ida Berg\nDen nya återvinningscentralen i Åsby har plats för fyra bilar i taget.\n"
            "Ny återvinningscentral öppnar i Åsby på måndag\n14 april 2026\n"
            "Den nya återvinningscentralen i Åsby ersätter den gamla vid reningsverket, som stänger samtidigt.\n"
            "Öppettiderna blir längre och det går att lämna grovavfall även på lördagar.\n")
    article = read_dump(page)
    assert article.title == "Ny återvinningscentral öppnar i Åsby på måndag"
    assert "Vi samarbetar om vatten, avfall och räddningstjänst i fyra kommuner" not in spoken_lines(article)


def test_a_cookie_sentence_over_a_tagline_and_a_quoted_headline() -> None:
    page = ("Den här sidan använder kakor. Genom att surfa vidare godkänner du att vi använder kakor.\n"
            "OK\nStiftelsen Gamla Bruket\nEtt levande museum om järnet, skogen och människorna som arbetade här\n"
            "Besök\nUtställningar\nNyheter\n\nBild: Stiftelsen\nMasugnen tänds för första gången på åttio år.\n"
            "”Det luktar precis som när jag var barn”\n2 juni 2026\n"
            "När masugnen tändes i lördags stod flera hundra besökare och tittade på.\n"
            "Bland dem fanns Erik Lund, 91, som arbetade på bruket som ung.\n")
    assert read_dump(page).title == "”Det luktar precis som när jag var barn”"


def test_guard_a_head_glued_under_a_cookie_sentence_without_a_menu_stays() -> None:
    page = ("Vi använder kakor för att ge dig en bättre upplevelse av webbplatsen och våra tjänster.\nGodkänn\n"
            "Biblioteket förlänger öppettiderna under tentaperioden\n12 maj 2026\n"
            "Från den 18 maj har biblioteket öppet till klockan 22 på vardagar.\n"
            "Förlängningen gäller till och med den 14 juni.\n")
    assert read_dump(page).title == "Biblioteket förlänger öppettiderna under tentaperioden"


def test_a_month_first_date_line_with_its_writer_is_no_part_of_the_headline() -> None:
    page = ("Lindqvists Trädgård\nTjänster\nBlogg\nKontakt\nBlogg\n/\nTips\n"
            "Så beskär du äppelträdet i vinter utan att skada det\noktober 12, 2025 by Maja Lindqvist\n"
            "Tips, Fruktträd\nDet bästa tillfället att beskära ett äppelträd är under vintern, när trädet vilar.\n"
            "Ta bort döda grenar först och sedan de som korsar varandra.\n")
    article = read_dump(page)
    assert article.title == "Så beskär du äppelträdet i vinter utan att skada det"


def test_a_month_first_date_line_with_a_section_is_no_part_of_the_headline() -> None:
    page = ("Hemgården Solbacken\nHem\nAktiviteter\nNyheter\n"
            "Vi har fått en ny buss till utflykterna i sommar\njuni 3, 2026 | Nyheter\n"
            "Bussen har plats för tolv personer och en rullstol, och den första utflykten går till Omberg.\n"
            "Tack till stiftelsen som bidrog till köpet.\n")
    assert read_dump(page).title == "Vi har fått en ny buss till utflykterna i sommar"


def test_guard_a_wrapped_sentence_going_on_in_lower_case_is_joined() -> None:
    page = ("Bygdebladet\nNyheter\n\nNy styrelse i hembygdsföreningen\n4 maj 2026\n\n"
            "På årsmötet i Tuna bygdegård den sista dagen i april valde medlemmarna en helt ny\n"
            "styrelse med Anna Ek som ordförande.\n\nMötet avslutades med kaffe och tårta.\n")
    assert any("valde medlemmarna en helt ny styrelse med Anna Ek" in x for x in spoken_lines(read_dump(page)))


def test_a_five_questions_page_with_a_kicker_keeps_its_headline() -> None:
    page = ("Gnosjö Nytt\nNyheter\nFem frågor\nSport\n\nFem frågor\nFem frågor till bagaren som vann SM i kanelbullar\n"
            "Lina Holm\n2 okt. 2026\nHur länge har du bakat?\n– Sedan jag var tolv, i mammas kök.\n"
            "Vad är hemligheten?\n– Mycket smör och tålamod.\nVad händer nu?\n– Jag ska tävla i Köpenhamn i vår.\n")
    assert read_dump(page).title == "Fem frågor till bagaren som vann SM i kanelbullar"


def test_an_interview_under_a_byline_with_a_role_keeps_its_headline() -> None:
    page = ("Tranås Tidning\nNyheter\nNäringsliv\n\nHon tar över familjeföretaget efter fyrtio år\n"
            "Av Per Lund, reporter\n20 mars 2026\nVarför ville du ta över?\n– Jag har vuxit upp i fabriken.\n"
            "Vad blir svårast?\n– Att hitta folk som kan svarva.\nVad ändrar du först?\n– Ingenting den första månaden.\n")
    article = read_dump(page)
    assert article.title == "Hon tar över familjeföretaget efter fyrtio år"
    assert "Varför ville du ta över?" in spoken_lines(article)


def test_a_cookie_sentence_over_a_tagline_a_breadcrumb_and_a_kicker() -> None:
    page = ("Vi sparar kakor i din webbläsare för att sidan ska fungera och för att mäta hur den används.\n"
            "Jag förstår\nLäs mer\nRäddningstjänsten Östra Kust\nVi arbetar för ett tryggare liv i tre kommuner längs kusten\n"
            "Akut\nFörebygg\nNyheter\n\nStart\nNyheter\n\nFoto: Leo Ek\nÖvningen hölls i hamnen i Sandvik en kall morgon i mars.\n"
            "ÖVNING\nStor olycksövning med fartyg i hamnen\n12 mars 2026\n"
            "Ett hundratal personer från räddningstjänsten, polisen och ambulansen deltog i övningen i Sandviks hamn.\n"
            "Scenariot var en brand ombord på en färja med trettio passagerare.\n")
    assert read_dump(page).title == "Stor olycksövning med fartyg i hamnen"


def test_a_cookie_sentence_over_a_tagline_and_a_dated_head_without_a_picture() -> None:
    page = ("Webbplatsen använder kakor för att komma ihåg dina val och för att räkna besökare på sidorna.\n"
            "Tillåt alla\nBara nödvändiga\nFolkets Hus i Åmark\nEn mötesplats för kultur, föreningar och fest sedan 1932\n"
            "Hyr lokal\nProgram\nNyheter\n\nNu renoveras stora salongen inför hösten\n4 juni 2026\n"
            "Stora salongen stänger i sommar för en renovering av golv, scen och ljudanläggning.\n"
            "Arbetet ska vara klart till den första föreställningen i september.\n")
    assert read_dump(page).title == "Nu renoveras stora salongen inför hösten"
