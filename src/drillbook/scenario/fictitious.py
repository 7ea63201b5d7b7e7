"""A Faker provider for data that cannot belong to anyone: reserved addresses and names.

IPv4 addresses come only from the RFC 5737 documentation ranges or the RFC 1918 private
ranges; domains only from RFC 2606 names. Faker's own ``ipv4_public``, ``domain_name``,
``url`` and ``free_email`` may produce real, routable or registered names, so none is used.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

from faker.providers import BaseProvider

DOCUMENTATION_NETWORKS = tuple(
    ipaddress.IPv4Network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)
"""RFC 5737: addresses reserved for documentation."""

PRIVATE_NETWORKS = tuple(
    ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
"""RFC 1918: addresses that never route on the internet."""

ALLOWED_NETWORKS = DOCUMENTATION_NETWORKS + PRIVATE_NETWORKS
"""Every range a generated address may come from."""

RESERVED_SUFFIXES = ("example", "test", "example.com", "example.org", "example.net")
"""RFC 2606 names under which every generated domain lies."""

_STOP_WORDS = frozenset({"and", "the", "of"})
_ORG_SUFFIXES = ("example", "example.com", "example.org", "example.net")
_ATTACKER_SUFFIXES = ("test", "example", "example.net", "example.org")
_LOOKALIKE_WORDS = ("portal", "login", "verify", "support", "update", "sso", "docs", "mail")


def is_reserved_domain(name: str) -> bool:
    """Whether ``name`` is one of the RFC 2606 names or lies under one."""
    name = name.lower().rstrip(".")
    return any(name == s or name.endswith("." + s) for s in RESERVED_SUFFIXES)


def is_allowed_ip(text: str) -> bool:
    """Whether ``text`` is an IPv4 address in a documentation or private range."""
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return any(address in network for network in ALLOWED_NETWORKS)


def slug(text: str, *, limit: int = 24) -> str:
    """``"Smith, Jones & Co."`` as ``smith-jones-co``: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.lower()) if w not in _STOP_WORDS]
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "org"


class FictitiousProvider(BaseProvider):
    """Addresses, domains and mailboxes that are fictitious by construction."""

    def documentation_ipv4(self) -> str:
        """An address from one of the three RFC 5737 documentation ranges."""
        network = self.random_element(DOCUMENTATION_NETWORKS)
        return str(network.network_address + self.random_int(1, 254))

    def private_prefix(self) -> str:
        """The first two octets of an organisation's internal 10.x network, e.g. ``10.42``."""
        return f"10.{self.random_int(1, 254)}"

    def private_ipv4(self, prefix: str) -> str:
        """An internal address under a prefix from :meth:`private_prefix`."""
        return f"{prefix}.{self.random_int(0, 254)}.{self.random_int(1, 254)}"

    def organisation_domain(self, name: str) -> str:
        """The organisation's domain, built from its name under an RFC 2606 name."""
        return f"{slug(name)}.{self.random_element(_ORG_SUFFIXES)}"

    def lookalike_domain(self, organisation: str, lure: str) -> str:
        """An attacker's look-alike domain, e.g. ``acme-invoice-portal.test``."""
        word = self.random_element(_LOOKALIKE_WORDS)
        suffix = self.random_element(_ATTACKER_SUFFIXES)
        return f"{slug(organisation, limit=12)}-{slug(lure)}-{word}.{suffix}"
