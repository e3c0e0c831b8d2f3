"""Works agreements on monitoring, drafted from a campaign's findings and checked
against the employer's draft (issue 28).

`library` (the clauses and the jurisdictions' frames, as data) and `check` (reading
an employer's draft) are plain Python; `drafting` and `files` use Django and the
documents engine. Nothing in documents/ imports this package.
"""
