"""Session 28, from blind sets extract97a, extract98, extract99 and extract100 (read after they were scored): a series'
parts listed under the article in a dump without blank lines ("Fler delar i granskningen" over "Del 1: …", "Läs del 1:
…" and "Del 3 publiceras 17 juni: …", ``serieslists._glued_series_tags``); a form field's placeholder and a search box's
heading ("Sök din kommun" / "Skriv kommunnamn …", rule ``field-placeholder``); a box of family notices under the
article's share row ("Fler familjenotiser", ``moreboxes._after_share_row``). Written after the fixes, for other sites;
the guards: the article's own numbered list between paragraphs, a subheading "Fler åtgärder" over its paragraph.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_SERIES = """Gränsbygden
Granskning
Skolskjutsarna som försvann
Var tredje elev i Dals-Ed har fått längre väg till skolan sedan kommunen drog in skolskjutsarna för två år sedan.
Av Tove Lind
5 maj 2026
Kommunen sparade 3,1 miljoner kronor när skolskjutsarna för elever som bor närmare än fyra kilometer drogs in.
– Vi hade inget val, budgeten måste gå ihop, säger barn- och utbildningsnämndens ordförande Leif Ahl.
Föräldrarna har startat ett upprop som på en vecka fick över 900 namnunderskrifter från hela kommunen.
Så gjorde vi
Vi har gått igenom kommunens beslut om skolskjuts för åren 2022–2026 och jämfört dem med elevernas adresser.
Fler delar i granskningen
Del 1: Bussarna som slutade gå
Del 2: Vägen som ingen plogar
Del 3: Publiceras 12 maj
Har du tips om skolskjutsarna?
Kontakta vår grävgrupp: granskning@gransbygden.se
Du kan vara anonym. Vi skyddar våra källor.
"""


def test_a_series_parts_under_the_article_go() -> None:
    spoken = spoken_lines(read_dump(_SERIES))
    for line in ("Fler delar i granskningen", "Del 1: Bussarna som slutade gå", "Del 3: Publiceras 12 maj"):
        assert line not in spoken
    assert any(x.startswith("Föräldrarna har startat") for x in spoken)


_OWN_LIST = """Gränsbygden
Så ska skolvägen bli säkrare
Kommunen har tagit fram en plan i tre delar för säkrare skolvägar i Dals-Ed, som ska vara klar till hösten 2027.
Av Tove Lind
5 maj 2026
Planen bygger på enkäter till föräldrar och elever som kommunen gjorde under våren, och på trafikmätningar.
Del 1: Nya övergångsställen vid skolorna
Del 2: Lägre hastighet i centrum
Del 3: Cykelbanor till byarna
Arbetet med den första delen börjar redan i sommar, och resten ska vara klart inom två år, enligt kommunen.
"""


_CALLED_PARTS = """Gränsbygden
Kontanterna som försvann
Var fjärde uttagsautomat i Dalsland har tagits bort på fem år, visar tidningens genomgång av bankernas uppgifter.
Av Tove Lind
5 maj 2026
Det här är den andra delen i vår granskning av kontanterna på landsbygden.
Läs del 1: Bankkontoren som stängde
Del 3 publiceras 12 maj: Butikerna som slutade ta kontanter
Vi har samlat in positioner för alla uttagsautomater vid utgången av varje år och räknat avstånden fågelvägen.
"""


def test_a_call_to_read_an_earlier_part_and_the_next_parts_day_go() -> None:
    spoken = spoken_lines(read_dump(_CALLED_PARTS))
    assert "Läs del 1: Bankkontoren som stängde" not in spoken
    assert "Del 3 publiceras 12 maj: Butikerna som slutade ta kontanter" not in spoken
    assert any(x.startswith("Vi har samlat in positioner") for x in spoken)


def test_the_articles_own_numbered_parts_between_paragraphs_stay() -> None:
    spoken = spoken_lines(read_dump(_OWN_LIST))
    assert "Del 2: Lägre hastighet i centrum" in spoken


_SEARCH = """Dalarnas Tidning
Data

Så långt har du till närmaste apotek – i din kommun

I glesbygden i Dalarna har avståndet till närmaste apotek ökat med i snitt fyra kilometer på fem år, visar tidningens genomgång.

Sök din kommun
Skriv kommunnamn …
Visa

Störst är ökningen i Älvdalen, där flera ombud har lagts ner sedan 2021 och det närmaste apoteket nu ligger i tätorten.

– Det är ett problem för äldre som inte kör bil, säger Karin Ås på pensionärsföreningen.
"""


def test_a_search_box_with_its_placeholder_goes() -> None:
    spoken = spoken_lines(read_dump(_SEARCH))
    assert "Sök din kommun" not in spoken and "Skriv kommunnamn …" not in spoken
    assert any(x.startswith("Störst är ökningen") for x in spoken)


_NOTICES = """Bygdebladet
Familj
Erik fyller 90 – firar med kaffe och kanelbullar i bygdegården
Erik Nordin har bott i Västerås by i hela sitt liv och har fortfarande kvar sina bin vid huset.
Av Sara Berg
3 mars 2026 06:00
Han föddes i huset där han fortfarande bor, och har aldrig flyttat längre än till grannbyn, där han gick i skola.
– Jag har haft det bra här. Varför skulle jag flytta, säger Erik Nordin och skrattar.
På söndag blir det kaffe och kanelbullar i bygdegården, och alla i byn är välkomna att komma och gratulera.
Dela
Facebook
Mejl
Kopiera länk
Fler familjenotiser
Födelsedagar
85 år
Anna Lund, Västerås by, fyller 85 år den 5 mars.
Födda
Ella, dotter till Maja och Per Holm, född den 12 februari 2026.
Döda
Gösta Ek, Norrby, 88 år.
Se alla dödsannonser
"""


def test_a_box_of_family_notices_under_the_share_row_goes() -> None:
    spoken = spoken_lines(read_dump(_NOTICES))
    assert not any("Anna Lund" in x or "Gösta Ek" in x or x == "Fler familjenotiser" for x in spoken)
    assert any(x.startswith("På söndag blir det kaffe") for x in spoken)


_MORE_MEASURES = """Bygdebladet
Vägen stängs för reparation i tre veckor
Trafikverket stänger väg 70 vid Norrby i tre veckor i april för att byta en bro som har skadats av tjälen.
Av Sara Berg
3 mars 2026
Omledningen går via Västerås by och tar ungefär tio minuter längre, enligt Trafikverket.
Fler åtgärder
Trafikverket kommer också att sänka hastigheten genom byn till 40 kilometer i timmen under arbetet.
"""


def test_a_subheading_worded_like_a_more_box_over_its_paragraph_stays() -> None:
    spoken = spoken_lines(read_dump(_MORE_MEASURES))
    assert any(x.startswith("Trafikverket kommer också") for x in spoken)
