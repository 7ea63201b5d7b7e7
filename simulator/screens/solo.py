"""Solo drill: one person takes a role, injects come on their own clock, feedback follows."""

from views.solo import page

page()
