"""Reported speech around a cue verb: "X said (that) ...", "..., X said", "X told Y that ...",
"The administration, they said, is ...", and noun phrases holding quoted words
("pledged "full support" for ...").

Works on the dependency parse: the cue verb's subject is the source, its clausal
complement the content. The kind follows from the quotation marks: content held
by one quotation is ``direct``, content holding quoted fragments is ``mixed``,
else ``indirect``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Optional

from spacy.tokens import Doc, Token

from attrib.detect.documents import author_span, document_author
from attrib.detect.found import Found
from attrib.detect.quotes import Quote
from attrib.detect.spans import (
    content_and_kind,
    has_finite_verb,
    has_quote,
    inside_quote,
    pieces_around,
    quoted_but_for,
    subtree_extent,
)
from attrib.detect.subjects import (
    CLAUSAL,
    SUBJECTS,
    can_speak,
    mention_of,
    participle_subject,
    subject_of,
)
from attrib.detect.withheld import is_withheld
from attrib.doctext import text_of
from attrib.lexicon import Lexicon

# Cues whose reported clause is what the source rejects (ANNOTATION.md 3c).
DENIALS = frozenset(("deny",))
# Right-side dependents of a cue verb that are not part of a noun-phrase content.
NOT_CONTENT = {"punct", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "cc", "mark", "prt", "agent",
               "conj"}  # "described the plan as "punitive" and demanded ...": the conjoined verb is not content


def cue_tokens(doc: Doc, lexicon: Lexicon, quotes: Sequence[Quote]) -> Iterator[Token]:
    """Verbs of the speech or noun-phrase-quote lexicons, outside quotations."""
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB") and not (
                _verb_read_as_noun(token)):
            continue
        lemma = cue_lemma(token, lexicon)
        if (lexicon.is_cue(lemma) or lemma in lexicon.np_quote or lemma in lexicon.np_speech) and not inside_quote(
                token.idx, quotes):
            yield token


def cue_lemma(verb: Token, lexicon: Lexicon) -> str:
    """The verb's lemma, or with its particle when the lexicon lists the phrasal verb ("point out")."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.phrasal_heads:
        return lemma
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None and lexicon.is_cue(f"{lemma} {particle}"):
        return f"{lemma} {particle}"
    return lemma


def _verb_read_as_noun(token: Token) -> bool:
    """'But Tess Varga claims that the fund ...' tagged as a plural noun: a sentence root with a subject
    and a clause of its own is a verb whatever its tag."""
    return (token.dep_ == "ROOT" and token.tag_ == "NNS" and any(c.dep_ in SUBJECTS for c in token.children)
            and any(c.dep_ in CLAUSAL and c.i > token.i for c in token.children))


def is_parenthetical_reporter(child: Token, lexicon: Lexicon) -> bool:
    """A trailing ", state media reported" hung under another cue: a channel, not content."""
    if child.lemma_.lower() not in lexicon.report or not any(c.dep_ in SUBJECTS for c in child.children):
        return False
    if child.dep_ != "ccomp" or child.i < child.head.i:
        return False
    before = child.doc[child.i - 1] if child.i > 0 else None
    subject = next(c for c in child.children if c.dep_ in SUBJECTS)
    after_comma = any(t.text == "," for t in child.doc[max(subject.left_edge.i - 1, 0) : subject.left_edge.i + 1])
    # No content of its own to the right: a parenthetical reporter, maybe holding the
    # outer cue's clause on its left ("X said [the dam was safe], state radio reported").
    return after_comma and before is not None and not any(c.dep_ in CLAUSAL and c.i > child.i for c in child.children)


_CONCESSIVE = {"though", "although", "while", "whereas", "but"}
# Participles of the frame after a reported clause (", citing the strategic importance ...").
_FRAME_PARTICIPLES = frozenset(("cite", "point", "refer", "echo", "speak"))


