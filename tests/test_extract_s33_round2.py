"""Session 33, round 2, from blind set extract124 (12 dumps written at the session's start, scored at f903e202:
headline 91.7 %, leak 4.5 % (28/626), recall 0.996; after the round 100 %, 1.3 % (8/626), 0.996). Each phenomenon
written after its fix, with another site and words; the guard beside it:

- an age gate over the page ("Du måste ha fyllt 20 år …", "Jag har fyllt 20 år"): a consent dialog, its heading with
  it, never the headline (rule ``age-gate`` and ``consentbox``); an article about age limits is read;
- Instagram's embed with the platform's link over the post and the poster's line under it ("Ett inlägg delat av …"):
  the post's text goes with its chrome (``embedboxes._account``); the article's line introducing the post stays;
- the site's call under the writer's sign-off ("Vill du bli …?" over its text and a link): the page's pitch
  (``pitchbox._closes_article``); the article's own last section to the reader stays;
- a share row's button with its icon ("♡ Spara");
- a viewer among the paragraphs told by its run of controls ("⏮", "◀", "▶", "⏭"): its name and labels over the run and
  its buttons under it (``bodywidgets.control_widget_tags``); the article's subheading under it stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_WINERY = """Välkommen till Vingården Solberga
Du måste ha fyllt 20 år för att besöka den här webbplatsen.
Jag har fyllt 20 år
Jag är under 20 år
Vingården Solberga
Våra viner
Besök oss
Provningar
Blogg
Kontakt
🛒 0
Blogg
Odling
Nyheter
Från vingården
Från vingården
Första skörden av solaris gav 900 flaskor
2 oktober, 2024
av Karin Solberg
2 kommentarer
I helgen plockade vi de sista druvorna på södra sluttningen, och för första gången räcker skörden till ett eget vin.
Solaris är en druva som klarar det svenska klimatet, och de första stockarna planterades för fem år sedan.
– Vi trodde inte att det skulle gå så fort. Sommaren var varm och torr, och druvorna mognade tidigt, säger Karin Solberg.
Vinet ska ligga på tank under vintern och buteljeras i april.
"""


def test_an_age_gate_is_a_dialog_and_never_the_headline() -> None:
    article = read_dump(_WINERY)
    spoken = spoken_text(article)
    assert article.title == "Första skörden av solaris gav 900 flaskor"
    assert "20 år" not in spoken and "Välkommen till" not in spoken and "Våra viner" not in spoken


def test_an_articles_sentence_on_an_age_limit_is_read() -> None:
    dump = _WINERY.replace("Vinet ska ligga på tank under vintern och buteljeras i april.",
                           "Du måste ha fyllt 20 år för att köpa vinet, som säljs i gårdsbutiken från maj.")
    assert "Du måste ha fyllt 20 år för att köpa vinet" in spoken_text(read_dump(dump))


_CHOIR = """Kammarkören Cantus
Start
Konserter
Nyheter
Julkonserten fick stående ovationer
12 december 2024
Kammarkörens julkonsert i Domkyrkan lockade fler än 600 besökare, och publiken reste sig efter sista sången.
Programmet blandade gamla julsånger med två nyskrivna verk av tonsättaren Eva Lind.
– Det var en av de finaste kvällarna vi har haft, säger dirigenten Per Holm.
Visa det här inlägget på Instagram
Ett inlägg delat av Kammarkören Cantus (@kammarkorencantus)
kammarkorencantus
Tack alla som kom! ✨ Vilken kväll i Domkyrkan, vi är helt tagna. Vi ses i vår! #julkonsert #kör
Visa fler inlägg på Instagram
Gilla
Kommentera
Dela
Spara
312 gilla-markeringar
Sopranen Lisa Ek, 19, sjöng sitt första solo med kören.
– Jag var så nervös att jag knappt kände benen, men när musiken började försvann allt annat, säger hon.
Påsk med barockorkester
Nästa konsert är påskkonserten i april, då kören framför Bachs Johannespassion tillsammans med en barockorkester.
Biljetterna släpps den 1 mars och brukar ta slut på några dagar.
"""


def test_a_posts_text_between_its_poster_line_and_the_platforms_link_goes() -> None:
    spoken = spoken_text(read_dump(_CHOIR))
    assert "Bachs Johannespassion" in spoken
    assert "Vilken kväll i Domkyrkan" not in spoken


_CLUB = """Ekbyns Ryttarförening
Hem
Ridskola
Nyheter
Ridlägret blev fullbokat på en dag
3 april 2025
Sommarens ridläger för barn mellan nio och fjorton år blev fullbokat på mindre än ett dygn efter att anmälan öppnade.
Lägret pågår i fem dagar i juli, och deltagarna bor i stallets övervåning.
– Vi har aldrig haft så stort intresse. Vi ska försöka ordna ett extra läger i augusti, säger ridlärarinnan Maja Berg.
Den som vill stå på väntelistan kan mejla ridskolans kansli.
Maja Berg, ridlärare
Vill du bli stallvärd?
Som stallvärd hos oss får du lära dig allt om hästskötsel och blir en del av ett härligt gäng. Vi söker fler vuxna till helgerna.
Läs mer om att bli stallvärd
Dela
Facebook
Fler nyheter
Nya boxar i stallet
"""


def test_the_sites_call_under_the_writers_sign_off_goes() -> None:
    spoken = spoken_text(read_dump(_CLUB))
    assert "kan mejla ridskolans kansli." in spoken
    assert "Vill du bli stallvärd?" not in spoken and "Som stallvärd hos oss" not in spoken


_GUIDE = """Visit Ekö
Se & göra
Äta
Bo
Höstlovet på Ekö: fem tips för hela familjen
Uppdaterad 20 oktober 2024
Pumpor, spökvandring och fika i vedeldad bagarstuga. Här är vår guide till höstlovet på Ekö.
♡ Spara
🔗 Kopiera länk
Spökvandringen i gamla stan går varje kväll under höstlovet och passar barn från sju år.
I bagarstugan vid hamnen bakas tunnbröd på lördagen, och barnen får forma sina egna bröd.
Pumpautställningen på Ekö gård har över hundra sorter, och den största pumpan väger mer än 300 kilo.
"""


def test_a_share_rows_buttons_with_their_icons_are_not_read() -> None:
    spoken = spoken_text(read_dump(_GUIDE))
    assert "300 kilo" in spoken
    assert "Spara" not in spoken and "Kopiera länk" not in spoken


_CHESS = """Schackklubben Löparen
Hem
Nyheter
Nyheter
Ny klubbmästare i blixt efter sista ronden
14 februari 2025
Blixtmästerskapet avgjordes först i sista ronden, där Oskar Ek vann med svart mot förra årets mästare Lena Sund.
Partiet öppnades med siciliansk försvar, och efter tjugo drag hade Oskar Ek fått ett starkt grepp om centrum.
Finalpartiet
Ek, O (1720) – Sund, L (1855)
Blixt-KM 2025, rond 9
⏮
◀
▶
⏭
Byt sida
Ladda ner PGN
Ungdomarna tar över
Oskar Ek är sexton år och har spelat i klubben sedan han var åtta. Han är den yngsta klubbmästaren i blixt någonsin.
– Jag spelar mest blixt på nätet, så det här var min tid, säger han.
"""


def test_a_viewers_name_and_buttons_around_its_controls_are_not_read() -> None:
    spoken = spoken_text(read_dump(_CHESS))
    assert "fått ett starkt grepp om centrum." in spoken and "Ungdomarna tar över" in spoken
    assert "Finalpartiet" not in spoken and "rond 9" not in spoken and "Byt sida" not in spoken
