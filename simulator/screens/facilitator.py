"""Facilitator console: everyone's state, the injects to come, the clock, and the model answers."""

from views.facilitator import page

page()
