"""The councils' URLs (namespace "councils"). Each page's route is declared beside
it, in the `routes` of its module in councils/views/ (a council feature's page and
route are one place); this file only mounts them."""

from councils.views import (
    accounts,
    agreements,
    campaigns,
    documents,
    members,
    take_part,
)

app_name = "councils"

urlpatterns = [
    *take_part.routes,
    *accounts.routes,
    *members.routes,
    *campaigns.routes,
    *documents.routes,
    *agreements.routes,
]
