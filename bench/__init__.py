"""The benchmark: `python -m bench` prints speed figures, one a line as
`name: value unit` (docs/performance.md says what each measures).

Tooling, not the app: it starts gunicorn, wrk and Chromium, is not installed with the
package (pyproject.toml packages only the apps) and nothing in the app imports it.
"""
