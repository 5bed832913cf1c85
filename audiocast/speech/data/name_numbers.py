"""Nouns after which a number is a name, not a count (session 16): the counting form "ett" whatever noun follows
("färjeläge 1 kl. 11.15" -> "färjeläge ett", not "en" for "klockan"), and the words after which a Roman "I" is a
division's number ("div. I" -> "division ett"). Merged into ``nouns.LABEL_NOUNS`` and
``number_words.ROMAN_NUMBERED_NOUNS``; kept apart so each session's words are seen together."""

from __future__ import annotations

NAME_NUMBER_NOUNS = frozenset("""
färjeläge färjeläget läge läget plattform plattformen perrong perrongen kaj kajen brygga bryggan
terminal terminalen hållplats hållplatsläge läktare läktaren sektor sektorn entré entrén ingång port porten
sal salen hall hallen scen scenen bana banan plan planen rink rinken
""".split())
"""A place of a ferry, a train, a bus or a hall named by its number: "färjeläge 1", "plattform 3", "läktare 1"
(the number is said "ett" before any noun; risk: "läge 1 vecka"? a count after "läge" is rare)."""

ROMAN_DIVISION_WORDS = frozenset({"div.", "Div.", "div", "Div"})
"""A division's short form before its Roman number ("div. I" -> "division ett", "Div. III")."""

FYR_COMPOUND_HEADS = (
    "takt", "hjul", "cylindr", "filig", "filsväg", "dubbel", "dubbl", "faldig", "siffrig", "stjärnig", "bent",
    "kant", "sitsig", "stegs", "spårig", "växlad", "klöver", "bladig",
)
"""Heads after which "4-" is said in the old combining form "fyr-" ("4-takt" -> "fyrtakt", "4-hjulsdrift" ->
"fyrhjulsdrift", "4-cylindrig", "4-filig väg", "4-dubbel"), not "fyra-" ("fyraåring", "fyrarummare" keep it)."""

