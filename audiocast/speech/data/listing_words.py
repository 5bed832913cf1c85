"""Listings (times of showings, departures, services): the words that join
the items of a list, read by ``rules/listings.py``.
"""

from __future__ import annotations

# The words between two clock times of one list ("18.00 och 21.15", "14.30
# eller 19.00", "9.15 resp. 13.15"): with one of them the list's joins say
# "och", so the times are said without their own "och".
LIST_JOINERS = ("och", "eller", "respektive", "resp.", "alternativt", "samt")

# A TV or radio listing's labels written short before their number ("säs.
# 11, avsn. 6", "ep. 150"): said in full.
LISTING_LABELS = {"säs": "säsong", "avsn": "avsnitt", "avs": "avsnitt", "ep": "episod"}
