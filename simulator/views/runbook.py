"""Links from the simulator into the runbook site."""

from __future__ import annotations

import streamlit as st

from drillbook.site.page import playbook_path
from views.settings import settings


def playbook_url(playbook: str) -> str:
    """The address of a playbook's page on the runbook site (built with plain ``.html`` pages)."""
    return settings().runbook + playbook_path(playbook).removesuffix(".md") + ".html"


def link_playbook(playbook: str) -> None:
    """A button that opens the playbook's runbook page in a new tab."""
    st.link_button(f"Open the {playbook} playbook in the runbook", playbook_url(playbook))
