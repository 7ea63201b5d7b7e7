"""drillbook: incident-response runbooks and tabletop exercises from one set of YAML playbooks.

The public API is what this module exports; everything else may change between releases.
"""

from drillbook.documents import Document, load_document
from drillbook.errors import DrillbookError, Problem, Severity
from drillbook.org.loading import Org
from drillbook.org.priority import priority_of
from drillbook.playbook.models import Playbook
from drillbook.project import Project, find_root, load_project

__all__ = [
    "Document",
    "DrillbookError",
    "Org",
    "Playbook",
    "Problem",
    "Project",
    "Severity",
    "find_root",
    "load_document",
    "load_project",
    "priority_of",
]
