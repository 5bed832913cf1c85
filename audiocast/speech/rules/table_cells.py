"""The cells of a table row written with tabs ("Kultur\\t14\\t960 000 kr"),
said one after the other with a pause between them.

Extracted articles keep a table's row as one line with a tab between its
cells. Without a mark between them the cells ran together: two numbers of
neighbouring columns became one ("14\\t960 000 kr" -> "fjorton miljoner
niohundrasextiotusen kronor", "256\\t301" -> one number of six digits), and
a header row ("Skola\\tElever\\tLärare") was said as one phrase. The HTML
reader joins a table's cells with spaced dashes instead ("Kultur – 14 – 960
000 kr"), and the dash between two numbers was read as a range ("fjorton
till niohundrasextiotusen kronor") or a score ("mot"): a row of that shape
gets the same pauses. Called by ``cleanup.clean`` first (so also before the
lexicon), only when the line holds a tab or two spaced dashes and a digit.
"""

from __future__ import annotations

import re

from ..report import Trace

# A cell that is a figure: a number (signed, grouped, decimal), with a unit of a few letters or a percent
# sign, and the change since last time in brackets ("12 (+1)", "6 (±0)").
_FIGURE_CELL = re.compile(r"[+−±-]?\d[\d \u00a0]*(?:[,.]\d+)?(?:\s?(?:%|‰|°C|[a-zåäö]{1,6}\.?))?"
                          r"(?:\s?\([+−±-]?\d[\d \u00a0]*(?:[,.]\d+)?\s?%?\))?")  # "12 (+1)": last time's change after it
_ROW_DASH = " – "

# One boundary between two cells: tabs with the spaces around them.
_CELL_GAP = re.compile(r"[ \u00a0]*\t[\t \u00a0]*")
# A cell already closed by a mark the voice pauses at (or a dash that ranges over the gap).
_CLOSED = (",", ";", ":", ".", "!", "?", "–", "-")


def table_cells(text: str, trace: Trace | None = None) -> str:
    """Each tab between two cells of a row becomes a comma and a space (a
    pause), so every cell is read on its own: "Bergsskolan\\t214\\t19" ->
    "Bergsskolan, tvåhundrafjorton, nitton"; tabs at the start or end of the
    line are dropped, a run of tabs (an empty cell) is one pause, and a cell
    that already ends with a stop or a comma gets only a space. Class "table
    cell" in the trace.

    Risk: a tab that only spaces out prose (pasted text) is read as a pause.
    """
    if "\t" not in text:
        return text
    text = text.strip(" \t\u00a0")

    def gap(m: re.Match[str]) -> str:
        before = text[: m.start()]
        sep = " " if before.endswith(_CLOSED) else ", "
        if trace is not None:
            trace.change("\\t", sep.strip() or " ", "table cell")
        return sep

    return _CELL_GAP.sub(gap, text)


def dash_row(text: str, trace: Trace | None = None) -> str:
    """A table's row whose cells the HTML reader joined with spaced dashes:
    a label without digits, then two or more cells that are all figures
    ("Hälleby – 18 422 – 518 – 2,9", "Ja – 4 812 – 38,6 %", "Kultur – 14 –
    960 000 kr", an election's "Partiet – 3 412 – 28,8 % – +1,2 – 12 (+1)"): each dash becomes a comma, so no range ("till") or score
    ("mot") is read across two columns. Class "table cell" in the trace.

    Guards: a label holding a digit ("Öppet 10 – 14 – välkomna!"), a cell
    of words ("Skövde – Lugi 24 – 18", "Jönköping – Huskvarna – 12 km"), a
    single dash ("Lag A – 3") keep the old reading. Risk: a line of a label
    and two bare figures joined by spaced dashes that is a range after all
    ("Öppet – 10 – 14") is read as three cells.
    """
    if text.count(_ROW_DASH) < 2:
        return text
    cells = text.split(_ROW_DASH)
    label = cells[0]
    if not label.strip() or any(c.isdigit() for c in label):
        return text
    figures = [c.strip() for c in cells[1:]]
    if not all(_FIGURE_CELL.fullmatch(c) for c in figures):
        return text
    if trace is not None:
        trace.change(text, ", ".join([label.rstrip()] + figures), "table cell")
    return ", ".join([label.rstrip()] + figures)


__all__ = ["dash_row", "table_cells"]
