"""The scenario domain: tabletop templates, their checks, and seeded fictitious scenarios."""
