"""Listings (times of showings, departures, services): the words that join
the items of a list, read by ``rules/listings.py``.
"""

from __future__ import annotations

# The words between two clock times of one list ("18.00 och 21.15", "14.30
# eller 19.00"): with one of them the list's joins say "och", so the times are said without their own "och".
# Not "respektive" (session 49): no "och" joins the times, and both blind writers who met "kl. 06.40 resp. 15.20"
# said each time with its "och" ("sex och fyrtio respektive femton och tjugo").
LIST_JOINERS = ("och", "eller", "alternativt", "samt")

# A TV or radio listing's labels written short before their number ("säs.
# 11, avsn. 6", "ep. 150"): said in full.
LISTING_LABELS = {"säs": "säsong", "avsn": "avsnitt", "avs": "avsnitt", "ep": "episod"}

# Words in a line that make two names joined by a dash before a clock time a
# match ("Allsvenskan i dag: AIK–Djurgården 15.00"), not a route ("Tåg
# Stockholm–Göteborg 06.12"): leagues, sports and match words (stems, so
# "Damallsvenskan", "elitserien", "hockeyallsvenskan" count).
FIXTURE_STEMS = (
    "allsvenskan", "superettan", "ettan", "elitserien", "serien", "shl", "division", "div.", "fotboll",
    "hockey", "bandy", "handboll", "innebandy", "basket", "volleyboll", "match", "derby", "omgång",
    "kvartsfinal", "semifinal", "final", "cup", "ligan", "damligan", "premiär",
)
# Letters that mark a club's name ("Malmö FF", "AIK"): with one of them the
# names are teams whatever the line's words.
FIXTURE_CLUB_MARKS = frozenset("""
IF IFK GIF FF BK SK HC IK AIK FC BoIS IBK BIK SIF GoIF FK HK IS DFF AIF SSK BP HF
""".split())
