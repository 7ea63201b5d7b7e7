"""Showing text safely: what people type is always text, never HTML or Markdown."""

from __future__ import annotations

import html
import re

import streamlit as st

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def escape(text: str) -> str:
    """``text`` as Markdown that renders exactly as typed: HTML and Markdown syntax escaped."""
    escaped = _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))
    return escaped.replace("\n", "  \n")


def typed(text: str) -> None:
    """Show text a person typed, character for character."""
    st.text(text)


def plain(text: str, *, bold: str = "") -> None:
    """Show scenario text as a paragraph, with an optional bold lead-in; nothing is interpreted."""
    lead = f"**{escape(bold)}** " if bold else ""
    st.markdown(lead + escape(text))
