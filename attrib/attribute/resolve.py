"""attribute: name the speaker of each statement the way a careful reader would.

Rules, in order (each record says which one fired in ``speaker.resolution``):

- ``pronoun``: he / she / they / it -> the most recent compatible source or named
  entity before it, outside quotations; "who" -> the noun its clause modifies.
- ``nominal``: "the agency", "the expert", "the article" -> the entity the article
  introduced with that noun (an earlier source, an appositive, an organisation name).
- ``name-chain``: a shorter name or acronym -> the fullest name the article gives
  ("Stoltenberg" -> "Jens Stoltenberg", "the AP" -> "Associated Press").
- ``subject``: the mention itself, without determiner or trailing clauses
  ("six senior U.S. officials").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span, Token

from attrib.attribute.entities import (
    COURTESY_TITLES,
    HONORIFICS,
    OUTLET_NOUNS,
    EntityIndex,
    apposed_to,
    bare_title,
    entity_name,
    is_company,
    names_a_masthead,
    names_a_medium,
    names_a_thing,
    role_tokens,
    strip_determiner,
    usable_role,
)
from attrib.attribute.gender import name_gender
from attrib.attribute.mention import SUBJECT, Doubt, Resolved, core_mention
from attrib.attribute.nominals import NAMED_KINDS, NOUN_GENDER, NominalSieves, indefinite
from attrib.attribute.pronouns import WINDOW, Candidate, Sentences, choose
from attrib.detect.subjects import can_be_source
from attrib.doctext import ents_in, ents_of, text_of
from attrib.lexicon import Lexicon, load_outlets, load_unprinted_outlets
from attrib.models import Span as SpanModel
from attrib.models import Speaker

PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
OWNERS = ("his", "her", "its")
# Entity labels that are never a source's name ("one of the people said").
_NUMERIC = frozenset(("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"))
PLURAL = {"they", "them"}
NEUTER = {"it", "its"}
_FIRST_PERSON = frozenset(("i", "we"))
# Quantifiers standing alone for one or two people of a group: no name of their own ("some",
# "many" name a group as annotators write it).
_QUANTIFIERS = frozenset(("another", "both", "one", "each", "either", "neither"))
_EXAMPLE = frozenset(("like", "including"))  # "experts like X", "officials including X"




def _main_subject(token: Token) -> bool:
    """The subject of its sentence's main clause (or of a clause conjoined with it), not of a
    clause inside it ("Petrov was blunt, claiming that Ekberg wanted ...": Petrov, not Ekberg).
    A clause the parser hung under the verb of a quotation that follows a colon ('Judge Varga saw it
    differently: "..."') is still the main one."""
    head = token.head
    if token.dep_ not in SUBJECT:
        return False
    if head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT":
        return True
    return head.dep_ in ("ccomp", "parataxis") and head.head.i > head.i and any(
        t.text == ":" for t in token.doc[head.i : head.head.i])


_RELATIVE = frozenset(("who", "that", "which"))
_DEFINITE = ("the", "this", "that")
# A person named by an owner: "Ana Ruiz's spokesman" -> "Ana Ruiz".
_OWNED = re.compile(r"^(.+?)['\u2019]s ")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")


def span_model(span: Span) -> SpanModel:
    return SpanModel(start=span.start_char, end=span.end_char, text=text_of(span.doc)[span.start_char : span.end_char])


class SpeakerResolver(NominalSieves):
    """Resolves speakers of one article, in text order, remembering what it resolved."""

    def __init__(self, doc: Doc, index: EntityIndex, lexicon: Lexicon, quotes_ranges: list[tuple[int, int]]):
        self.doc = doc
        self.index = index
        self.lexicon = lexicon
        self.quoted = sorted(quotes_ranges)
        self._quote_starts = [s for s, _ in self.quoted]
        self._persons: Optional[list[tuple[int, int, str, bool]]] = None
        self._named_before: Optional[list[Candidate]] = None
        self._sents: Optional[Sentences] = None
        self.askers: list[tuple[int, int]] = []  # mentions of the speakers of questions
        self.timeline: list[Resolved] = []
        self.gender: dict[str, str] = {}
        self.outlets = {o.lower() for o in load_outlets()}
        self.unprinted = {o.lower() for o in load_unprinted_outlets()}

    # -- helpers -------------------------------------------------------------
    def _in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside a quotation (quotations are sorted and disjoint)."""
        k = bisect_right(self._quote_starts, char) - 1
        return k >= 0 and char < self.quoted[k][1]

    def _type_of(self, head: Token, name: str, ent_label: str = "") -> str:
        lemma = head.lemma_.lower()
        if ent_label == "PERSON":
            return "person"
        if self._media_word(head):
            return "media"
        if (name.lower() in self.outlets or strip_determiner(name).lower() in self.outlets
                or names_a_masthead(name)):
            return "media"
        if lemma in self.lexicon.media_nouns:
            return "media"
        if ent_label == "NORP" and head.tag_ in ("NNS", "NNPS"):
            return "group"  # "Republicans", "Democrats": people, not a body
        if ent_label in ("ORG", "GPE", "NORP", "FAC"):
            return "organization"
        singular = lemma[:-1] if head.tag_ in ("NNS", "NNPS") and lemma.endswith("s") else lemma
        if {lemma, singular} & (self.lexicon.document_nouns | self.lexicon.channel_nouns):
            return "unknown"  # "exit polls", "federal data", "the records": no one who speaks
        if head.tag_ in ("NNS", "NNPS") or lemma in ("intelligence",):
            return "group"
        if lemma in self.lexicon.person_nouns:
            return "person"
        if lemma in self.lexicon.organization_nouns:
            return "organization"
        return "unknown"

    def _media_word(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.media_nouns or token.lemma_.lower() in self.lexicon.media_nouns

    def _person_entities(self) -> list[tuple[int, int, str, bool]]:
        """Persons named outside quotations: (start, end, fullest name, is a subject)."""
        if self._persons is None:
            self._persons = []
            for ent in ents_of(self.doc)[0]:
                if ent.label_ == "PERSON" and not self._in_quote(ent.start_char):
                    name = entity_name(ent, self.lexicon.person_nouns)
                    if (not name or self.index.company(name) or names_a_thing(name, self.lexicon.thing_nouns)
                            or names_a_medium(name)):
                        continue
                    full = self.index.fullest_person(name, before=ent.start_char) or name
                    if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and full == name:
                        continue  # "Steel workers": a word modifying a common noun, no person the article names
                    if ent.root.tag_ == "NNPS" and any(t.lower_ == "the" for t in ent.root.lefts):
                        continue  # "the Clintons": a family, no "he" or "she"
                    # "One local teacher, Karen Lund, stopped ...": the name in apposition to a
                    # subject is that subject
                    root = ent.root.head if ent.root.dep_ == "appos" and ent.root.head.dep_ in SUBJECT else ent.root
                    if root.dep_ == "pobj" and root.head.lower_ in _EXAMPLE and root.head.head.dep_ in SUBJECT:
                        root = root.head.head  # "say engineers like Ana Ruiz": the one named of the subject
                    self._persons.append((ent.start_char, ent.end_char, full, root.dep_ in SUBJECT,
                                          _main_subject(root)))
            # a surname NER did not call a person ("Nair, 61, has led the union ..."), when
            # the article named that person in full
            for token in self.doc:
                if (token.ent_type_ != "PERSON" and token.text[:1].isupper()
                        # a subject mistagged (a surname tagged as a plural noun or as a verb) counts too
                        and (token.pos_ == "PROPN" or token.dep_ in SUBJECT)
                        and token.dep_ != "compound" and not self._in_quote(token.idx)):
                    full = self.index.fullest_person(token.text, before=token.idx)
                    if full is not None and full != token.text and full in self.index.persons:
                        self._persons.append((token.idx, token.idx + len(token), full, token.dep_ in SUBJECT,
                                              _main_subject(token)))
            self._persons.sort()
        return self._persons

    # -- rules ---------------------------------------------------------------
    def _sentences(self) -> Sentences:
        if self._sents is None:
            starts, narrative = [], []
            for sent in self.doc.sents:
                starts.append(sent.start_char)
                narrative.append(any(t.is_alpha and not self._in_quote(t.idx) for t in sent))
            self._sents = Sentences(starts, narrative)
        return self._sents

    def _candidates(self, char: int) -> list[Candidate]:
        """Who the article named or quoted before ``char``, outside quotations."""
        if self._named_before is None:
            found = [Candidate(s, (s, e), name, "person", subject, main=main)
                     for s, e, name, subject, main in self._person_entities()]
            for ent in ents_of(self.doc)[0]:
                if ent.label_ not in ("ORG", "NORP", "GPE") or self._in_quote(ent.start_char):
                    continue
                if ent.root.dep_ in ("compound", "amod"):
                    continue  # a modifier ("Exit polls", "the Senate vote", "the Danish agency"), not a body that acts
                name = entity_name(ent, self.lexicon.person_nouns)
                if " " in name and name in self.index.persons:
                    continue  # a person the tagger called an organisation ("Carla Diaz"): counted as a person
                kind = self._type_of(ent.root, name, ent.label_) if name else "unknown"
                if kind in ("organization", "media", "group"):
                    found.append(Candidate(ent.start_char, (ent.start_char, ent.end_char), name, kind,
                                           ent.root.dep_ in SUBJECT, plural=ent.root.tag_ in ("NNS", "NNPS"),
                                           main=_main_subject(ent.root), place=ent.label_ == "GPE"))
            found += self._nominal_subjects(list(found))
            found.sort(key=lambda c: c.start)
            self._named_before = found
        earlier = [r for r in self.timeline if r.start < char]
        asker = earlier[-1].name if earlier and earlier[-1].asked else None  # the answer follows the question
        asked_at = earlier[-1].start if asker else -1
        spoke = [Candidate(r.start, r.span or (r.start, r.start), r.name, r.type, not r.relative, r.plural, r.role,
                           spoke=True, doubtful=r.doubtful, main=r.main)
                 for r in self.timeline if r.start < char and not r.asked and r.name != asker]

        def asking(c: Candidate) -> bool:
            # the name in "X asked" is X asking, not answering; X named again after the
            # question ("Ruiz asked ... Later, Ruiz told ... He said") may be meant again
            return (c.name == asker and c.start <= asked_at) or any(s <= c.start < e for s, e in self.askers)

        return [c for c in self._named_before if c.start < char and not asking(c)] + spoke

    def _nominal_subjects(self, named_before: list[Candidate]) -> list[Candidate]:
        """Definite singular subjects that name a person by a common noun ("the businessman
        insisted ..."): the person the article introduced with that title or description, else
        an unnamed person, in doubt. A pronoun after such a subject is about it, not about
        someone named further back. A body named by its owner ("Ana Ruiz's campaign") is one
        too, for a later "it"."""
        out = []
        for head in self.doc:
            lemma = head.lemma_.lower()
            # the owner of a thing that is its sentence's subject ("the nominee's support for the
            # plan is unprecedented. While he has said ..."): that sentence's topic, as a subject is
            owns = (head.dep_ == "poss" and head.head.dep_ in SUBJECT and head.head.pos_ == "NOUN"
                    and _main_subject(head.head) and self._type_of(head.head, head.head.text) != "person")
            if (head.dep_ not in SUBJECT and not owns) or head.tag_ != "NN" or self._in_quote(head.idx):
                continue
            writing = lemma in self.lexicon.channel_nouns and lemma not in self.lexicon.media_nouns and not owns
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None and lemma in self.lexicon.organization_nouns and not owns:
                if not _main_subject(head):
                    continue  # "Should Ana Ruiz's company fail, ...": no topic of what follows
                # "Ana Ruiz's campaign is defending ... It says ...": the body its owner names
                mention = self.doc[owner.left_edge.i : head.i + 1]
                body = self._with_owner(head, self._named(mention, head))
                out.append(Candidate(mention.start_char, (mention.start_char, mention.end_char), body.name,
                                     "organization", True, main=True))
                continue
            if not writing and lemma not in self.lexicon.person_nouns:
                continue
            det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
            if det is None or det.lower_ not in _DEFINITE:
                continue
            mention = self.doc[det.i : head.i + 1]
            if owns and not self._description(mention, head):
                continue
            if not writing and not owns and any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in head.lefts):
                continue
            span = (mention.start_char, mention.end_char)
            # "The email said ... It said ...": a writing the article does not name, in doubt
            named = None if writing else (self._titled(mention, head) or self._described(head, head.idx)
                                          or self._epithet(mention, head, [c for c in named_before if c.start < span[0]]))
            main = _main_subject(head.head if owns else head)
            if named is not None and named.type == "person":
                out.append(Candidate(span[0], named.span or span, named.name, "person", True, role=named.role,
                                     main=main))
            else:
                out.append(Candidate(span[0], span, strip_determiner(mention.text), "document" if writing else "person",
                                     True, doubtful=True, main=main))
        return out

    def _gender_of(self, name: str) -> Optional[str]:
        """Bound pronouns and an honorific before the full name, then an honorific before its
        family name ("Ms. Abedin" for "Huma Abedin") or the first name, unknown when they disagree."""
        words = name.split() or [name]
        direct = self.gender.get(name) or self.index.gender.get(name) or NOUN_GENDER.get(words[-1].lower())
        if direct:
            return direct  # "ICE spokeswoman": the noun says
        # an honorific before the family name ("Mrs. Brandt") may belong to a relative, and
        # a first-name list errs on names written family name first ("Mr. Wang" for "Wang Lei"):
        # when the two disagree, the gender is unknown
        honorific = self.index.gender.get(words[0])
        if not any(p != name and p.endswith(" " + words[-1]) for p in self.index.persons):
            honorific = self.index.gender.get(words[-1]) or honorific  # "Mr. Trump" is not Ivana Trump's
        listed = name_gender(name)
        if honorific and listed and honorific != listed:
            return None
        return honorific or listed

    def _pronoun(self, head: Token) -> Optional[tuple[Resolved, str] | Doubt]:
        """The antecedent of a pronoun and the rule, a Doubt saying why there is none, or None
        when the word is no pronoun this resolves."""
        word = head.lower_
        char = head.idx
        if word in _RELATIVE:
            noun = head.head.head if head.head.dep_ == "relcl" and head.tag_ in ("WP", "WDT") else None
            before = head.doc[head.i - 1] if head.i > 0 else None
            if noun is None and before is not None and before.pos_ in ("NOUN", "PROPN") and head.tag_ == "WP":
                noun = before  # "the delegates who’ve said ...", the clause hung on its contraction
            if noun is not None:
                # "the singer Tom Berg, who ...": the name in apposition, not the noun it names
                if noun.pos_ == "NOUN":
                    noun = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                 and c.i < head.i), noun)
                phrase = noun.doc[noun.left_edge.i : noun.i + 1]
                return replace(self._named(phrase, noun), span=(phrase.start_char, phrase.end_char)), "pronoun"
            return None
        if word in PLURAL:
            # "Republicans criticized the spending, which they said ...": a plural subject
            # that can speak, earlier in the same sentence, comes before earlier sources.
            subject = self._plural_subject_before(head)
            if subject is not None:
                span = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
                found = self._named(span, subject)
                return Resolved(found.name, found.type, found.role, char, True,
                                span=(span.start_char, span.end_char), sieve="same-sentence-subject"), "pronoun"
        if word in PERSONAL:
            want = PERSONAL[word]

            def fits(c: Candidate) -> bool:
                # a speaker NER left untyped, named by one capitalised word ("D'Amato"), is
                # most likely a person
                person = c.type == "person" or (c.type == "unknown" and c.spoke and len(c.name.split()) == 1
                                                and c.name[:1].isupper())
                return person and self._gender_of(c.name) in (None, want)
        elif word in PLURAL:
            def fits(c: Candidate) -> bool:
                # a country, state or town is "it", never "they"; "Trump's" tagged as an
                # organisation is no group
                return (c.type in ("group", "organization", "media") and not c.place
                        and not self._family_name(c.name)) or (c.plural and c.type == "person")
        elif word in NEUTER:
            def fits(c: Candidate) -> bool:
                # never the family name of a person the article names ("Hale" tagged as an organisation)
                return (not c.plural and c.type in ("organization", "media", "document")
                        and not self._family_name(c.name)
                        and (c.subject or not c.place))  # "...out of the U.S., it's safe to say": no body
        else:
            return None
        chosen, sieve = self._topic(head, fits) or choose(self._candidates(char), char, self._sentences(), fits)
        if chosen is None and sieve in ("no-candidate", "no-compatible") and word in PERSONAL:
            chained = self._chained(head)
            if chained is not None:
                return chained
        if chosen is None:
            return Doubt(sieve)
        if word in PERSONAL:
            self.gender[chosen.name] = PERSONAL[word]
        if chosen.doubtful or (word in NEUTER and chosen.type == "organization" and chosen.name.islower()):
            # "the mayor said ... She added": the same unnamed person, in the same doubt;
            # "the company said ... It added": a body the article surely names, not "company"
            return Doubt("antecedent-unresolved", chosen.name)
        role = chosen.role
        if chosen.type == "person":
            role = role or self.index.roles.get(chosen.name) or next(
                (r.role for r in self.timeline if r.name == chosen.name and r.role), None)
        return Resolved(chosen.name, chosen.type, role, char, chosen.plural, span=chosen.span,
                        sieve=sieve), "pronoun"

    def _chained(self, pronoun: Token) -> Optional[tuple[Resolved, str]]:
        """"Ms. Ruiz said. She presented herself ... Her answer? '...,' she said": no one who
        fits in reach, the same pronoun as the subject of an earlier clause in reach, outside
        quotations, stands for the person it stands for (sieve ``chain``)."""
        sentences = self._sentences()
        for token in reversed(self.doc[: pronoun.i]):
            if sentences.distance(token.idx, pronoun.idx) > WINDOW:
                return None
            if token.lower_ == pronoun.lower_ and token.dep_ in SUBJECT and not self._in_quote(token.idx):
                hit = self._pronoun(token)
                if not isinstance(hit, tuple):
                    return None
                found = hit[0]
                named = self._written_at(found)
                if named is None or found.type != "person":
                    return None
                since = self.doc[named.sent.start : pronoun.i]
                if any(t.dep_ in SUBJECT and indefinite(t) and not self._in_quote(t.idx) for t in since):
                    return None  # "a partner at Ruiz's firm told him ... he said": the partner, maybe
                return replace(found, start=pronoun.idx, sieve="chain"), "pronoun"
        return None

    def _topic(self, pronoun: Token, fits: Callable[[Candidate], bool]) -> Optional[tuple[Candidate, str]]:
        """"As for Ana Ruiz, she said ...": the one compatible candidate a fronted "as for"
        phrase names is the subject pronoun right after its comma (sieve ``topic``)."""
        sent = pronoun.sent
        words = [t for t in sent if not (t.is_punct and t.i < pronoun.i and t.text != ",")]
        if len(words) < 3 or (words[0].lower_, words[1].lower_) not in (("as", "for"), ("as", "to")):
            return None
        comma = next((t for t in words if t.text == ","), None)
        if comma is None or pronoun.i != comma.i + 1 or pronoun.dep_ not in SUBJECT:
            return None
        named = [c for c in self._candidates(pronoun.idx)
                 if sent.start_char <= c.start < comma.idx and fits(c) and not c.doubtful]
        if len({c.name for c in named}) != 1:
            return None
        return named[-1], "topic"

    def _plural_subject_before(self, pronoun: Token) -> Optional[Token]:
        """The plural subject of the clause a relative clause hangs on, else the nearest plural
        subject before ``pronoun`` in its sentence that names people or bodies (a proper noun,
        an entity, a person or organisation noun); outside quotations."""
        doc = pronoun.doc
        clause = pronoun.head
        if clause.dep_ == "relcl":
            # "X opposed the tax, which they said ...": the subject of the verb whose object
            # the relative clause describes
            governor = clause.head.head
            subject = next((c for c in governor.children if c.dep_ in SUBJECT and c.i < pronoun.i
                            and c.tag_ in ("NNS", "NNPS") and not self._in_quote(c.idx)), None)
            if subject is not None:
                return subject
        said = {t.i for t in pronoun.head.subtree} if pronoun.head.i != pronoun.i else set()
        for token in reversed(doc[pronoun.sent.start : pronoun.i]):
            if token.dep_ not in SUBJECT or token.tag_ not in ("NNS", "NNPS"):
                continue
            if self._in_quote(token.idx):
                continue
            if token.i in said and token.head.i != pronoun.head.i:
                continue  # "Schools can do that, they said": the subject of what they said, not who
            if can_be_source(token, self.lexicon) and token.lower_ not in PLURAL:
                return token
        return None

    def _named(self, mention: Span, head: Token) -> Resolved:
        """A mention with a name in it, or a descriptive phrase kept as written."""
        core = core_mention(mention)
        if core.text.isupper() and len(core.text) > 2:
            # a transcript's label in capitals ("VANCE:"): the person the article names so
            known = self.index.fullest_person(core.text.title())
            if known is not None:
                return Resolved(known, "person", self.index.roles.get(known), mention.start_char)
        ent = next((e for e in ents_in(mention) if e.start <= head.i < e.end and e.label_ not in _NUMERIC), None)
        title = None
        if ent is None:
            # "the bank's chief economist Huw Pill", "the study's lead author, Peter Kistler,":
            # a title with the name in apposition; the title is the role.
            ent = next(
                (e for e in ents_in(mention)
                 if (e.label_ == "PERSON" or self.index.fullest_person(entity_name(e, self.lexicon.person_nouns)))
                 and apposed_to(e, self.lexicon.person_nouns).i == head.i and e.start > head.i
                 and (e.root.dep_ == "appos" or (e.root.dep_ == "compound"
                                                 and not any(t.text == "," for t in mention.doc[head.i : e.start])))),
                None,
            )
            if ent is not None and any(t.text == "," for t in mention.doc[head.i : ent.start]):
                title = strip_determiner(core.text).strip(" ,") or None
            if ent is None and head.pos_ == "NOUN":
                # "the mine's owner, Andes Copper,": an organisation in apposition is the source
                body = next((e for e in ents_in(mention) if e.label_ == "ORG" and e.root.dep_ == "appos"
                             and apposed_to(e, self.lexicon.person_nouns).i == head.i and e.start > head.i
                             and mention.doc[e.start - 1].text == ","), None)
                if body is not None:
                    name = entity_name(body, self.lexicon.person_nouns)
                    if name:
                        return Resolved(name, self._type_of(body.root, name, "ORG"), None, mention.start_char)
        hint = text_of(mention.doc)[core.end_char : mention.end_char]
        if ent is not None:
            name = entity_name(ent, self.lexicon.person_nouns)
            label = ent.label_
            masthead = self.index.fuller_masthead(name, mention.start_char)
            if masthead is not None:
                return Resolved(masthead, "media", None, mention.start_char)  # "the Post" of "The Washington Post"
            if label != "PERSON" and (ent.root.pos_ == "PROPN" or ent.root.text[:1].isupper()) and self.index.fullest_person(name):
                label = "PERSON"  # NER called a known person's surname an organisation (or a work of art)
            company = self.index.company(name) if label == "PERSON" else None
            if company is not None:
                return Resolved(company, "organization", None, mention.start_char)
            if label == "PERSON":
                full = self.index.fullest_person(name, hint=hint, before=mention.start_char,
                                                 gender=_honorific(core)) or name
                role = title or self.index.roles.get(full)
                if role is None or bare_title(role):  # an office in this mention outranks a bare "Sen."
                    role = self._role_from_mention(mention, ent) or _appositive_role(ent.root) or role
                return Resolved(full, "person", role, mention.start_char)
            expanded = self.index.expand_acronym(name) if name.replace(".", "").isupper() else None
            final = expanded or name
            kind = self._type_of(ent.root, final, label)
            if kind == "group":  # an unnamed group keeps its descriptive phrase: "Republicans in Congress"
                final = strip_determiner(core.text).strip(" ,") or final
            return Resolved(final, kind, None, mention.start_char)
        if head.pos_ != "PROPN" and len(core) == 1 and head.text[:1].isupper():
            # a capitalised word tagged as a common noun ("Sanders added", and at the start
            # of a sentence too) that is the surname of a person the article named
            known = self.index.fullest_person(head.text, before=mention.start_char)
            if known is not None:
                return Resolved(known, "person", self.index.roles.get(known), mention.start_char)
        if head.pos_ == "PROPN":
            # A name NER missed: "Cha said", "Ms. Park emphasised".
            chain = [t for t in core if t.pos_ == "PROPN" and t.i <= head.i and t.lower_ not in HONORIFICS]
            titles = []
            while len(chain) > 2 and chain[0].lower_ in self.lexicon.person_nouns:
                titles.append(chain.pop(0))  # "Pensioner Maureen Blythe": a title, then the name
            written = text_of(mention.doc)[chain[0].idx : head.idx + len(head)] if chain else head.text
            full = self.index.fullest_person(written, hint=hint, before=mention.start_char, gender=_honorific(core))
            # A name of two or more capitalised words with no entity label, as the source of
            # a speech verb, is a person's name; so is any name after an honorific.
            if full and is_company(full, self.index):  # "Voltra said" after "Voltra Corp."
                return Resolved(full, "organization", None, mention.start_char)
            if full or any(t.lower_ in HONORIFICS for t in core) or (
                len(chain) >= 2 and all(t.text[:1].isupper() and not t.ent_type_ for t in chain)
            ):
                full = full or written
                title = text_of(mention.doc)[titles[0].idx : titles[-1].idx + len(titles[-1])] if titles else None
                role = self.index.roles.get(full) or title or _appositive_role(head)
                return Resolved(full, "person", role, mention.start_char)
        # A descriptive phrase: "six senior U.S. officials", "a State Department spokesperson".
        words = [t for t in core]
        while len(words) > 1 and (words[0].lower_ in ("the", "a", "an", "another") or words[0].pos_ == "ADV"):
            words = words[1:]  # "Even farmers": a focusing adverb is not part of the name
        if len(words) > 1 and words[-1].lemma_.lower() == "report" and self._media_word(words[-2]):
            words = words[:-1]
        text = text_of(mention.doc)[words[0].idx : words[-1].idx + len(words[-1])] if words else core.text
        text = _drop_parenthetical(text)
        # "one of the people familiar with the matter": one person of a group; "two of the sources": a group
        part_of = head.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        kind = ("person" if head.lower_ == "one" else "group") if part_of else self._type_of(head, text)
        role = text if kind == "person" else None
        return Resolved(text, kind, role, mention.start_char, plural=head.tag_ in ("NNS", "NNPS"))

    def _role_from_mention(self, mention: Span, ent: Span) -> Optional[str]:
        before = text_of(mention.doc)[mention.start_char : ent.start_char]
        before = strip_determiner(before).strip(" ,")
        if before.lower() in COURTESY_TITLES:
            return None  # "Dr Sarah Jones, an economist": a form of address, not the role
        return before or None

    def resolve(self, mention: Optional[Span], asks: bool = False) -> Speaker:
        """The speaker of ``mention``; ``asks``: the statement is a question, whose asker is
        no antecedent for the pronoun of the answer after it."""
        if asks and mention is not None:
            self.askers.append((mention.start_char, mention.end_char))
        if mention is None or len(mention) == 0:
            return Speaker()
        colons = [t.i for t in mention if t.text == ":"]
        if colons and colons[-1] + 1 < mention.end:
            mention = mention.doc[colons[-1] + 1 : mention.end]  # "- No signing of documents: Kremlin spokesperson ..."
        head = mention.root
        resolution = "subject"
        resolved: Optional[Resolved] = None
        if head.lower_ in _FIRST_PERSON and len(mention) == 1 and not self._in_quote(head.idx):
            # "We believe ...", "I said ...": the writer, whom the text does not name
            return self._unresolved(mention, head, Doubt("first-person"))
        pair = self.pair(mention, head)
        if pair is False:
            return self._unresolved(mention, head, Doubt("no-antecedent"))  # "both men", and not two named
        if isinstance(pair, Resolved):
            resolved, resolution = pair, "nominal"
        elif len(mention) == 1 and head.lower_ in _QUANTIFIERS:
            # "Another said ...", "Both said ...": someone of a group the text does not name here
            return self._unresolved(mention, head, Doubt("no-antecedent"))
        elif head.pos_ == "PRON" or head.lower_ in PERSONAL or head.lower_ in PLURAL | NEUTER | _RELATIVE:
            hit = self._pronoun(head)
            if isinstance(hit, Doubt):
                return self._unresolved(mention, head, hit)
            if hit is not None:
                resolved, resolution = hit
                resolved = self._antecedent_owner(resolved)
        elif head.pos_ == "NOUN" and self._description(mention, head):
            resolved = self._nominal(mention, head)
            if resolved is not None:
                resolution = "nominal"
            elif head.tag_ == "NN" and (self._type_of(head, head.text) == "person"
                                        or head.lemma_.lower() in self.lexicon.channel_nouns | OUTLET_NOUNS):
                # ("the statement", "the letter": someone's, and the article does not say whose)
                # "the president", "the official", "the newspaper" and no one before it to name: doubt, not a name
                # (ANNOTATION.md 3c); "the company", "the police" keep their phrase as a name
                return self._unresolved(mention, head, Doubt("no-antecedent"))
        if resolved is None:
            resolved = self._headline_title(mention, head)
            if resolved is not None:
                resolution = "nominal"
            elif (head.lower_ in OUTLET_NOUNS and self._in_headline(mention)) or self.bare_title(mention, head):
                return self._unresolved(mention, head, Doubt("no-antecedent"))  # "Newspaper Says ...", "Mayor Says ..."
        if resolved is None and head.pos_ == "NOUN" and head.lemma_.lower() in NAMED_KINDS and mention[0].lower_ in ("a", "an"):
            resolved = self._named_kind(mention, head)  # "a new poll"
            if resolved is not None:
                resolution = "nominal"
        if resolved is None:
            named = self._named(mention, head)
            resolved = self._with_owner(head, named)
            core = core_mention(mention)
            lead = next((t for t in core if t.pos_ != "ADV"), core[0])  # "Even farmers"
            written = strip_determiner(text_of(self.doc)[lead.idx : core.end_char])
            if resolved.name != named.name:
                # "his office": the owner resolved as a pronoun; "Mr. Ruiz's office": by its name
                owned = any(c.dep_ == "poss" and c.lower_ in OWNERS for c in head.children)
                resolution = "pronoun" if owned else "name-chain"
            elif resolved.name != written and resolution == "subject":
                resolution = "name-chain"
            owner = _OWNED.match(resolved.name) if resolved.type == "person" and head.pos_ == "NOUN" else None
            if owner is not None and resolved.name.endswith(head.text):
                person = self._role_of_owner(mention, head, owner.group(1))
                if person is not None:
                    resolved, resolution = person, "nominal"
        resolved = self._with_conjuncts(mention, head, resolved)
        role = usable_role(resolved.role, resolved.name)
        if resolved.type == "person" and (role is None or bare_title(role)):
            role = usable_role(self.index.roles.get(resolved.name), resolved.name) or role
        resolved = replace(resolved, role=role)
        if resolved.type == "person" and not resolved.role:
            # the role the article gave this person at an earlier statement ("Dolan's spokesperson, Kyle Brandt")
            earlier = next((r.role for r in reversed(self.timeline) if r.name == resolved.name and r.role), None)
            resolved = replace(resolved, role=earlier)
        shown = core_mention(mention) if resolution != "pronoun" else mention
        antecedent = resolved.span if resolution in ("pronoun", "nominal") else self._first_mention(resolved.name, resolution)
        entry = Resolved(resolved.name, resolved.type, resolved.role, mention.start_char, resolved.plural,
                         head.lemma_.lower(), span=antecedent or (shown.start_char, shown.end_char), asked=asks,
                         relative=head.lower_ in _RELATIVE, main=_main_subject(head))
        self.timeline.append(entry)
        return Speaker(
            mention=span_model(shown),
            name=resolved.name,
            type=resolved.type,  # type: ignore[arg-type]
            role=resolved.role,
            resolution=resolution,  # type: ignore[arg-type]
            sieve=resolved.sieve,
            antecedent=SpanModel(start=antecedent[0], end=antecedent[1], text=text_of(self.doc)[antecedent[0] : antecedent[1]])
            if antecedent else None,
        )

    def _description(self, mention: Span, head: Token) -> bool:
        """Whether a noun phrase is a definite description rather than a name: "the", "this" or
        "that", and no proper noun but a place or people before the noun ("the New York
        businessman", "the Democratic nominee") or a body's name before a person noun ("the
        Lumora engineer"); not "the Ruiz campaign"."""
        if mention[0].lower_ not in _DEFINITE:
            return False
        person = self._type_of(head, head.text) == "person"
        return not any(t.pos_ == "PROPN" and not (t.i < head.i and (t.ent_type_ in ("GPE", "NORP", "LOC") or (
            t.ent_type_ == "ORG" and t.dep_ in ("compound", "nmod") and person))) for t in mention)

    def _with_conjuncts(self, mention: Span, head: Token, resolved: Resolved) -> Resolved:
        """"Sanders and his supporters": the first source named in full, the others as written;
        together they are a group."""
        cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ in ("and", "&")
                   and mention.start <= c.i < mention.end), None)
        conjuncts = [c for c in head.children if c.dep_ == "conj" and cc is not None and cc.i < c.i < mention.end]
        if not conjuncts:
            return resolved
        if head.pos_ == "NOUN" and all(c.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in c.children)
                                       for c in conjuncts):
            return resolved  # "the Vermont senator and presidential candidate": one person, two offices
        core = core_mention(mention)
        if cc.i >= core.end or resolved.name.endswith(text_of(self.doc)[cc.idx : core.end_char]):
            return resolved
        rest = " ".join(self._fullest_words([w for w in text_of(self.doc)[cc.idx : core.end_char].split()
                                             if w.lower() not in ("the", "a", "an") and w.lower() not in HONORIFICS]))
        return replace(resolved, name=f"{resolved.name} {rest}", type="group", role=None, plural=True)

    def _fullest_words(self, words: list[str]) -> list[str]:
        """Bare family names among conjoined sources, by the fullest name the article gives
        them ("and Ibarra" -> "and Carlos Ibarra"); a name of several words, and any other
        word, as written."""
        def name(k: int) -> bool:
            return 0 <= k < len(words) and words[k][:1].isupper()

        return [(self.index.fullest_person(w) or w) if name(k) and w.isalpha() and not name(k - 1) and not name(k + 1)
                else w for k, w in enumerate(words)]

    def _unresolved(self, mention: Span, head: Token, doubt: Doubt) -> Speaker:
        """A pronoun or a definite nominal no candidate fits (ANNOTATION.md 3c): the mention is
        kept as written (a pronoun whose antecedent is such a nominal takes its words)."""
        shown = core_mention(mention)
        name = doubt.name or shown.text
        if head.pos_ == "NOUN":
            kind = self._type_of(head, head.text)
            # remembered, so that a later "she" is the same unnamed person, not someone else
            self.timeline.append(Resolved(name, kind, None, mention.start_char, noun=head.lemma_.lower(),
                                          span=(shown.start_char, shown.end_char), doubtful=True,
                                          main=_main_subject(head)))
        else:
            kind = "person" if head.lower_ in PERSONAL else "group" if head.lower_ in PLURAL else "unknown"
        return Speaker(mention=span_model(shown), name=name, type=kind,  # type: ignore[arg-type]
                       resolution="unresolved", sieve=doubt.why)

    def _with_owner(self, head: Token, resolved: Resolved) -> Resolved:
        """"His office", "her spokesman": the owner named ("Oskar Veld's office"); "its
        spokesperson, Meera Pillai": the owner named in the role."""
        if head.pos_ != "NOUN":
            return resolved
        named = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if named is not None:
            # "Mr. Ruiz's advisers": the owner by the fullest name the article gives
            owner_span = self.doc[named.left_edge.i : named.i + 1]
            written = owner_span.text
            bare = " ".join(w for w in written.split() if w.lower() not in HONORIFICS)
            full = self.index.fullest_person(bare, gender=_honorific(owner_span)) if bare else None
            if full and full != written and resolved.name.startswith(written):
                return replace(resolved, name=full + resolved.name[len(written):])
            return resolved
        described = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if described is not None:
            # "the Democratic nominee's campaign", "the paper's editorial board": the owner as
            # the nominal sieves name it
            owner_span = self.doc[described.left_edge.i : described.i + 1]
            written = strip_determiner(owner_span.text)
            if self._description(owner_span, described) and resolved.name.startswith(written):
                found = self._nominal(owner_span, described)
                if (found is not None and found.type in ("person", "media")
                        and found.name[:1].isupper()):
                    return replace(resolved, name=found.name + resolved.name[len(written):])
            return resolved
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNERS), None)
        if owner is None:
            return resolved
        prefix = owner.lower_ + " "
        renamed = resolved.name.lower().startswith(prefix)
        if not renamed and not (resolved.role or "").lower().startswith(prefix):
            return resolved
        hit = self._pronoun(owner)
        if not isinstance(hit, tuple) or (hit[0].type == "person" and not hit[0].name[:1].isupper()):
            return resolved  # a person known only by a description ("a spokesperson for ...") names nothing
        if renamed:
            name = f"{hit[0].name}'s{resolved.name[len(owner.text):]}"
            return replace(resolved, name=name, role=name if resolved.type == "person" else resolved.role,
                           span=hit[0].span)
        return replace(resolved, role=f"{hit[0].name}'s{resolved.role[len(owner.text):]}")  # type: ignore[index]

    def _family_name(self, name: str) -> bool:
        """Whether ``name`` is the family name of a person the article names."""
        return any(p.endswith(" " + name) for p in self.index.persons)

    def _antecedent_owner(self, resolved: Resolved) -> Resolved:
        """"Sanders met voters; his advisers said ... They added": a pronoun whose antecedent
        is an owned phrase names the owner as :meth:`_with_owner` does ("Bernie Sanders's
        advisers")."""
        if resolved.name.split(" ", 1)[0].lower() not in OWNERS:
            return resolved
        antecedent = self._written_at(resolved)
        return resolved if antecedent is None else self._with_owner(antecedent.root, resolved)

    def _written_at(self, resolved: Resolved) -> Optional[Span]:
        """The words where a resolved source's antecedent is written, if it has one."""
        return self.doc.char_span(*resolved.span, alignment_mode="expand") if resolved.span else None

    def _first_mention(self, name: str, resolution: str) -> Optional[tuple[int, int]]:
        """Where the fullest name first appears, for a name reached through a name chain."""
        if resolution != "name-chain":
            return None
        start = text_of(self.doc).find(name)
        return (start, start + len(name)) if start >= 0 else None


def _honorific(span: Span) -> Optional[str]:
    """The gender an honorific in the mention gives ("Mr. Dorn": "m"), or None."""
    return next((HONORIFICS[t.lower_] for t in span if HONORIFICS.get(t.lower_)), None)


def _appositive_role(head: Token) -> Optional[str]:
    """"Ana Ruiz, the engineer" -> "engineer"."""
    for child in head.rights:
        if child.dep_ == "appos" and not child.like_num:  # an age is not a role
            tokens = role_tokens(child) or [child]
            text = text_of(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
            return strip_determiner(text).strip(" ,") or None
    return None


def _drop_parenthetical(text: str) -> str:
    return _PARENTHETICAL.sub("", text).strip()
