"""A musician's instrument or voice written short after her name and a comma in a concert notice ("Torleif Thedéen,
vc."), read by ``rules/instruments.py`` (session 64, normalize490: "vc." was left as written).
"""

from __future__ import annotations

# The short form (without its stop) -> the instrument or voice said.
INSTRUMENTS = {
    "vc": "cello", "vlc": "cello", "vl": "violin", "vn": "violin", "vla": "viola", "pf": "piano", "fl": "flöjt",
    "ob": "oboe", "kl": "klarinett", "fg": "fagott", "hn": "valthorn", "trp": "trumpet", "tb": "trombon",
    "kb": "kontrabas", "org": "orgel", "cemb": "cembalo", "git": "gitarr", "slagv": "slagverk", "perc": "slagverk",
    "sopr": "sopran", "msopr": "mezzosopran", "ten": "tenor", "bar": "baryton",
}

# Words of a line about music: an instrument's short form after a name is read only in such a line (or where two
# names carry one).
MUSIC_LINE_WORDS = ("konsert", "musik", "kvartett", "kvintett", "trio", "duo", "orkester", "symfoni", "sonat",
                    "kammar", "kör", "sång", "solist", "dirigent", "opus", "op.", "dur", "moll", "recital", "sopran",
                    "tenor", "orgel", "piano", "cello", "violin")
