"""The reading of a score and of two teams: "mot" since session 54 ("fyra mot två", "Djurgården mot Hammarby"; session
17 kept the dash silent), a council vote with "mot". Sentences written after the change (other teams, numbers and sports than the
evaluation sets' rows it was measured on)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # goals and results
    ("Sirius slog Brage med 3–0 på Studenternas.", "Sirius slog Brage med tre mot noll på Studenternas."),
    ("Kalix förlorade 2–5 mot Haparanda i går.", "Kalix förlorade två mot fem mot Haparanda i går."),
    ("Laget tappade 3–0 till 3–3 på tio minuter.", "Laget tappade tre mot noll till tre mot tre på tio minuter."),
    ("Efter 1–1 i halvlek gjorde Nilsson 2–1 i 78:e minuten.",
     "Efter ett mot ett i halvlek gjorde Nilsson två mot ett i sjuttioåttonde minuten."),
    # halftime
    ("Ställningen i paus var 0–2 till gästerna.", "Ställningen i paus var noll mot två till gästerna."),
    # periods and sets
    ("Rögle vann 5–3 (2–1, 1–2, 2–0) mot Oskarshamn.", "Rögle vann fem mot tre (två mot ett, ett mot två, två mot noll) mot Oskarshamn."),
    ("Volleybolldamerna föll med 1–3 i set (25–22, 19–25, 21–25, 23–25).",
     "Volleybolldamerna föll med ett mot tre i set (tjugofem mot tjugotvå, nitton mot tjugofem, tjugoett mot tjugofem, "
     "tjugotre mot tjugofem)."),
    ("Tennis: Holm vann 7–5, 2–6, 6–4 i kvartsfinalen.", "Tennis: Holm vann sju mot fem, två mot sex, sex mot fyra i kvartsfinalen."),
    ("Padel: paret föll 3–6, 7–6 (7–3), 4–6.", "Padel: paret föll tre mot sex, sju mot sex (sju mot tre), fyra mot sex."),
    # a series in matches
    ("Jönköping leder finalserien med 3–1 i matcher.", "Jönköping leder finalserien med tre mot ett i matcher."),
    # standings: a table's goals said as the row is read, with no word between them
    ("Tabellen: 1. Kalmar 14 10 2 2 31–12 32", "Tabellen: etta Kalmar fjorton tio två två trettioett tolv trettiotvå"),
    # two teams of several sports
    ("Boden–Luleå 0–4 (0–2) inför 2 300 åskådare.", "Boden mot Luleå noll mot fyra (noll mot två) inför tvåtusentrehundra åskådare."),
    ("Bandy: Villa Lidköping–Västerås SK 6–2.", "Bandy: Villa Lidköping mot Västerås ess kå sex mot två."),
    ("Handboll: Alingsås HK–IFK Skövde 27–27 (13–15).",
     "Handboll: Alingsås hå kå mot i eff kå Skövde tjugosju mot tjugosju (tretton mot femton)."),
    ("Innebandy: Pixbo–Storvreta 4–5 efter förlängning.", "Innebandy: Pixbo mot Storvreta fyra mot fem efter förlängning."),
    ("Derbyt Leksand–Mora lockade 7 000.", "Derbyt Leksand mot Mora lockade sjutusen."),
    ("Kvällens match: Östersund–Sundsvall 19.00.", "Kvällens match: Östersund mot Sundsvall nitton."),
    # votes keep "mot"
    ("Motionen avslogs med 33–28 i kommunfullmäktige.", "Motionen avslogs med trettiotre mot tjugoåtta i kommunfullmäktige."),
    ("Regionstyrelsen röstade 9–6 för nedläggningen.", "Regionstyrelsen röstade nio mot sex för nedläggningen."),
    ("Budgeten klubbades med siffrorna 52–49 i fullmäktige.",
     "Budgeten klubbades med siffrorna femtiotvå mot fyrtionio i fullmäktige."),
    ("Beslutet togs med siffrorna 45–16 efter votering.", "Beslutet togs med siffrorna fyrtiofem mot sexton efter votering."),
    ("Yrkandet om återremiss föll med 14–11.", "Yrkandet om återremiss föll med fjorton mot elva."),
    # a half-point score keeps "mot"; a range keeps "till"
    ("Schacklaget vann 5½–2½ mot Lund.", "Schacklaget vann fem och en halv mot två och en halv mot Lund."),
    ("Kursen är för barn 9–12 år.", "Kursen är för barn nio till tolv år."),
]


@pytest.mark.parametrize(("written", "said"), CASES)
def test_score_and_vote_said_mot(written: str, said: str) -> None:
    assert normalize(written) == said
