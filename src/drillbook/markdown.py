"""Markdown writers that escape text from YAML, Faker or people, so it always renders as text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

_ESCAPES = str.maketrans(
    {**{c: "\\" + c for c in "\\`*_{}[]|"}, "&": "&amp;", "<": "&lt;", ">": "&gt;"}
)
_BLOCK_START = re.compile(r"^(\d*)([#+\-.)])")
_FENCE = re.compile(r"`{3,}|~{3,}")


def text(value: str) -> str:
    """``value`` as one line of Markdown that renders as written, never as markup or HTML."""
    escaped = " ".join(value.split()).translate(_ESCAPES)
    return _BLOCK_START.sub(r"\1\\\2", escaped) if escaped[:1] in "#+-.)0123456789" else escaped


def attr(value: str) -> str:
    """``value`` escaped for an HTML attribute or element inside a raw HTML block."""
    return html.escape(" ".join(value.split()), quote=True)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must already be Markdown (e.g. from :func:`text`)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def bullets(items: Iterable[str], *, checkbox: bool = False) -> str:
    """A bullet list (or task list) of plain-text items."""
    mark = "- [ ] " if checkbox else "- "
    return "\n".join(mark + text(item) for item in items)


def admonition(kind: str, title: str, body: str) -> str:
    """A Material admonition holding Markdown ``body``, always open (so it prints)."""
    return f'!!! {kind} "{text(title)}"\n\n{indent(body)}'


def tabs(blocks: Iterable[tuple[str, str]]) -> str:
    """Material content tabs, one per (label, Markdown body)."""
    out = []
    for label, body in blocks:
        out.append(f'=== "{text(label)}"\n\n{indent(body)}')
    return "\n\n".join(out)


def code_block(body: str) -> str:
    """``body`` verbatim in a fenced code block (with Material's copy button)."""
    longest = max((len(m.group()) for m in _FENCE.finditer(body)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence} text\n{body.rstrip()}\n{fence}"


def indent(body: str) -> str:
    """``body`` indented by four spaces (a block inside a list item or admonition)."""
    return "\n".join(f"    {line}" if line.strip() else "" for line in body.splitlines())


def badge(label: str, kind: str) -> str:
    """A small coloured label (``kind`` picks the style in the site's stylesheet)."""
    return f'<span class="drillbook-badge drillbook-badge--{kind}">{html.escape(label)}</span>'


def anchor_id(value: str) -> str:
    """An HTML id for a page anchor, e.g. ``T1070.006`` → ``t1070-006``."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def sections(*parts: str | None) -> str:
    """The non-empty ``parts`` separated by blank lines, ending with a newline."""
    return "\n\n".join(p for p in parts if p) + "\n"
