"""Session 12 (R), body recall: a letter signed on behalf of its organisation (issue #9: body recall).

An association's letter to the municipality closes with "För Bergsjöbygdens Samhällsförening" over its signers ("Ingrid
Forsberg, ordförande"). The close was no greeting the letter's rules knew ("För styrelsen" was), so the short lines
under the last paragraph read as a list of the site's post titles (teasertitles.teaser_title_tags) and went: blind
extract31 lost the signature. The signal: "För" and a capitalized name as a letter's close (letterclose._MINUTES_CLOSE)
over one or more signers (a name, a name and a role), right under the last paragraph; the teaser-title rule leaves
a letter's close and its signers alone. Every page here was written after the fix, for invented sites and wordings; the
guards are what the rule was built to drop: a list of the site's post titles under the text, and the page's taxonomy
under the signature.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_HEAD = ("Hyresgästföreningen Norrgården\nStart\nAktuellt\nKontakt\n\nBrev till hyresvärden om tvättstugan\n2026-09-14\n\n"
         "Föreningen har skickat ett brev till Bostadsbolaget om den stängda tvättstugan på Norrgårdsvägen.\n\n"
         "Tvättstugan har varit stängd i sju veckor och de boende hänvisas till en tvättstuga två kvarter bort, vilket "
         "är svårt för äldre och för familjer med små barn.\n"
         "Vi begär att bolaget ger ett datum för när tvättstugan öppnar igen och att de boende får tillgång till "
         "tvättmaskiner i lokalen på gården under tiden.\n")


def test_a_letter_signed_on_behalf_of_the_association() -> None:
    page = (_HEAD + "För Hyresgästföreningen Norrgården\nLena Åström, ordförande\nOmar Said, kassör\n\n"
            "Kategori: Brev\nEtiketter: tvättstuga, underhåll\n")
    lines = spoken_lines(read_dump(page))
    assert "För Hyresgästföreningen Norrgården" in lines
    assert "Lena Åström, ordförande" in lines and "Omar Said, kassör" in lines
    assert "Kategori: Brev" not in lines


def test_a_letter_signed_on_behalf_of_the_network_by_one_signer() -> None:
    page = _HEAD + "För Nätverket Rädda Tvättstugan\nPer-Olof Lind\n\nDela:\nFacebook\nE-post\n"
    lines = spoken_lines(read_dump(page))
    assert "För Nätverket Rädda Tvättstugan" in lines and "Per-Olof Lind" in lines


def test_guard_a_list_of_the_sites_post_titles_under_the_text_still_goes() -> None:
    page = (_HEAD + "\nNy styrelse vald på årsmötet\nSå fungerar bokningen av bastun\nLoppis på gården i maj\n\n"
            "Kategori: Brev\n")
    lines = spoken_lines(read_dump(page))
    assert "Så fungerar bokningen av bastun" not in lines and "Loppis på gården i maj" not in lines
