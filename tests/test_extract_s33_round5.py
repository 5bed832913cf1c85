"""Session 33, round 5, from blind set extract129 (12 dumps written during round 4, scored at f903e202 and after round
4, identical: headline 100 %, leak 3.9 % (20/508), recall 0.996; after the round 100 %, 0.8 % (4/508), 0.995). Each
phenomenon written after its fix, with another site and words; the guard beside it:

- quote cards on two lines each, the quote and under it its source after a dash, two or more under a short heading
  (``testimonials.split_card_tags``); one such card, the article's pull quote with its speaker, stays;
- "Instagram" in a share row;
- a blog theme's line naming the post's category and tags (rule ``post-meta``), a note that the picture is another
  occasion's (rule ``picture-note``), a link's label on its own line (rule ``link-label``), a map's credit
  ("Karta: …", ``picturelines``);
- a post glued in with its platform before its date ("Facebook · 23 december") and its buttons in one row
  (``embedboxes._STAMP``, ``embedboxes._BUTTON_ROW``).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_THEATRE = """Teater Ekudden
Föreställningar
Biljetter
Nyheter
Nyheter
Sommarens pjäs får premiär i juli
3 maj 2025
Teater Ekudden spelar i sommar Molières Den girige i parken vid Ekudden, med premiär den 4 juli.
Regissören Lars Öst har flyttat handlingen till en badort på femtiotalet, med jazz och glass på bryggan.
– Det är en pjäs om pengar och kärlek, och det blir aldrig omodernt, säger Lars Öst.
Biljetterna släpps den 15 maj, och förra sommaren sålde nästan alla föreställningar slut.
Den girige
Fritt efter Molière
Regi: Lars Öst
Medverkande: Karin Ek, Olle Sand, Maja Lund
Speltid: 4 juli–10 augusti 2025, torsdag–lördag kl 19.00
Dela
Facebook
Instagram
Kopiera länk
Köp biljett
Fre 4 juli 19.00 – Premiär – Få platser kvar
Lör 5 juli 19.00 – Biljetter finns
Tors 10 juli 19.00 – Biljetter finns
Visa alla datum
Vad publiken sa förra året
”Den roligaste kvällen på hela sommaren.”
– Ekbladet om ”Trettondagsafton”, 2024
”Ekudden är en pärla bland sommarscenerna.”
– Kulturbloggen Ridå
Fler nyheter
Ny kiosk i parken
"""


def test_quote_cards_on_two_lines_under_their_heading_are_not_read() -> None:
    spoken = spoken_text(read_dump(_THEATRE))
    assert "sålde nästan alla föreställningar slut." in spoken
    assert "Regi: Lars Öst" in spoken
    assert "Vad publiken sa" not in spoken and "pärla" not in spoken and "Kulturbloggen" not in spoken
    assert "Instagram" not in spoken and "Biljetter finns" not in spoken


_INTERVIEW = """Ekbladet
Kultur
Hon skriver om sin hembygd
12 mars 2025
Författaren Maria Sund har skrivit en roman om byn där hon växte upp, och den har redan sålt i tiotusen exemplar.
Boken handlar om tre systrar som tar över en lanthandel på sextiotalet, när byn långsamt töms på folk.
”Jag ville skriva om dem som stannade kvar.”
– Maria Sund, författare
Hon skrev boken under fyra vintrar i ett uthyrt torp, långt från telefon och internet.
Nu planerar hon en uppföljare om systrarnas barn, som flyttar till staden på sjuttiotalet.
"""


def test_one_quote_on_two_lines_between_the_paragraphs_stays() -> None:
    assert "”Jag ville skriva om dem som stannade kvar.”" in spoken_text(read_dump(_INTERVIEW))


_HUNT = """Jaktlaget Norrskogen
Hem
Om laget
Jaktlaget Norrskogen
Första veckan gav tre älgar
Publicerat 14 oktober 2025 av Per Ek
Första veckan av älgjakten gav tre djur, två kalvar och en ko, och alla skjutna i kvällsljuset vid myren.
Hundarna har jobbat bra, och särskilt unghunden Ronja har överraskat hela laget med sina ståndskall.
Bilden är tagen i ett annat sammanhang.
– Vi har haft tur med vädret, och hundarna har varit i toppform, säger jaktledaren Ola Lind.
Nästa vecka jagar laget på de norra markerna, där det har setts en stor tjur under sommaren.
Länk till viltrapporten på Jakt-Sverige
Karta: Jaktlaget Norrskogen
Det här inlägget postades i Älgjakt och märktes Hundar, Kalv. Bokmärk permalänken.
"""


def test_a_post_meta_line_a_picture_note_a_link_label_and_a_map_credit_are_not_read() -> None:
    spoken = spoken_text(read_dump(_HUNT))
    assert "där det har setts en stor tjur under sommaren." in spoken
    for line in ("annat sammanhang", "viltrapporten", "Karta:", "postades", "permalänken"):
        assert line not in spoken


_FOOD = """Matbanken Ekby
Hem
Nyheter
Nyheter
Julens utdelning slog rekord
28 december 2025
Under julveckan delade Matbanken Ekby ut mat till 640 hushåll, fler än någon vecka tidigare.
Köerna ringlade långt ut på parkeringen vid lokalen på Verkstadsgatan, och volontärerna arbetade i skift.
– Vi har aldrig sett så många pensionärer i kön som i år, säger verksamhetsledaren Lena Ström.
Matbanken Ekby
Facebook · 22 december
Tack alla volontärer som kom i dag! 🎄 Vi packade 210 kassar på tre timmar.
Gilla · Kommentera · Dela
318 reaktioner · 24 kommentarer
Inför våren söker matbanken fler volontärer som kan köra bil och hämta mat i butikerna på förmiddagarna.
Den som vill hjälpa till kan komma till lokalen på tisdagar mellan klockan tio och tolv.
"""


def test_a_post_with_its_platform_before_its_date_and_its_buttons_in_a_row_is_not_read() -> None:
    spoken = spoken_text(read_dump(_FOOD))
    assert "hämta mat i butikerna på förmiddagarna." in spoken
    assert "210 kassar" not in spoken
