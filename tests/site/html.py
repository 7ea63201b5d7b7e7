"""Reading built pages the way a reader sees them: ids, links, scripts and visible text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class Page(HTMLParser):
    """One built HTML page, parsed."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        """Where the page's links go."""
        self.sources: list[str] = []
        """What the page loads: scripts, images, stylesheets, icons."""
        self.tags: list[str] = []
        self._chunks: list[str] = []
        self._skip = 0
        self.feed(path.read_text(encoding="utf-8"))
        self.text = " ".join(" ".join(self._chunks).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "link" and found.get("rel") != "canonical" and found.get("href"):
            self.sources.append(str(found["href"]))
        if found.get("src"):
            self.sources.append(str(found["src"]))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._chunks.append(data)
