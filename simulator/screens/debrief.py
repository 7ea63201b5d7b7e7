"""Debrief: targets met or not with their evidence, the timeline, and the report to download."""

from views.debrief import page

page()
