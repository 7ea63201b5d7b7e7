"""The printable HTML page every drillbook document shares: one look, A4, styles inline."""

from __future__ import annotations

from html import escape

STYLE = """
body { font: 11pt/1.45 "DejaVu Sans", Arial, sans-serif; color: #111; margin: 2em auto;
       max-width: 48em; padding: 0 1em; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border: 1px solid #888; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #eee; }
pre { background: #f5f5f5; padding: .5em; white-space: pre-wrap; }
@page { size: A4; margin: 16mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"""
"""The shared stylesheet: readable on screen, whole on paper."""


def printable_page(title: str, body: str, *, css: str = "") -> str:
    """A standalone HTML document titled ``title`` (escaped) around ``body`` (already HTML).

    ``css`` adds the document's own rules to the shared ones; nothing is loaded from outside.
    """
    heading = escape(title, quote=True)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{heading}</title>\n<style>{STYLE}{css}</style>\n</head>\n<body>\n"
        f"<h1>{heading}</h1>\n{body}\n</body>\n</html>\n"
    )
