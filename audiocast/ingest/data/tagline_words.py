"""Word tables of a site's tagline, the line that says what the site is (read by :mod:`..headtaglines`).

Each table is a shape that holds on any site, never one site's words: the site named as a part of its organisation
("En del av …") and the site describing itself by its kind with an indefinite article ("Ett nyhetsbrev om …", "En
mötesplats för …").
"""

from __future__ import annotations

SITE_KINDS = frozenset("""
    nyhetsbrev veckobrev månadsbrev medlemsbrev tidning tidskrift lokaltidning nättidning webbtidning medlemstidning
    gratistidning veckotidning magasin podd podcast blogg webbplats sajt nyhetssajt sida hemsida portal forum kanal
    nätverk plats mötesplats samlingsplats träffpunkt förening organisation rörelse gemenskap guide community
    krets lokalkrets avdelning lokalavdelning klubb sällskap förbund
""".split())
"""What a site calls itself in its tagline: a newsletter, a paper, a blog, a meeting place, an association (and since
session 34 a branch or a club of one: "– en lokal krets för natur och miljö sedan 1971")."""

KIND_LINKS = frozenset("om för från med i på vid där till av kring".split())
"""The word that follows the kind in a tagline ("om mat och krogar", "för sjöfolk", "från Näset")."""

PART_OF = ("en del av", "del av")
"""How a site names the organisation it belongs to ("En del av Unga Örnar Dalarna", "Del av Härnösands kommun")."""

SITE_VOICE = frozenset("vi våra vårt oss".split())
"""The site speaking of itself in a section's name ("Möt våra medarbetare", "Vi reder ut", "Du frågar – vi svarar");
not "vår", which is the spring as often ("Sophämtningen ändras i vår")."""
SECTION_CALLS = frozenset("möt träffa läs se följ upptäck lär hör".split())
"""The imperative a section's name opens with, inviting the reader ("Möt våra medarbetare", "Träffa föreningen")."""