def _cut_from_clause(clause: Token, lexicon: Lexicon, cue: Optional[Token] = None) -> list[Token]:
    """Dependents of a reported clause that are not part of it.

    - a conjoined cue verb when the clause subject cannot speak: it belongs to the outer
      speaker ("Kim said relations were ... and pledged ...");
    - a participial cue ("..., accusing the United States of ..."): a second statement; so
      is a participle of the frame (", citing ...", ", speaking on condition of ...");
    - a clause after a semicolon with a subject of its own: the writer's next sentence;
    - a trailing concessive clause (", though Pyongyang has denied this"): the writer's aside.
    """
    cuts = []
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    for child in clause.children:
        lemma = child.lemma_.lower()
        is_cue = lemma in lexicon.speech or lemma in lexicon.np_quote
        own_subject = any(c.dep_ in SUBJECTS for c in child.children)
        if child.dep_ == "conj" and is_cue and not own_subject and (subject is None or not can_speak(subject)):
            cuts.append(child)
        elif (child.dep_ == "conj" and not own_subject and (is_cue or lemma in lexicon.np_speech) and cue is not None
              and child.tag_ == cue.tag_ and not any(c.dep_ == "aux" for c in child.children)
              and (clause.tag_ != cue.tag_ or any(c.dep_ == "aux" for c in clause.children))):
            # "Rendell said he'd battled pneumonia and called it a common ailment": a cue in the
            # tense of the outer cue, not of the clause, is the speaker's next statement
            cuts.append(child)
        elif child.dep_ == "advcl" and child.i > clause.i and child.tag_ == "VBG" and not own_subject and (
                is_cue or lemma in _FRAME_PARTICIPLES and child.doc[child.left_edge.i - 1].text == ","):
            cuts.append(child)
        elif child.dep_ in ("conj", "parataxis") and child.i > clause.i and own_subject and any(
                t.text == ";" for t in child.doc[clause.i : child.left_edge.i]):
            cuts.append(child)  # "said X; they only learned ...": a new sentence of the writer's
        elif child.dep_ == "advcl" and child.i > clause.i and any(
            m.dep_ == "mark" and m.lower_ in _CONCESSIVE for m in child.children
        ):
            cuts.append(child)
    return cuts


def clause_content(verb: Token, lexicon: Lexicon) -> Optional[tuple[int, int, list[Token]]]:
    """Token range of the reported clause of ``verb`` and the dependents left out of it."""
    lemma = cue_lemma(verb, lexicon)
    if not lexicon.is_cue(lemma):
        return None
    if lemma in lexicon.that_only and lemma not in lexicon.speech:
        # only an explicit "that" clause: "found that ...", not "found it isolated"
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not clauses:
            return None
        return (*subtree_extent(clauses[0]), [])
    clauses = []
    for child in verb.children:
        if child.dep_ not in CLAUSAL:
            continue
        if is_parenthetical_reporter(child, lexicon):
            # its left clause, when the parser hung ours under it, is the content
            clauses += [c for c in child.children if c.dep_ in CLAUSAL and verb.i < c.i < child.i]
        else:
            clauses.append(child)
    if not clauses:
        # A misparsed "told X, Y "confirmed ..."" often hangs the clause as an unmarked advcl.
        clauses = [
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.i > verb.i and not _subordinated(c)  # not "said little when she resigned"
            and any(m.dep_ in SUBJECTS for m in c.children)
        ]
    if not clauses:
        # "told CNBC's "Squawk Box" that ...", "said during the same briefing that ...":
        # a that-clause misparsed as a relative clause of a noun after the cue. A relative
        # clause has no subject besides its "that"; this one has.
        for child in verb.children:
            if child.i < verb.i or child.dep_ not in ("dobj", "dative", "npadvmod", "prep"):
                continue
            nouns = [child] if child.dep_ != "prep" else [o for o in child.children if o.dep_ == "pobj"]
            for c in (c for noun in nouns for c in noun.children):
                first = c.left_edge
                if c.dep_ in ("relcl", "acl") and first.lower_ == "that" and any(
                    m.dep_ in SUBJECTS and m.lower_ != "that" for m in c.children
                ):
                    clauses.append(c)
    if not clauses:
        return None
    right = [c for c in clauses if c.i > verb.i]
    if right:
        # 'said that X and that Y' with the second clause hung on the cue: one statement
        right += [c for c in verb.children if c.dep_ == "conj" and c.i > right[-1].i
                  and c.left_edge.lower_ == "that" and any(m.dep_ in SUBJECTS for m in c.children)
                  and not lexicon.is_cue(c.lemma_.lower())]
    chosen = right or clauses
    cuts: list[Token] = []
    for clause in chosen:
        cuts += _cut_from_clause(clause, lexicon, verb)
    extents = [subtree_extent(c, cuts) for c in chosen]
    start, end = min(e[0] for e in extents), max(e[1] for e in extents)
    if right and start < verb.i:
        # "the spending, which they said had fueled inflation": the relative pronoun heads
        # the clause from before the cue; the content is what follows the cue.
        start = verb.i + 1
    if right:
        # A misparsed clause subject hangs on the cue as a second subject
        # ("said the Russia's outreach to North Korea is part of ..."): take it back.
        stray = [c for c in verb.children if verb.i < c.i < start and c.dep_ in SUBJECTS]
        if stray:
            start = min(c.left_edge.i for c in stray)
    return start, end, cuts


