"""Measurements of bodymap (run by make bench); nothing here is asserted."""
