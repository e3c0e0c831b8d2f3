"""The reply corpus (tests/followup/): replies HR might send to the app's letters,
each question labelled as a careful reader would mark it.

Run `python -m tests.followup.corpus` (or `make validate`; `make bench` prints it
too; plain Python, no Django) for how the reply reader marks them, one figure a line: questions marked
answered that the label does not call answered (goal 0), and the share of marks that
agree with the labels (goal 0.9), on each batch: the development batch, the held-out
batch (written before the reader), the unseen batch (written for #23 and #25 before
the reader was changed for them), the fresh batch (written after that tuning, as a
check on wording the reader was not tuned to) and the letters batch (replies to the
full AI-questions letter and other real letters, written before the reader learnt the
collection, use and participation questions); docs/performance.md tells which were
tuned to. Then how the facts read from
replies (documents.followup.changes_in_reply: the reply's own sentences through the
policy check) match tests/followup/reply_facts.toml: precision, recall and
understated, as the policy figures of `make bench`.
"""

import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BATCHES = {
    "": "replies.toml",
    "_held_out": "replies_held_out.toml",
    "_unseen": "replies_unseen.toml",
    "_fresh": "replies_fresh.toml",
    "_letters": "replies_letters.toml",
}
FACTS = {
    "": "reply_facts.toml",
    "_held_out": "reply_facts_held_out.toml",
    "_unseen": "reply_facts_unseen.toml",
    "_fresh": "reply_facts_fresh.toml",
}
LABELS = ("answered", "partly", "not_answered", "refused")
# A refused question is asked again either way: a mark of "not answered" agrees with
# it. Nothing else agrees with a mark but the same mark.
AGREES = {"refused": {"refused", "not_answered"}}


@dataclass(frozen=True)
class Reply:
    id: str
    letter: str
    questions: list[str]
    text: str
    marks: list[str]
    extension: bool


# The reader: the letter's questions and the reply's text in, a mark per question and
# whether the reply announces an extension (None if the reader cannot tell) out.
Reader = Callable[[list[str], str], tuple[list[str], bool | None]]


def letters() -> dict[str, dict]:
    with (HERE / "letters.toml").open("rb") as file:
        return tomllib.load(file)


def load(batch: str = "replies.toml") -> list[Reply]:
    asked = letters()
    with (HERE / batch).open("rb") as file:
        entries = tomllib.load(file)["reply"]
    return [
        Reply(
            entry["id"],
            entry["letter"],
            asked[entry["letter"]]["questions"],
            entry["text"],
            entry["marks"],
            entry["extension"],
        )
        for entry in entries
    ]


def agrees(mark: str, label: str) -> bool:
    return mark in AGREES.get(label, {label})


@dataclass
class Score:
    questions: int = 0
    agreeing: int = 0
    answered_wrongly: int = 0  # marked answered, labelled anything else
    extension_errors: int = 0  # announced but missed, or seen where none is
    extension_read: bool = False

    @property
    def agreement(self) -> float:
        return round(self.agreeing / self.questions, 3) if self.questions else 1.0


def score(reader: Reader, replies: list[Reply]) -> tuple[Score, list[str]]:
    """The score, and a line for each reply the reader marks otherwise."""
    result, wrong = Score(), []
    for reply in replies:
        marks, extension = reader(reply.questions, reply.text)
        result.questions += len(marks)
        for number, (mark, label) in enumerate(zip(marks, reply.marks, strict=True)):
            result.agreeing += agrees(mark, label)
            result.answered_wrongly += mark == "answered" and label != "answered"
            if not agrees(mark, label):
                wrong.append(f"{reply.id} q{number + 1}: {mark}, labelled {label}")
        if extension is not None:
            result.extension_read = True
            if extension != reply.extension:
                result.extension_errors += 1
                wrong.append(f"{reply.id}: extension {extension}")
    return result, wrong


def current_reader() -> Reader:
    """The app's reader of replies, as the confirm page uses it, in the letter's
    language."""
    from documents import replies

    languages = {
        tuple(letter["questions"]): letter["lang"] for letter in letters().values()
    }

    def read(questions: list[str], text: str) -> tuple[list[str], bool | None]:
        reading = replies.read(questions, text, languages[tuple(questions)])
        return reading.marks, reading.extension

    return read


def figure_lines(reader: Reader) -> tuple[list[str], list[str]]:
    lines, notes = [], []
    for suffix, batch in BATCHES.items():
        if not (HERE / batch).exists():
            continue
        replies = load(batch)
        result, wrong = score(reader, replies)
        lines += [
            f"reply_corpus{suffix}: {len(replies)} replies",
            f"reply_marked_answered_wrongly{suffix}: {result.answered_wrongly} "
            "questions",
            f"reply_marks_agreement{suffix}: {result.agreement} share",
        ]
        if result.extension_read:
            lines.append(
                f"reply_extension_errors{suffix}: {result.extension_errors} replies"
            )
        notes += [f"# {batch}: {line}" for line in wrong]
    return lines, notes


def reply_facts(batch: str = FACTS[""]) -> list[tuple[str, dict[str, list[str]]]]:
    """The labelled reply sentences: each text with its answers (path -> values)."""
    with (HERE / batch).open("rb") as file:
        sentences = tomllib.load(file)["sentence"]
    return [
        (
            sentence["text"],
            {
                path: [str(v) for v in values]
                for path, values in sentence["expected"].items()
            },
        )
        for sentence in sentences
    ]


def fact_lines() -> list[str]:
    """How the facts read from replies match the labels, as the app reads them: the
    reply's own sentences (no letterhead or signature) through the policy check."""
    from bench import policy_score
    from documents import replies

    lines = []
    for suffix, batch in FACTS.items():
        result = policy_score.score(
            (replies.statements(text), expected)
            for text, expected in reply_facts(batch)
        )
        lines += [
            f"reply_facts_precision{suffix}: {round(result.precision, 3)} share",
            f"reply_facts_recall{suffix}: {round(result.recall, 3)} share",
            f"reply_facts_understated{suffix}: {result.understated} answers",
        ]
    return lines


def main() -> int:
    sys.path.insert(0, str(HERE.parents[1]))
    lines, notes = figure_lines(current_reader())
    lines += fact_lines()
    print("\n".join(lines))
    print("\n".join(notes), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
