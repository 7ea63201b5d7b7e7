"""Checking a message against its template: the required parts, and a length that does not drown."""

from __future__ import annotations

from dataclasses import dataclass

from drillbook.org.models import Template


@dataclass(frozen=True)
class DraftCheck:
    """What a message lacks: the labels of missing parts, and its length against the limit."""

    missing: list[str]
    """Labels of the template's parts that the message does not cover."""
    words: int
    """How many words it has."""
    max_words: int
    """The template's limit."""

    @property
    def too_long(self) -> bool:
        """Whether it is longer than the template allows."""
        return self.words > self.max_words

    @property
    def ok(self) -> bool:
        """Whether it has every part and stays short."""
        return not self.missing and not self.too_long

    def describe(self) -> str:
        """What is wrong, in one sentence, or that nothing is."""
        problems = []
        if self.missing:
            problems.append(f"missing {', '.join(self.missing)}")
        if self.too_long:
            problems.append(f"{self.words} words, over the limit of {self.max_words}")
        return "; ".join(problems) if problems else "has every required part and stays short"


def check_draft(text: str, template: Template) -> DraftCheck:
    """Which of ``template``'s parts ``text`` covers (a keyword of the part appears in it)."""
    lowered = text.lower()
    missing = [
        part.label
        for part in template.parts
        if not any(keyword.lower() in lowered for keyword in part.keywords)
    ]
    return DraftCheck(missing, len(text.split()), template.max_words)
