"""Session 18 (E14): a campaign's progress meter glued into the article (progressmeter.py).

Opened round extract66 read a petition's counter ("… hittills" / "N av M" / "77 %" / its button) and a fundraiser's
thermometer ("Insamlat" / amount / "Mål: …" / "114 %" / a thanks) between the lead and the body as lines of the
article. The signal is the meter's shape: a bare share alone on a line, next to figure lines two of whose numbers give
that share, with its short label over it and its button or thanks under it. Every page here was written after the
fix, for an invented site; the guards: an article's box of shares whose figures do not give the share, and a share
line next to a sentence.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Skärgårdens Sjöräddare\nHem\nOm oss\nStöd oss\nNyheter\n"
_HEAD = ("Ny räddningsbåt till Grisslehamn tack vare givarna\n14 mars 2027\n"
         "Stationen i Grisslehamn får en snabbare båt lagom till sommaren. Pengarna kom från en insamling bland öborna.\n")
_BODY = ("Båten är byggd på ett varv i Hälsingland och klarar fyrtio knop. Den ersätter en båt från nittiotalet.\n"
         "– Nu når vi ytterskären på halva tiden, säger stationens chef Mikael Ström.\n"
         "Båten döps vid en ceremoni i hamnen den 2 maj, och alla är välkomna.\n")
_END = "Skärgårdens Sjöräddare\nBankgiro 123-4567\nIntegritetspolicy\n"


def test_a_fundraisers_meter_under_the_lead_goes() -> None:
    meter = "Insamlat hittills\n1 840 000 kr\nAv målet 2 000 000 kr\n92 %\nGe en gåva!\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + meter + _BODY + _END))
    for gone in ("Insamlat hittills", "1 840 000 kr", "Av målet 2 000 000 kr", "92 %", "Ge en gåva!"):
        assert gone not in lines
    assert "– Nu når vi ytterskären på halva tiden, säger stationens chef Mikael Ström." in lines


def test_a_drives_counter_under_the_text_goes() -> None:
    meter = "Nya medlemmar i år\n143 av 250\n57,2 %\nBli medlem\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _BODY + meter + _END))
    for gone in ("Nya medlemmar i år", "143 av 250", "57,2 %", "Bli medlem"):
        assert gone not in lines
    assert "Båten döps vid en ceremoni i hamnen den 2 maj, och alla är välkomna." in lines


def test_guard_a_box_of_shares_whose_figures_do_not_give_them_stays() -> None:
    box = "Larm förra året\n312 larm\n41 %\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _BODY + box + _END))
    assert "312 larm" in lines
    assert "41 %" in lines
