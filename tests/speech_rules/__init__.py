"""Rule tables for ``audiocast.speech.rules``: one test module per rules module.

Each test is an ``_in``/``_out`` table (after gTTS's
``gtts/tokenizer/tests/test_pre_processors.py``): the rule alone, applied to
each written input, must give the spoken output on the same row.
"""

from __future__ import annotations

from audiocast.speech.rules import SpeechRule


def check(rule: SpeechRule, _in: list[str], _out: list[str]) -> None:
    """Every row of the table: ``rule(_in[i]) == _out[i]``."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert rule(text, None) == want, f"{rule.__name__}({text!r})"
