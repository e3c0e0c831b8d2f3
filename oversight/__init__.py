"""Oversight's project package: settings, the root URLs, and the WSGI and ASGI entry
points. The apps are `assessment` (the questionnaire and the employee's journey),
`councils` (accounts, campaigns, aggregates) and `documents` (reports and letters)."""
