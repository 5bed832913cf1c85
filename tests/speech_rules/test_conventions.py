"""The whole normalizer on the spoken conventions every independent writer of
our blind sets used: brackets kept around what is read, party letters spelled
in their brackets, the letter names "eks" and "dubbelve", phone numbers
without commas between their groups. Sentences written after the change."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # brackets stay where their content is read
    ("Luleå vann 4–2 (2–0, 1–1, 1–1) i kväll.", "Luleå vann fyra mot två (två mot noll, ett mot ett, ett mot ett) i kväll."),
    ("Entré 80 kr (40 kr för barn).", "Entré åttio kronor (fyrtio kronor för barn)."),
    ("Enligt skollagen (2010:800) gäller skolplikt.",
     "Enligt skollagen (tvåtusentio kolon åttahundra) gäller skolplikt."),
    ("Konserten (den tredje i år) blev inställd.", "Konserten (den tredje i år) blev inställd."),
    # initials in brackets after their words are kept and spelled (s7: the writers of ten blind sets
    # kept them: "(MBN)", "(PBL)", "(VMA)", "(SV)", "(KPIF)")
    ("Europeiska unionen (EU) beslutade i går.", "Europeiska unionen (e u) beslutade i går."),
    # party letters spelled in their brackets
    ("Lena Holm (S) svarade.", "Lena Holm (ess) svarade."),
    ("Kalle Ny (M) och Eva Ås (KD) röstade nej.", "Kalle Ny (emm) och Eva Ås (kå de) röstade nej."),
    ("Oskar Lind (MP) reserverade sig.", "Oskar Lind (emm pe) reserverade sig."),
    ("Nils Berg (SD) lämnade mötet.", "Nils Berg (ess de) lämnade mötet."),
    # letter names
    ("Han körde en XC40 till jobbet.", "Han körde en eks ce fyrtio till jobbet."),
    ("Nya X2000 rullar i vår.", "Nya eks tvåtusen rullar i vår."),
    ("WHO varnar för värmen.", "dubbelve hå o varnar för värmen."),
    # phone numbers: "noll" and the area code as a number, a comma, each group as a number (blind sets 50-53)
    ("Ring 08-555 123 45 i dag.", "Ring noll åtta femhundrafemtiofem hundratjugotre fyrtiofem i dag."),
    ("Tipsa på 114 14.", "Tipsa på ett ett fyra ett fyra."),
    ("Ring +46 31 123 45 67.", "Ring plus fyrtiosex trettioett hundratjugotre fyrtiofem sextiosju."),
]


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_convention(written: str, spoken: str) -> None:
    """Each sentence is read in the new convention."""
    assert normalize(written).lower() == spoken.lower()


@pytest.mark.parametrize(("written", "spoken"), [
    ("Öppet onsd. 10 maj.", "Öppet onsdag den tionde maj."),
    ("Stängt sönd. och månd.", "Stängt söndag och måndag."),
])
def test_long_weekday_abbreviations(written: str, spoken: str) -> None:
    """'torsd.', 'onsd.' and the like are the weekday."""
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Andelen steg till 61,5 procent.", "Andelen steg till sextioett komma fem procent."),
    ("Hon sprang på 31,2 sekunder.", "Hon sprang på trettioett komma två sekunder."),
    ("Budgeten är 1,4 miljarder.", "Budgeten är en komma fyra miljarder."),
    ("Partiet gick på 51 drag.", "Partiet gick på femtioett drag."),
    ("Golfaren spelade 81 hål.", "Golfaren spelade åttioett hål."),
])
def test_decimals_and_neuter_nouns_in_the_counting_form(written: str, spoken: str) -> None:
    """A decimal's integer part over one, and a neuter noun, take 'ett'."""
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Vi såg det på tv i går.", "Vi såg det på te ve i går."),
    ("TV4 visar finalen.", "te ve fyra visar finalen."),
])
def test_tv_is_spelled_as_writers_write_it(written: str, spoken: str) -> None:
    """'tv' is 'te ve', as the writers of blind sets 1 and 6 wrote it."""
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Potatis 12,90 kr/kg.", "Potatis tolv kronor och nittio öre per kilo."),
    ("Räkor 199:-/kg i dag.", "Räkor hundranittionio kronor per kilo i dag."),
])
def test_a_price_per_kilo(written: str, spoken: str) -> None:
    """'kr/kg' and ':-/kg' are 'kronor per kilo', as every writer put it."""
    assert normalize(written) == spoken
