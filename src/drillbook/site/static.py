"""The static files the site ships: its stylesheet and a local copy of the offline search shim."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).parent / "assets"
"""The package folder holding the site's scripts and stylesheets."""

STATIC_FILES = {
    "assets/drillbook/drillbook.css": "drillbook.css",
    "assets/drillbook/iframe-worker/shim.js": "iframe-worker/shim.js",
    "assets/drillbook/iframe-worker/LICENSE": "iframe-worker/LICENSE",
}
"""Path in the site → file under ``drillbook/site/assets/``.

``iframe-worker`` (MIT) lets search run from ``file://``; ``mkdocs.yml`` lists it under
``extra.polyfills`` so that Material's offline plugin does not fetch it from the network.
"""


def static_files() -> dict[str, Path]:
    """Path in the site → the file on disk that holds it."""
    return {dest: ASSETS / name for dest, name in STATIC_FILES.items()}
