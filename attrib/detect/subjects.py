"""Who speaks: the source of a cue verb, found in the dependency parse.

The cue verb's subject; for a verb with none, the subject of the verb or clause it depends
on (a conjoined cue, "went on to say", "was quoted as saying", a participle "..., telling a
rally that ...", "began by saying ...", "criticized the senator for saying ..."), and the
subjects the parser misplaced (in a fronted phrase, in apposition, after an "and" that opens
the sentence). ``can_speak`` and ``can_be_source`` say whether a word can name a source.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from attrib.dateline import dateline_end
from attrib.detect.documents import DOCUMENTS, ISSUING
from attrib.doctext import text_of
from attrib.lexicon import Lexicon

SUBJECTS = ("nsubj",)
SPEAKER_PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "you", "each", "both"}
# Complement relations that carry a reported clause.
CLAUSAL = ("ccomp",)


def outside_dateline(subject: Token) -> Optional[Token]:
    """A subject, unless the parser took it from the dateline that opens the story ("Boston
    (AFP) - Senator Carl Dunn on Tuesday ..."): then the name it hung on it, or None."""
    text = text_of(subject.doc)
    start = text.rfind("\n", 0, subject.idx) + 1
    end = dateline_end(text, start)
    if end is None or subject.idx >= end:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.idx >= end), None)


def subject_of(verb: Token, lexicon: Lexicon) -> Optional[Token]:
    """The source of a cue verb: its subject, or (for a conjoined verb with none) the subject
    of the nearest cue verb above it ("Kim said ... and pledged ...")."""
    subjects = [_uncontracted(s) for s in (outside_dateline(c) for c in verb.children if c.dep_ in SUBJECTS)
                if s is not None]
    if subjects:
        # Two subjects mean a misparse ("- No signing of documents: Kremlin spokesperson
        # Dmitry Peskov stated ..."): take one that can speak, nearest the verb.
        return max(subjects, key=lambda c: (can_speak(c), -abs(c.i - verb.i)))
    if verb.tag_ == "VBG" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in ("quote", "cite"):
        # "The minister was quoted as saying ...": the passive subject of "quoted".
        passive = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
        return passive[0] if passive else None
    if verb.dep_ == "conj":
        # "The bank kept rates unchanged and said ...", "The spokesman declined to comment
        # but said ...": the subject of the first conjunct, when it can be a source (else
        # the parser hung the verb on the wrong clause).
        shared = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
        if shared is not None and (can_be_source(shared, lexicon) or lexicon.is_cue(verb.head.lemma_)):
            return shared
    if verb.dep_ in ("conj", "xcomp"):
        head = verb.head
        while head.i != head.head.i and not lexicon.is_cue(head.lemma_):
            if head.dep_ not in ("conj", "ccomp", "xcomp"):
                break
            head = head.head
        if head.i != verb.i and lexicon.is_cue(head.lemma_):
            for child in head.children:
                if child.dep_ in SUBJECTS:
                    return child
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.lefts):
        # "The chief went on to say ...", "was quick to add ...": the subject of the verb the
        # infinitive completes, when that verb has no object of its own (who would then speak)
        head = verb.head
        if head.dep_ == "acomp":
            head = head.head
        controller = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if controller is not None and not any(c.dep_ in ("dobj", "dative") for c in head.children):
            return controller if can_be_source(controller, lexicon) else None
    if verb.tag_ == "VBG" and verb.i > 0:
        # "The clip ends with Omar Haddad claiming ...": the noun the participle follows
        noun = verb.doc[verb.i - 1]
        if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "without") and can_be_source(noun, lexicon):
            return noun
    head = verb.head
    if (verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and verb.i == head.i + 1
            and any(c.dep_ in CLAUSAL for c in verb.children) and can_be_source(head, lexicon)):
        # "The principal mentioned in an email that ...", parsed as a noun with a participle
        # that holds a clause: the sentence has no verb but the cue, whose subject the noun is
        return head
    return _fronted_subject(verb) or _coordinated_subject(verb, lexicon) or _absorbed_subject(verb)


