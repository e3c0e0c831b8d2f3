"""Letters made once when a server process starts, so that the first one a person
downloads costs what the next one does."""

import logging

from django.conf import settings

from assessment import facts

# Any workplace and practice will do: what is loaded is shared by every letter.
SAMPLE = {
    "format": facts.FORMAT,
    "workplace": {"country": "DE"},
    "practices": [{"name": "Sample", "data": ["cctv"], "purposes": ["security"]}],
}


def warm_up() -> None:
    """Make a letter in every format and language, and throw it away.

    What it loads stays for the process: WeasyPrint's libraries, fonts and
    stylesheet (1.5 s of a first PDF), the holidays package's countries (0.2 s of a
    first deadline), python-docx, each language's translations and the compiled
    letter templates. The letter is the AI questions: numbered questions, each with
    its reason in italics and the deadline in bold, so the first letter a person
    downloads finds every face of the font and the list's markers already used
    (with a letter without reasons, the first PDF took 15-25 ms more than the next).
    """
    from documents.letter_files import RENDERERS
    from documents.letters import write_letter

    assessment = facts.parse_assessment(SAMPLE)
    formats = list(RENDERERS)
    for lang, _name in settings.LANGUAGES:
        letter = write_letter("ai-questions", assessment, lang)
        for file_format in formats:
            RENDERERS[file_format](letter)
        # The binary formats load nothing more in another language.
        formats = ["txt", "ics"]


def warm_up_if_enabled() -> None:
    """warm_up, unless WARM_UP_DOCUMENTS is off (DEBUG's default: the development
    server starts again at each change)."""
    if not settings.WARM_UP_DOCUMENTS:
        return
    try:
        warm_up()
    except Exception:
        # Pages are served all the same; the letters' own error shows on download.
        logging.getLogger(__name__).exception("the letters' warm-up failed")
