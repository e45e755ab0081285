"""Pronoun antecedents by precision-ranked sieves (after Lee et al. 2013; Muzny et al. 2017).

Candidates are the persons, organisations and groups the article named or quoted before the
pronoun, outside quotations, in the pronoun's sentence and the few narrative sentences before
it. Hard constraints filter them first: "he" / "she" take persons only, and never one whose
gender is known to differ; "it" takes organisations and media; "they" groups, organisations
or plural sources. The sieves then choose, most precise first:

0. ``quote-run``: when the pronoun's own sentence names someone only as the subject of a
   clause inside it ("Asked whether Ana Ruiz would win, she replied: ..."), the speaker of
   the statement in the sentence just before, who goes on speaking.
1. ``subject``: the subject of the nearest sentence (the pronoun's own, before it, or an
   earlier one) whose subject is a compatible candidate; the speaker of an attributed
   statement is its sentence's subject. When that sentence holds two different compatible
   subjects: in the pronoun's own sentence the nearer one; in an earlier one its main
   clause's subject (its speaker first), then the speaker of a statement reported inside a
   clause ("slammed Vance for suggesting ..."), then the last. A person named inside a
   subject ("experts like Ana Ruiz") counts as that subject.
2. ``mention``: else the one compatible candidate named in the nearest sentence that names
   any; two different ones there is doubt.

Nothing passes: the pronoun stays unresolved. The article's main subject is never a default.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Optional

# Narrative sentences (not wholly quoted) looked back over, the pronoun's own not counted.
WINDOW = 3


@dataclass(frozen=True)
class Candidate:
    """Someone or something the article names before a pronoun."""

    start: int  # where it is named, or where it spoke
    span: tuple[int, int]  # where its name is written (the antecedent shown to users)
    name: str
    type: str  # person / organization / media / group
    subject: bool  # a clause's subject (a statement's speaker counts as one)
    plural: bool = False
    role: Optional[str] = None
    spoke: bool = False  # a statement's speaker, named with its sentence's context: it wins a tie
    doubtful: bool = False  # an unnamed source in doubt ("the mayor"): a pronoun after it shares the doubt
    main: bool = False  # the subject of its sentence's main clause, not of a clause inside it
    place: bool = False  # a country, state or city: "it" only when it acts (a subject)


class Sentences:
    """Sentence numbers of character offsets, counting only narrative sentences."""

    def __init__(self, starts: list[int], narrative: list[bool]):
        self.starts = starts
        # narrative rank of each sentence: how many narrative sentences start at or before it
        ranks, n = [], 0
        for flag in narrative:
            n += flag
            ranks.append(n)
        self.ranks = ranks

    def index(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def distance(self, earlier: int, later: int) -> int:
        """Narrative sentences between two offsets (0: the same sentence)."""
        a, b = self.index(earlier), self.index(later)
        if a == b:
            return 0
        return max(self.ranks[b] - self.ranks[a], 1)


def choose(
    candidates: Iterable[Candidate],
    at: int,
    sentences: Sentences,
    fits: Callable[[Candidate], bool],
) -> tuple[Optional[Candidate], str]:
    """The antecedent of a pronoun at ``at`` and the sieve that chose it, or (None, why)."""
    near: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.start >= at:
            continue
        d = sentences.distance(c.start, at)
        if d <= WINDOW:
            near.setdefault(d, []).append(c)
    if not near:
        return None, "no-candidate"
    fitting = {d: [c for c in cs if fits(c)] for d, cs in near.items()}
    own = [c for c in fitting.get(0, []) if c.subject]
    if own and not any(c.main or c.spoke for c in own):
        # the pronoun's own sentence names someone only inside a clause ("Asked whether Ana Ruiz
        # would win, she replied: ..."): the speaker of the statement just before, in a run
        # of quotes, is the one who goes on speaking
        last = [c for c in fitting.get(1, []) if c.spoke]
        if last:
            return max(last, key=lambda c: c.start), "quote-run"
    for d in sorted(fitting):
        subjects = [c for c in fitting[d] if c.subject]
        if subjects:
            # in the pronoun's own sentence the nearest subject; in an earlier one its main
            # clause's subject, its speaker first ("Petrov said Ekberg will wait. '...,' he
            # said": Petrov; "Petrov said ..., whereas Ekberg argued ..."), before a speaker
            # reported inside a clause ("Ruiz slammed Vance for suggesting ..."), then the last
            return max(subjects, key=lambda c: (c.start, c.spoke) if d == 0
                       else (c.spoke or c.main, c.main, c.spoke, c.start)), "subject"
    for d in sorted(fitting):
        if fitting[d]:
            # a name the speaker's own sentence settled wins over the bare name at that place
            settled = {c.start for c in fitting[d] if c.spoke}
            names = {c.name for c in fitting[d] if c.spoke or c.start not in settled}
            if len(names) == 1:
                return max(fitting[d], key=lambda c: (c.start, c.spoke)), "mention"
            return None, "ambiguous"
    return None, "no-compatible"
