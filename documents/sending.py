"""What the letter pages share (an employee's and a council's): a letter written as
the form asks, dated the day it is sent, and with "Record as sent", noted in the
tracker once per reference."""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _

from documents import followup, references
from documents.letters import Letter
from documents.models import Channel


class FutureSend(ValueError):
    """A letter recorded as sent on a day still to come."""


def write_and_record(request, owner, data: dict, write) -> Letter:
    """The letter the form asks for, dated the day it is sent, with the form's
    reference; with "Record as sent", noted in the owner's tracker (an assessment
    or a campaign) once it is known to apply. `write` takes the sending options.
    Raises NotApplicable or FutureSend, and then records nothing."""
    sending = {
        "sent": data["sent"] or timezone.localdate(),
        "channel": data["channel"] or Channel.EMAIL,
        "code": data["code"],
    }
    letter = write(**sending)
    if "record" in request.POST:
        recorded_as = _record(request, owner, data, sending)
        if recorded_as != sending:  # recorded by an earlier click
            letter = write(**recorded_as)
    return letter


def _record(request, owner, data, sending: dict) -> dict:
    """Note the letter as sent, once per reference; what the letter is written with:
    the recorded day, channel and code, also on a second click."""
    if sending["sent"] > timezone.localdate():
        raise FutureSend(
            _(
                "A letter is recorded as sent on the day it is sent, and this day is "
                "still to come. Download it now, and record it on that day."
            )
        )
    sent, created = followup.record_sent(
        owner,
        data["kind"],
        data["lang"],
        sending["sent"],
        sending["channel"],
        code=sending["code"],
    )
    said = {"reference": sent.reference}
    if created:
        messages.success(
            request,
            _(
                "The letter %(reference)s was recorded as sent. When the reply "
                "comes, record it on the Letters sent page."
            )
            % said,
        )
    else:
        messages.info(
            request,
            _("The letter %(reference)s was already recorded: nothing was added.")
            % said,
        )
    return {
        "sent": sent.sent_on,
        "channel": sent.channel,
        "code": references.code_of(sent.reference),
    }
