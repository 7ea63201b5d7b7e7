"""Start: a facilitator picks a scenario and gets a join code for the room and a key to keep."""

from views.start import page

page()
