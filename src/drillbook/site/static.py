"""The static files the site ships: its stylesheet and a local copy of the offline search shim."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

_ASSETS = files("drillbook.site").joinpath("assets")

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
    out = {}
    for dest, name in STATIC_FILES.items():
        with as_file(_ASSETS.joinpath(*name.split("/"))) as path:
            out[dest] = path
    return out
