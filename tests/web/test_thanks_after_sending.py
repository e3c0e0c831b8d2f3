"""The page after sending to a campaign thanks the employee and asks nothing more."""

from django.urls import reverse

from tests.web.test_councils import page, take_part


def test_after_sending_the_page_thanks_without_a_start_button(people, campaign, client):
    sent = take_part(client, campaign)
    thanks = page(client.get(sent["Location"]))
    assert "Your anonymous figures were added" in thanks
    assert "Nothing more is needed from you" in thanks
    assert "within totals of at least 5 people" in thanks
    assert 'type="submit"' not in thanks.split("<main", 1)[-1]
    assert ">Start</button>" not in thanks
    assert reverse("assessment:landing") in thanks
    # Opened afresh, the share link invites as before.
    again = page(client.get(reverse("councils:take_part", args=[campaign.share_code])))
    assert ">Start</button>" in again
    assert "Nothing more is needed from you" not in again
