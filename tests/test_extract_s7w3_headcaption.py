"""Session 7, third wave (issue #9), class 'a picture's caption between the headline and the lead': a caption whose
first sentence has no finite verb, either glued over its photo credit with the byline or date under it ("Amir Haddad
i köket på Pizzeria Torget. …" over "Foto: …"), or alone between blank lines right over the text, was taken for the
lead (:func:`audiocast.ingest.headpictures.caption_under_head`).

Written after the fix, for fictional sites and other captions than the dumps that showed the class. Guard: a lead
with a verb standing alone between blank lines under the headline stays the lead.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_LEAD = "Fiskeklubben i Kalix har fått tillstånd att sätta ut tiotusen öringar i älven under våren, som första klubb i länet."
_TEXT = ("Utsättningen sker i tre omgångar från april till juni, och medlemmarna hjälper till med transporterna.\n"
         "Klubbens ordförande hoppas att fisket ska locka fler turister till bygden redan nästa sommar.\n")


def test_a_caption_over_its_credit_and_the_byline_is_not_the_lead() -> None:
    dump = ("Kalixbladet\nHem\nNyheter\n\nNyheter\nÖringen tillbaka i Kalixälven\n"
            "Ordföranden Maj Lind vid forsen i Näsbyn. Hon har fiskat här sedan barndomen.\nFoto: Per Strand\n"
            f"Av Per Strand\n6 mars 2027\n{_LEAD}\n{_TEXT}\nKalixbladet AB\n")
    art = _read(dump)
    assert art.lead == _LEAD and "vid forsen i Näsbyn" not in _spoken(art)


def test_a_verbless_caption_alone_between_blank_lines_is_not_the_lead() -> None:
    dump = ("Kalix Fiskeklubb\nHem\nNyheter\n\n6 mars 2027\nÖringen tillbaka i Kalixälven\n\n"
            f"Isen på älven utanför Törefors en morgon i mars.\n\n{_LEAD}\n{_TEXT}\nKalix Fiskeklubb\n")
    art = _read(dump)
    assert art.lead == _LEAD and "utanför Törefors" not in _spoken(art)


def test_a_short_lead_with_a_verb_alone_under_the_headline_stays() -> None:
    lead = "Klubben sätter ut tiotusen öringar i älven i vår."
    dump = ("Kalix Fiskeklubb\nHem\nNyheter\n\n6 mars 2027\nÖringen tillbaka i Kalixälven\n\n"
            f"{lead}\n\n{_TEXT}\nKalix Fiskeklubb\n")
    assert _read(dump).lead == lead
