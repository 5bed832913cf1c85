"""Session 35, round 1, from blind sets extract132 (session 34's never-read measure, opened now: headline 100 %, leak
3.0 % (20/658), recall 0.999 at 1b12087e) and extract141 (written this session by a helper who never read the rules;
scored at 1b12087e before anyone read it: headline 91.7 %, leak 6.8 % (40/591), recall 0.985). Each phenomenon below
was written after its fix, with another site and other words; the guard beside it:

- a box of the site's own between the article's paragraphs: a short title, a sentence to the reader ("du", or opened by
  a call's imperative) and a call's button (``adslots.call_box_tags``, ``_box_title``), whatever the voice; a link's
  button to a page named by a definite noun in -n ("Till bokningskalendern");
- a verbless caption glued between paragraphs that places its subject ("Kvällssol över Långsjön …",
  ``barecaptions._placed``); a verbless sentence opened by a function word stays;
- a section's label ("Aktuellt") over the article's headline and date line is no label's run when the article's
  paragraphs open under the date line (``labelruns._opens_article``).
"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_text

from audiocast.ingest.labelruns import label_run_tags

_GYM = """Hoppa till innehåll
Friskis Norrbacka
Träna
Schema
Medlemskap
Nyheter
Nytt gym öppnar i gamla mejeriet i vår
3 februari 2025
Efter två års planering står det klart att föreningen flyttar in i det gamla mejeriet vid Ågatan, där det finns plats för både gym och två salar.
Ombyggnaden börjar i mars och beräknas vara klar till maj, enligt föreningens ordförande Henrik Sjöqvist som har lett arbetet med flytten.
– Vi har vuxit ur lokalen på Storgatan för länge sedan, och nu får vi äntligen utrymme för fler pass, säger han.
Vårens stora kampanj
Som ny medlem tränar du gratis hela mars och får en personlig introduktion på köpet.
Boka provpass
Så blir de nya lokalerna
Det nya gymmet blir drygt 600 kvadratmeter stort och får en egen avdelning för rehabträning, som har efterfrågats länge av de äldre medlemmarna.
Dessutom byggs en av salarna om för spinning, med plats för 30 cyklar och ett nytt ljudsystem.
"""


def test_a_titled_box_to_the_reader_over_a_call_button_between_paragraphs_goes() -> None:
    spoken = spoken_text(read_dump(_GYM))
    assert "Vårens stora kampanj" not in spoken
    assert "tränar du gratis" not in spoken
    assert "Boka provpass" not in spoken
    assert "Så blir de nya lokalerna" in spoken  # the article goes on under the box
    assert "vuxit ur lokalen" in spoken and "spinning" in spoken


_HALL = """Hoppa till innehåll
Bygdegården Lia
Hem
Hyr lokalen
Kalender
Kontakt
Aktuellt
Nya fönster och golv i stora salen
12 mars 2025
Under vintern har ideella krafter lagt över 400 timmar på att renovera stora salen, som inte har rustats upp sedan början av åttiotalet.
Golvet har slipats och lackats, och de gamla fönstren har bytts mot nya med treglas som ska sänka uppvärmningskostnaden rejält.
– Det blev finare än vi vågat hoppas, och nu kan vi hyra ut salen även under de kallaste månaderna, säger kassören Berit Ahl.
Hyra salen?
Boka via vår kalender och betala smidigt med Swish, från 900 kronor per dygn.
Till bokningskalendern
Arbetet har finansierats med bidrag från Boverket och kommunen, och en stor del av materialet har skänkts av lokala företag i bygden.
"""


def test_a_box_closed_by_a_link_to_a_page_named_in_n_goes() -> None:
    spoken = spoken_text(read_dump(_HALL))
    assert "Till bokningskalendern" not in spoken
    assert "Boka via vår kalender" not in spoken
    assert "finansierats med bidrag" in spoken


_OPENING = ["Under september tog stödcentrumets chatt emot 412 samtal från unga mellan tretton och tjugofem år, nästan "
            "dubbelt så många som i fjol.",
            "De flesta samtalen handlar om ensamhet och oro inför framtiden, berättar verksamhetschefen Lina Borg, som "
            "har arbetat där i tio år."]


def _under_gift_label(below: list[str]) -> list[Line]:
    return [Line("Ge en gåva", tag="drop", rule="donate", label=True), Line("Nyheter", rule="menu", p=0.02),
            Line("Fler unga söker stöd via chatten", p=0.1), Line("14 oktober 2025", tag="date"), *(Line(t, p=0.9) for t in below)]


def test_a_labels_run_down_to_the_articles_date_line_leaves_the_head() -> None:
    lines = _under_gift_label(_OPENING)
    label_run_tags(lines, lambda text: len(text.split()) <= 6)
    assert [(x.tag, x.rule) for x in lines[1:4]] == [(None, "menu"), (None, None), ("date", None)]


def test_a_listed_posts_title_and_date_under_a_label_still_go() -> None:
    lines = _under_gift_label(["Julinsamlingen slog rekord", "2 januari 2025"])
    label_run_tags(lines, lambda text: len(text.split()) <= 6)
    assert [x.rule for x in lines[1:4]] == ["label-run", "label-run", "label-run"]


_LAKE = """Fiskevårdsområdet Långsjön
Start
Fiskekort
Regler
Kontakt
Rekordmånga gäddor i vårens provfiske
Publicerad 20 maj 2025
Vårens provfiske i Långsjön gav 43 gäddor över fem kilo, vilket är fler än något år sedan mätningarna började för tjugo år sedan.
Fiskevårdsområdets ordförande Kjell Berg tror att fredningen av lekplatserna i norra viken har gett resultat.
– Vi ser att beståndet mår bra, och det är ett kvitto på att de ideella insatserna gör skillnad för hela sjön, säger han.
Kvällssol över Långsjön efter provfisket i norra viken.
Fredningen gäller från den första april till den sista maj och omfattar tre vikar, där allt fiske är förbjudet under lektiden.
Inte bara i Långsjön, utan i hela vattensystemet.
Nästa år planerar föreningen att utöka provfisket till de två mindre sjöarna uppströms, om ekonomin tillåter det.
"""


def test_a_verbless_caption_that_places_its_subject_between_paragraphs_goes() -> None:
    spoken = spoken_text(read_dump(_LAKE))
    assert "Kvällssol över Långsjön" not in spoken
    assert "Fredningen gäller" in spoken and "säger han" in spoken


def test_a_verbless_sentence_opened_by_a_function_word_stays() -> None:
    assert "Inte bara i Långsjön, utan i hela vattensystemet." in spoken_text(read_dump(_LAKE))
