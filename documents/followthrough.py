"""Whose letters the follow-through pages show: an owner of letters, for each
audience that writes them. The pages (documents/views/followup.py) ask the owner,
never which kind it is.

The employee's owner (letters kept with their assessment) is here; the councils
register theirs (a campaign's, councils/followthrough.py) from CouncilsConfig.ready().
An audience's routes are built by `follow_through` of documents/urls.py and mounted
by its app's URLs (the campaign's by councils/urls.py, as `councils:campaign_…`).
"""

import datetime
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessment import facts, services
from assessment.access import get_assessment_for_session
from assessment.models import Assessment
from documents import followup_letters
from documents.forms import DetailsForm
from documents.letters import kinds_for

FOLLOW_THROUGH_PAGES = (
    "sent_letters",
    "sent_letter",
    "confirm_marks",
    "follow_up_letter",
    "deadline_calendar",
    "apply_changes",
    "remove_letter",
    "extension",
)


class NoResult(Exception):
    """An employee's assessment with no result yet: its letters wait."""


class Owner:
    """Whose letters these are. The pages are the same for every owner."""

    prefix = "documents:"  # its pages' URL names start so (namespace included)
    needs_login = False  # its pages are for signed-in users only
    reminders = False  # its overdue letters are followed by a reminder
    as_of: datetime.date | None = None  # its letters read the law as of that day
    # What the pages say in its voice (templates/followup/): titles and notes.
    words: dict[str, str] = {}
    # The form its follow-up letters' details are typed in (rendered, never
    # stored): the pages keep its DETAILS out of error reports.
    details_form_class: type[DetailsForm] = DetailsForm

    def __init__(self, public_id, holder):
        self.public_id = public_id
        self.holder = holder  # the model its letters are kept with

    @classmethod
    def of(cls, request, public_id) -> "Owner":
        """The owner the request may open; 404 for anyone else."""
        raise NotImplementedError

    @property
    def answers(self) -> Assessment | None:
        """The answers a reply may change, if any."""
        return None

    def about(self) -> Any:
        """What the letters are written from."""
        return self.holder

    def kinds(self) -> list:
        raise NotImplementedError

    def back(self) -> tuple[str, str]:
        raise NotImplementedError

    def writing_url(self) -> str:
        """The page where the letters are written."""
        raise NotImplementedError

    def done_url(self) -> str:
        """Where the page goes once answers were changed from a reply."""
        return self.back()[0]

    def details_form(self, data=None) -> DetailsForm:
        return self.details_form_class(data)

    def refresh(self) -> None:
        """Bring what the letters are written from up to date, before recording."""

    def complaint_place(self) -> facts.Workplace | None:
        """The workplace a complaint to the authority is about, where one may be
        made with the history of the letters."""
        return None

    @property
    def country(self) -> str:
        return self.holder.country

    def letters(self):
        return self.holder.sent_letters.all()

    def url(self, name: str, *args) -> str:
        return reverse(self.prefix + name, args=[self.public_id, *args])

    def urls(self) -> dict[str, str]:
        """The pages' URL names, for the templates."""
        return {name: self.prefix + name for name in FOLLOW_THROUGH_PAGES}


OWNERS: dict[str, type[Owner]] = {}


def audience(name: str):
    """Register the owner of an audience's letters (its routes pass `audience`)."""

    def register(owner: type[Owner]) -> type[Owner]:
        OWNERS[name] = owner
        return owner

    return register


@audience("employee")
class EmployeeLetters(Owner):
    """An employee's letters, kept with their assessment."""

    reminders = True
    words = {
        "reply_title": gettext_lazy("HR's reply"),
        "reply_help": gettext_lazy(
            "Paste the reply's text, or upload it below. It is kept with this "
            "assessment only, and deleted with it."
        ),
        "extension_announced": gettext_lazy("HR announced an extension."),
        "ask_again": gettext_lazy(
            "The letter below asks HR again for exactly these points, in the "
            "language of your first letter."
        ),
        "changes_title": gettext_lazy("Apply to my answers"),
        "changes_intro": gettext_lazy(
            "The reply states facts that differ from your answers. Tick those that "
            "are right for your workplace: the answers change and the result is "
            "worked out again."
        ),
        "remove_note": gettext_lazy(
            "Removes the letter and HR's reply from this assessment for good."
        ),
        "intro": gettext_lazy(
            "Note each letter you sent to HR: Oversight works out when the answer "
            "is due, and when it comes, helps you check what it leaves open. Only "
            "the kind of letter, its language, the date, how you sent it, its "
            "questions and the reply are kept, with this assessment; never your "
            "name or address."
        ),
        "letters_title": gettext_lazy("Your letters"),
        "add_title": gettext_lazy("Note a letter you sent"),
        "remove_confirm": gettext_lazy(
            "The letter and HR's reply are removed from this assessment for good: "
            "this cannot be undone."
        ),
    }

    @classmethod
    def of(cls, request, public_id) -> Owner:
        record = get_assessment_for_session(request, public_id)
        if record.is_draft():
            raise NoResult
        return cls(public_id, record)

    @property
    def as_of(self) -> datetime.date | None:
        return self.holder.as_of

    @property
    def answers(self) -> Assessment:
        return self.holder

    def about(self) -> facts.Assessment:
        return self.holder.get_facts()

    def kinds(self) -> list:
        assessment = self.holder.get_facts()
        return kinds_for(assessment.workplace, assessment=assessment)

    def back(self) -> tuple[str, str]:
        return reverse("assessment:result", args=[self.public_id]), _(
            "Back to the result"
        )

    def writing_url(self) -> str:
        return reverse("documents:letters", args=[self.public_id])

    def refresh(self) -> None:
        # The questions kept are those the letter asks under today's law, as it
        # was written when downloaded from the letters page.
        services.refresh(self.holder)

    def complaint_place(self) -> facts.Workplace | None:
        workplace = self.holder.get_facts().workplace
        return workplace if followup_letters.complaint_kind(workplace) else None
