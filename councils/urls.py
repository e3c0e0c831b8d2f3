"""The councils' URLs (namespace "councils"). Each page's route is declared beside
it, in the `routes` of its module in councils/views/ (a council feature's page and
route are one place); this file only mounts them, and the documents' pages that
follow a campaign's letters through, for the "council" audience
(councils/followthrough.py), named `campaign_sent_letters` and so on."""

from councils.views import (
    accounts,
    agreements,
    campaigns,
    documents,
    members,
    take_part,
)
from documents.urls import follow_through

app_name = "councils"

urlpatterns = [
    *take_part.routes,
    *accounts.routes,
    *members.routes,
    *campaigns.routes,
    *documents.routes,
    *agreements.routes,
    *follow_through("campaign/<uuid:public_id>", "campaign_", "council"),
]
