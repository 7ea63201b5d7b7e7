"""Building blocks of the simulator's screens: each module draws one kind of thing."""
