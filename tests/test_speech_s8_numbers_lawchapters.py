"""Session 8 (by class): a chapter and a section after a law's short name
or a name in "-balken"/"-lagen" ("BrB 3:1", "miljöbalken 2:3") are said
with "kolon" (they were clock times or "tre: ett"; admin._LAW_CHAPTER,
data/admin LAW_CODES). Found on a battery of 18 law references (1 failed)
and 5 more of the shape (all failed). Written after the fix; guards: a
clock time after a law's name with "kl.", an SFS number."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Åtalet gäller brott enligt BrB 4:7 och 12:1.", "fyra kolon sju och tolv kolon ett"),
    ("Nämnden fattade beslutet med stöd av SoL 4:1.", "fyra kolon ett"),
    ("Enligt föräldrabalken 6:2 a har barnet rätt till omvårdnad.", "sex kolon två a"),
    ("Kommunen hänvisade till PBL 9:31 b i sitt svar.", "nio kolon trettioett b"),
])
def test_chapter_and_section_after_a_law(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Informationen om skollagen hålls kl. 14:30.", "klockan fjorton och trettio"),
    ("Se SFS 2010:800 om skolan.", "tvåtusentio kolon åttahundra"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
