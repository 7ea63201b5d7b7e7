"""Participant view: one person's roles, their news, their checklist, decisions and messages."""

from views.participant import page

page()
