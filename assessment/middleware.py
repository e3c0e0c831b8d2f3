"""Keep an employee's state in a cookie of its own."""

import copy

from django.conf import settings

from assessment.access import GRANTS, NEW_TOKEN, STATE_COOKIE, read_state, signed_state


class EmployeeStateMiddleware:
    """Which assessments a browser may open, which campaign each came from and which
    were sent live in a signed cookie of the browser's own (`request.employee`), not
    in a session row: taking part writes nothing to the database that names a
    campaign or an assessment beside a time (docs/anonymity.md)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.employee = read_state(request.COOKIES.get(STATE_COOKIE))
        before = copy.deepcopy(request.employee)
        response = self.get_response(request)
        if request.employee == before:
            return response
        if request.employee.get(GRANTS) or request.employee.get(NEW_TOKEN):
            response.set_cookie(
                STATE_COOKIE,
                signed_state(request.employee),
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        else:
            response.delete_cookie(STATE_COOKIE, samesite="Lax")
        return response
