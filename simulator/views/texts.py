"""Showing text safely: what people type is always text, never HTML or Markdown."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Literal

import streamlit as st

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def escape(text: str) -> str:
    """``text`` as Markdown that renders exactly as typed: HTML and Markdown syntax escaped."""
    escaped = _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))
    return escaped.replace("\n", "  \n")


def cell(value: object) -> str:
    """One table cell: escaped text on one line; an empty cell for ``None``."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return escape(" ".join(str(value).split()))


def table(title: str, rows: list[dict[str, object]], *, empty: str = "Nothing yet.") -> None:
    """A heading and its rows as one Markdown element (cheap to draw; every cell escaped)."""
    lines = [f"#### {escape(title)}", ""]
    if rows:
        columns = list(rows[0])
        lines += [
            "| " + " | ".join(escape(c) for c in columns) + " |",
            "|" + " --- |" * len(columns),
            *("| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows),
        ]
    else:
        lines.append(f"*{escape(empty)}*")
    st.markdown("\n".join(lines))


Notice = Literal["error", "warning", "info", "success", "toast"]
"""How a message shows: as an alert of that kind, or as a toast."""


def say(text: str, how: Notice = "info") -> None:
    """Show a message as an alert or a toast, escaped: messages may echo what someone typed."""
    shows: dict[Notice, Callable[[str], object]] = {
        "error": st.error,
        "warning": st.warning,
        "info": st.info,
        "success": st.success,
        "toast": st.toast,
    }
    shows[how](escape(text))


def plain(text: str, *, bold: str = "") -> None:
    """Show scenario text as a paragraph, with an optional bold lead-in; nothing is interpreted."""
    lead = f"**{escape(bold)}** " if bold else ""
    st.markdown(lead + escape(text))
