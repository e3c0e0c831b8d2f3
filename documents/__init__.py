"""Documents made from an assessment: summaries, reports and letters."""
