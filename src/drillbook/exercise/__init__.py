"""Exercises: a generated scenario run by a team in roles, kept as an event log and graded."""