def np_content(verb: Token) -> Optional[tuple[int, int]]:
    """Token range of a noun-phrase content: the verb's right-side objects and complements."""
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ not in NOT_CONTENT
             and not (c.dep_ == "advcl" and _subordinated(c))  # "called him a reformer when she ran"
             # ", saying ..." after the object: a statement of its own, not this one's content
             and not (c.dep_ == "advcl" and c.tag_ == "VBG" and verb.doc[c.left_edge.i - 1].text == ",")]
    if not parts:
        return None
    extents = [subtree_extent(c) for c in parts]
    return min(e[0] for e in extents), max(e[1] for e in extents)


def _left_clause(verb: Token, subject: Token) -> Optional[tuple[int, int]]:
    """The clause before ", X said" when the parser did not hang it on the cue: the cue ends
    its sentence (nothing but adjuncts after it), a comma sets off its subject, and what
    precedes the comma has a finite verb of its own."""
    doc, sent = verb.doc, verb.sent
    comma = subject.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != "," or subject.i > verb.i:
        return None
    if any(c.i > verb.i and c.dep_ not in ("prep", "npadvmod", "advmod", "punct") for c in verb.children):
        return None
    if not has_finite_verb(doc[sent.start : comma]):
        return None
    if any(c.dep_ == "advcl" and c.i < comma and c.left_edge.i <= sent.start + 1 and _subordinated(c) for c in verb.children):
        return None  # "But when Congress cut funding, Mexico said enough.": the clause frames the cue
    return sent.start, comma - 1


def _subordinated(clause: Token) -> bool:
    """Whether a clause opens with a subordinator ("when ...", "if ...", "after ...")."""
    return any((m.dep_ == "mark" and m.lower_ != "that" or m.tag_ == "WRB") and m.i < clause.i for m in clause.children)


def _drop_trailing_cue_segment(doc: Doc, start: int, end: int, verb: Token, subject: Token) -> int:
    """For a clause that precedes its cue, stop before the ", X said" segment."""
    cue_left = min(verb.i, subject.left_edge.i)
    return min(end, cue_left - 1)


def _skip_leading_date(doc: Doc, start: int, end: int) -> int:
    """"told reporters On Tuesday, Putin's visit ...": a date phrase before the clause belongs to the cue."""
    i = start
    while i <= end and (doc[i].ent_type_ == "DATE" or doc[i].dep_ == "prep" and i + 1 <= end and doc[i + 1].ent_type_ == "DATE"):
        i += 1
    if i > start and i <= end and doc[i].text == ",":
        return i + 1
    return start


_CHANNEL_PREPS = {"during", "in", "at", "on", "via"}
def _in_subordinate_clause(token: Token, start: int, end: int) -> bool:
    """Whether ``token`` hangs, inside tokens [start, end], under an adverbial clause that a
    subordinator opens ("when she appears ... at the debates")."""
    node = token.head
    while start <= node.i <= end and node.head.i != node.i and start <= node.head.i <= end:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in node.children if c.i < node.i):
            return True
        node = node.head
    return False


def _cut_trailing_channel(doc: Doc, start: int, end: int, quotes: Sequence[Quote], lexicon: Lexicon) -> int:
    """"said Putin has "..." during a press briefing on Tuesday": a channel phrase that closes
    the content, outside quotation marks, belongs to the attribution frame, not the content;
    so does a closing ", according to a Reuters poll"."""
    for token in doc[start + 1 : end]:
        if (token.lower_ == "according" and doc[token.i + 1].lower_ == "to" and doc[token.i - 1].text == ","
                and not inside_quote(token.idx, quotes)
                and all(t.is_punct for t in doc[doc[token.i + 1].right_edge.i + 1 : end + 1])):
            return token.i - 2
    for token in doc[start + 1 : end + 1]:
        if token.dep_ != "prep" or token.lower_ not in _CHANNEL_PREPS or inside_quote(token.idx, quotes):
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in lexicon.channel_nouns:
            continue
        if _in_subordinate_clause(token, start, end):
            continue  # "... when she appears alongside Trump at the debates": part of what was said
        # only frame material may follow: more phrases on the same head, dates, punctuation
        siblings = {t.i for s in token.head.children if s.dep_ == "prep" and s.i > token.i for t in s.subtree}
        if any(not (t.i in siblings or t.is_punct or t.ent_type_ in ("DATE", "TIME")) for t in doc[token.right_edge.i + 1 : end + 1]):
            continue
        if pobj.lemma_.lower() in ("report", "session", "meeting", "call", "video", "message"):
            continue  # too often part of what was said
        return token.i - 1
    return end


