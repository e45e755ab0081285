"""What a statement's content claims, as (subject, predicate, object) lemmas: its main
clause (``claim_frame``) and every event it states (``claim_events``).

Stored on each record so that claims can be compared across sources without parsing
again: "North Korea has supplied weapons" -> ("north korea", "supply", "weapon").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from attrib.models import ClaimFrame

_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "attr", "oprd", "dative")


def _phrase(token: Token) -> str:
    """A subject or object as lower-case lemmas of its compound name or head."""
    if token.ent_type_:
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return " ".join(t.lower_ for t in doc[start:end] if t.pos_ != "DET" and t.tag_ != "POS")
    parts = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    return " ".join(t.lemma_.lower() for t in parts)


def claim_frame(doc: Doc, start: int, end: int) -> Optional[ClaimFrame]:
    """The frame of the first verb that heads the content span, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    inside = range(span.start, span.end)
    heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    verb = next((t for t in heads if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        verb = next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    # "has been providing": the lexical verb, not the auxiliary
    if verb.pos_ == "AUX":
        lexical = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr")), None)
        predicate = verb.lemma_.lower() if lexical is None else lexical.lemma_.lower()
    else:
        predicate = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return ClaimFrame(
        subject=_phrase(subject) if subject is not None else None,
        predicate=predicate,
        object=_phrase(obj) if obj is not None else None,
    )


# Verbs that carry no claim of their own: copulas, auxiliaries used as main verbs, reporting.
_LIGHT = frozenset("be have do get make take go come become seem appear include say tell".split())
# A noun quantifying what follows "of": "dozens of missiles" is about missiles.
_MEASURE = frozenset(
    """dozen score hundred thousand million billion number lot couple pair set batch shipment
    container crate box barrel ton tonne round load supply amount quantity kind type sort variety""".split()
)
# Verbs whose with-phrase is the thing given and whose object is the receiver.
_GIVE_WITH = frozenset("provide supply furnish equip arm present issue feed fund reward load fill".split())
# Suffixes of nouns made from verbs: "violation of resolutions" is an event of violating.
_DEVERBAL = ("tion", "sion", "ment", "ance", "ence", "al", "ure")


def _argument(token: Optional[Token]) -> Optional[str]:
    """A role filler as a phrase; pronouns and quantities give way to what they stand for."""
    if token is not None and token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        token = token.head.head  # "guns that were sent": the guns
    if token is None or token.pos_ == "PRON":
        return None
    if token.lemma_.lower() in _MEASURE or token.ent_type_ in ("CARDINAL", "QUANTITY"):
        inner = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
        if pobj is not None:
            return _argument(pobj)
    # a name whole ("north korea"), a common noun by its head ("UN resolutions" -> "resolution")
    return _phrase(token) if token.ent_type_ else token.lemma_.lower()


def _child(token: Token, deps: tuple[str, ...]) -> Optional[Token]:
    return next((c for c in token.children if c.dep_ in deps), None)


def _agent_of(verb: Token) -> Optional[Token]:
    """Who does it: the active subject, the passive's by-phrase, or the subject the verb
    inherits (conjoined verbs, "vowed to support", "..., shaking his hand")."""
    if _child(verb, ("nsubjpass",)) is not None or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        by = _child(verb, ("agent",))
        return _child(by, ("pobj",)) if by is not None else None
    subject = _child(verb, ("nsubj",))
    if subject is not None:
        return subject
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        return _agent_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    return None


def _theme_of(verb: Token) -> Optional[Token]:
    """What it is done to: the object, the passive subject, or the noun a past participle
    describes ("missiles delivered by ...")."""
    passive = _child(verb, ("nsubjpass",))
    if passive is not None:
        return passive
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    obj = _child(verb, ("dobj", "oprd"))
    if obj is None:
        return None
    if verb.lemma_.lower() not in _GIVE_WITH:
        return obj
    # "provided Russia with munitions": the with-phrase (on the verb or, misattached, on
    # the object) is what is given
    given = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "with"), None)
    thing = _child(given, ("pobj",)) if given is not None else None
    return thing if thing is not None else obj


def _frames_a_clause(verb: Token) -> bool:
    """A verb whose claim is the clause it governs: "help North Korea launch satellites",
    "tried to develop", "support them in launching" (the event is the launching)."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp"):
            return True
        if child.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children):
            return True
    return False


def _predicate(verb: Token) -> Optional[str]:
    lemma = verb.lemma_.lower()
    if _frames_a_clause(verb):
        return None
    if lemma in _LIGHT:
        # "should be concerned", "is a victory": the complement carries the claim
        complement = _child(verb, ("acomp", "attr"))
        return None if complement is None or complement.pos_ == "PRON" else complement.lemma_.lower()
    return lemma


def claim_events(doc: Doc, start: int, end: int) -> list[ClaimFrame]:
    """Every event the content states, as (agent, predicate, theme) lemmas: its verbs, and
    nouns made from verbs with an "of" object ("in violation of UN resolutions")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    events: list[ClaimFrame] = []
    for token in span:
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux" and token.dep_ != "auxpass":
            predicate = _predicate(token)
            if predicate is None:
                continue
            agent, theme = _argument(_agent_of(token)), _argument(_theme_of(token))
        elif token.pos_ == "NOUN" and token.lower_.endswith(_DEVERBAL):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                continue
            predicate = token.lemma_.lower()
            agent, theme = _argument(_child(token, ("poss",))), _argument(_child(of, ("pobj",)))
        else:
            continue
        if agent or theme:
            events.append(ClaimFrame(subject=agent, predicate=predicate, object=theme))
    return events
