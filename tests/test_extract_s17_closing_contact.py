"""Session 17 (E7): an official notice's closing contact heading and paragraph ("Har du frågor?" over "Kontakta …
kommuns kontaktcenter på …"), glued under the article and over the page's label, read as the article's
(contactclose.py).

Every page here was written after the fix, with another municipality, service and numbers than the page the fix came
from; the guards: the site's standing service box in short lines with its button, and the site's box speaking as
itself ("Vi svarar …"), still go.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TOP = ("Till sidans huvudinnehåll\nLyssna\nGävle kommun\nMeny\nSök på webbplatsen\nSök\nBo och bygga\nSkola\n"
        "Omsorg\nStartsida\nNyheter\n")
_NOTICE = ("Vattnet stängs av i Sätra under tisdagen\n"
           "Publicerad: 2026-03-10\n"
           "På tisdag den 17 mars stängs vattnet av i delar av Sätra mellan klockan 09.00 och 15.00 medan en "
           "huvudledning byts ut.\n"
           "Avstängningen berör omkring 120 hushåll på Sätravägen, Granvägen och Tallvägen. En tankbil med dricksvatten "
           "ställs upp vid Sätra skola under hela dagen.\n"
           "Spara gärna vatten i kannor kvällen innan, så att du har till matlagning och toalett.\n"
           "Berörda gator\n"
           "Sätravägen 2–40\n"
           "Granvägen 1–19\n"
           "Tallvägen 3–27\n")
_TAIL = ("Relaterad information\nVattenavstängningar\nDricksvatten i Gävle\n"
         "Var den här sidan till hjälp?\nJa\nNej\nSenast uppdaterad: 10 mars 2026\nGävle kommun\n801 84 Gävle\n")


def test_a_notices_closing_contact_paragraph_is_read() -> None:
    contact = ("Har du frågor?\n"
               "Ring Gävle kommuns kundtjänst för vatten på 026-17 80 00, vardagar 07.30–16.30. Vid akuta läckor kan "
               "du ringa jourtelefonen dygnet runt.\n")
    text = spoken_text(read_dump(_TOP + _NOTICE + contact + _TAIL))
    assert "Tallvägen 3–27" in text
    assert "Har du frågor?" in text
    assert "Ring Gävle kommuns kundtjänst för vatten på 026-17 80 00" in text
    assert "Relaterad information" not in text


def test_the_sites_standing_service_box_still_goes() -> None:
    box = "Har du frågor?\nKundtjänst 026-17 80 00\nVardagar 07.30–16.30\nKontakta oss\n"
    text = spoken_text(read_dump(_TOP + _NOTICE + box + _TAIL))
    assert "Tallvägen 3–27" in text
    assert "Kundtjänst 026-17 80 00" not in text
    assert "Kontakta oss" not in text


def test_the_sites_box_speaking_as_itself_still_goes() -> None:
    box = ("Har du frågor?\n"
           "Vi på kundtjänst svarar på telefon 026-17 80 00 och via e-post kundtjanst@gavle.exempel.se alla "
           "vardagar.\n")
    text = spoken_text(read_dump(_TOP + _NOTICE + box + _TAIL))
    assert "Tallvägen 3–27" in text
    assert "Vi på kundtjänst svarar" not in text
