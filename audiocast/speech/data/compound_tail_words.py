"""More clipped heads that end a compound with their stop (session 19, the
everyday paper's notices, school and care pages): "Sjuksköterskeutb." ->
"Sjuksköterskeutbildning", "kulturförv." -> "kulturförvaltning",
"Barnmott." -> "Barnmottagning", "Ögonklin." -> "Ögonklinik",
"affärsutv." -> "affärsutveckling". Merged into
``abbreviations.COMPOUND_TAIL_ABBREVIATIONS`` (its entries win).

Risk: no Swedish word ends in these letters and a stop, so a glued stem
before them is a compound cut short; the stem must have three letters or
more (the rule's own guard), and a compound already in the tables is left
to them ("vidareutb.").
"""

from __future__ import annotations

MORE_COMPOUND_TAILS = {
    "utb.": "utbildning", "förv.": "förvaltning", "mott.": "mottagning", "klin.": "klinik", "utv.": "utveckling",
    # a league's name clipped at the end of its compound ("Damallsv.", "Superettan" aside; session 46, normalize164)
    "allsv.": "allsvenskan",
    # a parish signing a church's notice ("/Linköpings domkyrkoförs."; session 47, normalize169; not "förs." alone:
    # "framförs.", "genomförs." are verbs in the passive)
    "kyrkoförs.": "kyrkoförsamling",
    # a government bill by its kind, the one of its year, so definite ("enligt budgetprop. 2025/26:1": "enligt
    # budgetpropositionen", "i vårprop."; session 62, normalize449; "prop." alone before a number is the label)
    "prop.": "propositionen",
    # a fee by its kind cut short at the end ("serv.avg.", its head read by now: "serviceavg."; session 62)
    "avg.": "avgift",
    # a cleaning's kind cut short ("Slutstäd. ingår ej": session 65, normalize525)
    "städ.": "städning",
}
