"""Who may open an assessment: the browser that created or resumed it (a grant in
the browser's signed cookie, which assessment.middleware reads and writes).

Another app keeps its own per-assessment state in the same cookie under a key it
registers (`keep_per_assessment`, from its AppConfig.ready(): the councils keep which
campaign an assessment belongs to): the cookie keeps it for granted assessments
only, and drops every key nobody registered."""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect

from assessment.models import Assessment

GRANTS = "assessments"
NEW_TOKEN = "new_token"  # a new assessment's resume token, shown once
MAX_GRANTS = 20
STATE_COOKIE = "oversight_assessments"
STATE_SALT = "assessment.access.state"

# Keys of the state other apps keep per assessment: a mapping from an assessment's
# public id, or a list of public ids.
PER_ASSESSMENT: set[str] = set()


def keep_per_assessment(key: str) -> None:
    """Keep `key` in the browser's state, for the granted assessments only."""
    PER_ASSESSMENT.add(key)


def _granted_only(value, grants: list[str]):
    if isinstance(value, dict):
        return {pid: each for pid, each in value.items() if pid in grants}
    return [pid for pid in value if pid in grants]


def read_state(value: str | None) -> dict:
    """A browser's own state from its signed cookie: empty if missing, altered or
    older than SESSION_COOKIE_AGE."""
    try:
        state = signing.loads(
            value or "", salt=STATE_SALT, max_age=settings.SESSION_COOKIE_AGE
        )
    except signing.BadSignature:
        return {}
    return state if isinstance(state, dict) else {}


def signed_state(state: dict) -> str:
    """The cookie's value: only what belongs to the assessments still granted."""
    grants = state.get(GRANTS, [])
    kept = {
        GRANTS: grants,
        **{
            key: _granted_only(state[key], grants)
            for key in sorted(PER_ASSESSMENT)
            if key in state
        },
    }
    if state.get(NEW_TOKEN):
        kept[NEW_TOKEN] = state[NEW_TOKEN]
    return signing.dumps(
        {key: value for key, value in kept.items() if value},
        salt=STATE_SALT,
        compress=True,
    )


def grant(request, record: Assessment) -> None:
    state = request.employee
    granted = [pid for pid in state.get(GRANTS, []) if pid != str(record.public_id)]
    state[GRANTS] = [str(record.public_id), *granted][:MAX_GRANTS]


def revoke(request, record: Assessment) -> None:
    state = request.employee
    state[GRANTS] = [
        pid for pid in state.get(GRANTS, []) if pid != str(record.public_id)
    ]


def remember_new_assessment(
    request, record: Assessment, token: str, then: str = "assessment:saved"
):
    """Give this browser access and show the resume link once, on the `then` page:
    the saved page of a new assessment, the result of an imported one."""
    grant(request, record)
    request.employee[NEW_TOKEN] = token
    return redirect(then, record.public_id)


def take_new_token(request) -> str | None:
    """The new assessment's resume token, once."""
    return request.employee.pop(NEW_TOKEN, None)


def get_assessment_for_session(request, public_id) -> Assessment:
    """The assessment, if this browser holds a grant for it; otherwise 404."""
    if str(public_id) not in request.employee.get(GRANTS, []):
        raise Http404
    try:
        return Assessment.objects.select_related("campaign").get(public_id=public_id)
    except Assessment.DoesNotExist:
        raise Http404 from None
