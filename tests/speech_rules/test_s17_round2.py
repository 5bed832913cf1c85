"""Session 17, round 2 (fixer N11): phenomena of blind set normalize54, tested
on new sentences written after the fixes (other numbers, classes, acts and
words than the set's): a phone number's last group "000" as the thousands of
one number; "ett" after a spelled letter's name is a code's digit, not an
article; a duration in two units without the smaller unit's leading zero;
an agenda's items after "ärende" as a span; an EU act by its union's letters
after it.
"""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.contact import phone_numbers
from audiocast.speech.rules.tallies import tallies

from . import check


def test_phone_last_group_of_three_zeros() -> None:
    _in = [
        "besvaras på 0521-720 000 vardagar",
        "nås på 08-690 000 dygnet runt",
        "Ring 054-540 00 00 om du vill boka.",
        "Ring 0911-205 000",
    ]
    _out = [
        "besvaras på noll fem två ett sjuhundratjugotusen vardagar",
        "nås på noll åtta sexhundranittiotusen dygnet runt",
        "Ring noll femtiofyra femhundrafyrtio noll noll noll noll om du vill boka.",
        "Ring noll nio ett ett tvåhundrafemtusen",
    ]
    check(phone_numbers, _in, _out)


def test_duration_in_two_units() -> None:
    _in = [
        "Segraren körde på 3 h 07 min och slog banrekordet.",
        "Maratonloppet vanns på 2 tim 09 min.",
        "Hon simmade på 1 min 04 sek i försöket.",
        "Patienterna väntade 5 tim 08 min väntetid i snitt.",
        "Öppet 3 h 30 s",
    ]
    _out = [
        "Segraren körde på tre timmar sju minuter och slog banrekordet.",
        "Maratonloppet vanns på två timmar nio minuter.",
        "Hon simmade på en minut fyra sekunder i försöket.",
        # no genitive on the minutes before a "-tid" (session 64: the writers, 8 such rows only so, 1 only "minuters")
        "Patienterna väntade fem timmar åtta minuter väntetid i snitt.",
        "Öppet 3 h 30 s",
    ]
    check(tallies, _in, _out)


def test_sentences() -> None:
    _in = [
        "Herrarnas K2 500 m avgjordes i morse.",
        "I C1 1000 m damer tog hon brons.",
        "I en 4 m båt rodde de över sjön.",
        "Nämnden behandlar ärende 3–8 före lunch.",
        "Styrelsen bordlade ärendena 14–19 till nästa möte.",
        "Ärende 22-14 gäller en ansökan om serveringstillstånd.",
        "Kommunen pekar på badvattendirektivet (2006/7/EG) i sitt svar.",
        "Reningsverket följer avloppsdirektivet (91/271/EEG).",
        "Enligt 1999/31/EG om deponering av avfall krävs tillstånd.",
    ]
    _out = [
        "Herrarnas kå två femhundra meter avgjordes i morse.",
        "I ce ett tusen meter damer tog hon brons.",
        "I en fyra meters båt rodde de över sjön.",
        "Nämnden behandlar ärende tre till åtta före lunch.",
        "Styrelsen bordlade ärendena fjorton till nitton till nästa möte.",
        "Ärende tjugotvå streck fjorton gäller en ansökan om serveringstillstånd.",
        "Kommunen pekar på badvattendirektivet (tvåtusensex snedstreck sju snedstreck e ge) i sitt svar.",
        "Reningsverket följer avloppsdirektivet (nittioett snedstreck tvåhundrasjuttioett snedstreck e e ge).",
        "Enligt nittonhundranittionio snedstreck trettioett snedstreck e ge om deponering av avfall krävs tillstånd.",
    ]
    assert [normalize(t) for t in _in] == _out
