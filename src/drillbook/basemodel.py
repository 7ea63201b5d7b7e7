"""The strict base model and the small value types every drillbook document shares."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

IDENTIFIER_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
"""Lower-case words joined by ``-`` or ``_``."""

Identifier = Annotated[str, StringConstraints(pattern=IDENTIFIER_PATTERN, max_length=64)]
"""A lower-case id such as ``incident-commander`` or ``gdpr-art33``."""

TechniqueId = Annotated[str, StringConstraints(pattern=r"^T\d{4}(?:\.\d{3})?$")]
"""A MITRE ATT&CK technique or sub-technique id such as ``T1070.006``."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""Free text that must say something."""


class StrictModel(BaseModel):
    """A model that rejects unknown fields, so a typo in YAML is an error, not a default."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)
