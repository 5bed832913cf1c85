"""The words of a validity that make "10/25" a month and its year ("besiktigad t.o.m. 10/25" -> "oktober
tjugofem"), read by :mod:`..rules.month_years`."""

from __future__ import annotations

VALID_UNTIL_WORDS = (
    "besiktigad", "besiktigat", "besiktigade", "besiktning", "besiktningen", "besiktas", "bes.", "besikt.",
    "skattad", "skattat", "skatt", "avställd", "påställd", "garanti", "garantin", "giltig", "giltigt", "giltiga",
    "gäller", "utgår", "går ut", "bäst före", "bäst-före", "utgångsdatum", "förfaller", "löper ut",
    "service", "servad", "kamrem", "kamremsbyte",
    "nybes.", "nybesiktigad", "nybesiktad",  # "nybes. 3/25" (session 53, normalize244)
)
"""Words before a month and a year written "MM/YY" within a few words ("besiktigad t.o.m. 10/25", "skattad till
03/26", "bäst före 11/27", "garanti till 06/28"; a car ad's service, "kamrem bytt 05/23"), lowercased."""

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")
"""The months by their number, from one."""
