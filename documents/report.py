"""The assessment report: one template for the HTML preview and the PDF."""

import datetime
import uuid

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessment.law import jurisdiction
from assessment.rules import RULESET_VERSION
from assessment.services import digest_of
from documents.charts import concern_bars
from documents.pdf import html_to_pdf
from documents.presentation import ResultReport
from documents.stored import render_once, stored


def report_html(
    document: dict,
    lang: str,
    today: datetime.date | None = None,
    for_screen: bool = False,
    as_of: datetime.date | None = None,
    back: str = "",
) -> str:
    """The report of a stored result read as of its day `as_of`, or of a document
    read as of today. On screen, `back` is the page the preview leads back to."""
    with translation.override(lang):
        report = ResultReport(document, as_of=as_of or today)
        today = today or timezone.localdate()
        context = {
            "report": report,
            "assessment": report.assessment,
            "result": report.result,
            "today": report.written(today),
            "chart": concern_bars(report.concern_rows, _("Findings by concern")),
            "lang": lang,
            "for_screen": for_screen,
            "back": back,
        }
        return render_to_string("documents/report.html", context)


def report_cache_key(
    document: dict,
    lang: str,
    today: datetime.date,
    as_of: datetime.date | None = None,
) -> str:
    """Same content, ruleset, day of the law, language and date: the same report."""
    return report_key(digest_of(document), lang, today, as_of)


def report_key(
    digest: str, lang: str, today: datetime.date, as_of: datetime.date | None
) -> str:
    """report_cache_key from the content's digest, as a queued task knows it."""
    law = (as_of or today).isoformat()
    return f"report:{digest}:{RULESET_VERSION}:{law}:{lang}:{today.isoformat()}"


def paper_of(document: dict) -> str:
    """The paper of the workplace's country: US Letter in the United States."""
    country = (document.get("workplace") or {}).get("country", "")
    return jurisdiction(country).paper if country else "A4"


def _pdf(document, lang, today, as_of) -> bytes:
    html = report_html(document, lang, today, as_of=as_of)
    return html_to_pdf(html, paper_of(document))


def report_pdf(
    document: dict,
    lang: str,
    today: datetime.date | None = None,
    as_of: datetime.date | None = None,
) -> bytes:
    """The report as a PDF: the stored one when this report was made today (ahead, by
    a task), else the one another process is making, else made here."""
    today = today or timezone.localdate()
    return stored(
        report_cache_key(document, lang, today, as_of),
        lambda: _pdf(document, lang, today, as_of),
    )


def store_report_pdf(
    document: dict,
    lang: str,
    today: datetime.date,
    as_of: datetime.date | None = None,
) -> bool:
    """Make and store the report ahead of its download, unless it is stored or being
    made (the task's side); whether it made it."""
    return render_once(
        report_cache_key(document, lang, today, as_of),
        lambda: _pdf(document, lang, today, as_of),
    )


def forget_assessment(sender, instance, **kwargs) -> None:
    """After an assessment is deleted, by any path (a page, a council's send,
    `manage.py purge`, the admin, a cascade), no stored report or queued task of it
    is left behind: connected to post_delete in DocumentsConfig.ready()."""
    forget_tasks(str(instance.public_id))
    forget_reports(instance.document, instance.as_of)


def forget_tasks(public_id: str) -> None:
    """Drop the queued tasks that name the assessment (their rows keep exact times):
    a deleted assessment's id stays nowhere. In the database queue a task being run
    keeps its row, with the id blanked, for its worker to finish; on RQ (TASKS_URL),
    which keeps finished jobs with their arguments for minutes and failed ones for a
    year, every job naming it goes, but one being run."""
    from django_tasks_db.models import DBTaskResult

    named = DBTaskResult.objects.filter(args_kwargs__args__0=public_id)
    named.exclude(status="RUNNING").delete()
    for task in named:
        task.args_kwargs["args"][0] = str(uuid.UUID(int=0))
        task.save(update_fields=["args_kwargs"])
    if settings.RQ_QUEUES:
        _forget_rq_jobs(public_id)


def _forget_rq_jobs(public_id: str) -> None:
    import django_rq

    for name in settings.RQ_QUEUES:
        queue = django_rq.get_queue(name)
        ids = set(queue.get_job_ids())
        for registry in (
            queue.finished_job_registry,
            queue.failed_job_registry,
            queue.scheduled_job_registry,
            queue.deferred_job_registry,
            queue.canceled_job_registry,
        ):
            ids.update(registry.get_job_ids())
        jobs = queue.job_class.fetch_many(
            sorted(ids), connection=queue.connection, serializer=queue.serializer
        )
        for job in jobs:
            if job is not None and job.args and job.args[0] == public_id:
                job.delete()


def forget_reports(document: dict, as_of: datetime.date | None = None) -> None:
    """Drop the stored reports of a document in every language (a stored report lives
    a day, so today's and yesterday's): a deleted assessment leaves no copy behind."""
    today = timezone.localdate()
    cache.delete_many(
        [
            report_cache_key(document, lang, day, as_of)
            for lang, _name in settings.LANGUAGES
            for day in (today, today - datetime.timedelta(days=1))
        ]
    )
