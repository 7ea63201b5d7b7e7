"""Join: a participant enters the join code and a name, then takes a role in their view."""

from views.join import page

page()
