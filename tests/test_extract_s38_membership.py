"""Session 38, from extract162, extract163 and extract167 (opened): a membership pitch's question and its promise to
the reader ("Inte medlem än? Som medlem får du stöd i lönesamtalet …", "Är du inte medlem än?", "Som medlem får du …"),
as a union, a tenants' association or a club sets it between or under the article's paragraphs (row
``membership-pitch``; measured first: 40 such lines in the annotated dumps, all boilerplate), with the pitch's short
heading glued over it (``buttonlabels``). Written after the fix, with other sites and words; the guards: what members
can do or have a right to, told by the article ("Som medlem kan du …", "Som medlem har du rätt till …"), stays."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = [
    "Lärarna i Norrby får nytt lokalt avtal",
    "Publicerad 14 april 2025",
    "Efter tre månaders förhandlingar har lärarnas fackförening och kommunen kommit överens om ett nytt lokalt avtal.",
    "Avtalet ger lärarna i grundskolan mer tid för planering och en ny modell för lönesamtalen från hösten.",
]
_TAIL = [
    "Så påverkas schemat",
    "Från augusti ska varje lärare ha minst fyra timmar planeringstid i veckan, i dag är det i snitt tre timmar.",
    "– Det är ett steg i rätt riktning, men vi kommer att följa upp att det blir så i praktiken, säger ombudet Eva Lund.",
]


def test_a_membership_pitch_is_not_read() -> None:
    pitch = ["Starkare tillsammans", "Som medlem får du stöd i lönesamtalet, en inkomstförsäkring och rabatt på försäkringar.",
             "Bli medlem nu"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + pitch + _TAIL)))
    assert "Som medlem får du" not in spoken and "Starkare tillsammans" not in spoken
    assert "minst fyra timmar planeringstid" in spoken
    tail = _TAIL + ["", "Inte medlem än? Med oss får du råd om lön och arbetstid och en försäkring som gäller från dag ett."]
    spoken = spoken_text(read_dump("\n".join(_HEAD + tail)))
    assert "Inte medlem än?" not in spoken and "säger ombudet Eva Lund" in spoken


def test_guards() -> None:
    own = ["Som medlem kan du också begära att få ett ombud med dig till lönesamtalet, enligt det nya avtalet.",
           "Som medlem har du rätt till juridisk rådgivning om du blir uppsagd, påminner föreningen."]
    spoken = spoken_text(read_dump("\n".join(_HEAD + own + _TAIL)))
    assert all(line in spoken for line in own)
