"""Reading the organisation layer under ``playbooks/org/`` into one :class:`Org`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from drillbook.documents import Document, load_document
from drillbook.errors import DrillbookError, Problem
from drillbook.org.models import (
    Attack,
    Audience,
    Clock,
    Communications,
    Contacts,
    PriorityModel,
    Regulations,
    Role,
    Roles,
    Technique,
    Template,
)

ORG_FILES: dict[str, type[BaseModel]] = {
    "roles.yaml": Roles,
    "priority.yaml": PriorityModel,
    "communications.yaml": Communications,
    "regulations.yaml": Regulations,
    "attack.yaml": Attack,
    "contacts.yaml": Contacts,
}
"""Each file of the organisation layer and the model it holds."""


@dataclass(frozen=True)
class Org:
    """The organisation layer, validated, with lookups by id."""

    roles_doc: Document[Roles]
    priority_doc: Document[PriorityModel]
    communications_doc: Document[Communications]
    regulations_doc: Document[Regulations]
    attack_doc: Document[Attack]
    contacts_doc: Document[Contacts]

    @property
    def priority(self) -> PriorityModel:
        """The priority model."""
        return self.priority_doc.model

    @property
    def communications(self) -> Communications:
        """Channels, audiences and templates."""
        return self.communications_doc.model

    @property
    def contacts(self) -> Contacts:
        """The contact list."""
        return self.contacts_doc.model

    @property
    def roles(self) -> dict[str, Role]:
        """Roles by id, in file order."""
        return {r.id: r for r in self.roles_doc.model.roles}

    @property
    def templates(self) -> dict[str, Template]:
        """Communication templates by id."""
        return {t.id: t for t in self.communications.templates}

    @property
    def audiences(self) -> dict[str, Audience]:
        """Audiences by id."""
        return {a.id: a for a in self.communications.audiences}

    @property
    def clocks(self) -> dict[str, Clock]:
        """Regulatory clocks by id."""
        return {c.id: c for c in self.regulations_doc.model.clocks}

    @property
    def techniques(self) -> dict[str, Technique]:
        """ATT&CK techniques by id."""
        return {t.id: t for t in self.attack_doc.model.techniques}


def load_org(folder: Path) -> Org:
    """Load every file of the organisation layer; all their problems are raised together."""
    docs: dict[str, Document[BaseModel]] = {}
    problems: list[Problem] = []
    for name, model in ORG_FILES.items():
        path = folder / name
        if not path.is_file():
            problems.append(Problem(path, 1, 1, "", "missing organisation file: create it"))
            continue
        try:
            docs[name] = load_document(path, model)
        except DrillbookError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DrillbookError(problems)
    return Org(*docs.values())  # type: ignore[arg-type]
