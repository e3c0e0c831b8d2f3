"""The documents' URLs (namespace "documents"): the report, the letters, and
following an employee's letters through. `follow_through` builds the follow-through
routes for any audience that registered an owner of letters
(documents/followthrough.py): the councils mount a campaign's in councils/urls.py."""

from django.urls import path

from documents.views import documents, followup

app_name = "documents"


def follow_through(route: str, prefix: str, audience: str) -> list:
    """The pages that follow an audience's letters through, under `route` (which
    names the owner's `public_id`), named `prefix` + page in the namespace of the
    URLconf that mounts them: the same views for every audience, told whose
    letters they are (the owner's `prefix` says the namespace and the prefix)."""
    audience = {"audience": audience}
    letter = route + "/sent/<int:letter_id>"
    return [
        path(
            route + "/sent/",
            followup.sent_letters,
            audience,
            name=prefix + "sent_letters",
        ),
        path(letter + "/", followup.sent_letter, audience, name=prefix + "sent_letter"),
        path(
            letter + "/marks/",
            followup.confirm_marks,
            audience,
            name=prefix + "confirm_marks",
        ),
        path(
            letter + "/follow-up/",
            followup.follow_up_letter,
            audience,
            name=prefix + "follow_up_letter",
        ),
        path(
            letter + "/deadline.ics",
            followup.deadline_calendar,
            audience,
            name=prefix + "deadline_calendar",
        ),
        path(
            letter + "/apply/",
            followup.apply_changes,
            audience,
            name=prefix + "apply_changes",
        ),
        path(
            letter + "/extension/",
            followup.extension,
            audience,
            name=prefix + "extension",
        ),
        path(
            letter + "/remove/",
            followup.remove_letter,
            audience,
            name=prefix + "remove_letter",
        ),
    ]


urlpatterns = [
    path("assess/<uuid:public_id>/report/", documents.report, name="report"),
    path("assess/<uuid:public_id>/letters/", documents.letters, name="letters"),
    *follow_through("assess/<uuid:public_id>", "", "employee"),
    path(
        "assess/<uuid:public_id>/sent/complaint/",
        followup.complaint,
        name="complaint_with_history",
    ),
]
