"""The compounds on a percent sign ("2 %-spärren"): which last parts join
"procent" without the joint "-s" (read by ``rules/percent_compounds.py``)."""

from __future__ import annotations

# An adjective's suffix glued to the sign: "100 %-ig" -> "hundraprocentig", "-igt", "-iga".
JOINTLESS_PARTS = ("ig", "igt", "iga")
# The noun "procentenhet(er)" after its count ("+3,1 %-enheter"): no compound, left to the units' rule.
SPACED_PARTS = ("enhet",)
