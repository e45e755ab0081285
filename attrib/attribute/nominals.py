"""Nominal sieves: "the governor", "the businessman", "the company", "the campaign" -> the
entity the article introduced with that title, description, type or name (Lee et al. 2013's
exact and title sieves, then the epithet sieve); no guess when two fit.

A mixin of :class:`attrib.attribute.resolve.SpeakerResolver`: the sieves read the resolver's
index, timeline, candidates and sentences.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.tokens import Span, Token

from attrib.attribute.entities import (
    OUTLET_NOUNS,
    PARTY_WORDS,
    TITLE_ABBREVIATIONS,
    Description,
    entity_name,
    names_a_masthead,
    strip_determiner,
)
from attrib.attribute.gender import name_gender
from attrib.attribute.mention import SUBJECT, Resolved, core_mention
from attrib.attribute.pronouns import WINDOW, Candidate, choose
from attrib.doctext import ents_in, ents_of, text_of
from attrib.match.text import place_map

# Entities that are places or bodies: no person's name.
_PLACES_AND_BODIES = frozenset(("GPE", "LOC", "FAC", "ORG", "NORP"))
# Media nouns that name other things as often ("the agency" of a government, "the report" of
# an office): they stand for an outlet only when the article introduced it with that noun.
_NOT_ONLY_MEDIA = frozenset(("agency", "report", "reports"))
# Person nouns news writes for one another: "his lawyer" after "an attorney for Tom Hale".
_SAME_ROLE = {"attorney": "lawyer"}
# Narrative sentences "the campaign" looks back over for the candidate's campaign it names.
CAMPAIGN_WINDOW = 5

# Person nouns that say the sex of whom they name ("an ICE spokeswoman").
NOUN_GENDER = {**dict.fromkeys(("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress", "woman",
                                 "mother", "wife", "daughter", "sister", "girl", "grandmother", "aunt", "niece",
                                 "widow", "queen", "princess", "duchess", "mrs", "mrs."), "f"),
                **dict.fromkeys(("spokesman", "chairman", "congressman", "businessman", "actor", "man", "father",
                                 "husband", "son", "brother", "boy", "grandfather", "uncle", "nephew", "widower",
                                 "king", "prince", "duke"), "m")}


class NominalSieves:
    """The nominal sieves of the speaker resolver."""

    def _described(self, head: Token, char: int) -> Optional[Resolved]:
        """The entity the article described before ``char`` with this noun ("Ana Ruiz, the
        mayor, ...", "Lumora Inc., the retailer, ..."), the last one, when it has every
        capitalised word written before the noun."""
        lemma = head.lemma_.lower()
        described = [d for d in self.index.descriptions if same_noun(d.noun, lemma) and d.start < char]
        if not described:
            return None
        d = described[-1]
        capitals = [t.lower_ for t in head.doc[head.left_edge.i + 1 : head.i] if t.text[:1].isupper()]
        if any(word not in d.text.lower().split() for word in capitals):
            return None  # "the Senate leader" is not the one described as "a former union leader"
        kind = "person" if d.name in self.index.persons else self._type_of(head, d.name, "ORG")
        return Resolved(d.name, kind, self.index.roles.get(d.name), char, span=(d.start, d.start + len(d.name)))

    def _nominal(self, mention: Span, head: Token) -> Optional[Resolved]:
        """"The agency" -> the entity introduced with that noun."""
        if any(t.lower_ in _COUNTING for t in mention[: head.i - mention.start]):
            return None  # "the second teacher", "the other aide": one of several, no guess
        lemma = head.lemma_.lower()
        char = mention.start_char
        media = lemma in self.lexicon.media_nouns and lemma not in _NOT_ONLY_MEDIA
        if lemma == "campaign":
            # "Ana Ruiz's presidential campaign ... the campaign said": a campaign is named
            # after its candidate, never the nearest organisation
            return self._campaign(mention)
        for r in sorted(self.timeline, key=lambda r: r.start, reverse=True):
            if r.start < char and not r.doubtful and (same_noun(r.noun, lemma) or (media and r.type == "media")):
                if not self._outlet_of_kind(r.name, lemma):
                    continue
                if r.type == "person" and not self._words_known(mention, head, r.name, r.role):
                    continue  # "the Republican nominee" is not the speaker called "the Democratic nominee"
                return Resolved(r.name, r.type, r.role, char, r.plural, span=r.span)
        if media:
            # "the newspaper" -> the outlet named in the nearest sentences, when only one is
            outlets = [c for c in self._candidates(char) if c.type == "media" and self._outlet_of_kind(c.name, lemma)]
            shortest = _shortest({c.name for c in outlets})
            chosen, _ = choose([c for c in outlets if c.name in shortest], char, self._sentences(), lambda c: True)
            if chosen is not None and not chosen.doubtful:  # "The newspaper said ..." unresolved: its doubt
                return Resolved(chosen.name, "media", None, char, span=chosen.span, sieve="media")
        titled = self._titled(mention, head)
        if titled is not None:
            return titled
        described = self._described(head, char)
        if described is not None:
            return described
        if head.tag_ == "NN" and self._type_of(head, head.text) == "person" and not self._in_quote(char):
            introduced = self._introduced(mention, head)
            if introduced is not None:
                return introduced
            epithet = self._epithet(mention, head)
            if epithet is not None:
                return epithet
        if not any(d.start < char for d in self.index.titles):
            # no one titled before it: the one person the article titles so after it
            titled = self._titled(mention, head, later=True)
            if titled is not None:
                return replace(titled, sieve="title-later")
        if lemma in NAMED_KINDS:
            return self._named_kind(mention, head)
        if lemma in self.lexicon.organization_nouns and head.tag_ == "NN":
            # "Lumenar Inc. will cut jobs, the chipmaker said": the nearest organisation
            # named in this sentence or the one before, outside quotations, not a news outlet
            for ent in reversed(ents_in(self._from_sentence_before(mention))):
                if ent.label_ not in ("ORG", "PERSON") or self._in_quote(ent.start_char):
                    continue
                name = entity_name(ent, self.lexicon.person_nouns)
                if ent.label_ == "PERSON":
                    name = self.index.company(name) or ""  # "Heliox AG", tagged as a person
                if name and self._type_of(ent.root, name, "ORG") == "organization":
                    return Resolved(name, "organization", None, char, span=(ent.start_char, ent.end_char))
            # "Rovers have dismissed their coach, the club announced": the proper-noun subject
            # of the clause it reports, when NER named nothing and it is no person's name
            for token in reversed(self.doc[mention.sent.start : mention.start]):
                if token.dep_ in SUBJECT and token.pos_ == "PROPN" and not token.ent_type_ and not self._in_quote(token.idx):
                    first = min((t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"),
                                key=lambda t: t.i, default=token)
                    name = text_of(self.doc)[first.idx : token.idx + len(token)]
                    if not self.index.fullest_person(name) and name_gender(name) is None:
                        return Resolved(name, "organization", None, char, span=(first.idx, token.idx + len(token)))
                    break
            return self._salient_organization(char) if lemma in _BUSINESS else None
        return None

    def _salient_organization(self, char: int) -> Optional[Resolved]:
        """"Lumora Inc., unions reach deal ... The company said": the business the article named
        before ``char`` at least twice, and at least twice as often as any other (NER's label
        for one name varies, so every mention of a name it once called an organisation counts,
        as does a short form: "Lumora" for "Lumora Pharmaceuticals International"); not a
        person's name, not inside a quotation; else no guess."""
        ents = [e for e in ents_of(self.doc)[0] if e.start_char < char and not self._in_quote(e.start_char)]
        bodies = {}
        for ent in ents:
            name = entity_name(ent, self.lexicon.person_nouns) if ent.label_ == "ORG" else ""
            if name and name not in self.index.persons and self._type_of(ent.root, name, "ORG") == "organization":
                bodies.setdefault(name, (ent.start_char, ent.end_char))
        counts: Counter[str] = Counter()
        for ent in ents:
            name = entity_name(ent, self.lexicon.person_nouns)
            body = name if name in bodies else next((b for b in bodies if b.startswith(name + " ")), None) if name else None
            if body is not None and ent.root.dep_ not in ("compound", "amod"):
                counts[body] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        name = ranked[0][0]
        return Resolved(name, "organization", None, char, span=bodies[name], sieve="salient")

    def _headline_title(self, mention: Span, head: Token) -> Optional[Resolved]:
        """"Former Mayor Says ..." as a headline: the one person the article titles with every
        word of it ("former mayor Ana Ruiz"); "Newspaper Says ...": the one outlet of that
        kind the body names. A headline names no one the body has not."""
        if not (self._in_headline(mention) or self.bare_title(mention, head)) or head.i != core_mention(mention).end - 1:
            return None
        if head.lower_ in OUTLET_NOUNS:
            return self._outlet_named_in_body(head)
        if head.lower_ not in self.lexicon.person_nouns:
            return None  # "Ana Ruiz Says": a name; "Clinton Pollster Says": a pollster
        titled = self._titled(mention, head, later=True, headline=True)
        return replace(titled, sieve="title-later") if titled is not None else None

    def bare_title(self, mention: Span, head: Token) -> bool:
        """A role written as a headline or a deck writes it, not a name: a headline's phrase
        ending in a person noun ("Former Mayor Says ..."), or a capitalised person noun alone
        at the start of a sentence ("Senator vows ..."); not a word the article names someone
        with ("Judge", "Major" may be family names)."""
        core = core_mention(mention)
        if (head.i != core.end - 1 or not head.text[:1].isupper() or head.lower_ not in self.lexicon.person_nouns
                or self.index.fullest_person(head.text) is not None):
            return False
        return self._in_headline(mention) or (len(core) == 1 and head.i == head.sent.start and head.tag_ in ("NN", "NNP"))

    def _in_headline(self, mention: Span) -> bool:
        """Whether ``mention`` is in the article's first line, its headline."""
        return mention.sent.start == 0 and 0 < mention.end_char < self._headline_end()

    def _headline_end(self) -> int:
        """Where the article's first line, its headline, ends (-1: one line only)."""
        return text_of(self.doc).find("\n")

    def _outlet_named_in_body(self, head: Token) -> Optional[Resolved]:
        """The one outlet the body names outside quotations that a headline's "Newspaper" or
        "Network" can be (no news agency is a newspaper, no newspaper a network)."""
        lemma = head.lemma_.lower()
        body = self._headline_end()
        found: dict[str, tuple[int, int]] = {}
        for ent in ents_of(self.doc)[0]:
            if ent.start_char < body or self._in_quote(ent.start_char):
                continue
            name = strip_determiner(ent.text)
            if self._type_of(ent.root, name, ent.label_) == "media" and self._outlet_of_kind(name, lemma):
                found.setdefault(name, (ent.start_char, ent.end_char))
        distinct = _shortest(set(found))
        if len(distinct) != 1:
            return None
        name = distinct.pop()
        return Resolved(name, "media", None, head.idx, span=found[name], sieve="title-later")

    def _outlet_of_kind(self, name: str, noun: str) -> bool:
        """Whether the outlet ``name`` can be "the <noun>": no news agency or broadcaster is
        "the newspaper" (``not_printed`` in outlets.yaml), no newspaper "the network"."""
        if noun in _PRINT:
            return name.lower() not in self.unprinted
        return not (noun in _BROADCAST and names_a_masthead(name))

    def _named_kind(self, mention: Span, head: Token) -> Optional[Resolved]:
        """"A new poll found ... The Lumen-Harbor poll of 900 voters", "the administration" ...
        "the Ruiz administration": an unnamed poll, survey or administration is the one the
        article names (a proper noun before the noun), when it names one only; "a new poll",
        a poll introduced, only one named after it."""
        core = core_mention(mention)
        if core[0].lower_ not in ("the", "this", "that", "a", "an") or any(t.pos_ == "PROPN" for t in core):
            return None
        names: dict[str, tuple[int, int]] = {}
        for token in self.doc:
            if token.lower_ != head.lower_ or token.pos_ not in ("NOUN", "PROPN") or self._in_quote(token.idx):
                continue
            proper = [t for t in token.lefts if t.pos_ == "PROPN" or t.ent_type_ == "ORG"]
            if not proper:
                continue
            first = min(t.left_edge.i for t in proper)
            while first < token.i and self.doc[first].pos_ not in ("PROPN", "NOUN"):
                first += 1  # "a new Lumen poll": from the name on
            span = (self.doc[first].idx, token.idx + len(token))
            names.setdefault(text_of(self.doc)[span[0] : span[1]], span)
        # "the Harbor poll" is a short form of "the Lumen-Harbor poll"
        distinct = [n for n in names if not any(o != n and o.lower().endswith(n.lower()) for o in names)]
        introduced = core[0].lower_ in ("a", "an")
        if len(distinct) != 1 or (introduced and min(start for start, _ in names.values()) < mention.start_char):
            return None
        name = distinct[0]
        kind = "organization" if head.lemma_.lower() in self.lexicon.organization_nouns else "unknown"
        return Resolved(name, kind, None, mention.start_char, span=names[name], sieve="named")

    def _campaign(self, mention: Span) -> Optional[Resolved]:
        """The campaign of the candidate named with the nearest earlier "campaign" ("Ana Ruiz's
        campaign", "the Ruiz campaign") outside quotations, in the last few sentences: "Ruiz campaign"."""
        sentences = self._sentences()
        for token in reversed(self.doc[: mention.start]):
            if sentences.distance(token.idx, mention.start_char) > CAMPAIGN_WINDOW:
                return None
            if token.lemma_.lower() != "campaign" or token.pos_ != "NOUN" or self._in_quote(token.idx):
                continue
            k = token.i - 1  # read the words before it, not the parse: "Ana Ruiz's (presidential) campaign"
            while k >= 0 and self.doc[k].pos_ == "ADJ":
                k -= 1
            if k >= 0 and self.doc[k].tag_ == "POS":
                k -= 1
            if k < 0 or self.doc[k].pos_ != "PROPN":
                continue
            owner = self.doc[k]
            return Resolved(f"{owner.text} campaign", "organization", None, mention.start_char,
                            span=(owner.idx, token.idx + len(token)))
        return None

    def _epithet(self, mention: Span, head: Token, candidates: Optional[list[Candidate]] = None) -> Optional[Resolved]:
        """"Ana Ruiz toured the plant. The businesswoman said ...": a definite person noun the
        article introduced no one with stands for the one person named in its sentence before
        it and the sentence just before, when the noun's sex does not contradict (Lee et al.
        2013, after the exact and title sieves). Two people there: the one whose statements
        run on, else no guess; no one past a person the article titled with the noun."""
        char = mention.start_char
        sentences = self._sentences()
        # a full name or a speaker: not a capitalised word NER took for a person ("Turnout")
        candidates = self._candidates(char) if candidates is None else candidates
        near = {c.name: c for c in candidates
                if c.type == "person" and not c.doubtful and sentences.distance(c.start, char) <= 1
                and (c.spoke or len(c.name.split()) > 1)}
        run = len(near) > 1
        if run:
            c = self._running_speaker(mention, near, candidates)
            if c is None:
                return None
        elif len(near) == 1:
            c = next(iter(near.values()))
        else:
            return None
        if (self._another_person_named(mention, c.name, subjects_only=run) or self._someone_introduced(mention)
                or self._titled_other(mention, head, c.name)):
            return None
        want = NOUN_GENDER.get(head.lower_)
        if want and self._gender_of(c.name) not in (None, want):
            return None
        role = c.role or self.index.roles.get(c.name)
        if not self._words_known(mention, head, c.name, role, others=True):
            return None
        return Resolved(c.name, "person", role, char, span=c.span, sieve="epithet")

    def pair(self, mention: Span, head: Token) -> Optional[Resolved | bool]:
        """"Both men", "the two senators", "both" alone: the two people the article named in
        the sentence before and in this one up to the mention, when they are exactly two, the
        noun's sex does not contradict and a noun other than "men", "women" is the title the
        article gave both; False when the mention is such a pair the article does not settle;
        None when it is no pair."""
        if not _names_a_pair(mention, head, self.lexicon.person_nouns):
            return None
        char = mention.start_char
        if any(t.lower_ in ("they", "them", "their") for t in mention.doc[mention.sent.start : mention.start]):
            return False  # "in their first joint appearance, where both claim roots": a pair this does not follow
        sentences = self._sentences()
        named: dict[str, Candidate] = {}
        for c in self._candidates(char):
            if c.type == "person" and not c.doubtful and sentences.distance(c.start, char) <= 1:
                named.setdefault(c.name, c)
        noun = head.lemma_.lower()
        want = NOUN_GENDER.get(noun)
        if len(named) != 2 or any(want and self._gender_of(name) not in (None, want) for name in named):
            return False
        if head.pos_ == "NOUN" and noun not in _ANYONE and not all(
                title_fits([noun], self._said_about(c.name, c.role or self.index.roles.get(c.name))) for c in named.values()):
            return False  # "the two lawmakers": two people the article calls so, not any two
        first, second = sorted(named.values(), key=lambda c: self.index.first_seen.get(c.name, c.start))
        return Resolved(f"{first.name} and {second.name}", "group", None, char, plural=True, span=second.span,
                        sieve="pair")

    def _running_speaker(self, mention: Span, near: dict[str, Candidate], candidates: list[Candidate]) -> Optional[Candidate]:
        """Of two people near an epithet, the speaker of the statement just before, when the
        others are no clause's subject and the epithet's own sentence names no one else before
        it unless it names that speaker as a subject too ("As for whether Ruiz still blames
        Hale, the senator said": Ruiz's statements run on, Muzny et al. 2017)."""
        char = mention.start_char
        last = self.timeline[-1] if self.timeline else None
        if (last is None or last.doubtful or last.name not in near or self._sentences().distance(last.start, char) > 1
                or any(c.subject for c in near.values() if c.name != last.name)):
            return None
        here = [c for c in candidates if c.type == "person" and not c.spoke and mention.sent.start_char <= c.start < char]
        if any(c.name != last.name for c in here) and not any(c.name == last.name and c.subject for c in here):
            return None  # "... a picture of Ruiz with Hale, and a note that the businessman ..."
        return near[last.name]

    def _titled_other(self, mention: Span, head: Token, name: str) -> bool:
        """Whether the article titled someone other than ``name`` with the epithet's noun before
        it, currently and of no other party ("presumptive nominee Carl Vance": "the nominee" is
        no one else near; "the Democratic nominee" may be, after "Republican nominee Carl
        Vance"), and not ``name`` too."""
        parties = _parties(mention.text)
        titled = {self.index.fullest_person(d.name) or d.name for d in self.index.titles
                  if d.start < mention.start_char and "former" not in d.text.lower().split()
                  and TITLE_ABBREVIATIONS.get(d.noun, d.noun) == head.lemma_.lower()
                  and not (parties and _parties(d.text) and not parties & _parties(d.text))}
        return bool(titled) and name not in titled

    def _words_known(self, mention: Span, head: Token, name: str, role: Optional[str], others: bool = False) -> bool:
        """"The Republican presidential candidate", "the Texas senator": whether every
        capitalised word before the noun is one the article wrote about that person.
        ``others``: or whether none contradicts that person (:meth:`_contradicted`)."""
        known = self._said_about(name, role)
        unknown = [t for t in mention.doc[mention.start : head.i]
                   if t.text[:1].isupper() and t.i > mention.start and t.lower_ not in known]
        if not others or not unknown:
            return not unknown
        return not self._contradicted(mention, head, name, unknown)

    def _said_about(self, name: str, role: Optional[str]) -> str:
        """The role and titles the article gives ``name``, in lower case."""
        return " ".join([role or "", *(d.text for d in self.index.titles if d.name == name)]).lower()

    def _contradicted(self, mention: Span, head: Token, name: str, unknown: list[Token]) -> bool:
        """Whether capitalised words the article never wrote about ``name`` ("the Vermont
        senator" for the one person named just before) say it is someone else: the article
        titles that person with another office ("Mayor Ana Ruiz"; "her rival" is a relation,
        no office) or gives this one only as a former one ("a former union leader"); a word
        is a country or its people ("the Russian leader") or a person's or building's name;
        or the article wrote a word about someone else ("Sen. Tom Hale of Vermont")."""
        lemma = head.lemma_.lower()

        def of(d: Description) -> bool:
            return d.name == name or d.name.lower().endswith(" " + name.lower())

        offices = {TITLE_ABBREVIATIONS.get(d.noun, d.noun) for d in self.index.titles if of(d)} - _RELATIONS
        if offices and lemma not in offices:
            return True
        held = [d for d in (*self.index.titles, *self.index.descriptions)
                if of(d) and TITLE_ABBREVIATIONS.get(d.noun, d.noun) == lemma]
        if held and all("former" in d.text.lower().split() for d in held) and not any(
                t.lower_ == "former" for t in mention):
            return True
        if any(place_map().get((t.lower_,)) or t.ent_type_ in ("PERSON", "FAC") for t in unknown):
            return True
        said = " ".join(self._said_about(p, self.index.roles.get(p)) for p in self.index.persons if p != name).split()
        return any(t.lower_ in said for t in unknown)

    def _role_of_owner(self, mention: Span, head: Token, owner: str) -> Optional[Resolved]:
        """"His son said ... Tom Hale Jr., son of the senator, ...", "Ruiz's campaign manager
        said ... Ruiz's campaign manager, Carl Vance,": an owned person noun stands for the one
        person the article, before or after, describes with that noun, not the owner. A
        description that names someone else's ("Tom Hale, spokesman for Ana Ruiz") or two
        people so described: no guess."""
        if head.tag_ != "NN" or self._in_quote(mention.start_char):
            return None
        lemma = head.lemma_.lower()
        owner_words = set(owner.split())
        known = {w for name in self.index.persons for w in name.split()}
        fits: dict[str, tuple[int, int]] = {}
        for d in (*self.index.descriptions, *self.index.titles):
            if not same_noun(d.noun, lemma) or d.name == owner or d.name not in self.index.persons:
                continue
            named = {w.strip(",.").removesuffix("'s").removesuffix("’s") for w in d.text.split()} & known
            if named and not named & owner_words:
                return None  # someone else's spokesman
            name = self.index.fullest_person(d.name) or d.name
            fits.setdefault(name, self._written_near(d.name, d.start))
        if len(fits) != 1:
            return None
        name, span = next(iter(fits.items()))
        return Resolved(name, "person", self.index.roles.get(name), mention.start_char, span=span, sieve="owned-role")

    def _another_person_named(self, mention: Span, name: str, subjects_only: bool = False) -> bool:
        """Whether the sentence before ``mention`` or its own, up to it, writes the name of a
        person the article names other than ``name``, whatever the parser made of that word
        ("Vance snapped" read as a compound); ``subjects_only``: as a clause's subject."""
        for token in self._from_sentence_before(mention):
            if (token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in _PLACES_AND_BODIES
                    or self._in_quote(token.idx)):
                continue
            if subjects_only and token.head.dep_ not in SUBJECT and token.dep_ not in SUBJECT:
                continue
            full = self.index.fullest_person(token.text, before=token.idx)
            if full in self.index.persons and full != name and not name.endswith(" " + token.text):
                return True
        return False

    def _someone_introduced(self, mention: Span) -> bool:
        """Whether the sentence before ``mention`` or its own, up to it, introduces an unnamed
        person the nominal may be ("advice from a combat veteran ... the man said"): an
        indefinite person noun, no apposition to a name, that is the nominal's own noun or
        that a bare "the man", "the woman" could stand for."""
        noun = mention.root.lemma_.lower()
        return any(self._unnamed_person(token) and (noun in _ANYONE or token.lemma_.lower() == noun)
                   for token in self._from_sentence_before(mention))

    def _unnamed_person(self, token: Token) -> bool:
        """Whether ``token`` introduces an unnamed person: an indefinite person noun ("a combat
        veteran") that is no apposition to a name and has none, outside quotations."""
        return (token.lemma_.lower() in self.lexicon.person_nouns and token.dep_ != "appos" and indefinite(token)
                and not any(c.dep_ == "appos" for c in token.children) and not self._in_quote(token.idx))

    def _introduced(self, mention: Span, head: Token) -> Optional[Resolved]:
        """"A senior aide who asked not to be named said ... The aide added", "a source close
        to the talks ... That person said": the unnamed person the article introduced with an
        indefinite phrase of the same noun (or of any person noun, for a bare "the man", "that
        person", in its sentence or the one before, when none has its own noun; "a man" only in
        the last few sentences), named by that phrase; none when two such phrases differ."""
        lemma = head.lemma_.lower()
        anyone = lemma in _ANYONE
        want = NOUN_GENDER.get(head.lower_)
        near = self._from_sentence_before(mention).start
        same: dict[str, tuple[int, int]] = {}  # phrases of the nominal's own noun
        other: dict[str, tuple[int, int]] = {}  # of another person noun, just before a bare "the man"
        for token in self.doc[: mention.start]:
            own = token.lemma_.lower() == lemma
            if anyone and own and self._sentences().distance(token.idx, mention.start_char) > WINDOW:
                continue  # "a man" far back may since have been named
            if not (own or (anyone and token.i >= near)) or not self._unnamed_person(token):
                continue
            sexes = {NOUN_GENDER.get(t.lower_) or _SEX_ADJECTIVES.get(t.lower_) for t in token.subtree if t.i <= token.i}
            if want and sexes - {None, want}:
                continue  # "a woman", "a female teacher" ... "the man"
            end = token.right_edge.i + 1
            for child in token.rights:
                if child.dep_ == "prep" and any(t.pos_ in ("VERB", "AUX") for t in child.subtree):
                    end = min(end, child.i)  # "a veteran on how he should vote": the veteran
            phrase = core_mention(self.doc[token.left_edge.i : end])
            text = strip_determiner(phrase.text)
            if text:
                (same if own else other)[text] = (phrase.start_char, phrase.end_char)
        phrases = same or other
        if len(phrases) != 1:
            return None
        name, span = next(iter(phrases.items()))
        return Resolved(name, "person", None, mention.start_char, span=span, sieve="introduced")

    def _from_sentence_before(self, mention: Span) -> Span:
        """The words from the start of the sentence before ``mention`` up to it."""
        sent = mention.sent
        before = self.doc[sent.start - 1].sent if sent.start > 0 else sent
        return self.doc[before.start : mention.start]

    def _titled(self, mention: Span, head: Token, later: bool = False, headline: bool = False) -> Optional[Resolved]:
        """"The governor" -> the one person the article named before with that title ("Gov. Ana
        Ruiz", "Ana Ruiz, the governor of ..."): every word of the nominal is in the title, and
        a "former" one is not the current one. Two different people fit: no guess. ``later``:
        the one person the whole article names with that title, for a nominal that comes before
        the name ("Although the president has promised ... President Ana Ruiz ..."). ``headline``:
        the mention is a headline's, whose capitals say nothing of its nouns."""
        if (head.tag_ != "NN" and not headline) or self._in_quote(mention.start_char):
            return None
        words = [t.lower_ for t in core_mention(mention) if t.lower_ not in ("the", "this", "that") and not t.is_punct]
        fits: dict[str, tuple[int, int]] = {}
        heads = {head.lemma_.lower(), head.lower_}
        for d in self.index.titles:
            # the title's own noun: "the company" is not "spokeswoman for the company"
            nouns = {d.noun, d.noun.removesuffix("s"), TITLE_ABBREVIATIONS.get(d.noun)}
            if (later or d.start < mention.start_char) and heads & nouns and title_fits(words, d.text):
                name = self.index.fullest_person(d.name, before=None if later else mention.start_char) or d.name
                fits[name] = self._written_near(d.name, d.start)
        if len(fits) != 1:
            return None
        name, span = next(iter(fits.items()))
        return Resolved(name, "person", self.index.roles.get(name), mention.start_char, span=span, sieve="title")

    def _written_near(self, name: str, char: int) -> tuple[int, int]:
        """Where ``name`` is written around ``char`` (a title's start: "President Ana Ruiz",
        "Ana Ruiz, the governor"), for the antecedent shown to users."""
        text = text_of(self.doc)
        at = text.find(name, max(0, char - _NEAR), char + _NEAR + len(name))
        return (at, at + len(name)) if at >= 0 else (char, char + len(name))


def _names_a_pair(mention: Span, head: Token, person_nouns: frozenset[str]) -> bool:
    """"Both", "the two", "both men", "the two candidates": two people, whom it does not name."""
    if len(mention) == 1 and head.lower_ == "both":
        return True
    definite = any(c.lower_ == "the" and c.dep_ == "det" for c in head.children)
    if head.lower_ == "two":
        return definite
    if head.tag_ != "NNS" or head.lemma_.lower() not in person_nouns:
        return False
    both = any(c.lower_ == "both" for c in head.children if c.i < head.i)
    two = any(c.lower_ == "two" and c.dep_ == "nummod" for c in head.children)
    return both or (two and definite)


def _parties(text: str) -> set[str]:
    """The parties a phrase names ("GOP" is "Republican")."""
    words = {w.strip(",.").lower() for w in text.split()}
    return {_PARTY.get(w, w) for w in words & PARTY_WORDS}


_PARTY = {"gop": "republican", "democrat": "democratic"}


def same_noun(a: Optional[str], b: str) -> bool:
    """Whether two nouns' lemmas name one role ("attorney", "lawyer")."""
    return a is not None and _SAME_ROLE.get(a, a) == _SAME_ROLE.get(b, b)


def indefinite(token: Token) -> bool:
    """Whether ``token`` is a noun with "a", "an" or "another": someone or something introduced here."""
    return token.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in token.children)