def _absorbed_subject(verb: Token) -> Optional[Token]:
    """'At a lunch with the editors of the Ledger Lindqvist said that ...': with no comma after a
    fronted phrase, the parser reads the subject as the last word of that phrase. The name
    just before a subjectless cue is the subject when the article names a person with it."""
    doc = verb.doc
    if verb.i == 0 or verb.dep_ != "ROOT" or not any(c.dep_ in CLAUSAL and c.i > verb.i for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or not any(a.i == verb.i for a in name.ancestors):
        return None
    if not any(e.label_ == "PERSON" and e[-1].text == name.text for e in doc.ents):
        return None
    return name


def _uncontracted(subject: Token) -> Token:
    """"he’s said" read as a subject "’s" with "he" hung on it: the word before the contraction."""
    if subject.lower_.replace("\u2019", "'") in _CONTRACTIONS and subject.i > 0:
        before = subject.doc[subject.i - 1]
        if before.head.i == subject.i and before.dep_ in SUBJECTS:
            return before
    return subject


_CONTRACTIONS = frozenset(("'s", "'ve", "'d", "'ll", "'re"))


def mention_of(subject: Token) -> tuple[int, int]:
    """Token range of a source mention: the subject's phrase, or the subject alone when it was
    read out of a fronted phrase (:func:`_absorbed_subject`)."""
    if subject.dep_ == "pobj" and subject.i + 1 < len(subject.doc) and subject.nbor().dep_ == "ROOT":
        return subject.i, subject.i + 1
    doc, first, last = subject.doc, subject.left_edge.i, subject.right_edge.i
    while first < subject.i and (doc[first].is_punct or doc[first].is_space):
        first += 1  # '” Vance': a closing quotation mark the parser hung on the name
    while last > subject.i and (doc[last].is_quote or doc[last].is_space):
        last -= 1
    return first, last + 1


def participle_subject(verb: Token, lexicon: Lexicon) -> Optional[Token]:
    """The speaker of a participle cue with no subject of its own."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and (verb.head.dep_ == "prep" or verb.head.dep_ == "conj"
                                                        and verb.head.pos_ == "ADP"):  # "... and for saying
        # "responded ... by saying ...", "despite admitting that ...": the subject of the
        # clause the preposition hangs on
        clause = verb.head.head
        if verb.head.lower_ == "for":
            # "criticized the senator for saying ...": the one criticized did the saying; "was
            # criticized for saying ...": the passive subject did
            blamed = next((c for c in clause.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if blamed is not None:
                return blamed if can_be_source(blamed, lexicon) else None
        # "was criticized for saying ...", "After saying ..., she was taken to ...": the passive
        # subject did the saying
        subjects = (*SUBJECTS, "nsubjpass")
        # before the participle, or after it when the phrase is fronted ("After saying ..., she ...")
        controller = next((c for c in clause.children if c.dep_ in subjects and (c.i < verb.i or verb.head.i < clause.i)),
                          None)
        climbed = 0
        while (controller is None and clause.dep_ in ("conj", "advmod", "prep", "xcomp", "pobj")
               and clause.head.i != clause.i and climbed < 6):
            # "began by saying ...", "aside from saying ...", "appeared at a hearing for his role in
            # ... and for saying ...": up to the clause that has a subject
            clause, climbed = clause.head, climbed + 1
            controller = next((c for c in clause.children if c.dep_ in subjects and c.i < verb.i), None)
        return controller if controller is not None and can_be_source(controller, lexicon) else None
    if (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.lemma_.lower() in DOCUMENTS
            and verb.head.head.lemma_.lower() in ISSUING):
        # "Hale issued a statement saying ...": its author, not the reader of "read a letter saying"
        issuer = next((c for c in verb.head.head.children if c.dep_ in SUBJECTS), None)
        return issuer if issuer is not None and can_be_source(issuer, lexicon) else None
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head  # "..., treating it as a joke and asserting ...": the first of the participles
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    # "Ruto defended the bill, telling a rally that ...": the subject of the clause it hangs
    # on, when that subject can speak; else ("Russia has said ..., accusing X of ...") the
    # source of the nearest cue above.
    controller = next((s for s in (outside_dateline(c) for c in verb.head.children if c.dep_ in SUBJECTS
                                   and c.i < verb.i) if s is not None), None)
    if controller is not None and can_be_source(controller, lexicon):
        return controller
    head = verb.head
    while head.i != head.head.i and not lexicon.is_cue(head.lemma_):
        head = head.head
    return subject_of(head, lexicon) if lexicon.is_cue(head.lemma_) else None


def _fronted_subject(verb: Token) -> Optional[Token]:
    """'In a statement to the Courier, the mayor's lawyer, Ann Lee, said ...': the parser hung
    the subject as an appositive inside the fronted phrase; the appositive that runs up to the
    cue (a comma between) is the subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    last = verb.i - 2  # the last word before the comma that precedes the cue
    for prep in (c for c in verb.lefts if c.dep_ == "prep"):
        if prep.right_edge.i not in (last, last + 1):
            continue
        appos = [t for t in prep.subtree if t.dep_ == "appos" and t.right_edge.i == last]
        if appos:
            return min(appos, key=lambda t: t.i)
    return None


def _coordinated_subject(verb: Token, lexicon: Lexicon) -> Optional[Token]:
    """'She said, "Hello!" and then replied, "..."': a cue that opens its parse sentence with
    'and' after a quote shares the subject of the cue verb of the sentence before."""
    doc, sent = verb.doc, verb.sent
    if not any(c.dep_ == "cc" and c.i == sent.start for c in verb.children) or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char : sent.start_char] or not lexicon.is_cue(before.root.lemma_):
        return None
    return next((c for c in before.root.children if c.dep_ in SUBJECTS), None)


# A family name by its shape, whatever the tagger made of it: "D'Amato", "O'Rourke", "McCain".
_NAME_SHAPE = re.compile(r"^(?:[DOL][\u2019'][A-Z]|Ma?c[A-Z])[a-z]+$")


def can_speak(token: Token) -> bool:
    """Whether a subject can be a source: a pronoun, a named entity, or a noun for people or bodies."""
    if token.lower_ in SPEAKER_PRONOUNS:
        return True
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.pos_ == "PROPN" or bool(_NAME_SHAPE.match(token.text))


def can_be_source(token: Token, lexicon: Lexicon) -> bool:
    """:func:`can_speak`, or a common noun for people or bodies ("the governor", "farmers")."""
    lemma = token.lemma_.lower()
    return can_speak(token) or lemma in lexicon.person_nouns or lemma in lexicon.organization_nouns
