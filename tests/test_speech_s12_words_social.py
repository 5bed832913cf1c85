"""Session 12, S5: a hashtag or a handle that is one name in mixed case is read whole, not cut at its
capitals ("#LiU" was "hashtag Li U"; symbols asks mixed_capitals.is_mixed_capitals). Sentences written after
the fix, with guards (camel-case tags of words are still cut).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Studenterna taggade bilderna med #LiU i helgen.", "hashtag ell i u i helgen"),
    ("Forskarna på @FoU svarade direkt.", "snabel-a eff o u svarade"),
    ("Debatten fortsatte under #SvD och #DN.", "hashtag ess ve de och"),
])
def test_social_mixed_names(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Inlägget med #VarförInte fick tusen svar.", "hashtag Varför Inte fick"),  # words in camel case
    ("Skriv till @KulturSkolan i Ljusdal.", "snabel-a KulturSkolan i"),  # one as written (session 63)
    ("Följ @SVTsport för resultaten.", "snabel-a ess ve te sport"),  # a known acronym before a word
])
def test_social_mixed_names_guards(text: str, want: str) -> None:
    assert want in normalize(text)
