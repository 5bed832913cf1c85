"""Where the fetcher may go: public addresses on the usual ports, unless the operator allows more.

A feed's links and a server's redirects are chosen by someone else; followed
blindly they would turn the fetcher against its own host (``http://127.0.0.1:6379/``,
the cloud metadata address ``http://169.254.169.254/``, the newsroom's
intranet). :class:`AddressGuard` resolves a URL's host once and returns a
:class:`Target` with the checked addresses, which :mod:`audiocast.fetch.net`
connects to (the name is not looked up again, so a second DNS answer cannot
swap in another address: no DNS rebinding).

Refused unless allowed: every address that :attr:`ipaddress.IPv4Address.is_global`
calls not global (loopback, RFC 1918 and fc00::/7 private, 100.64/10 shared,
169.254/16 and fe80::/10 link-local, unspecified, reserved, documentation),
multicast, and IPv4 written as IPv6 (``::ffff:127.0.0.1``) as its IPv4 self.
A host name that resolves to several addresses is refused when any of them is.

Ports: 80, 443, the port of the URL the operator gave (the feed's own), and
any in ``ports``. Schemes: http and https only (a ``javascript:`` or ``file:``
link is never fetched nor written).

The allow-list (``[fetch] allow``) holds networks (``"10.0.0.0/8"``,
``"127.0.0.1"``) and host names (``"intranet.example.se"``, or
``"*.example.se"`` for every name under it); an allowed name may resolve to
any address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult, quote, urlsplit

from ..errors import ConfigError, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
_PATH_SAFE = "!#$%&'()*+,/:;=?@[]~"
"""Kept as they are in the request line: reserved characters and existing %-escapes (others are escaped)."""


@dataclass(frozen=True)
class Target:
    """A URL whose host was resolved once and found allowed."""

    url: str
    scheme: str
    host: str
    """The host name as in the URL (sent as ``Host`` and as the TLS server name)."""
    port: int
    path: str
    """Path and query, as sent in the request line."""
    addresses: tuple[str, ...]
    """The checked addresses to connect to, in the resolver's order."""


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host; what may be written as ``source_url``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)


def why_refused(address: IPAddress) -> str | None:
    """Why the fetcher does not connect to ``address`` by default; None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for attribute, words in _KINDS:
        if getattr(address, attribute):
            return words
    if not address.is_global:
        return "not a public address"
    return None


_KINDS: tuple[tuple[str, str], ...] = (
    ("is_loopback", "a loopback address (this machine)"),
    ("is_link_local", "a link-local address (e.g. the cloud metadata service)"),
    ("is_unspecified", "the unspecified address"),
    ("is_multicast", "a multicast address"),
    ("is_private", "a private address (intranet)"),
    ("is_reserved", "a reserved address"),
)
"""The kinds of address refused by default, in the order the reason names them."""


class AddressGuard:
    """Checks URLs against the address, port and scheme rules; see the module docstring."""

    def __init__(self, allow: Sequence[str] = (), ports: Iterable[int] = ()):
        self.networks: list[IPNetwork] = []
        self.hosts: list[str] = []
        for entry in allow:
            self._add(entry)
        self.ports = set(ports)

    def _add(self, entry: str) -> None:
        problem = allow_problem(entry)
        if problem is not None:
            raise ConfigError(f"[fetch] allow: {entry!r} {problem}")
        text = entry.strip().lower().rstrip(".")
        try:
            self.networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            self.hosts.append(text)

    def _host_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == h or (h.startswith("*.") and host.endswith(h[1:])) for h in self.hosts)

    def _address_allowed(self, address: IPAddress) -> bool:
        mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
        return any(address in net or (mapped is not None and mapped in net) for net in self.networks)

    def check(self, url: str, own_port: int | None = None) -> Target:
        """Resolve ``url``'s host and return its :class:`Target`; :class:`FetchError` when refused.

        ``own_port`` is the port of the URL the operator gave (always allowed).
        """
        parts = _split(url)
        scheme = parts.scheme.lower()
        try:
            host = (parts.hostname or "").encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise FetchError(url, f"not a valid host name ({exc})") from exc
        port = parts.port or DEFAULT_PORTS[scheme]
        if port not in (80, 443, own_port, *self.ports):
            raise FetchError(url, f"refused: port {port} is not a web port; add it to [fetch] ports if it is wanted")
        addresses = _resolve(url, host, port)
        if not self._host_allowed(host):
            for address in addresses:
                reason = why_refused(address)
                if reason is not None and not self._address_allowed(address):
                    raise FetchError(url, f"refused: {host} is {reason} ({address}); "
                                          "add it to [fetch] allow if it is the newsroom's own")
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_PATH_SAFE)
        return Target(url, scheme, host, port, path, tuple(str(a) for a in addresses))


def allow_problem(entry: str) -> str | None:
    """Why ``entry`` cannot be in ``[fetch] allow`` (a phrase), or None when it can (for the config check)."""
    text = entry.strip().lower().rstrip(".")
    try:
        ipaddress.ip_network(text, strict=False)
        return None
    except ValueError:
        pass
    name = text[2:] if text.startswith("*.") else text
    if not name or not all(part and part.replace("-", "").isalnum() and part.isascii() for part in name.split(".")):
        return "is neither a network (10.0.0.0/8, 127.0.0.1) nor a host name (intranet.example.se, *.example.se)"
    return None


def _split(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(url, f"refused: only http and https links are fetched, not {parts.scheme or 'no'} scheme")
    if not parts.hostname:
        raise FetchError(url, "not a valid URL (no host name)")
    return parts


def _resolve(url: str, host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot find the host {host} ({exc}); check the address") from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(url, f"cannot find the host {host}; check the address")
    return addresses
