"""Session 39, round 3 (extract178, opened after its unread figures; issue #9), two rows of the rule table:

- the pager's link to the previous item named after a colon, whatever the site calls its items ("Föregående rapport:
  Veckans obs v. 16", "Förra numret: …"; row ``post-nav-back``): 46 such lines over all annotated dumps, all the
  site's. "Nästa" keeps its list of nouns: "Nästa match: …", "Nästa möte: 5 november" are an article's facts;
- a social page's counters on one line joined by a dot ("4,2 tn gilla-markeringar • 4,6 tn följare"; row
  ``social-counter``), which had become a page's headline.

Written after the fix, for invented sites. The guard: "Nästa möte:" in the article is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.boilerplate import default_rules, first_match

_HEAD = "Norrskär båtklubb\nStart\nNyheter\nHamnen\n\nVårens sjösättning klar\n22 april 2027\n\n"
_P1 = ("Under helgen sjösattes 84 båtar i klubbens hamn, och för första gången gick allt utan en enda skadad "
       "propeller.")
_P2 = "– Det är tack vare de nya lyftbanden, säger hamnkaptenen Ulla Strid."
_P3 = "Nu återstår mastresningen, som görs med klubbens egen kran under två lördagar i maj."


def test_the_pagers_link_to_the_previous_item_is_not_read() -> None:
    for nav in ("Föregående rapport: Vinterförvaringen klar", "Förra numret: Klubbnytt 2/2027",
                "← Äldre notis: Nya bojar i viken"):
        lines = spoken_lines(read_dump(_HEAD + _P1 + "\n\n" + _P2 + "\n\n" + _P3 + "\n\n" + nav + "\n\nKontakt\n"))
        assert nav not in lines and _P3 in lines


def test_guard_the_next_meeting_in_the_text_is_read() -> None:
    fact = "Nästa möte: 14 maj klockan 19 i klubbstugan"
    lines = spoken_lines(read_dump(_HEAD + _P1 + "\n\n" + _P2 + "\n\n" + fact + "\n\n" + _P3 + "\n\nKontakt\n"))
    assert fact in lines


def test_a_social_pages_counters_on_one_line_are_the_sites() -> None:
    rules = default_rules()
    for counters in ("1,2 tn gilla-markeringar • 1,4 tn följare", "812 gilla-markeringar · 905 följare"):
        hit = first_match(rules, counters)
        assert hit is not None and hit[0].name == "social-counter"
    assert first_match(rules, "Föreningen har 812 följare på Facebook.") is None
