"""Text from YAML renders as exactly that text, whatever Markdown or HTML it looks like."""

from __future__ import annotations

import html
import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from drillbook.markdown import code_block, table, text
from tests.factories import REPO

EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables", "toc"]
EXTENSIONS += ["pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.tasklist"]

MARKUP = st.sampled_from([*"\\`*_{}[]()#+-.!|<>&:;=~^\"'/ ", "1.", "{: .x}", "<b>", "&amp;"])
PROSE = st.lists(st.one_of(MARKUP, st.text(alphabet="abcXYZ019 ", max_size=4)), max_size=20).map(
    "".join
)


def render(source: str) -> str:
    """The HTML a page gets for ``source``, with the site's Markdown extensions."""
    return markdown.markdown(source, extensions=EXTENSIONS)


def visible(rendered: str) -> str:
    """What a reader sees of ``rendered``: its text, tags dropped, entities decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rendered)).split())


@given(PROSE)
@settings(deadline=None)
def test_text_renders_as_written(value: str) -> None:
    rendered = render(text(value))
    assert visible(rendered) == " ".join(value.split())
    assert re.findall(r"<(\w+)", rendered) in ([], ["p"])


@given(PROSE)
@settings(deadline=None)
def test_table_cells_stay_in_their_column(value: str) -> None:
    rendered = render(table(["a", "b"], [(text(value), "end")]))
    cells = re.findall(r"<td>(.*?)</td>", rendered, re.DOTALL)
    assert [visible(cell) for cell in cells] == [" ".join(value.split()), "end"]


def test_code_block_keeps_fences_inside_the_body() -> None:
    body = "before\n```\nstill inside\n````\nlast line"
    rendered = render(code_block(body))
    assert rendered.count("<pre") == 1
    assert "last line" in html.unescape(rendered)


def test_site_config_lists_the_extensions_tested_here() -> None:
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert all(f"- {name}" in config for name in EXTENSIONS)
