"""The channel a statement came through: "told Newsweek", "according to state media",
"during a press briefing", "in a letter", "posted to X", ", state media reported"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from spacy.tokens import Doc, Token

from attrib.attribute.entities import strip_determiner
from attrib.detect.reported import is_parenthetical_reporter
from attrib.doctext import text_of
from attrib.lexicon import Lexicon

_QUOTES = re.compile("[\"\u201c\u201d\u2018\u00ab\u00bb]")
_DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
_POST_TARGET = re.compile(r"\bpost(?:ed|s)?\b[^.\n]*?\b(?:to|on)\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)")


_CONVERSATIONS = frozenset(("interview", "conversation", "chat", "podcast", "call", "exchange"))
_PARTITIVES = frozenset(("one", "some", "each", "several", "many", "two", "three", "both", "all", "any"))


def _clean(text: str) -> str:
    text = _QUOTES.sub("", text).replace("\u2019", "'")
    return strip_determiner(" ".join(text.split())).strip(" ,.:")


def _phrase(token: Token) -> str:
    """A channel noun with its compounds and adjectives, without trailing modifiers."""
    # "CNBC's program" keeps its owner; "her debates" does not ("her" says nothing of the channel)
    left = [t for t in token.lefts if (t.dep_ in ("compound", "amod", "poss", "nmod", "case", "punct") or t.tag_ == "POS")
            and t.tag_ != "PRP$"]
    start = min([t.left_edge.i for t in left] + [token.i])
    tokens = [t for t in token.doc[start : token.i + 1]]
    text = text_of(token.doc)[tokens[0].idx : token.idx + len(token)]
    return _clean(text)


def _drop_same(text: str) -> str:
    """"the first briefing" -> "briefing"; "same" is kept for :func:`resolve_same`."""
    words = [w for w in text.split() if w.lower() not in ("first", "recent", "latest", "second")]
    return " ".join(words)


def resolve_same(vias: Sequence[Optional[str]]) -> list[Optional[str]]:
    """"during the same briefing" -> the channel named earlier that ends with "briefing"."""
    out: list[Optional[str]] = []
    for via in vias:
        if via and via.lower().startswith("same "):
            noun = via[5:]
            earlier = [v for v in out if v and v.lower().endswith(noun.lower())]
            via = earlier[-1] if earlier else noun
        out.append(via)
    return out


def _previous_paragraph_start(text: str, offset: int) -> int:
    """Offset where the paragraph before the one holding ``offset`` starts."""
    here = text.rfind("\n", 0, offset)
    if here < 0:
        return 0
    previous_end = len(text[:here].rstrip())
    return text.rfind("\n", 0, previous_end) + 1


def _names_channel(token: Token, lexicon: Lexicon) -> bool:
    """A name, a channel noun or a media noun: "Newsweek", "a news conference", "the newspaper"."""
    lemma = token.lemma_.lower()
    return bool(token.pos_ == "PROPN" or token.ent_type_ or lemma in lexicon.channel_nouns or lemma in lexicon.media_nouns)


def find_via(doc: Doc, cue: Optional[Token], method: str, lexicon: Lexicon, content: tuple[int, int] = (0, 0)) -> Optional[str]:
    """The channel named in the cue's sentence, or None."""
    if cue is None:
        return None
    sent = cue.sent
    # "..., according to Russian state media" when another cue carries the record.
    if method != "according-to":
        for token in sent:
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                head = token.head
                if head.i != cue.i and head.pos_ in ("VERB", "AUX") and not (content[0] <= head.idx < content[1]):
                    continue  # "X said Y and drew 3,000 people, according to a survey": another predicate's source
                objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
                if objects:
                    o = objects[0]
                    return _clean(doc[o.left_edge.i : o.right_edge.i + 1].text)
    # "..., Russian state media reported": a parenthetical reporter in the sentence.
    for token in sent:
        if token.i != cue.i and is_parenthetical_reporter(token, lexicon):
            subject = next(c for c in token.children if c.dep_ == "nsubj")
            return _clean(doc[subject.left_edge.i : subject.right_edge.i + 1].text)
    # "told Newsweek", "telling NBC News", "told CNBC's "Squawk Box Asia"", "told a news conference".
    if cue.lemma_ == "tell":
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and child.i > cue.i:
                if not _names_channel(child, lexicon):
                    continue  # "told reporters", "told lawmakers": an audience, not a channel
                if (child.pos_ == "NOUN" and child.i + 1 < len(doc) and doc[child.i + 1].pos_ == "PROPN"
                        and doc[child.i + 1].ent_type_ not in ("DATE", "TIME", "GPE", "NORP")):
                    # "told the newspaper Bild": the paper's name, however the parser hung it
                    end = child.i + 1
                    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                        end += 1
                    return _clean(doc[child.i + 1 : end + 1].text)
                end = child.i
                # keep a quoted show title that follows the possessive
                for t in doc[child.i + 1 : child.i + 10]:
                    if t.text in ("\u201d", '"') :
                        end = t.i
                        break
                    if t.pos_ not in ("PROPN", "PUNCT", "PART"):
                        break
                return _clean(doc[child.left_edge.i : end + 1].text)
    # "Speaking to the BBC's Today programme, X said ...": a participle of speaking before the cue.
    for token in sent:
        if token.lemma_.lower() in ("speak", "talk") and token.tag_ == "VBG" and not (content[0] <= token.idx < content[1]):
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
                target = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if target is not None and _names_channel(target, lexicon):
                    words = [t for t in target.subtree if t.i <= target.i]
                    return _clean(doc[words[0].i : target.i + 1].text)
    # "during a press briefing", "in a letter published in ...", "in opening remarks";
    # on the cue, else anywhere in the sentence outside the content (parsers misattach them).
    preps = [c for c in cue.children if c.dep_ == "prep"]
    preps += [t for t in sent if t.dep_ == "prep" and not (content[0] <= t.idx < content[1]) and t not in preps]
    for child in preps:
        if child.lower_ in ("during", "in", "at", "on", "via", "through"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in _PARTITIVES:
                    # "in one of her debates": the channel is the noun after "of"
                    pobj = next((o for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"), pobj)
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in lexicon.channel_nouns:
                    # "in an interview with the BBC": the outlet is the channel (in "a debate
                    # with" or "a meeting with", the one named is a counterpart, not a channel)
                    for prep in pobj.children:
                        if prep.dep_ == "prep" and prep.lower_ == "with" and pobj.lemma_.lower() in _CONVERSATIONS:
                            target = next((o for o in prep.children if o.dep_ == "pobj"), None)
                            if target is not None and target.pos_ == "PROPN":
                                return _clean(doc[target.left_edge.i : target.i + 1].text)
                    return _drop_same(_phrase(pobj))
    # "wrote on Truth Social that ...": a named platform after a writing verb.
    if cue.lemma_ in ("post", "tweet", "write", "say", "announce"):
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ == "on":
                target = next((o for o in child.children if o.dep_ == "pobj"), None)
                if (target is not None and (target.pos_ == "PROPN" or target.text[:1].isupper())
                        and target.ent_type_ not in ("DATE", "TIME", "GPE")):
                    return _clean(doc[target.left_edge.i : target.i + 1].text)
    # "posted ... to X" in this or the previous paragraph.
    if cue.lemma_ in ("post", "tweet", "write"):
        start = _previous_paragraph_start(text_of(doc), sent.start_char)
        matches = [m for m in _POST_TARGET.finditer(text_of(doc), start, sent.end_char)
                   if m.group(1).split()[0].lower() not in _DATE_WORDS]  # "posted on Monday" names a day
        match = matches[-1] if matches else None
        if match:
            return _clean(match.group(1))
    return None


def inherit_via(vias: Sequence[Optional[str]], names: Sequence[Optional[str]], has_date: Sequence[bool]) -> list[Optional[str]]:
    """A follow-up statement of the same speaker with no channel of its own takes the channel
    of that speaker's previous statement, unless its sentence names a new occasion (a date)."""
    out: list[Optional[str]] = []
    last: dict[str, Optional[str]] = {}
    for via, name, dated in zip(vias, names, has_date):
        if via is None and name and not dated:
            via = last.get(name)
        if name:
            last[name] = via
        out.append(via)
    return out