def _shortest(names: set[str]) -> set[str]:
    """The names no other ends: a name that ends with another's is that outlet ("Enter The
    Washington Post.", a stray capital taken into the name)."""
    return {n for n in names if not any(n.endswith(" " + o) for o in names)}


def title_fits(words: list[str], title: str) -> bool:
    """Whether a nominal's words ("vice president") all stand in a title ("Vice President")."""
    have = {w.strip(",.").lower() for w in title.replace("-", " ").split()}
    have |= {TITLE_ABBREVIATIONS[w + "."] for w in have if w + "." in TITLE_ABBREVIATIONS}
    have |= {w[:-1] for w in have if w.endswith("s")}  # "hosts Ana Ruiz and Tom Berg" ... "the host"
    wanted = {w for part in words for w in part.split("-")}
    if any((w in have) != (w in wanted) for w in _OTHER_OFFICE):
        return False  # "the president" is not "Vice President Tom Hale", nor a former one
    return bool(wanted) and wanted <= have


# Nouns of a printed outlet: no news agency or broadcaster is one.
_PRINT = frozenset(("newspaper", "paper", "daily", "tabloid"))
# Nouns of a broadcaster: no newspaper is one.
_BROADCAST = frozenset(("network", "channel", "broadcaster", "station", "television", "tv", "radio"))
# Person nouns that say nothing but sex: "the man" may be any man the text introduced.
_ANYONE = frozenset(("man", "woman", "person", "guy", "individual", "boy", "girl", "lady", "gentleman"))
# Adjectives that say the sex of the person noun they go with.
_SEX_ADJECTIVES = {"female": "f", "male": "m"}
# Words by which a nominal counts people: "the second aide" is not the aide introduced.
_COUNTING = frozenset(("second", "third", "fourth", "other", "another", "latter"))
# Nouns whose unnamed mention ("the poll") is the one of its kind the article names ("the
# Lumen poll").
NAMED_KINDS = frozenset(("poll", "survey", "administration"))
# Organisation nouns for a business, which the article's most named company stands for.
_BUSINESS = frozenset(("company", "firm", "corporation", "business", "conglomerate", "startup", "retailer",
                       "manufacturer", "chipmaker", "drugmaker", "carmaker", "automaker", "lender", "insurer",
                       "airline", "giant"))
# Person nouns that say how someone stands to another, not an office: "her chief rival" may
# also be "the Vermont senator".
_RELATIONS = frozenset(("rival", "opponent", "challenger", "ally", "friend", "critic", "supporter", "foe",
                        "adversary", "successor", "predecessor", "counterpart", "colleague", "partner"))
# Characters around a title where the name it goes with is looked for.
_NEAR = 80
# Words that make a title another office: "the president" is not the vice president.
_OTHER_OFFICE = frozenset(("former", "vice", "deputy", "assistant", "acting", "lieutenant", "associate"))
