"""Panels another app adds to the employee's result page, below the findings'
summary: each a function of the request and the assessment that returns its
template and context, or None where it has nothing to show. Registered from the
app's AppConfig.ready() (the councils add the campaign's "Send" panel)."""

from collections.abc import Callable

Panel = Callable[..., dict | None]  # (request, record) -> {"template": ..., ...}
RESULT_PANELS: list[Panel] = []


def add_result_panel(panel: Panel) -> None:
    if panel not in RESULT_PANELS:
        RESULT_PANELS.append(panel)


def result_panels(request, record) -> list[dict]:
    """What the registered panels show for this assessment, in their order."""
    return [shown for panel in RESULT_PANELS if (shown := panel(request, record))]
