"""``audiocast.speech.rules.contact``: web and e-mail addresses, phone numbers.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): each rule
alone, on the written form, as it reads it today.
"""

from __future__ import annotations

from audiocast.speech.rules.contact import phone_numbers, urls_emails

from . import check


def test_urls_emails() -> None:
    _in = [
        "www.svt.se",
        "info@botkyrka.se",
        "https://polisen.se/anmal",
        "Läs mer på botkyrka.se/nyheter.",
        "Mejla anna.berg@tumba-gymnasium.se.",
        "Gå till 1177.se.",
        "www.dn.se",
    ]
    _out = [
        "ess ve te punkt se",
        "info snabel-a botkyrka punkt se",
        "polisen punkt se snedstreck anmal",
        "Läs mer på botkyrka punkt se snedstreck nyheter.",
        "Mejla anna punkt berg snabel-a tumba bindestreck gymnasium punkt se.",
        "Gå till elva sjuttiosju punkt se.",
        "de enn punkt se",
    ]
    check(urls_emails, _in, _out)


def test_phone_numbers() -> None:
    _in = [
        "08 530 623 60",
        "070-123 45 67",
        "0771-14 14 14",
        "Ring 112.",
        "112 personer",
        "+46 8 530 623 60",
        "på 114 14.",
        "0701234567",
        "Ring 90 000.",
        "Publiken var 90 000.",
        "Ring 123 45 om du vill.",
        "Han ringde 300 gånger.",
        "0812345678",
        "Ring 1177 om du är sjuk.",
        "Tel. 08-123 456 78",
        "+46 (0)70 123 45 67",
    ]
    _out = [
        "noll åtta femhundratrettio sexhundratjugotre sextio",
        "noll sjuttio hundratjugotre fyrtiofem sextiosju",
        "noll sju sju ett fjorton fjorton fjorton",
        "Ring ett ett två.",
        "112 personer",
        "plus fyrtiosex åtta femhundratrettio sexhundratjugotre sextio",
        "på ett ett fyra ett fyra.",
        "noll sjuttio hundratjugotre fyrtiofem sextiosju",
        "Ring nittio noll noll noll.",
        "Publiken var 90 000.",
        "Ring hundratjugotre fyrtiofem om du vill.",
        "Han ringde 300 gånger.",
        "noll åtta hundratjugotre fyrahundrafemtiosex sjuttioåtta",
        "Ring elva sjuttiosju om du är sjuk.",
        "Tel. noll åtta hundratjugotre fyrahundrafemtiosex sjuttioåtta",
        "plus fyrtiosex sjuttio hundratjugotre fyrtiofem sextiosju",
    ]
    check(phone_numbers, _in, _out)


def test_paragraph_is_not_a_service_number() -> None:
    check(phone_numbers, ["KS § 112 och ring 112"], ["KS § 112 och ring ett ett två"])


def test_service_number_after_its_name() -> None:
    # a service number named by its service is dialled, whatever verb follows
    _in = ["Vårdguiden 1177 hjälper dig", "ring jouren 112 nu"]
    _out = ["Vårdguiden elva sjuttiosju hjälper dig", "ring jouren ett ett två nu"]
    check(phone_numbers, _in, _out)


def test_service_number_before_a_word_not_counted() -> None:
    _in = ["svarar på 1177 hela dygnet", "ring 112 genast", "tog emot 1177 samtal", "1177 nya fall"]
    _out = ["svarar på elva sjuttiosju hela dygnet", "ring ett ett två genast", "tog emot 1177 samtal", "1177 nya fall"]
    check(phone_numbers, _in, _out)


def test_phone_groups_as_said() -> None:
    # a comma after the area code; each written group said as a number (session 17's grouped reading)
    _in = ["på 0910-456 78", "via 031-20 40 60", "på 08-765 432 10", "0733-111 22 33"]
    _out = ["på noll nio ett noll fyrahundrafemtiosex sjuttioåtta", "via noll trettioett tjugo fyrtio sextio",
            "på noll åtta sjuhundrasextiofem fyrahundratrettiotvå tio", "noll sju tre tre hundraelva tjugotvå trettiotre"]
    check(phone_numbers, _in, _out)
