"""The Swedish statutes' short names with the words their full names end with (s22-N24).

Read by ``rules/law_glosses.py``: a law's short name written right after its own full name, in brackets or after
a comma ("brottsbalken (BrB)", "socialtjänstlagen (2001:453), SoL", "lagen ... om vård av missbrukare i vissa fall
(LVM)"), is said spelled, as every writer of the blind sets said it; the table tells which name a short name
glosses. The whole class: the codes, balks and laws a Swedish court, agency or council cites by letters.
"""

from __future__ import annotations

# Short name -> the last words of the full name it stands for (lowercase). A name that ends in a common word
# ("... om vård av unga") is given by its last three words, so a short name is taken for a gloss only right
# after its own law.
LAW_GLOSS_ENDINGS: dict[str, str] = {
    # the balks
    "BrB": "brottsbalken", "RB": "rättegångsbalken", "MB": "miljöbalken", "FB": "föräldrabalken",
    "ÄB": "ärvdabalken", "JB": "jordabalken", "UB": "utsökningsbalken", "ÄktB": "äktenskapsbalken",
    "SFB": "socialförsäkringsbalken", "HB": "handelsbalken",
    # the fundamental laws
    "RF": "regeringsformen", "TF": "tryckfrihetsförordningen", "YGL": "yttrandefrihetsgrundlagen",
    "SO": "successionsordningen", "RO": "riksdagsordningen",
    # the laws of councils, agencies and courts
    "KL": "kommunallagen", "FL": "förvaltningslagen", "FPL": "förvaltningsprocesslagen",
    "OSL": "sekretesslagen", "SoL": "socialtjänstlagen", "PBL": "bygglagen", "SkolL": "skollagen",
    "SkL": "skollagen", "HSL": "sjukvårdslagen", "PL": "polislagen", "OL": "ordningslagen",
    "UtlL": "utlänningslagen", "LOU": "upphandling", "LSS": "funktionshindrade",
    "LVU": "vård av unga", "LVM": "i vissa fall", "LPT": "psykiatrisk tvångsvård",
    "LRV": "rättspsykiatrisk vård", "LAS": "anställningsskydd", "MBL": "medbestämmandelagen",
    "AML": "arbetsmiljölagen", "ABL": "aktiebolagslagen", "DL": "diskrimineringslagen",
    "IL": "inkomstskattelagen", "SFL": "skatteförfarandelagen", "ML": "mervärdesskattelagen",
    "AvtL": "avtalslagen", "KköpL": "konsumentköplagen", "KKL": "konsumentkreditlagen", "KöpL": "köplagen",
    "TrF": "trafikförordningen", "AlkL": "alkohollagen", "JL": "jaktlagen",
    "DSF": "dataskyddsförordningen", "GDPR": "dataskyddsförordningen", "LEK": "kommunikation",
}
