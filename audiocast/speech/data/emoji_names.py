"""Emoji written before the noun that names them ("en 😡-emoji", "⚙️-ikonen",
"🔥-symbolen"): the first part of the compound said in its place (read by
``rules/emoji_compounds.py``). An adjective's part ends in a space ("arg
emoji"), a noun's is joined to the noun as Swedish compounds are
("hjärtemoji", "kugghjulsikonen"); an emoji not here is not named, the noun
alone is said ("en emoji")."""

from __future__ import annotations

# The nouns that name an emoji written before them (their inflected forms start so: "emojin", "ikonen",
# "symbolerna", "smileyn").
EMOJI_NAME_NOUNS = ("emoji", "ikon", "symbol", "smiley", "smajl", "smilis", "tecken", "tecknet")

EMOJI_COMPOUND_HEADS = {
    "😡": "arg ", "😠": "arg ", "🤬": "svärande ", "😂": "skrattande ", "🤣": "skrattande ", "😀": "glad ",
    "😃": "glad ", "😄": "glad ", "😊": "glad ", "🙂": "glad ", "😁": "flinande ", "😉": "blinkande ",
    "😢": "gråtande ", "😭": "gråtande ", "😞": "ledsen ", "🙁": "ledsen ", "😱": "skrikande ", "🤔": "fundersam ",
    "😍": "förälskad ", "🥰": "förälskad ", "😎": "solglasögons", "🤮": "spyende ", "🤡": "clown", "💩": "bajs",
    "❤": "hjärt", "♥": "hjärt", "💔": "krossat hjärta-", "👍": "tumme upp-", "👎": "tumme ner-",
    "👏": "applåd", "🙏": "bön", "🔥": "eld", "⚙": "kugghjuls", "🔔": "klock", "🔍": "förstoringsglas",
    "🔎": "förstoringsglas", "📌": "nål", "📍": "nål", "✅": "bock", "✔": "bock", "❌": "kryss", "⚠": "varnings",
    "⭐": "stjärn", "🌈": "regnbågs", "🎉": "fest", "💯": "hundra-", "🚀": "raket", "🏆": "pokal", "🐐": "get",
    "👀": "ögon", "🍆": "aubergine", "🍑": "persike", "🇸🇪": "Sverigeflagg", "🏳️‍🌈": "regnbågsflagg",
}
