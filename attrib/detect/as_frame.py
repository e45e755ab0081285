"""'As X put it, ...' and 'As X said, ...': an as-clause credits the clause it frames.

"As the memo put it, the rule is a "clean source of funds."" reports the memo's words; so does
"The agency is slow, as Lund noted." The as-clause has a subject and a cue verb with no
content of its own (or the idiom "put it"); the content is the clause it hangs on, without
the as-clause. One that interrupts its clause ("The agency, as Lund put it, is ...") gives
the pieces around it (ANNOTATION.md 3c).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from attrib.detect.found import Found
from attrib.detect.quotes import Quote
from attrib.detect.spans import content_and_kind, has_finite_verb, inside_quote, pieces_around, puts_it
from attrib.detect.subjects import SUBJECTS, can_be_source
from attrib.doctext import text_of
from attrib.lexicon import Lexicon

# Writings that put things in words ("as the memo put it"), besides the channel nouns.
_WRITINGS = frozenset(("memo", "memorandum", "note", "email", "letter", "brief", "filing", "complaint", "ruling",
                       "order", "report", "study", "editorial", "column", "book", "post", "tweet"))
_FRAMING = ("cc", "mark", "advmod", "advcl")
# Dependents of a cue verb that give it content of its own ("as she said she would").
_OWN_CONTENT = ("dobj", "ccomp", "xcomp", "attr")


def _frame_cue(verb: Token, lexicon: Lexicon) -> bool:
    """'put it' (with 'it' as object), or a speech cue with no content of its own."""
    objects = [c for c in verb.children if c.dep_ in _OWN_CONTENT]
    if puts_it(verb):
        return len(objects) == 1
    return verb.lemma_.lower() in lexicon.speech and not objects


def detect_as_frames(doc: Doc, quotes: Sequence[Quote], lexicon: Lexicon) -> Iterator[tuple[Token, Found]]:
    """Yield (cue token, record) for every as-clause that credits its clause to a source."""
    text = text_of(doc)
    for verb in doc:
        if verb.dep_ != "advcl" or verb.pos_ != "VERB" or inside_quote(verb.idx, quotes):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None or not _frame_cue(verb, lexicon):
            continue
        if not (can_be_source(subject, lexicon) or subject.lemma_.lower() in lexicon.channel_nouns | _WRITINGS):
            continue
        clause = verb.head
        if clause.pos_ not in ("VERB", "AUX") or not has_finite_verb([clause, *clause.children]):
            continue
        frame_tokens = {t.i for t in verb.subtree}
        # Before the frame, a conjunction, adverb or subordinate clause is the writer's ("Yet, as
        # Ruiz observed, ...", "because, as the memo put it, ..."); the subject is content
        # ("The agency, as Lund put it, is ...").
        framing = {t.i for c in clause.children if c.i < min(verb.i, clause.i) and c.dep_ in _FRAMING for t in c.subtree}
        words = [t.i for t in clause.subtree if t.i not in frame_tokens and t.i not in framing
                 and not (t.is_punct or t.is_space)]
        if not words:
            continue
        first, last = min(words), max(words)
        decided = content_and_kind(doc, doc[first].idx, doc[last].idx + len(doc[last]), quotes)
        if decided is None:
            continue
        kind, content = decided
        frame = (doc[verb.left_edge.i].idx, doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i]))
        fragments = pieces_around(text, content, frame)
        if frame[0] < content[1] and content[0] < frame[1] and fragments is None:
            continue
        cue_end = next((c for c in verb.children if c.dep_ in _OWN_CONTENT), verb)
        cue = (verb.idx, max(verb.idx + len(verb), cue_end.idx + len(cue_end)))
        mention = doc[subject.left_edge.i : subject.right_edge.i + 1]
        yield verb, Found(kind, content, cue, mention, None, "as-frame", fragments=fragments)
