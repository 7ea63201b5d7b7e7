"""Suggestions for a mistyped name: the one it begins, else a close one, else none."""

from __future__ import annotations

from drillbook.suggest import nearest

KNOWN = ["phishing-payroll-lure", "ransomware-friday-night", "triage-monday-morning"]


def test_a_beginning_names_the_full_id() -> None:
    assert nearest("ransomware", KNOWN) == "ransomware-friday-night"


def test_a_typo_names_the_close_id() -> None:
    assert nearest("phising-payroll-lure", KNOWN) == "phishing-payroll-lure"


def test_nothing_close_suggests_nothing() -> None:
    assert nearest("zebra", KNOWN) is None
    assert nearest("", KNOWN) is None
