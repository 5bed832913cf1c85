"""A table in a text dump: a browser's select-all copy puts a tab between a row's cells. The dump reader joins
them with " – ", as the HTML reader joins a table's cells, so the voice pauses between cells instead of reading
two cells' figures as one number ("18 422<TAB>518" is not "arton miljoner ...").

Every page here was written for these tests, after the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import load
from audiocast.ingest.dumpclean import clean_text, table_row
from audiocast.speech import normalize

RESULTS = """Västbygdens Nyheter
Nyheter
Sport
Kultur

Så röstade kommunerna i valet till regionfullmäktige
Publicerad 16 september 2026

Valdeltagandet steg i alla fyra kommunerna i Västbygden jämfört med förra valet.

Kommun\tRöster\tOgiltiga\tValdeltagande
Norrvik\t12 408\t96\t84,1 %
Sjöhamra\t7 215\t41\t81,7 %
Ekeby\t3 960\t28\t79,9 %

Störst ökning hade Ekeby, där deltagandet steg med nästan fyra procentenheter.

Dela artikeln
© Västbygdens Nyheter
"""


@pytest.mark.parametrize(("line", "cells"), [
    ("Norrvik\t12 408\t96\t84,1 %", ["Norrvik", "12 408", "96", "84,1 %"]),
    ("Lag\t\tS\tV\tP", ["Lag", "S", "V", "P"]),  # an empty cell (two tabs) leaves no empty pause
    ("  Sjöhamra \t 7 215\t", ["Sjöhamra", "7 215"]),  # spaces around cells and a trailing tab
])
def test_a_rows_cells_are_joined_by_a_dash(line: str, cells: list[str]):
    assert table_row(line).split(" – ") == cells


def test_lines_without_cells_are_left_as_they_are():
    assert table_row("Valdeltagandet steg i alla kommuner.") == "Valdeltagandet steg i alla kommuner."
    assert clean_text("\tIndragen rad\n  två  mellanslag ") == "Indragen rad\ntvå mellanslag"


def test_a_dumps_results_table_is_read_cell_by_cell(tmp_path: Path):
    page = tmp_path / "val.txt"
    page.write_text(RESULTS, encoding="utf-8")
    article = load(page)
    assert article.title == "Så röstade kommunerna i valet till regionfullmäktige"
    texts = [b.text for b in article.blocks] + [i for b in article.blocks for i in b.items]
    row = next(t for t in texts if t.startswith("Norrvik"))
    assert row == "Norrvik – 12 408 – 96 – 84,1 %"
    spoken = normalize(row)
    assert "tolvtusenfyrahundraåtta" in spoken and "nittiosex" in spoken
    assert "miljoner" not in spoken  # two cells' figures never read as one number
    assert "till" not in spoken.split()  # nor as a range
