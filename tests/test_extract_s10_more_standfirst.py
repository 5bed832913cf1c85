"""Session 10 (E3), a long headline over a standfirst only a little longer (issue #9; headdigest._dek_size).

A local paper sets a headline of seven words with a verb, and under it a standfirst of nine set without a full stop
("Skolan i Bergvik får ny matsal efter protester" / "Föräldrarnas krav gav resultat: kommunen bygger om till hösten"),
over the date line and the byline. The standfirst, nearer the date line and longer, outscored the headline: it was
read as the headline (an invented page of a paywalled paper). A headline of six words or more with a finite verb has a
standfirst under it that is longer still, whatever the ratio. Written after the fix, on other sites; the guard keeps
a place's name over a headline its kicker.
"""

from __future__ import annotations

from extract_helpers import read_dump

_TOP = "Hoppa till innehållet\nMeny\nLogga in\n\nKustnytt\nNyheter\nSport\nKultur\n\nNyheter\n"
_BODY = ("\nPublicerad 08:15 | Uppdaterad 09:02\nMaria Holm\n\n"
         "Efter flera års diskussioner har tekniska nämnden beslutat att hamnen ska få en ny pir. Arbetet börjar i "
         "augusti och ska vara klart nästa sommar.\n"
         "– Det har varit en lång process, men nu är vi i mål, säger nämndens ordförande Ali Karimi.\n"
         "Piren byggs i betong och blir dubbelt så lång som den gamla.\n\nLäs mer\nNy färjelinje till ön\n")


def test_a_headline_with_a_verb_over_a_standfirst_only_a_little_longer() -> None:
    page = (_TOP + "Hamnen i Kustby får ny pir efter stormen\n"
            "Nämnden sa ja i går: bygget börjar redan i augusti" + _BODY)
    article = read_dump(page)
    assert article.title == "Hamnen i Kustby får ny pir efter stormen"
    assert (article.lead or "").startswith("Nämnden sa ja")


def test_a_sports_headline_over_its_standfirst() -> None:
    page = (_TOP + "Kustby IF besegrade Norrby inför rekordpublik igen\n"
            "Två sena mål avgjorde: laget leder nu serien ensamt" + _BODY)
    assert read_dump(page).title == "Kustby IF besegrade Norrby inför rekordpublik igen"


def test_a_place_over_a_headline_with_a_colon_stays_a_kicker() -> None:
    page = _TOP + "Hamnen i Kustby\nNämnden sa ja: bygget av nya piren börjar i augusti" + _BODY
    assert read_dump(page).title == "Nämnden sa ja: bygget av nya piren börjar i augusti"
