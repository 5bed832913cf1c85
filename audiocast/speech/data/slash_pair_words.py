"""Words a slash joins whose reading the slash alone does not say (read by
``rules/noun_slashes.py``): a housing ad's fittings, the prepositions of
place before two places."""

from __future__ import annotations

# A housing ad's fittings and their short forms ("WC/dusch", "(TM/TT)", "kyl/frys"): things that are all there,
# "och". The codes in capitals are read so only inside such a pair ("TT" alone is the news agency).
FITTINGS = {
    "WC": "ve ce", "wc": "ve ce", "TM": "tvättmaskin", "TT": "torktumlare", "DM": "diskmaskin",
    "dusch": "dusch", "badkar": "badkar", "bastu": "bastu", "kyl": "kyl", "frys": "frys", "spis": "spis",
    "ugn": "ugn", "mikro": "mikro", "tvättmaskin": "tvättmaskin", "torktumlare": "torktumlare",
    "diskmaskin": "diskmaskin", "handfat": "handfat", "toalett": "toalett", "tvättställ": "tvättställ",
    "kylskåp": "kylskåp", "frysskåp": "frysskåp", "tvättpelare": "tvättpelare", "torkskåp": "torkskåp",
}

# Prepositions of place before two capitalised places joined by a slash ("3 rok i Stuvsta/Snättringe"): one place
# or the other, "eller" (not "mot": "IK mot Visby/Roma" is a team; a street's crossing is "och", read by symbols).
PLACE_PREPOSITIONS = frozenset("i på vid inom runt kring omkring nära utanför".split())

# The polling institutes a paper cites with the medium that ordered the poll after a slash ("Novus/SVT",
# "Demoskop/Aftonbladet"): the poll was made for it, "Novus för SVT" (session 46, normalize160).
POLLSTERS = frozenset("""
Novus Sifo Demoskop Ipsos Indikator Verian Kantar Skop Infostat YouGov Inizio Sentio Origo
""".split())
