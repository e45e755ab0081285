"""Quotations not yet claimed by a reported-speech record.

- Quote first, cue after: ""...," Cha said." / ""...," said Lami Kim, a professor ...".
  spaCy often puts the quote and its cue in different sentences, so the cue is
  looked for in the words right after the closing mark, before the paragraph ends.
- Cue first, quote after: "... a spokesperson telling NBC News: "..."".
- Split quotes and continuations: a quote with no cue of its own that follows a
  quote of a known speaker (same paragraph: same cue; next paragraph: no cue).
Anything else in quotation marks (scare quotes, titles) is not an attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from spacy.tokens import Doc, Token

from attrib.detect.documents import DOCUMENTS, document_author
from attrib.detect.floating import speaks
from attrib.detect.found import Found
from attrib.detect.quotes import OPENING_MARKS, Quote
from attrib.detect.spans import LINE_SPACES, headline_case, puts_it
from attrib.detect.subjects import can_be_source, can_speak, mention_of, participle_subject, subject_of
from attrib.detect.withheld import is_withheld
from attrib.doctext import ents_in, ents_of, text_of
from attrib.lexicon import Lexicon

# At most this many words between a closing mark and its cue verb ("," Putin said" / "said Lami Kim").
_MAX_GAP = 8
# Words climbed from a quotation to the verb above it ('to "knock ..."', 'that "..."').
_MAX_HOPS = 4


def _token_at(doc: Doc, char: int) -> Optional[Token]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _paragraph_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _starts_unit(text: str, quote: Quote) -> bool:
    """The opening mark begins a paragraph or follows a sentence end."""
    before = text[: quote.open_mark].rstrip(LINE_SPACES)
    return not before or before[-1] in "\n.!?:\u201d\""


def _is_quote_cue(token: Token, quote: Quote, text: str, lexicon: Lexicon) -> bool:
    """A cue verb of the lexicon, 'asked' for a quote that asks a question ('"Why?" asked Lee.'),
    'continued' with no object, or 'put it'."""
    if lexicon.is_cue(token.lemma_):
        return True
    lemma = token.lemma_.lower()
    if lemma == "continue" and not any(c.dep_ in ("dobj", "xcomp") for c in token.children):
        return True  # 'She continued, "..."'
    if puts_it(token):
        return True  # 'As Ms. Reyes put it, "..."'
    # a question, at its end or inside ('asked, "Wait, is it 18% now? Interesting."')
    return lemma == "ask" and "?" in text[quote.start : quote.end]


def _inverted_subject(verb: Token, words: int) -> Optional[Token]:
    """'"We won!" exclaimed the coach.': right after the quote, the parser often takes the
    speaker after the verb for its object. With an appositive and a second piece ('"The risk,"
    said Carl Vance, an economist, "is ..."') it makes the name the subject of the second piece:
    the name right after the verb is the speaker."""
    if words != 1:
        return None
    taken = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i), None)
    if taken is not None or verb.i + 1 >= len(verb.doc):
        return taken
    after = verb.doc[verb.i + 1]
    name = next((e for e in ents_of(verb.doc)[0] if e.start == after.i and e.label_ in _SPEAKER_ENTS), None)
    if name is not None and name.root.dep_ in ("nsubj", "nsubjpass") and name.root.head.i > verb.i:
        return name.root
    return None


_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")
# What a verb of no lexicon governs after it when it is only a quotation's frame: none of these.
_NO_FRAME = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass", "agent"))


def _frames(verb: Token, quote: Quote, text: str) -> bool:
    """A verb of no lexicon right after a quotation that stops at a comma (or a longer one that
    asks or exclaims) is its frame when it is a finite main verb with no object or clause of its
    own: '"...," Tom Hale joked.', '"...," she lamented.', '"...," he shot back.'. Not after a
    quotation of several paragraphs (its marks may be paired wrongly)."""
    words = text[quote.start : quote.end].rstrip()
    if quote.paragraphs > 1 or not (words.endswith(",") or words.endswith(("?", "!")) and len(words.split()) >= 3):
        return False
    quoted = verb.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if len(words.split()) < 2 or quoted is None or headline_case(quoted[1:], least=1):
        return False  # a one-word quote, or a title ('"The Apprentice," Hale hosted ...')
    # the parser hangs a frame that interrupts a quote on the quote's second piece ('"...," she
    # elaborated, "..."')
    main = verb.dep_ in ("ROOT", "parataxis") or verb.dep_ == "ccomp" and verb.head.i > verb.i
    return main and _saying_verb(verb) and not any(
        c.dep_ in _NO_FRAME and (c.i > verb.i or c.dep_ in ("nsubjpass", "auxpass")) for c in verb.children)


def _frames_after(verb: Token, comma: Token) -> bool:
    """A finite main or relative verb of no lexicon with no object or clause of its own before
    the comma that precedes a quotation: that quotation's frame."""
    if verb.dep_ == "relcl" and any(c.dep_ == "conj" for c in verb.head.children):
        return False  # "Ana Ruiz and Tom Berg, who joked, ...": which of them, the parser cannot say
    return verb.dep_ in ("ROOT", "relcl") and _saying_verb(verb) and not any(
        c.dep_ in _NO_FRAME and c.i < comma.i for c in verb.children)


def _saying_verb(verb: Token) -> bool:
    """A finite verb, as a frame's is (the parser tags a bare past tense VBN: 'Hale joked.'),
    other than "read": a person reading words aloud is not saying them."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
    return verb.pos_ == "VERB" and verb.is_alpha and finite and verb.lemma_.lower() != "read"


def cue_after(doc: Doc, quote: Quote, lexicon: Lexicon) -> Optional[tuple[Token, Token]]:
    """(cue verb, subject) in the few words after the closing mark, same paragraph."""
    if not quote.closed:
        return None
    text = text_of(doc)
    limit = _paragraph_end(text, quote.close_mark)
    first = _token_at(doc, quote.close_mark)
    if first is None:
        return None
    words = 0
    frame: Optional[tuple[Token, int]] = None  # a verb of no lexicon that frames the quote, and where
    for token in doc[first.i + 1 :]:
        if token.idx >= limit or token.text in OPENING_MARKS:
            break
        if token.is_alpha:
            words += 1
        if words > _MAX_GAP:
            break
        if frame is None and _frames(token, quote, text):
            frame = token, words
        if _is_quote_cue(token, quote, text, lexicon) and token.pos_ in ("VERB", "AUX"):
            subject = subject_of(token, lexicon) or _inverted_subject(token, words)
            if subject is not None and subject.i > token.i and any(t.is_quote for t in doc[token.i + 1 : subject.i]):
                # '"...," Vance said on Lumen's "Morning Hour."': a quoted title after the cue
                # is no subject; the name between the quote and the cue is
                subject = next((e.root for e in ents_in(doc[first.i + 1 : token.i]) if e.label_ == "PERSON"), None)
            if subject is not None and subject.idx > quote.close_mark:
                return token, subject
            return None
        if token.lemma_.lower() == "read" and token.pos_ == "VERB":
            # '"...," reads a statement from the senator's office', '"...," the letter reads':
            # the document speaks
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in DOCUMENTS:
                return token, subject
            return None
        if token.text in ".!?" and words > 0:
            break
    if frame is not None:
        verb, at = frame
        subject = subject_of(verb, lexicon) or _inverted_subject(verb, at)
        if subject is not None and subject.idx > quote.close_mark and can_be_source(subject, lexicon):
            return verb, subject
    return None


def cue_before(doc: Doc, quote: Quote, lexicon: Lexicon) -> Optional[tuple[Token, Token]]:
    """(cue verb, subject) right before an opening mark that follows ':' or ','."""
    text = text_of(doc)
    before = text[: quote.open_mark].rstrip()
    if not before:
        return None
    mark = _token_at(doc, len(before) - 1)
    if mark is None:
        return None
    if before[-1] not in ":,":
        # 'She said "Amazing!"': the cue verb right before the opening mark
        if _is_quote_cue(mark, quote, text, lexicon) and mark.pos_ == "VERB":
            subject = subject_of(mark, lexicon) or participle_subject(mark, lexicon)
            return (mark, subject) if subject is not None else None
        return None
    cue = doc[mark.i - 1] if mark.i > 0 else None
    if cue is not None and cue.pos_ == "NOUN" and cue.i > 0 and doc[cue.i - 1].lower_ == "to" and lexicon.is_cue(cue.lemma_):
        # 'Lee was quick to retort: "..."' with the cue tagged as a noun: the subject of the
        # clause it completes
        head = cue
        while head.i != head.head.i and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and can_be_source(subject, lexicon):
            return cue, subject
    verbs = [t for t in reversed(doc[mark.sent.start : mark.i]) if t.pos_ in ("VERB", "AUX")]
    for token in verbs:
        if _is_quote_cue(token, quote, text, lexicon):
            subject = subject_of(token, lexicon) or participle_subject(token, lexicon)
            if subject is None and all(t.is_punct or t.is_space for t in doc[token.sent.start : token.i]):
                # 'Added the mayor: "..."': the speaker after a cue that opens the sentence
                subject = _inverted_subject(token, 1)
                if subject is None and token.dep_ == "compound" and can_speak(token.head):
                    subject = token.head  # 'Said Ellis: "..."', the cue read as part of the name
            return (token, subject) if subject is not None else None
    if before[-1] == "," and verbs and _frames_after(verbs[0], mark) and speaks(doc, quote):
        # 'Tom Hale shot back, "..."', 'the singer Tom Berg, who joked of the museum, "..."': a
        # verb of no lexicon with no object of its own frames the quote that its comma hands on
        subject = subject_of(verbs[0], lexicon)
        if subject is not None and subject.i < verbs[0].i and can_be_source(subject, lexicon):
            return verbs[0], subject
    if before[-1] == ":" and verbs and verbs[0].pos_ == "VERB":
        # 'Her neighbour, Ahmed Khan, disagreed: "It will kill the shops."': a colon hands the
        # quote to the clause before it, whatever its verb, when its subject can speak.
        subject = next((c for c in verbs[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = [subject, *(c for c in subject.children if c.dep_ == "appos")] if subject is not None else []
        if named and (can_be_source(subject, lexicon) or any(can_speak(t) for t in named)):
            return verbs[0], subject
    if before[-1] == ":":
        named = _person_before(doc, mark)
        if named is not None:
            return mark, named
    return None


def cue_above(doc: Doc, quote: Quote, quotes: Sequence[Quote], lexicon: Lexicon) -> Optional[tuple[Token, Token]]:
    """(cue verb, subject) of a quotation set inside a clause of saying ('Vance tells voters to
    "knock on every door in the county"', 'insisting that "..."'): the first verb above the
    quotation's words, outside every quotation, when it is a cue verb whose subject can speak."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    quoted = [(q.open_mark, q.end) for q in quotes]
    token = span.root.head
    for _ in range(_MAX_HOPS):
        inside = any(a <= token.idx < b for a, b in quoted)
        if not inside and token.pos_ in ("VERB", "AUX"):
            if not lexicon.is_cue(token.lemma_) or puts_it(token):
                return None
            subject = subject_of(token, lexicon) or participle_subject(token, lexicon)
            if (subject is None or any(a <= subject.idx < b for a, b in quoted)
                    or not can_be_source(subject, lexicon)):
                return None  # no subject, or one inside a quotation ("'I don't like it,' adding ...")
            return token, subject
        if token.head.i == token.i or token.sent.start != span.root.sent.start:
            return None
        token = token.head
    return None


def _person_before(doc: Doc, colon: Token) -> Optional[Token]:
    """'- More from Ana Ruiz: "..."', 'The surge does not surprise pollster Ana Ruiz: "..."':
    with no speaking subject to claim it, a quote after a colon is the person named right
    before the colon (the colon is the cue) - not one the clause speaks for or about."""
    ent = next((e for e in ents_of(doc)[0] if e.end == colon.i and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    if headline_case(doc[colon.sent.start : ent.start]):
        return None  # a headline in title case or capitals ("Mayor Praises Ana Ruiz: ..."): its verbs are unread
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ not in ("from", "by"):
        return None  # 'The crowd chanted for Ana Ruiz: "..."'
    return root


def detect_direct(
    doc: Doc, quotes: Sequence[Quote], claimed: set[int], lexicon: Lexicon
) -> list[tuple[Optional[Token], Found, Quote]]:
    """Records for quotes whose opening mark is not in ``claimed`` (offsets used by other records)."""
    out: list[tuple[Optional[Token], Found, Quote]] = []
    text = text_of(doc)
    for quote in quotes:
        if quote.open_mark in claimed:
            continue
        # a quote that starts a unit, or one the cue hands on with ':' or ',' ('Tom Berg replied, "Not yet."')
        hit = (cue_after(doc, quote, lexicon) if _starts_unit(text, quote) else None) or cue_before(doc, quote, lexicon)
        if hit is None and speaks(doc, quote):
            hit = cue_above(doc, quote, quotes, lexicon)
        if hit is None:
            continue
        verb, subject = hit
        if is_withheld(verb, subject):
            continue  # '"...," he would not say' is not a statement (ANNOTATION.md 3c)
        via = None
        author = document_author(subject)
        if author is not None:  # '"...," a statement from the senator's office says'
            subject, via = author, subject.lower_
        first, end = mention_of(subject)
        last = end - 1  # the mention's last word
        if first <= verb.i < subject.i:
            first, last = verb.i + 1, subject.i  # 'Said Ellis: "..."': the name, not the cue or the quote
        elif verb.text == ":":
            last = min(last, verb.i - 1)  # 'pollster Ana Ruiz: "..."': the name, not the quote the parser hung on it
        mention = doc[first : last + 1]
        found = Found("direct", (quote.start, quote.end), (verb.idx, verb.idx + len(verb)), mention, via, "quote-cue")
        out.append((verb, found, quote))
    return out
