"""The labels of a product's or a vehicle's serial code (s21-N23): after one, a code of capitals and digits joined
by dashes ("tillverkningsnummer 6C5-1012345", "ramnummer WTU-1234567") is read out to be written down.

Read by ``rules/serial_codes.py``. The whole class of such labels a Swedish notice, ad or police report writes
(lower case; "nr" forms too). Case, diary and police numbers ("dnr", "ärendenummer") have their own rules.
"""

from __future__ import annotations

SERIAL_LABELS = frozenset("""
serienummer serienumret serienr serienr. tillverkningsnummer tillverkningsnumret tillverkningsnr tillverkningsnr.
ramnummer ramnumret ramnr ramnr. chassinummer chassinumret chassinr chassinr. motornummer motornumret motornr motornr.
skrovnummer skrovnumret skrovnr skrovnr. imei-nummer imei-numret imei produktnummer produktnumret produktnr produktnr.
modellnummer modellnumret modellnr modellnr. reservdelsnummer reservdelsnumret tillverkarnummer typnummer typnr
identifikationsnummer fordonsidentifikationsnummer vin-nummer vin-numret chipnummer chipnumret id-nummer id-numret
""".split())
