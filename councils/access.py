"""What an employee's browser remembers of the campaigns it takes part in, in its own
signed cookie (assessment.access): which campaign each of its assessments belongs
to, and which it has sent. The server keeps no such link. The keys are registered
with assessment.access in CouncilsConfig.ready(), so the cookie keeps them for the
granted assessments only."""

from assessment.models import Assessment
from councils.models import Campaign

CAMPAIGNS = "campaigns"  # assessment public id -> campaign share code
SUBMITTED = "submitted"  # assessment public ids already sent to their campaign


def remember_campaign(request, record: Assessment, campaign: Campaign) -> None:
    campaigns = request.employee.setdefault(CAMPAIGNS, {})
    campaigns[str(record.public_id)] = campaign.share_code


def remember_sent(request, record: Assessment) -> None:
    sent = request.employee.get(SUBMITTED, [])
    request.employee[SUBMITTED] = [*sent, str(record.public_id)]


def campaign_code_for(request, public_id) -> str | None:
    return request.employee.get(CAMPAIGNS, {}).get(str(public_id))


def campaign_for(request, record) -> Campaign | None:
    code = campaign_code_for(request, record.public_id)
    return Campaign.objects.filter(share_code=code).first() if code else None


def was_submitted(request, record) -> bool:
    return str(record.public_id) in request.employee.get(SUBMITTED, [])