# Prepositions that belong to the cue before a noun-phrase content ("called on", "called for").
_CUE_PREPS = {"call": ("on", "for"), "warn": ("against", "of", "about"), "push": ("for",), "appeal": ("for",),
              "press": ("for",)}
# Speech acts whose content must be a clause: "asked whether ...", "asked him to ..." ("asked
# about costs" names a topic, not what was asked).
_CLAUSE_ONLY = frozenset(("ask",))

# Subordinators of a clause that conditions or explains what was said: "said he'd back him
# even if ...", "said the tax would rise unless ...", "said the claim was false, because ...".
_CONDITIONS = frozenset(("if", "unless", "because", "whether", "lest", "provided", "once"))


def _condition_after(verb: Token, end: int) -> int:
    """The end of a reported clause, stretched over a conditional or causal clause the parser
    hung on the cue rather than on the clause (it changes what was said)."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > end and any(
            m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children
        ):
            between = verb.doc[end + 1 : child.left_edge.i]
            if all(t.is_punct or t.dep_ == "advmod" for t in between):
                end = max(end, child.right_edge.i)
    return end


# Prepositions that open a phrase of the frame after a quote: to whom, where, when.
_FRAME_PREPS = frozenset("to at in on during before after from with outside inside near across via through over".split())


def _quote_then_phrase(doc: Doc, verb: Token, content: tuple[int, int], quotes: Sequence[Quote]):
    """'left the hall, saying "we will strike" to anyone who would listen': a quote that
    follows its cue and is followed only by a prepositional phrase is the whole content."""
    text = text_of(doc)
    quote = next((q for q in quotes if q.closed and q.open_mark == content[0]), None)
    if quote is None or text[verb.idx + len(verb) : quote.open_mark].strip(" ,:"):
        return None
    rest = doc.char_span(quote.close_mark + 1, content[1], alignment_mode="expand")
    words = [t for t in rest or [] if not t.is_punct]
    if not words or words[0].lower_ not in _FRAME_PREPS or words[0].dep_ != "prep" or has_quote(
            quote.close_mark + 1, content[1], quotes):
        return None
    return "direct", (quote.start, quote.end)


def detect_reported(doc: Doc, quotes: Sequence[Quote], lexicon: Lexicon) -> Iterator[tuple[Token, Found]]:
    """Yield (cue token, record) for every cue verb with a source and a content."""
    for verb in cue_tokens(doc, lexicon, quotes):
        subject = subject_of(verb, lexicon) or participle_subject(verb, lexicon)
        if subject is None or inside_quote(subject.idx, quotes):
            continue
        if is_withheld(verb, subject):
            continue  # "has not said", "declined to say whether": no statement (ANNOTATION.md 3c)
        if is_parenthetical_reporter(verb, lexicon) and lexicon.is_cue(verb.head.lemma_):
            continue  # ", Russian state media reported" under another cue: a channel, not a record
        sent = verb.sent
        method = "reported-clause"
        core = True
        fragments = None
        cue_end_tok = verb.i
        found = clause_content(verb, lexicon)
        comma = subject.left_edge.i - 1
        if (verb.dep_ == "parataxis" and found is None and comma > sent.start and doc[comma].text == ","
                and subject.i < verb.i and all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : sent.end])):
            # "A deal could come next week, one of the people said, speaking on condition of
            # anonymity.": the cue closes the sentence; the clause before its comma is the content.
            start_tok, end_tok = sent.start, comma - 1
            method = "reported-clause-before-cue"
        elif verb.dep_ == "parataxis" and (found is None):
            # "The Biden administration, they said, is concerned ...": the whole sentence.
            start_tok, end_tok = sent.start, sent.end - 1
            method = "parenthetical"
        elif found is None and (left := _left_clause(verb, subject)) is not None:
            # "Police fired tear gas ..., the club announced on Monday.", with the clause
            # misparsed: the punctuation says what was reported.
            start_tok, end_tok = left
            method = "reported-clause-before-cue"
        elif found is not None:
            start_tok, end_tok, _ = found
            if end_tok < verb.i:
                # "..., X said": everything before the cue segment, from the sentence start.
                start_tok = sent.start
                end_tok = _drop_trailing_cue_segment(doc, start_tok, end_tok, verb, subject)
                method = "reported-clause-before-cue"
            else:
                end_tok = _condition_after(verb, end_tok)
        else:
            lemma = verb.lemma_.lower()
            if lemma not in lexicon.np_quote and lemma not in lexicon.np_speech:
                continue
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                continue  # "this has been denied by leaders ...": the content is the passive subject
            span = np_content(verb)
            if span is None:
                continue
            start_tok, end_tok = span
            s_char, e_char = doc[start_tok].idx, doc[end_tok].idx + len(doc[end_tok])
            method = "noun-phrase-quote"
            if lemma not in lexicon.np_quote or not has_quote(s_char, e_char, quotes):
                if lemma not in lexicon.np_speech:
                    continue  # noun-phrase content without the source's words: not a record
                # "called for a moratorium", "urged Congress to act", "asked whether ...":
                # a speech act summarised, non-core (ANNOTATION.md 1)
                method, core = "noun-phrase", False
                first = doc[start_tok]
                if (first.dep_ == "prep" or first.tag_ == "IN" and first.dep_ != "mark") and first.lower_ not in _CUE_PREPS.get(
                        lemma, ()):
                    continue  # "called into a radio show", "criticized as ...": no content named
                if lemma in _CLAUSE_ONLY and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
                    continue
                if verb.dep_ in ("csubj", "amod") or subject.tag_ == "CD":
                    continue  # "475 pledged delegates will be at stake": a verb describing a noun
                if verb.tag_ == "VBN" and verb.dep_ not in ("ROOT", "conj") and not any(
                        c.dep_ in ("aux", "auxpass") for c in verb.children):
                    continue  # a participle describing a noun, no speech act
                if verb.dep_ == "relcl" and subject.tag_ not in ("WP", "WDT") and not any(
                        c.dep_ in ("dobj", "ccomp") for c in verb.children):
                    continue  # "the target it pledged to reach": the content is the noun outside
                if any(lexicon.is_cue(t.lemma_) and t.pos_ == "VERB" for t in doc[start_tok : end_tok + 1]):
                    continue  # "criticized the rules, which they said would ...": the inner statement is the record
            if start_tok == verb.i + 1 and doc[start_tok].dep_ == "prep" and doc[start_tok].lower_ in _CUE_PREPS.get(
                    verb.lemma_.lower(), ()):
                # "called on him to 'give some thought to stepping down'": the cue is "called on"
                cue_end_tok, start_tok = start_tok, start_tok + 1
        if end_tok < start_tok:
            continue
        if start_tok > verb.i:
            start_tok = _skip_leading_date(doc, start_tok, end_tok)
        end_tok = _cut_trailing_channel(doc, start_tok, end_tok, quotes, lexicon)
        decided = content_and_kind(doc, doc[start_tok].idx, doc[end_tok].idx + len(doc[end_tok]), quotes)
        if decided is None:
            continue
        kind, content = decided
        if kind == "mixed" and method == "reported-clause" and content[0] > verb.idx:
            kind, content = _quote_then_phrase(doc, verb, content, quotes) or (kind, content)
        if verb.lemma_.lower() in DENIALS and kind == "indirect":
            core = False  # a denial is a statement, non-core unless it carries quoted words (3c)
        mention = doc[slice(*mention_of(subject))]
        if kind == "mixed" and method == "parenthetical":
            # '"Our streets," she added, "belong to people."': every word is quoted but the cue's
            cue_segment = (min(mention.start_char, verb.idx), max(mention.end_char, verb.idx + len(verb)))
            inner = [q for q in quotes if content[0] <= q.open_mark and q.end <= content[1]]
            if inner and quoted_but_for(text_of(doc), content, quotes, cue_segment):
                kind, content = "direct", (min(q.start for q in inner), max(q.end for q in inner))
                fragments = tuple((q.start, q.end) for q in inner)
        if method == "parenthetical" and fragments is None:
            # "The law, critics argue, is unconstitutional": what was said is the clause around the cue
            segment = (min(mention.start_char, verb.idx), max(mention.end_char, verb.idx + len(verb)))
            fragments = pieces_around(text_of(doc), content, segment)
        cue = (verb.idx, doc[cue_end_tok].idx + len(doc[cue_end_tok]))
        particle = next((c for c in verb.children if c.dep_ == "prt"), None)
        if particle is not None and particle.i == verb.i + 1:
            cue = (verb.idx, particle.idx + len(particle))
        via = None
        author = document_author(subject)
        if author is not None:  # "a report released by the institute found ...": the institute, via report
            mention, via = doc[slice(*author_span(author))], subject.lower_
        yield verb, Found(kind, content, cue, mention, via, method, core, fragments=fragments)
