"""Session 7, class 'the furniture of an advice page under its answers: a disclaimer and the writer's bio under a label
in a dump without blank lines' (issue #9; rule ``disclaimer`` in ``ingest/data/boilerplate.tsv``,
:func:`audiocast.ingest.bios.bio_tags` under a label).

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guards are the article's sentence naming where its information comes from and a bio-shaped sentence with the
article's text going on under it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Vårdcentralen Björken\nHitta hit\nBoka tid\nRåd om hälsa\nRåd om hälsa / Barn\n"
         "Feber hos barn – när ska man söka vård?\n2027-01-15\nErik Sjöström, distriktsläkare\n"
         "Feber är vanligt hos små barn och oftast ofarligt. Här svarar distriktsläkaren Erik Sjöström på frågor.\n"
         "Hur hög feber är farligt?\n"
         "Det är inte siffran på termometern som avgör, utan hur barnet mår. Ett barn som leker och dricker är sällan "
         "allvarligt sjukt.\n"
         "När ska jag söka vård?\n"
         "Sök vård om barnet är yngre än tre månader, har svårt att andas eller inte vill dricka.\n")
_FOOT = "Vårdcentralen Björken AB\nStorgatan 5, 931 30 Skellefteå\nIntegritet · Kakor\n"


def test_a_disclaimer_under_the_answers_is_not_read() -> None:
    for notice in ("Texten är allmän information och ersätter inte en bedömning av vårdpersonal.",
                   "Informationen ersätter inte medicinsk rådgivning i det enskilda fallet."):
        spoken = _spoken(_read(_HEAD + notice + "\n" + _FOOT))
        assert notice not in spoken and "inte vill dricka." in spoken


def test_the_writers_bio_under_an_about_label_without_blank_lines_is_not_read() -> None:
    bio = "Om skribenten\nErik Sjöström är specialist i allmänmedicin och har arbetat på vårdcentralen sedan 2012.\n"
    spoken = _spoken(_read(_HEAD + bio + _FOOT))
    assert "Erik Sjöström är specialist" not in spoken and "inte vill dricka." in spoken


def test_the_articles_source_and_a_bio_shaped_sentence_with_text_after_it_stay() -> None:
    source = "Informationen kommer från Folkhälsomyndigheten och 1177.\n"
    assert "Informationen kommer från Folkhälsomyndigheten" in _spoken(_read(_HEAD + source + _FOOT))
    middle = ("Erik Sjöström är själv pappa till tre barn.\nHan påminner om att de flesta febrar går över av sig själva "
              "inom tre dagar, och att vila och vätska är det viktigaste.\n")
    assert "Erik Sjöström är själv pappa till tre barn." in _spoken(_read(_HEAD + middle + _FOOT))
