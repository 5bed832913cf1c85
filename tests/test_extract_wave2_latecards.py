"""Wave 2, class 'the writer's card under the article, with the page's boxes of sentences below it' (issue #9;
:mod:`audiocast.ingest.latecards`).

A name alone, a sentence about the person opening with the name, a link naming the person again, glued under the
article; below it a membership pitch, a newsletter or a gift box whose sentence looked like the article going on. Every
dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the class; the
guard is a card-shaped fact about a person of the news with the article's prose after it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = [
    "Fråga: Vår katt har börjat dricka mycket vatten. Ska vi oroa oss?",
    "Svar: Ökad törst kan vara ett tecken på njursjukdom eller diabetes, särskilt hos äldre katter. Boka en tid för provtagning.",
    "Fråga: Hur ofta ska en inomhuskatt vaccineras?",
    "Svar: En inomhuskatt behöver oftast bara grundvaccinationen och en påfyllnad vart tredje år.",
]


def _page(card: str, below: str) -> str:
    return ("Djurkliniken Älmhult\nBoka tid\nVåra tjänster\n\nFråga veterinären: Varför dricker katten så mycket?\n"
            "18 november 2026\nHär svarar våra veterinärer på frågor från djurägare.\n" + "\n".join(_BODY) + "\n"
            + card + "\n" + below + "\n\nDjurkliniken Älmhult · Storgatan 3\n")


_CARD = "Elin Roos\nElin Roos är legitimerad veterinär och har arbetat på kliniken sedan 2018.\nFler svar av Elin Roos"


def test_a_writers_card_over_a_membership_pitch_is_not_read() -> None:
    below = ("\nBli medlem i Djurklubben\nSom medlem får du tio procent rabatt på alla besök och en gratis hälsokontroll "
             "för din katt varje år.\nBli medlem")
    spoken = _spoken(_read(_page(_CARD, below)))
    assert _BODY[-1] in spoken
    assert "Elin Roos är legitimerad veterinär" not in spoken and "Fler svar av Elin Roos" not in spoken


def test_a_writers_card_over_a_gift_box_is_not_read() -> None:
    below = ("\nHjälp hemlösa katter\nVarje gåva går till vård av katter som lämnats vid kliniken utan ägare, och "
             "pengarna räcker till mat och vaccin.\nGe en gåva")
    spoken = _spoken(_read(_page(_CARD, below)))
    assert _BODY[-1] in spoken and "Elin Roos är legitimerad veterinär" not in spoken


def test_a_writers_card_alone_under_the_article_is_not_read() -> None:
    spoken = _spoken(_read(_page(_CARD, "")))
    assert _BODY[-1] in spoken and "Elin Roos är legitimerad veterinär" not in spoken


def test_a_person_of_the_news_with_the_articles_prose_after_stays() -> None:
    dump = ("Älmhults Nyheter\nNyheter\n\nNy veterinär tar över kliniken\n18 november 2026\n"
            "Efter tjugo år går veterinären Bo Sten i pension och lämnar över kliniken på Storgatan.\n"
            "Elin Roos\nElin Roos är 38 år och kommer närmast från djursjukhuset i Växjö.\nElin Roos om sitt nya jobb\n"
            "– Jag har alltid drömt om en egen klinik i en mindre ort, säger Elin Roos när vi träffar henne i väntrummet.\n"
            "Kliniken får också en ny röntgenapparat i vår, och öppettiderna förlängs på torsdagar.\n\nÄlmhults Nyheter\n")
    spoken = _spoken(_read(dump))
    assert "Elin Roos är 38 år" in spoken and "drömt om en egen klinik" in spoken and "ny röntgenapparat" in spoken
