"""Generated scenarios hold no routable address, real-looking domain or real mailbox."""

from __future__ import annotations

import ipaddress
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from drillbook.project import Project
from drillbook.scenario.catalogue import scenario
from drillbook.scenario.fictitious import is_allowed_ip, is_reserved_domain
from tests.factories import REPO

IDS = sorted(p.stem for p in (REPO / "scenarios").glob("*.yaml"))
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![\w.@-])((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(?![\w@-]|\.\w)", re.IGNORECASE)
FILE_TYPES = {"aspx", "jsp", "txt"}
"""File names the templates mention (status.jsp, README_RESTORE.txt); none is a top-level domain."""

ALLOWED = [
    *(ipaddress.IPv4Network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")),
    *(ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
]
SUFFIXES = ("example", "test", "example.com", "example.org", "example.net")


def offending(text: str) -> list[str]:
    """Every address, mailbox domain or domain in ``text`` outside the reserved names."""
    bad = [ip for ip in IPV4.findall(text) if not _in_ranges(ip)]
    bad += [d for d in EMAIL.findall(text) if not _reserved(d)]
    for name in DOMAIN.findall(text):
        last = name.rsplit(".", 1)[1].lower()
        if not _reserved(name) and last not in FILE_TYPES:
            bad.append(name)
    return bad


def _in_ranges(ip: str) -> bool:
    address = ipaddress.IPv4Address(ip)
    return any(address in network for network in ALLOWED)


def _reserved(domain: str) -> bool:
    domain = domain.lower()
    return any(domain == s or domain.endswith("." + s) for s in SUFFIXES)


@settings(max_examples=300, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**64 - 1),
    scenario_id=st.sampled_from(IDS),
    difficulty=st.sampled_from(["introductory", "standard", "advanced"]),
)
def test_no_real_address_or_domain_anywhere(
    shipped: Project, seed: int, scenario_id: str, difficulty: str
) -> None:
    text = scenario(shipped, scenario_id, seed, difficulty).to_json()
    assert offending(text) == []


def test_the_scanner_catches_real_names() -> None:
    text = "bob@corp.io from 8.8.8.8 via login.microsoft.com, ok 10.1.2.3, x.example. At corp.io."
    assert offending(text) == ["8.8.8.8", "corp.io", "login.microsoft.com", "corp.io"]


def test_provider_checks_agree_with_the_rfcs() -> None:
    assert is_allowed_ip("203.0.113.7") and is_allowed_ip("172.31.0.1")
    assert not is_allowed_ip("203.0.114.7") and not is_allowed_ip("1.1.1.1")
    assert is_reserved_domain("acme.example") and is_reserved_domain("a.b.example.net")
    assert not is_reserved_domain("example.co") and not is_reserved_domain("notexample.com")
