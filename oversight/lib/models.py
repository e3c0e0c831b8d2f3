"""The attempt counters behind every limit (oversight.lib.limits)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AttemptCounter(models.Model):
    """How often one client (or one user name) tried something in one clock window:
    the rate limits' and login throttling's counts, shared by every process. No time
    but the window's end.

    The key is a keyed hash (limits.private_cache_key), never an address or a name;
    limits.count_attempt counts with one UPDATE, so that writers in other processes
    wait for each other and no attempt goes uncounted.
    """

    # A keyed hash and the window's number (limits.count_attempt).
    key = models.CharField(_("key"), max_length=96, primary_key=True)
    count = models.PositiveIntegerField(_("attempts"), default=0)
    expires = models.DateTimeField(_("window ends"), db_index=True)

    class Meta:
        # The table the assessment app made, where the counters began.
        db_table = "assessment_attemptcounter"
        verbose_name = _("attempt counter")
        verbose_name_plural = _("attempt counters")

    def __str__(self) -> str:
        return self.key[:16]
