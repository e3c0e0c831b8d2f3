"""The hook through which a catalogue of products helps the questionnaire, without
the core knowing the catalogue: an app registers one `Source` when Django starts
(the catalogue does, in catalogue/apps.py); with none registered, the questionnaire
asks as it always did.

A source may pre-fill a practice being added. What it pre-filled is kept with the
pending practice as `pending["sources"]` (`paths`: the fact paths it answered,
`confirmed`: those the person has since saved on their step), so the steps can say
which answers came from elsewhere until the person confirms them.

Plain Python: the pages call the source; nothing here imports Django."""

from typing import Protocol


class Source(Protocol):
    def offer(self, record) -> str:
        """Where a practice being added can be pre-filled ("" for nowhere)."""

    def step_notes(self, record, index: int | None, paths: tuple[str, ...]) -> dict:
        """What a step should say about answers to `paths` that came from the
        source, and what else it suggests asking there ({} for nothing)."""

    def step_saved(self, record, index: int | None, paths: tuple[str, ...]) -> None:
        """The person saved a step: its answers are now theirs."""

    def practice_added(self, record, index: int, pending: dict) -> None:
        """A pending practice joined the document at `index`."""

    def answer_sources(self, record) -> dict[str, dict]:
        """For each answer of the document that came from the source, by its full
        path ("practices[0].data"): {"source": names, "confirmed": bool, "words":
        the sentence a result shows}."""

    def recognise(self, text: str) -> list[dict]:
        """The products a text names: {"name", "vendor", "url"} each."""


_registered: list[Source] = []


def register(source: Source) -> None:
    """Make `source` the one the questionnaire asks (a second replaces the first)."""
    _registered[:] = [source]


def unregister() -> None:
    _registered.clear()


def source() -> Source | None:
    return _registered[0] if _registered else None


def confirm(pending: dict, paths: tuple[str, ...]) -> dict:
    """A pending practice whose pre-filled answers to `paths` are confirmed."""
    sources = pending.get("sources")
    if not sources:
        return pending
    confirmed = set(sources.get("confirmed", [])) | (set(paths) & set(sources["paths"]))
    return {**pending, "sources": {**sources, "confirmed": sorted(confirmed)}}
