"""Web pages, split by audience."""
