"""Which URLs the fetcher may go to: addresses, ports, schemes and the allow-list (no connection made)."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest

from audiocast.errors import ConfigError, FetchError
from audiocast.fetch import AddressGuard, is_web_url, why_refused

REFUSED_in = [
    "127.0.0.1", "127.1.2.3", "::1",                       # loopback
    "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "fc00::1", "fd12:3456::1",  # private
    "169.254.169.254", "169.254.1.1", "fe80::1",           # link-local, the metadata service
    "0.0.0.0", "::",                                       # unspecified
    "224.0.0.1", "239.255.255.250", "ff02::1",             # multicast
    "240.0.0.1", "255.255.255.255",                        # reserved, broadcast
    "100.64.0.1",                                          # shared (carrier-grade NAT)
    "192.0.2.10", "2001:db8::1",                           # documentation
    "::ffff:127.0.0.1", "::ffff:169.254.169.254",          # IPv4 written as IPv6
]
PUBLIC_in = ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "194.71.11.69"]


@pytest.mark.parametrize("address", REFUSED_in)
def test_refused_addresses(address: str):
    assert why_refused(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", PUBLIC_in)
def test_public_addresses(address: str):
    assert why_refused(ipaddress.ip_address(address)) is None


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A resolver from a table the test fills; every lookup is counted under '#lookups'."""
    table: dict[str, list[str]] = {"#lookups": []}

    def fake(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        table["#lookups"].append(host)
        try:
            addresses = table[host] if host in table else [str(ipaddress.ip_address(host))]
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return table


def test_names_are_resolved_and_every_address_checked(dns: dict[str, list[str]]):
    dns["news.example"] = ["93.184.216.34", "2606:4700:4700::1111"]
    dns["evil.example"] = ["127.0.0.1"]
    dns["metadata.example"] = ["169.254.169.254"]
    dns["mixed.example"] = ["93.184.216.34", "10.0.0.5"]
    guard = AddressGuard()
    target = guard.check("https://news.example/a?b=1")
    assert (target.host, target.port, target.path) == ("news.example", 443, "/a?b=1")
    assert target.addresses == ("93.184.216.34", "2606:4700:4700::1111")
    for host, words in [("evil", "loopback"), ("metadata", "link-local"), ("mixed", "private")]:
        with pytest.raises(FetchError, match=words) as info:
            guard.check(f"http://{host}.example/")
        assert "[fetch] allow" in info.value.reason and "\n" not in str(info.value)
    with pytest.raises(FetchError, match="cannot find the host"):
        guard.check("http://nowhere.example/")


def test_numeric_tricks_are_resolved_before_the_check():
    guard = AddressGuard()
    # getaddrinfo reads these numerically (no network); what counts is the address they mean.
    for url in ["http://2130706433/", "http://0x7f.1/", "http://127.1/", "http://[::ffff:7f00:1]/",
                "http://0/", "http://[::]/"]:
        with pytest.raises(FetchError, match="refused"):
            guard.check(url)


def test_allow_list(dns: dict[str, list[str]]):
    dns["intranet.example.se"] = ["10.20.30.40"]
    dns["wiki.example.se"] = ["192.168.5.5"]
    dns["other.example"] = ["10.99.0.1"]
    guard = AddressGuard(["10.20.0.0/16", "172.16.0.1"])
    assert guard.check("http://intranet.example.se/").addresses == ("10.20.30.40",)
    assert guard.check("http://172.16.0.1/").addresses == ("172.16.0.1",)
    with pytest.raises(FetchError, match="private"):
        guard.check("http://other.example/")
    named = AddressGuard(["*.example.se", "other.example"])
    assert named.check("http://wiki.example.se/").addresses == ("192.168.5.5",)
    assert named.check("http://other.example/").addresses == ("10.99.0.1",)
    with pytest.raises(FetchError, match="loopback"):
        named.check("http://127.0.0.1/")
    for bad in ["", "10.0.0.0/33", "intranet example", "http://x.se/"]:
        with pytest.raises(ConfigError, match=r"\[fetch\] allow"):
            AddressGuard([bad])


def test_ports(dns: dict[str, list[str]]):
    dns["news.example"] = ["93.184.216.34"]
    guard = AddressGuard()
    assert guard.check("http://news.example:443/").port == 443
    with pytest.raises(FetchError, match=r"port 6379 .*\[fetch\] ports"):
        guard.check("http://news.example:6379/", own_port=80)
    assert guard.check("http://news.example:8080/", own_port=8080).port == 8080
    assert AddressGuard(ports=[8080]).check("http://news.example:8080/", own_port=443).port == 8080


URL_in_out = [
    ("https://example.se/a", True),
    ("http://example.se", True),
    ("HTTPS://EXAMPLE.SE/", True),
    ("javascript:alert(1)", False),
    ("JavaScript:alert(document.cookie)//http://x.se", False),
    ("data:text/html,<script>", False),
    ("file:///etc/passwd", False),
    ("ftp://example.se/x", False),
    ("mailto:red@example.se", False),
    ("//example.se/a", False),
    ("http:///nohost", False),
    ("http://[::1", False),
]


@pytest.mark.parametrize(("url", "ok"), URL_in_out)
def test_only_web_urls(url: str, ok: bool):
    assert is_web_url(url) is ok
    if not ok:
        with pytest.raises(FetchError):
            AddressGuard(["0.0.0.0/0", "::/0"]).check(url)


def test_the_request_line_is_ascii(dns: dict[str, list[str]]):
    dns["xn--rksmrgs-5wao1o.se"] = ["93.184.216.34"]
    target = AddressGuard().check("https://räksmörgås.se/nyheter/älg på vägen?q=å&x=%C3%A5")
    assert target.host == "xn--rksmrgs-5wao1o.se"
    assert target.path == "/nyheter/%C3%A4lg%20p%C3%A5%20v%C3%A4gen?q=%C3%A5&x=%C3%A5"
