"""Oversight: check an employer's workplace monitoring against data-protection law."""
