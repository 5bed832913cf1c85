"""Session 35, round 5, from an audit of the lines the rules drop that the annotated dumps read as the article's
(over every annotated dump): a fact box headed "Fakta: <its subject>" is shaped like a label and its value, so the
labelled-box reader refused it as a heading and the page's tail took the whole box (b89-u03, recall 0.913). A
"Fakta:" heading heads the box (``labelboxes._FACT_HEADING``). Written after the fix, with another site and other words;
the guard: a label that merely begins with "Fakta" ("Faktagranskning: …") heads no box. (The page test reads such a box
whole under an article that names its values; it passed before the fix too, the box being judged there by other rules.)"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_text

from audiocast.ingest.labelboxes import labelled_shape

_WORKS = """Hoppa till innehåll
Trafikverket Region Nord
Vägar och projekt
Nyheter
Kontakt
Ny bro över Kalvån byggs i sommar
Publicerad 2 april 2025
I juni börjar arbetet med att ersätta den gamla bron över Kalvån på väg 1023, byggd 1958 och 24 meter lång, som har blivit för svag för dagens tunga trafik.
Under byggtiden leds trafiken om via en tillfällig bro strax norr om den gamla, och hastigheten sänks till trettio kilometer i timmen.
– Vi räknar med att den nya bron står klar före jul, och kostnaden beräknas till cirka 12 miljoner kronor, säger projektledaren Maria Holm.
Arbetet pågår vardagar mellan klockan sju och sjutton, och de boende längs vägen får information i brevlådan innan sprängningarna börjar.
Fakta: Väg 1023, bro över Kalvån
Byggår: 1958
Längd: 24 meter
Kostnad: cirka 12 miljoner kronor
Prenumerera på nyheter om projektet
E-postadress
Prenumerera
"""


def test_a_fact_box_headed_fakta_and_its_subject_is_read() -> None:
    spoken = spoken_text(read_dump(_WORKS))
    assert "Fakta: Väg 1023, bro över Kalvån" in spoken
    assert "Byggår: 1958" in spoken and "Kostnad: cirka 12 miljoner kronor" in spoken


def test_a_fakta_heading_shaped_as_a_label_heads_its_box() -> None:
    assert labelled_shape([Line("Fakta: Väg 1023"), Line("Byggår: 1958"), Line("Längd: 24 meter"), Line("Kostnad: 12 Mkr")])


def test_a_label_that_begins_with_fakta_heads_no_box() -> None:
    assert not labelled_shape([Line("Faktagranskning: klar"), Line("Byggår: 1958"), Line("Längd: 24 meter"),
                               Line("Kostnad: 12 Mkr")])
