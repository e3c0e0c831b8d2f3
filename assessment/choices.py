"""Old names of the questionnaire's labels, for code not yet moved to
`assessment.labels`; everything here is derived from `assessment.questionnaire`."""

from django.utils.translation import gettext_lazy

from assessment import labels, questionnaire
from assessment.labels import place_name  # noqa: F401

QUESTIONS = {q.field: labels.question(q.path) for q in questionnaire.BY_PATH.values()}
QUESTIONS["retention_days"] = gettext_lazy(
    questionnaire.question("retention").days_label
)
ANSWERS = {
    q.field: labels.answers(q.path)
    for q in questionnaire.BY_PATH.values()
    if q.choices and q.kind != questionnaire.TEXT
}
COUNTRIES = labels.answers("workplace.country")
US_STATES = labels.answers("workplace.region")
