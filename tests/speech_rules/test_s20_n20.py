"""Session 20 round 6 (N20, words of normalize50-60), written after each fix on new sentences:
".com" written "com" as every writer wrote it (espeak-ng says "com" and the old respelling "komm" alike)."""

from __future__ import annotations

from audiocast.speech.rules.contact import urls_emails

from . import check


def test_dot_com_written_com() -> None:
    _in = [
        "Boka på biljettkontoret.com i dag.",
        "Mejla kassören på lotta.holm@outlook.com.",
        "Se schemat på www.fotbollsskolan.com/vår.",
        "Läs mer på KLUBBEN.COM.",
        "Hon skriver på bygdebladet.nu och bygdebladet.net.",  # guard: the other top domains as before
    ]
    _out = [
        "Boka på biljettkontoret punkt com i dag.",
        "Mejla kassören på lotta punkt holm snabel-a outlook punkt com.",
        "Se schemat på fotbollsskolan punkt com snedstreck vår.",
        "Läs mer på klubben punkt com.",
        "Hon skriver på bygdebladet punkt nu och bygdebladet punkt nätt.",
    ]
    check(urls_emails, _in, _out)
