"""A fact box copied one item to a paragraph (its heading and each "Label: value" item between blank lines) under the
article's last paragraph was lost item by item: each lone short line was judged the page's (ingest/factruns.py glues
the run into one box; session 10 E2). And a field of the article's records that repeats its label on every record
("Pris: 725 kronor.", "Tid: lördag 10–14.") was dropped as a picture's caption without a verb
(furniture.record_field).

Every dump here was written after the fixes, for fictional sites; the guards are a contact card spaced the same way
(the page's), a byline under the box, and a gallery's labelled captions.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken


def _page(head: str, body: str, box: str, foot: str) -> str:
    return head + "\n" + body + "\n" + box + "\n" + foot


_FOOT = "Dela\nKopiera länk\nMest läst\nNy cykelbana klar i juni\nAnsvarig utgivare: Eva Kronberg\n"


def test_a_spaced_box_of_a_boat_club_portrait_is_read() -> None:
    head = ("Båtklubben Vågen\nHem\nHamnen\nMedlem\n\nVeckans båt: Motorsnipan som fyller hundra\n14 juni 2025\n\n"
            "Snipan Greta byggdes på varvet i Råå 1925 och har haft fyra ägare sedan dess.\n")
    body = ("Nuvarande ägaren Lars Berg köpte henne för tolv år sedan och har bytt nästan varje planka i botten.\n\n"
            "– Det är ett ändlöst arbete, men hon går som en klocka, säger han när vi träffar honom vid bryggan.\n")
    box = "Greta\n\nVarv: Råå båtvarv\n\nByggår: 1925\n\nLängd: 7,2 meter\n\nMotor: Penta BB 115, 1962\n"
    spoken = _spoken(_read(_page(head, body, box, _FOOT)))
    for line in box.split("\n"):
        if line:
            assert line in spoken


def test_a_spaced_box_without_a_heading_is_read() -> None:
    head = ("Kommunen informerar\nStart\nTrafik\n\nNy gång- och cykelbro över Mälsån\n2025-03-02\n\n"
            "Den gamla bron över Mälsån rivs i april och en ny bro byggs på samma plats.\n")
    body = ("Under byggtiden leds gång- och cykeltrafiken om via Kvarngatan. Skyltar sätts upp i god tid.\n\n"
            "Den nya bron blir bredare och får belysning hela vägen över ån.\n")
    box = "Byggstart: april 2025\n\nKlart: oktober 2025\n\nKostnad: 14 miljoner kronor\n"
    spoken = _spoken(_read(_page(head, body, box, "Sidan uppdaterades 2 mars 2025\nKontakta kommunen\nTillgänglighet\n")))
    assert "Byggstart: april 2025" in spoken and "Kostnad: 14 miljoner kronor" in spoken


def test_a_book_review_keeps_its_box_but_not_the_writers_byline_under_it() -> None:
    head = ("Läsarnas Bokblogg\nRecensioner\nOm oss\n\nEn stark roman om en flytt norrut\n8 februari 2025\n\n"
            "Maja Tells andra roman handlar om en familj som flyttar från Malmö till en by i Tornedalen.\n")
    body = ("Berättelsen hålls ihop av dottern Noras röst, som växlar mellan ilska och nyfikenhet.\n\n"
            "Skildringen av den första vintern är bokens starkaste del, kall och vacker på samma gång.\n")
    box = "Norrut\n\nFörfattare: Maja Tell\n\nFörlag: Albatross\n\nSidor: 287\n\nText: Kerstin Ahl\n"
    article = _read(_page(head, body, box, "Fler recensioner\nPrenumerera på nyhetsbrevet\n"))
    spoken = _spoken(article)
    assert "Förlag: Albatross" in spoken and "Sidor: 287" in spoken
    assert "Text: Kerstin Ahl" not in spoken


def test_guard_a_spaced_contact_card_is_not_read() -> None:
    head = ("Fjällbygdens församling\nGudstjänster\nKontakt\n\nNy kantor i Hede kyrka\n3 mars 2025\n\n"
            "Från den första april är Jonas Ek ny kantor i Hede kyrka. Han kommer närmast från Sveg.\n")
    body = "– Jag ser fram emot att starta en barnkör, säger Jonas Ek.\n"
    box = "Pastorsexpeditionen\n\nTelefon: 0684-100 20\n\nE-post: hede.pastorat@svenskakyrkan.se\n\nTelefontid: vardagar 10–12\n"
    spoken = _spoken(_read(_page(head, body, box, "Dela\nIntegritetspolicy\nHantera kakor\n")))
    assert "Telefon: 0684-100 20" not in spoken and "E-post: hede.pastorat@svenskakyrkan.se" not in spoken


def test_a_guides_repeated_field_without_a_verb_is_no_caption() -> None:
    dump = ("Helgtipset\nNyheter\nNöje\n\nFyra bakluckeloppisar i helgen\nAv Tove Lind\n11 maj 2025\n\n"
            "Säsongen för bakluckeloppis är här. Vi har samlat fyra i trakten som håller öppet i helgen.\n\n"
            "1. Idrottsplatsen i Vallby\n\nHär samlas upp till hundra bilar på grusplanen bakom klubbstugan.\n\n"
            "Avgift: 30 kronor.\n\n"
            "2. Torget i Sörby\n\nEn mindre loppis där många säljer barnkläder och leksaker.\n\n"
            "Avgift: ingen.\n\n"
            "3. Gamla mejeriet\n\nHär finns också ett kafé som säljer våfflor hela dagen.\n\n"
            "Avgift: 50 kronor, överskottet går till scouterna.\n\n"
            "Dela\nMest läst\nAnsvarig utgivare: Per Holm\n")
    spoken = _spoken(_read(dump))
    assert "Avgift: 30 kronor." in spoken
    assert "Avgift: ingen." in spoken


def test_guard_a_pictures_label_is_no_field() -> None:
    dump = ("Hembygdsföreningen\nStart\nArkiv\n\nStorstädning i bygdegården\n2 april 2025\n\n"
            "I lördags samlades tjugo medlemmar för att städa bygdegården inför sommarens fester.\n\n"
            "Alla fönster tvättades och golvet i stora salen oljades in för första gången på tio år.\n\n"
            "Bild: Stora salen efter oljningen.\n\n"
            "Efter arbetet bjöd föreningen på soppa och kaffe i köket, och många stannade kvar länge.\n\n"
            "Bild: Köket under lunchen.\n\n"
            "Dela\nKontakt\n© Hembygdsföreningen\n")
    spoken = _spoken(_read(dump))
    assert "Bild: Köket under lunchen." not in spoken
