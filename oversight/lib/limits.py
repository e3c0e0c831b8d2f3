"""How often one client may do something: counters shared by every process, keyed
by a hash that cannot be reversed, per clock window; and the views' decorator that
refuses a client past its limit with a clear page."""

import datetime
import hashlib
from functools import wraps

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from oversight.lib.client_address import client_address
from oversight.lib.models import AttemptCounter


def private_cache_key(*parts: object) -> str:
    """A key for a client or a user name that is never stored in clear: hashed with
    the secret key, so it cannot be reversed from a dump of the cache or database."""
    joined = "|".join(str(part) for part in (settings.SECRET_KEY, *parts))
    return "private:" + hashlib.sha256(joined.encode()).hexdigest()


def window_of(window: int) -> tuple[int, datetime.datetime]:
    """The clock window of `window` seconds we are in: its number and its end."""
    number = int(timezone.now().timestamp()) // window
    return number, datetime.datetime.fromtimestamp((number + 1) * window, datetime.UTC)


def count_attempt(key: str, window: int) -> int:
    """Add one to the counter of `key` in the current clock window of `window`
    seconds (from the epoch), and return the new count.

    A row holds the window's number in its key and the window's end, nothing finer:
    a copy of the database cannot tell when within the window anyone tried. The
    price is a burst across a boundary: up to twice a limit in a short time, the end
    of one window and the start of the next.

    Every process counts on the same row, and no two attempts get the same number:
    one UPDATE counts and holds the row until the transaction ends, so the count
    read back is this attempt's own. PostgreSQL makes a concurrent UPDATE wait; SQLite
    has one writer at a time. (The cache would not do: the database cache's incr is
    a get and a set.)
    """
    number, ends = window_of(window)
    bucket = f"{key}:{number}"
    while True:
        with transaction.atomic():
            counter = AttemptCounter.objects.filter(key=bucket)
            if counter.update(count=F("count") + 1):
                return counter.get().count
        # The first attempt of a window: a moment to clear out the windows that ended.
        # Rows another process is clearing out are left to it, so that two clearings
        # (one within a send, which holds its campaign) never wait for each other.
        with transaction.atomic():
            ended = AttemptCounter.objects.filter(expires__lte=timezone.now())
            AttemptCounter.objects.filter(
                pk__in=ended.select_for_update(skip_locked=True).values("pk")
            ).delete()
        try:
            with transaction.atomic():
                AttemptCounter.objects.create(key=bucket, count=1, expires=ends)
            return 1
        except IntegrityError:
            continue  # another process made the row first: count on it


def forget_attempt(key: str, window: int) -> None:
    """Take one attempt back off the current window's counter (a sign-in that
    succeeded)."""
    bucket = f"{key}:{window_of(window)[0]}"
    AttemptCounter.objects.filter(key=bucket, count__gt=0).update(count=F("count") - 1)


def rate_limited(bucket: str, limit: int, window: int = 3600):
    """Refuse more than `limit` requests a window from one client, with a clear page.

    Every process counts on the same counter (count_attempt), whose key is the
    client's address (behind a proxy, the one it saw: client_address) hashed with
    the secret key, counted per clock window of `window` seconds; the address itself
    never reaches the database or the logs.
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST" and settings.RATE_LIMITS_ENABLED:
                key = private_cache_key("rate", bucket, client_address(request))
                if count_attempt(key, window) > limit:
                    message = _("Too many requests from here. Please try again later.")
                    return render(
                        request, "error.html", {"message": message}, status=429
                    )
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
