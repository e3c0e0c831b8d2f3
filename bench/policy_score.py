"""How the policy check reads a labelled corpus: precision, recall, and the
answers it understates (milder than the label). Used by the benchmark and the
tests, never by the app. Plain Python, no Django."""

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from assessment.policy_check import INDEFINITE, RETENTION, find_signals, proposals

# Answers ordered from most to least intrusive, where one records more than another
# or leaves the worker worse placed (no assessment, a cost for refusing, wide access).
INTRUSIVENESS = {
    "data": (
        ("keystroke_content", "keystroke_dynamics"),
        ("screen_recording", "screenshots"),
        ("communications_content", "communications_metadata"),
    ),
    "dpia": (("not_done", "done_not_shared", "done_shared"),),
    "access": (("broad", "restricted"),),
    "participation.refusal_consequences": (("yes", "no"),),
    "participation.withdrawal": (("impossible", "hard", "easy"),),
}


def understates(path: str, value: str, labelled: Collection[str]) -> bool:
    """Whether answering `value` says less than the right answers `labelled` do:
    a milder reading of the same thing, or a shorter retention: fewer days, or any
    number of days where the data is kept indefinitely."""
    if value in labelled:
        return False
    if path == RETENTION:
        return value.isdigit() and any(
            right == INDEFINITE or (right.isdigit() and int(right) > int(value))
            for right in labelled
        )
    return any(
        value in order and right in order and order.index(right) < order.index(value)
        for order in INTRUSIVENESS.get(path, ())
        for right in labelled
    )


@dataclass(frozen=True, slots=True)
class Score:
    """How the check reads a labelled corpus, over (sentence, path, value) triples."""

    suggested: int
    labelled: int
    correct: int
    understated: int

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0


def score(corpus: Iterable[tuple[str, dict[str, Collection[str]]]]) -> Score:
    """Compare the suggestions for each text with its labels (path -> values)."""
    suggested = labelled = correct = understated = 0
    for text, expected in corpus:
        answers = set(proposals(text, find_signals(text)))
        right = {(path, value) for path, values in expected.items() for value in values}
        suggested += len(answers)
        labelled += len(right)
        correct += len(answers & right)
        understated += sum(
            understates(path, value, expected.get(path, ())) for path, value in answers
        )
    return Score(suggested, labelled, correct, understated)
