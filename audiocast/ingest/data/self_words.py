"""The predicates a Swedish site or organisation describes itself with, right after its own name as subject
("Hembygdsföreningen Ek är en ideell förening …", "Norrlandsposten ges ut av …", "Klubben bildades 1931 …"), read by
:mod:`audiocast.ingest.selfblurbs`. The whole class, not the pages it was found on: being and belonging, being run
and published, being founded, counting members, and the present tense of what the organisation always does."""

from __future__ import annotations

SELF_VERBS: frozenset[str] = frozenset({
    # being, belonging, being part of
    "är", "ingår", "tillhör", "hör", "består",
    # run, owned, published, handed out, funded
    "drivs", "ägs", "leds", "styrs", "ges", "delas", "distribueras", "finansieras", "stöds", "utges",
    # founded, formed
    "grundades", "bildades", "startades", "startade", "grundade", "instiftades", "etablerades",
    # counting its members, people, years
    "har", "samlar", "organiserar", "representerar", "företräder",
    # what it always does, in the present tense
    "arbetar", "verkar", "jobbar", "erbjuder", "ordnar", "anordnar", "arrangerar", "bevarar", "driver", "ger",
    "förvaltar", "främjar", "stöttar", "stödjer", "hjälper", "bevakar", "rapporterar", "granskar", "samordnar",
    "sprider", "finns",
})
"""A finite verb that, after the site's own name, opens a sentence about what the site always is or does."""

SELF_PRONOUN_STARTS: tuple[str, ...] = (
    "vi är en ", "vi är ett ", "vi är sveriges ", "vi är den ", "vi är det ",
)
"""The site in the first person classing itself ("Vi är en ideell förening som …"), lowercase."""
