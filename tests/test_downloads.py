"""Every download goes through one helper: the header Django writes, names outside
ASCII included."""

from pathlib import Path

from oversight.lib.downloads import attachment

ROOT = Path(__file__).resolve().parent.parent


def test_a_download_is_an_attachment_under_its_name():
    response = attachment(b"%PDF", "application/pdf", "report-de.pdf")
    assert response["Content-Disposition"] == 'attachment; filename="report-de.pdf"'
    assert response["Content-Type"] == "application/pdf"


def test_a_name_outside_ascii_is_encoded_not_mangled():
    response = attachment("x", "text/csv", "Überwachung.csv")
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''%C3%9Cberwachung.csv"
    )


def test_no_view_writes_the_header_by_hand():
    """Nor asks Django's FileResponse for one: the helper is the only writer."""
    by_hand = [
        path.relative_to(ROOT).as_posix()
        for folder in ("assessment", "catalogue", "councils", "documents", "oversight")
        for path in (ROOT / folder).rglob("*.py")
        if any(
            words in path.read_text()
            for words in ("Content-Disposition", "content_disposition", "as_attachment")
        )
    ]
    assert by_hand == ["oversight/lib/downloads.py"]
