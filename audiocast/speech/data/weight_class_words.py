"""A wrestling style's short form after a weight class ("60 kg gr", "50 kg
fr"): the style in full, as the same reports write it elsewhere ("57 kg
fristil", "67 kg grekisk-romersk stil"). Read by ``rules/weight_classes.py``.
"""

from __future__ import annotations

WRESTLING_STYLES = {"gr": "grekisk-romersk", "fr": "fristil", "GR": "grekisk-romersk", "FR": "fristil"}
