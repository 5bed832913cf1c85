"""``audiocast.speech.rules.spellings``: short forms written in parts apart, in their dotted spelling.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): the rule alone, on the written form.
"""

from __future__ import annotations

from audiocast.speech.rules.spellings import short_form_spellings

from . import check


def test_short_form_spellings() -> None:
    _in = [
        "Kursen pågår t o m 12/6.",
        "Butiken har öppet fr o m tis.",
        "Fastigheterna Ugglan 7 m fl säljs.",
        "F d ordföranden avgår.",
        "T. ex. kan man ringa.",
        "frukt, bröd m m.",
        "d v s alla",
        # guards: not written apart, or letters that are no short form
        "t.o.m. 12/6",
        "Tom Ek och Ida m.fl.",
        "vitamin D m.m.",
        "plan B och C",
    ]
    _out = [
        "Kursen pågår t.o.m. 12/6.",
        "Butiken har öppet fr.o.m. tis.",
        "Fastigheterna Ugglan 7 m.fl. säljs.",
        "F.d. ordföranden avgår.",
        "T.ex. kan man ringa.",
        "frukt, bröd m.m.",
        "d.v.s. alla",
        "t.o.m. 12/6",
        "Tom Ek och Ida m.fl.",
        "vitamin D m.m.",
        "plan B och C",
    ]
    check(short_form_spellings, _in, _out)
