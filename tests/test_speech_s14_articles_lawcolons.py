"""Session 14 (S10), articles as a listener hears them: a law's chapter and
section written with a colon, the law named after the pair or the pair
carrying a section's letter ("skickade en så kallad 6:6a-begäran" in a
teachers' union paper: a safety representative's request under chapter 6,
section 6a of the Work Environment Act). The colon was left as a pause ("sex:
sex a-begäran", "fyra: två ell ve u") and a letter after a law's name was
glued to the number ("sex kolon sexa"); now "sex kolon sex a", as
``admin.references`` reads "BrB 3:1" (rules/law_colons.py, table
data/law_colon_words.py). A club's statutes or a regulation name the pair by a
label, no law ("paragraf 4:2", "§ 7:3", "punkt 2:4"): "kolon" too, not the
colon's pause (table PAIR_LABELS).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all six read wrongly then; the last two were fixed
# second, with the labels before a pair and a letter after a space).
BEFORE = [
    ("Begäran enligt 6:6 a arbetsmiljölagen.", "Begäran enligt sex kolon sex a arbetsmiljölagen."),
    ("Paragraf 3:1 i stadgarna", "Paragraf tre kolon ett i stadgarna"),
    ("Skyddsombudet gjorde en 6:6a-anmälan i går.", "Skyddsombudet gjorde en sex kolon sex a-anmälan i går."),
    ("Enligt AML 6:6a ska arbetsgivaren svara.", "Enligt arbetsmiljölagen sex kolon sex a ska arbetsgivaren svara."),
    ("Enligt 9:31b PBL krävs inget lov.", "Enligt nio kolon trettioett be pe be ell krävs inget lov."),
    ("Beslut enligt 4:2 LVU fattades.", "Beslut enligt fyra kolon två ell ve u fattades."),
]

# Written after the fix.
AFTER = [
    ("Facket skickade en 2:9-anmälan.", "Facket skickade en två kolon nio-anmälan."),
    ("Hon hänvisade till 2:3 MB.", "Hon hänvisade till två kolon tre miljöbalken."),
    ("Föreläggandet följde av 26:9 miljöbalken.", "Föreläggandet följde av tjugosex kolon nio miljöbalken."),
    ("Arbetsgivaren svarade på 6:6a-begäran först efter en månad.",
     "Arbetsgivaren svarade på sex kolon sex a-begäran först efter en månad."),
]

# Clock times stay clock times; a law's name before the pair keeps its reading.
GUARDS = [
    ("Klockan 6:30 öppnar vi.", "Klockan sex och trettio öppnar vi."),
    ("Klockan 17:45 RB", "Klockan sjutton och fyrtiofem ärr be"),
    ("Mötet 18:30 LAS-kursen", "Mötet arton och trettio Las-kursen"),
    ("BrB 3:1 gäller", "Brottsbalken tre kolon ett gäller"),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_law_chapter_and_section(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_law_reference() -> None:
    rules = [(c.written, c.rule) for c in explain("Hon hänvisade till 2:3 MB.").changes]
    assert rules == [("2:3 MB", "law reference")]


# Written before the second fix (all six read wrongly then: "fyra: två").
LABELS_BEFORE = [
    ("Enligt paragraf 4:2 ska styrelsen kalla.", "Enligt paragraf fyra kolon två ska styrelsen kalla."),
    ("Se § 7:3 i stadgarna.", "Se paragraf sju kolon tre i stadgarna."),
    ("Styrelsen hänvisade till punkt 2:4 i reglementet.", "Styrelsen hänvisade till punkt två kolon fyra i reglementet."),
    ("Kapitel 5:2 handlar om avgifter.", "Kapitel fem kolon två handlar om avgifter."),
    ("Enligt 6:6 a AML", "Enligt sex kolon sex a arbetsmiljölagen"),
    ("Se stadgarnas paragraf 9:1.", "Se stadgarnas paragraf nio kolon ett."),
]
# Written after it, and guards (a clock time, a score).
LABELS_AFTER = [
    ("Årsmötet ändrade paragraf 6:3 i stadgarna.", "Årsmötet ändrade paragraf sex kolon tre i stadgarna."),
    ("Enligt 2:9 a arbetsmiljölagen ska arbetsgivaren utreda.",
     "Enligt två kolon nio a arbetsmiljölagen ska arbetsgivaren utreda."),
    ("Läs punkt 1:2 i policyn.", "Läs punkt ett kolon två i policyn."),
    ("Kap. 3:4 reglerar valet.", "Kapitel tre kolon fyra reglerar valet."),
    ("Klockan 10:30 börjar mötet.", "Klockan tio och trettio börjar mötet."),
    ("Matchen slutade 2:1 till oss.", "Matchen slutade två mot ett till oss."),
]


@pytest.mark.parametrize(("written", "spoken"), LABELS_BEFORE + LABELS_AFTER)
def test_pair_after_a_label_or_with_a_spaced_letter(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_labelled_pair() -> None:
    rules = [(c.written, c.rule) for c in explain("Läs punkt 1:2 i policyn.").changes]
    assert rules == [("punkt 1:2", "law reference")]
