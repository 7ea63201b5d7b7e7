"""``python -m drillbook`` runs the command line."""

from drillbook.cli import main

raise SystemExit(main())
