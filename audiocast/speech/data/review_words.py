"""Words of a review of a work (a book, a film, a record, a play, a game):
on a line that opens with a grade in stars (read by
``rules/review_grades.py``) they show the stars are the grade, not a
heading's decoration ("★★★ Sjöberg levererar en stabil deckare").
"""

from __future__ import annotations

# Stems: a word of the line that starts with one counts ("deckaren", "romanens", "regissören").
REVIEW_STEMS = tuple("""
recens roman deckare thriller novell diktsamling biografi debut bok boken bokens sidor film regi regiss skådespel
manus album skiva låtar låten singel ep-skiva konsert föreställning pjäs uppsättning musikal opera balett
premiär serie säsong avsnitt spelet datorspel tv-spel dokumentär komedi drama skräckfilm spänningsroman
författar berätta levererar
""".split())
