"""Oversight's project package: settings, the root URLs, the WSGI and ASGI entry
points and the catalogues of every app's strings (`locale/`). The apps are
`assessment` (the questionnaire and the employee's journey), `documents` (reports
and letters), `councils` (accounts, campaigns, aggregates) and `catalogue` (the
monitoring products); beneath them all, `oversight.lib` holds what none owns."""
