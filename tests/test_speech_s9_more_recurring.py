"""Session 9, S3 (recurring days): a weekday written short before its hours in a sentence about
something recurring (a course's times, a term, a count of times) is every such day, plural
("Kurs: ons. 18–20, 10 ggr" was "onsdag"; smallprint._every_day, RECURRING_WORDS).
Sentences written after the fix. Guards: a day after "varje", a date after the day, opening
hours with no recurring word (after "vard." too), a new sentence, the end of a range of days.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Kurs i keramik: tors. 17–19, 8 ggr, 1 200 kr.", "torsdagar sjutton till nitton"),
    ("Språkcafé, kursen pågår hela våren: lörd. 11–13.", "lördagar elva till tretton"),
    ("Vt 2026: Yoga mån 18.00–19.30 i Folkets hus.", "måndagar arton"),
    ("Simskola för barn, tis. kl. 17–18 hela terminen.", "tisdagar klockan sjutton"),
])
def test_recurring_days(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Boule varje ons. kl. 10–12 vid kyrkan, 4 ggr.", "varje onsdag klockan tio"),
    ("Kursen startar tors. 5/3 kl. 18, 6 ggr.", "torsdag den femte mars"),
    ("Affären har öppet fre 10–18 i sommar.", "fredag tio till arton"),
    ("Kursen är slut. Lör 10–13 är det öppet hus.", "Lördag tio till tretton"),
    ("Öppet vard. 9–17, lör 10–13.", "lördag tio till tretton"),
    ("Kurs: lör–sön 10–16, 2 ggr.", "lördag till söndag tio"),
])
def test_recurring_days_guards(text: str, want: str) -> None:
    assert want in normalize(text)
