"""Sub-commands for the runbook site: ``build``, ``serve`` and ``export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from drillbook.cli import project_root


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this domain's sub-commands to the ``drillbook`` parser."""
    build = sub.add_parser(
        "build", parents=[common], help="build the runbook site; a failed build keeps site/"
    )
    build.add_argument(
        "--site", type=Path, default=None, help="output folder (default: site/ in the project)"
    )
    build.set_defaults(run=run_build)

    serve = sub.add_parser("serve", parents=[common], help="serve the runbook, live-reloading")
    serve.add_argument(
        "--address", default="127.0.0.1:8000", help="host:port to listen on (default: %(default)s)"
    )
    serve.set_defaults(run=run_serve)

    export = sub.add_parser(
        "export", parents=[common], help="write the site as plain Markdown for other builders"
    )
    export.add_argument("dir", type=Path, help="folder to write mkdocs.yml and docs/ into")
    export.set_defaults(run=run_export)


def run_build(args: argparse.Namespace) -> int:
    """Build the site into ``site/`` (or ``--site``)."""
    from drillbook.site.build import build_site

    root = project_root(args)
    site_dir = (args.site or root / "site").resolve()
    build_site(root, site_dir)
    print(f"built {site_dir}")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Serve the runbook on localhost until interrupted."""
    from drillbook.site.build import serve_site

    root = project_root(args)
    print(f"runbook: http://{args.address}/", flush=True)
    serve_site(root, args.address)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the exported site into DIR."""
    from drillbook.site.export import export_site

    root = project_root(args)
    count = export_site(root, args.dir)
    print(f"exported {count} generated pages to {args.dir}")
    return 0
