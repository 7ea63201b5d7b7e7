"""Printable pages as a few kinds of blocks, written out as Markdown or self-contained HTML.

Pages are built once as blocks and rendered twice, so the Markdown and the HTML of a pack
always say the same thing. All text is escaped: whatever a template or Faker puts in a
string shows as that string, never as markup. The HTML loads nothing from outside itself.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from drillbook.markdown import text
from drillbook.printable import printable_page


@dataclass(frozen=True)
class Heading:
    """A section title; level 1 is the page title."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Running text, with an optional bold lead-in such as ``Owner:``."""

    text: str
    lead: str = ""


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    items: Sequence[str]


@dataclass(frozen=True)
class Table:
    """A table with a header row."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Card:
    """A boxed unit that is never split across printed pages, e.g. one inject."""

    title: str
    blocks: Sequence[Block] = ()
    kind: str = "card"


Block = Heading | Paragraph | Bullets | Table | Card
"""Anything a page holds."""


@dataclass(frozen=True)
class Page:
    """A printable page: a title and its blocks."""

    title: str
    blocks: list[Block] = field(default_factory=list)


def to_markdown(page: Page) -> str:
    """The page as Markdown."""
    lines = [f"# {text(page.title)}", ""]
    for block in page.blocks:
        lines += _md_block(block)
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * (block.level + 1)} {text(block.text)}", ""]
    if isinstance(block, Paragraph):
        lead = f"**{text(block.lead)}** " if block.lead else ""
        return [lead + text(block.text), ""]
    if isinstance(block, Bullets):
        return [f"- {text(item)}" for item in block.items] + [""]
    if isinstance(block, Table):
        rows = [block.headers, ["---"] * len(block.headers), *block.rows]
        out = []
        for n, row in enumerate(rows):
            cells = row if n == 1 else [text(c) for c in row]
            out.append("| " + " | ".join(cells) + " |")
        return [*out, ""]
    inner = [line for b in block.blocks for line in _md_block(b)]
    quoted = [f"> {line}" if line else ">" for line in inner]
    return [f"> **{text(block.title)}**", ">", *quoted[:-1], ""]


_CARDS = """
.card { border: 1.5px solid #333; border-radius: 4px; padding: .4em .9em; margin: .8em 0;
        break-inside: avoid; page-break-inside: avoid; }
.card h3 { margin: .3em 0; }
.inject { border-left: 6px solid #333; }
"""


def to_html(page: Page) -> str:
    """The page as one printable HTML document with its styles inline."""
    body = "\n".join(_html_block(b) for b in page.blocks)
    return printable_page(page.title, body, css=_CARDS)


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(block.level + 1, 6)
        return f"<h{level}>{_h(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        lead = f"<strong>{_h(block.lead)}</strong> " if block.lead else ""
        return f"<p>{lead}{_h(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{_h(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th>{_h(c)}</th>" for c in block.headers)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in block.rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    inner = "\n".join(_html_block(b) for b in block.blocks)
    return f'<section class="card {_h(block.kind)}"><h3>{_h(block.title)}</h3>\n{inner}</section>'
