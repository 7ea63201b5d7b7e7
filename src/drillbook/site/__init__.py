"""The runbook site: Markdown pages rendered from a project, and the MkDocs front end over them.

The renderers (``*_page.py``, ``pages.py``) know nothing of MkDocs; ``plugin.py``, ``build.py``
and ``export.py`` are the only modules that talk to it.
"""
