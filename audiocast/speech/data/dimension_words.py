"""The letters of a measure's dimension before its number ("B 160 × D 50 × H 96 cm"), read by
``rules/dimension_letters.py``."""

DIMENSION_LETTERS: dict[str, str] = {
    "B": "bredd",
    "D": "djup",
    "Dj": "djup",
    "H": "höjd",
    "L": "längd",
}
