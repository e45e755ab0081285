"""What an article says about its entities: full names, acronyms, descriptions and roles.

Built once per Doc from the named entities and the parse; the resolver asks it
for "the fullest name of Kim", "who was introduced as an expert", "the role of
Jens Stoltenberg".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from attrib.attribute.gender import first_names, name_gender
from attrib.detect.quotes import CLOSING_MARKS, OPENING_MARKS
from attrib.detect.spans import headline_case
from attrib.doctext import ents_of, text_of

_ACRONYM_IN_PARENS = re.compile(r"((?:[A-Z][\w.&-]*\s+)(?:(?:of|and|for|the|on|in|&)\s+|[A-Z][\w.&-]*\s+){0,8}?[A-Z][\w.&-]*)\s*\(([A-Z][A-Z.&]{1,9})\)")
_FUNCTION_WORDS = {"of", "and", "for", "the", "on", "in", "&", "at"}
_DETERMINERS = {"the", "a", "an", "another", "this", "that", "these", "those"}
_TITLE_DEPS = {"compound", "amod", "poss", "nmod", "case", "punct"}
# Honorifics are not part of a name, but they tell the gender pronouns must agree with.
HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
              "miss": "f", "dame": "f", "lady": "f", "dr": "", "dr.": "", "prof": "", "prof.": "", "mx": "", "mx.": "",
              # abbreviated titles written before names
              "sen.": "", "rep.": "", "gov.": "", "gen.": "", "lt.": "", "col.": "", "capt.": "", "sgt.": "",
              "adm.": "", "cmdr.": "", "rev.": "", "fr.": "", "hon.": "", "amb.": "", "sec.": "", "pres.": "",
              "det.": "", "insp.": "", "supt.": "", "maj.": "", "cpl.": "", "pvt.": ""}
# Particles that stay lower case inside a person's name ("Bill de Blasio", "Ludwig van Beethoven").
PARTICLES = frozenset(("de", "da", "di", "du", "del", "della", "der", "van", "von", "la", "le", "bin", "ibn", "al",
                       "el", "y", "dos", "das", "ter", "ten", "st."))
# Parties written before a name ("Republican Tom Hale"): no part of it.
PARTY_WORDS = frozenset(("republican", "democrat", "democratic", "gop", "independent", "libertarian"))
# Abbreviated titles and the word a later nominal uses for them ("Gov. Ana Ruiz" ... "the governor").
TITLE_ABBREVIATIONS = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
                       "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant",
                       "adm.": "admiral", "rev.": "reverend", "amb.": "ambassador", "sec.": "secretary",
                       "pres.": "president", "det.": "detective", "insp.": "inspector", "supt.": "superintendent",
                       "maj.": "major", "prof.": "professor", "prof": "professor"}
# Forms of address, not roles: "Dr Sarah Jones, an economist at ..." has the role "economist at ...".
COURTESY_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame",
                             "lady", "lord"})


def bare_title(role: str) -> bool:
    """"Sen.", "Gov.", "Dr": a form of address or abbreviated title with nothing else."""
    return role.strip().lower() in HONORIFICS


_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_AGE = re.compile(r"^\d+-year-old$")
_QUANTITY_WORDS = frozenset(("hundreds", "thousands", "millions", "billions", "dozens", "percent", "scores"))


def usable_role(role: Optional[str], name: str) -> Optional[str]:
    """The role, unless it is no role: a form of address alone ("Ms."), words of the name
    itself ("Ana" for "Ana Ruiz"), a bare first name, an age ("82-year-old"), a
    quantity ("hundreds of thousands"), a cut word ("co" of "co-founder"); a dateline before
    a spaced dash is no part of it ("DOVER, Del. - Sen." -> "Sen.")."""
    if role:
        role = _SPACED_DASH.split(role)[-1].strip()
    if not role or not any(c.isalpha() for c in role):
        return None
    words = role.replace(",", " ").split()
    if _AGE.match(role) or _QUANTITY_WORDS & {w.lower() for w in words} or (role.islower() and len(role) < 3):
        return None
    if role.strip().lower() in COURTESY_TITLES or set(words) < set(name.split()):
        return None
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in first_names():
        return None
    return role


def strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _FUNCTION_WORDS and w[:1].isupper())


@dataclass
class Description:
    """An entity introduced with a common noun: "Fyodor Tertitskiy, an expert on ..."."""

    noun: str  # lemma of the describing noun ("expert")
    name: str
    text: str  # the whole description ("expert on North Korean military and politics")
    start: int  # char offset where it appears


@dataclass
class EntityIndex:
    persons: Counter = field(default_factory=Counter)  # full name -> mentions
    first_seen: dict[str, int] = field(default_factory=dict)  # name -> char offset of its first mention
    chains: Counter = field(default_factory=Counter)  # proper-noun chains ("Grant Shapps") NER missed
    organizations: Counter = field(default_factory=Counter)
    acronyms: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # full name -> role
    descriptions: list[Description] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m" / "f" from honorifics
    both_genders: set[str] = field(default_factory=set)  # names written after "Mr." and after "Mrs."
    companies: dict[str, str] = field(default_factory=dict)  # "Lumenar" -> "Lumenar Inc." (NER said person)
    titles: list[Description] = field(default_factory=list)  # every title a person is named with, in order
    text: str = ""  # the article, for where a bare name is used
    _full_cache: dict = field(default_factory=dict, repr=False, compare=False)

    def company(self, name: str) -> Optional[str]:
        """The company a name NER called a person stands for: the name of a company of the
        article with a corporate suffix ("Lumenar" -> "Lumenar Inc."), else None."""
        return self.companies.get(name)

    def _full_names(self, name: str) -> tuple[str, ...]:
        """The article's full names a bare ``name`` may stand for (:meth:`fullest_person`),
        worked out once per name: the index does not change once built (its sizes are in
        the key, should it)."""
        key = (name, len(self.persons), len(self.chains))
        if key not in self._full_cache:
            self._full_cache[key] = tuple(self._match_full_names(name.split()))
        return self._full_cache[key]

    def _match_full_names(self, words: list[str]) -> list[str]:
        def matches(full: str) -> bool:
            fw = full.split()
            return fw == words or (len(fw) > len(words) and (fw[-len(words) :] == words or (len(words) == 1 and fw[0] == words[0])))

        candidates = [full for full in self.persons if matches(full)]
        if len(words) == 1 and not any(len(c.split()) > 1 for c in candidates):
            # a family name inside a longer one ("Acosta" for "Ana Acosta Ruiz"), when no
            # name ends or begins with it
            candidates += [full for full in self.persons if words[0] in full.split()[1:-1] and len(full.split()) >= 3]
        if not any(len(c.split()) > len(words) for c in candidates):
            # a capitalised run NER did not call a person counts when it ends with the name
            # ("Grant Shapps" for "Shapps"), or is a company that starts with it ("Voltra Corp."),
            # never a run that merely starts with it ("Trump Train")
            candidates += [c for c in self.chains if len(c.split()) > len(words) and matches(c) and (
                c.split()[-len(words):] == words or c.split()[-1].lower() in _CORPORATE)
                and not names_a_masthead(c)]  # "Washington Post" is no fuller name of "Post"
        longer = [c for c in candidates if len(c.split()) > len(words)]
        candidates = longer or candidates
        if len(words) == 1:
            # a bare name is a family name before a first, when a listed first name says the
            # order: "Jack" is Brian Jack, not Jack Dalrymple; "Trump" is Donald Trump, not
            # "Trump Turnberry"; but "Park" may be Park Min as well as Jae Park
            ending = [c for c in candidates if c.split()[-1] == words[0]]
            listed = first_names()
            if ending and (words[0].lower() in listed or any(c.split()[0].lower() in listed for c in ending)):
                candidates = ending
        return candidates

    def fullest_person(self, name: str, hint: str = "", before: Optional[int] = None,
                       gender: Optional[str] = None) -> Optional[str]:
        """The fullest person name of the article that a shorter name stands for.

        A bare name matches full names that end with it ("Stoltenberg") or, for one
        word, begin with it (family name first: "Kim" -> "Kim Jong Un"). Between
        several: names introduced before the mention, then the one whose role shares
        words with ``hint`` (an appositive such as "the professor in Honolulu"),
        then the most mentioned.
        """
        words = name.split()
        if not words:
            return None
        candidates = list(self._full_names(name))
        if gender is None and name not in self.both_genders:
            gender = self.gender.get(name)  # "President Vance" of an article that writes "Mr. Vance"
        if gender:
            # "Mr. Vance" is not Laura Vance, even when she is the only Vance named in full:
            # the bare name stays rather than a name of the other sex. A first-name list says
            # nothing of a name the bare one begins ("Mr. Lou" is Lou Jiwei, family name first)
            candidates = [c for c in candidates if (self.gender.get(c) or (
                name_gender(c) if c.split()[0] != words[0] else None)) in (None, gender)]
        if not candidates:
            return None
        if before is not None:
            earlier = [c for c in candidates if self.first_seen.get(c, 0) < before]
            candidates = earlier or candidates
        if len(candidates) > 1 and gender:
            # "Ms. Dorn" of Victor and Elena Dorn: the one whose gender fits
            fitting = [c for c in candidates if (self.gender.get(c) or name_gender(c)) == gender]
            candidates = fitting or candidates
        if len(candidates) > 1 and hint:
            hint_words = {w.lower().strip(",.") for w in hint.split()} - _FUNCTION_WORDS - _DETERMINERS
            scored = [(len(hint_words & {w.lower() for w in self.roles.get(c, "").split()}), c) for c in candidates]
            best = max(scored)
            if best[0] > 0:
                return best[1]
        # mentions: NER's, or the capitalised runs of a name NER missed (not both, which would
        # count NER's names twice)
        counts = sorted(((self.persons[c] or self.chains[c], len(c), c) for c in candidates), reverse=True)
        if len(counts) > 1 and counts[0][0] == counts[1][0] and len(words) == 1 and _different_people(
                counts[0][2], counts[1][2]):
            # "Dorn" for Victor Dorn or Elena Dorn, named as often: the one introduced
            # first when the bare name was used before the other came in (it already stood for
            # that one), else as written
            first, second = sorted((c for _, _, c in counts[:2]), key=lambda c: self.first_seen.get(c, 0))
            before_second = self.text[: self.first_seen.get(second, 0)]
            bare = len(re.findall(rf"\b{re.escape(words[0])}\b", before_second))
            full = sum(len(re.findall(rf"\b{re.escape(c)}\b", before_second)) for c in self.persons
                       if len(c.split()) > 1 and c.split()[-1] == words[0])
            return first if bare > full else None
        return counts[0][2]

    def fuller_masthead(self, name: str, before: int) -> Optional[str]:
        """"the Post" -> "Washington Post", "the Daily News" -> "New York Daily News": the one
        newspaper named before ``before`` whose longer name ends with the words of ``name``,
        itself a masthead word or a newspaper's name."""
        words = strip_determiner(name).split()
        if not words or not (names_a_masthead(name) or (len(words) == 1 and words[0].lower() in _MASTHEADS)):
            return None
        named = {strip_determiner(n) for n in (*self.organizations, *self.chains)
                 if self.first_seen.get(n, before) < before and names_a_masthead(n)}
        found = {n for n in named if len(n.split()) > len(words) and n.split()[-len(words):] == words}
        found = {n for n in found if not any(o.endswith(" " + n) for o in found)}  # not "York Daily News"
        return found.pop() if len(found) == 1 else None

    def expand_acronym(self, acronym: str) -> Optional[str]:
        bare = acronym.replace(".", "")
        if bare in self.acronyms:
            return self.acronyms[bare]
        for org in self.organizations:
            plain = strip_determiner(org)
            if plain != acronym and initials(plain) == bare and len(plain.split()) > 1:
                return plain
        return None


def ascii_fold(text: str) -> str:
    """The text without accents, in ASCII ("François" -> "Francois"); a typographic
    apostrophe becomes a straight one."""
    return unicodedata.normalize("NFKD", text.replace("\u2019", "'")).encode("ascii", "ignore").decode()


def _different_people(a: str, b: str) -> bool:
    """Two full names that cannot be one person's: neither's words hold the other's first
    name ("Elena Dorn", "Victor Dorn"), unlike "Ana Ruiz" and "Ana M. Ruiz", "Ken Orlov"
    and "Kenneth Orlov" (a short form), "Kathrine" and "Katherine" (a misspelling), or "AG Ruiz"
    and "Ana Ruiz" (a title in capitals)."""
    if any(w.isupper() and len(w) <= 3 for w in (a.split()[0], b.split()[0])):
        return False
    wa, wb = ascii_fold(a).casefold().split(), ascii_fold(b).casefold().split()  # "Francois", "François"
    short, long_ = sorted((wa[0], wb[0]), key=len)
    if wa[0] in wb or wb[0] in wa or (len(short) >= 3 and long_.startswith(short)):
        return False
    # "Kathrine" for "Katherine": one letter apart, and the first-name list does not tell two sexes
    sexes = {first_names().get(wa[0]), first_names().get(wb[0])} - {None}
    return not (len(short) >= 5 and Levenshtein.distance(wa[0], wb[0]) <= 1 and len(sexes) <= 1)


def entity_name(ent: Span, titles: frozenset[str] = frozenset()) -> str:
    """Entity text without a leading determiner or trailing lower-case words ("Interfax news agency");
    a person's name also loses titles written before it ("Sen. Rand Paul", "Speaker Mike Johnson")."""
    tokens = list(ent)
    article = next((k for k, t in enumerate(tokens[:3]) if t.lower_ in _DETERMINERS), None)
    if article and all(t.pos_ != "PROPN" for t in tokens[:article]):
        tokens = tokens[article:]  # "Later the Security Council": NER took a sentence's first word
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    if ent.label_ == "PERSON":
        while len(tokens) > 1 and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ in titles):
            tokens = tokens[1:]
        # "Rival Ana Ruiz" at a sentence start, "Republican Tom Hale": a common word or
        # a party is no part of a name
        while len(tokens) > 1 and (tokens[0].pos_ in ("NOUN", "ADJ", "VERB", "ADV", "ADP")
                                   or tokens[0].lower_ in PARTY_WORDS):
            tokens = tokens[1:]
        # "Wisconsin Gov. Scott Walker": the name starts after the last title word
        marks = [k for k, t in enumerate(tokens[:-1]) if t.lower_ in HONORIFICS or t.lower_ in titles]
        if marks:
            tokens = tokens[marks[-1] + 1 :]
        # "Backs Ana Ruiz" in a title-case headline, "Marine Tom Hale": a capitalised word that is
        # no first name, before a listed first name and a family name, is no part of the name
        tokens = _from_first_name(_with_nickname(tokens))
    # "Interfax news agency" -> "Interfax"; an all-lower-case phrase ("housing ministry") stays
    while len(tokens) > 1 and tokens[-1].is_lower and not all(t.is_lower for t in tokens):
        tokens = tokens[:-1]
    dash = next((k for k, t in enumerate(tokens) if k and t.text in ("-", "\u2013", "\u2014") and t.whitespace_
                 and tokens[k - 1].whitespace_), None)
    if dash is not None:
        tokens = tokens[:dash]  # "Dora Lind - the activist's partner": a dash between phrases ends the name
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = ent.doc
    while tokens[-1].text.endswith("-") and not tokens[-1].whitespace_ and tokens[-1].i + 1 < len(doc) \
            and doc[tokens[-1].i + 1].is_alpha and (tokens[-1].text != "-" or not doc[tokens[-1].i - 1].whitespace_):
        tokens.append(doc[tokens[-1].i + 1])  # "Lee Jae-" + "won": NER stopped inside a hyphenated name
    name = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if "[" in name or "]" in name:
        name = " ".join(name.replace("[", " ").replace("]", " ").split())  # an editor's "[Ana] Ruiz"
    return name


_OPENERS = (*OPENING_MARKS, "'")
_CLOSERS = (*CLOSING_MARKS, "'")


def _from_first_name(tokens: list[Token]) -> list[Token]:
    """'Carla Diaz Backs Ana Ruiz' in a title-case headline: a capitalised word that is no listed
    first name, before a listed first name and a family name, is no part of the name there."""
    names = first_names()
    if (len(tokens) > 2 and tokens[0].is_alpha and headline_case(tokens[0].sent, least=3) and tokens[0].lower_ not in names and tokens[1].lower_ in names
            and (tokens[2].text[:1].isupper() or tokens[2].text in _OPENERS) and tokens[-1].lower_ not in names):
        return tokens[1:]  # not when the last word too is in the list: "Kim Jong Un" is one name
    return tokens


def _with_nickname(tokens: list[Token]) -> list[Token]:
    """'Tom "Buzz" Hale': NER stops at a quoted nickname; the name runs on to the family name
    after it. A name that ends in an opened quotation without one is cut before it."""
    if len(tokens) < 2:
        return tokens
    doc = tokens[-1].doc
    opened = next((k for k, t in enumerate(tokens) if k and t.text in _OPENERS), None)
    if opened is None or any(t.text in _CLOSERS for t in tokens[opened + 1 :]):
        return tokens
    end = tokens[-1].i + 1
    if (opened == len(tokens) - 2 and end + 1 < len(doc) and doc[end].text in _CLOSERS
            and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()):
        return tokens + [doc[end], doc[end + 1]]
    return tokens[:opened]


def _name_start(ent: Span, name: str) -> int:
    """Offset of ``name`` inside the entity ("the Kremlin" -> "Kremlin", "Kim Jong Un's" -> "Kim Jong Un")."""
    found = text_of(ent.doc).find(name, ent.start_char, ent.end_char)
    return found if found >= 0 else ent.start_char


def _role_before(ent: Span, name: str) -> Optional[str]:
    """Title words in front of a name in the same noun phrase: "NATO Secretary General Jens Stoltenberg",
    including titles the entity itself holds ("Speaker Mike Johnson")."""
    doc = ent.doc
    name_start = _name_start(ent, name)
    left = [t for t in ent.root.lefts if t.idx < name_start and t.dep_ in _TITLE_DEPS]
    start = min([t.left_edge.idx for t in left] + [ent.start_char])
    text = strip_determiner(text_of(doc)[start:name_start]).strip(" ,")
    words = text.split()
    while words and words[-1].lower() in COURTESY_TITLES:
        words.pop()  # "chief medical officer Dr. Stefan Brandt": the title, not the form of address
    text = " ".join(words)
    if text.lower() in COURTESY_TITLES:
        return None
    return text if any(c.isalpha() for c in text) else None


def role_tokens(head: Token) -> list[Token]:
    """The words of a role phrase headed by ``head``, without a relative clause ("a sleep
    researcher at Stanford who was not involved in the work" -> "sleep researcher at Stanford")."""
    words = list(head.subtree)
    clauses = [t.left_edge.i for t in head.subtree if t.dep_ == "relcl" and t.i > head.i]
    if clauses:
        words = [t for t in words if t.i < min(clauses)]
    while words and (words[-1].is_punct or words[-1].lower_ in ("who", "which", "that")):
        words.pop()
    return words


def _appositive(ent: Span) -> Optional[tuple[Token, str]]:
    """"X, a professor at ..." -> (professor, "professor at ...")."""
    for child in ent.root.rights:
        if child.dep_ == "appos" and child.i > ent.end - 1 and not child.like_num:  # "Grace Wanjiru, 24, a student"
            words = role_tokens(child) or [child]
            text = text_of(ent.doc)[words[0].idx : words[-1].idx + len(words[-1])]
            return child, strip_determiner(text).strip(" ,")
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == ent.end + 1 and ent.doc[ent.end].text == ",":
            words = role_tokens(child)[1:]
            if words:
                text = text_of(ent.doc)[words[0].idx : words[-1].idx + len(words[-1])]
                return child, strip_determiner(text).strip(" ,")
    return None


_CORPORATE = frozenset(
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa s.a. nv gmbh group holdings company".split()
)


def is_company(name: str, index: EntityIndex) -> bool:
    """A name the article gives an organisation, or one ending with a corporate suffix."""
    return name in index.organizations or name.split()[-1].lower() in _CORPORATE


def _unmask_companies(index: EntityIndex, organization_nouns: frozenset[str]) -> None:
    """A "person" whose name, less a leading organisation noun ("Chipmaker Lumenar"), is a
    company's name less its suffix ("Lumenar Inc.") is that company."""
    bases = {}
    for org in index.organizations:
        words = strip_determiner(org).split()
        if len(words) > 1 and words[-1].lower() in _CORPORATE:
            bases[" ".join(words[:-1])] = strip_determiner(org)
    for person in list(index.persons):
        if person.split()[-1].lower() in _CORPORATE and len(person.split()) > 1:  # "Heliox AG"
            index.companies[person] = person
            del index.persons[person]
            continue
        words = person.split()
        while len(words) > 1 and words[0].lower() in organization_nouns:
            words = words[1:]
        company = bases.get(" ".join(words))
        if company is not None:
            index.companies[person] = company
            index.companies[" ".join(words)] = company
            del index.persons[person]


def _drop_epithets(index: EntityIndex) -> None:
    """"Sleepy Ana Ruiz" where the article also names "Ana Ruiz": a word that is
    no first name, before a first name, is an epithet, not part of the name; its mentions are
    hers, when the longer form is written once and the shorter more often. "Ignacio Ortega
    Vidal" and "Ortega Vidal", or "Kim Jong Un" and a headline's "Jong Un", stay."""
    names = first_names()
    for person in list(index.persons):
        words = person.split()
        rest = " ".join(words[1:])
        if (len(words) >= 3 and index.persons[person] == 1 and index.persons[rest] > 1
                and words[0].lower() not in names and words[1].lower() in names and words[1].lower() not in PARTICLES):
            index.persons[rest] += index.persons.pop(person)
            index.chains.pop(person, None)


# Person nouns that a company can be too ("the mine's owner, Andes Copper").
_EITHER = frozenset(
    """owner partner member client customer supplier provider operator investor shareholder buyer seller
    tenant landlord employer contractor sponsor donor creditor lender borrower bidder winner""".split()
)


def apposed_to(ent: Span, person_nouns: frozenset[str]) -> Token:
    """The word a name in apposition describes. The parser often hangs the name of "the
    director of the Centre, Ina Kovac," on the last noun of the title: then it is the
    person noun the "of" phrase completes."""
    head = ent.root.head
    prep = head.head
    if (ent.root.dep_ == "appos" and head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for")
            and _person_only(prep.head, person_nouns) and ent.start > 0 and ent.doc[ent.start - 1].text == ","):
        return prep.head
    return head


def _person_only(token: Token, person_nouns: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    return lemma in person_nouns and lemma not in _EITHER


def names_a_medium(name: str) -> bool:
    """"USA Today Network", "Lumen TV", a headline's "Network": a name whose last word makes
    it a news outlet."""
    return _last_word_in(name, _MEDIA_HEADS, least=1)


def names_a_masthead(name: str) -> bool:
    """"Orlando Sentinel", "the Daily Tribune": a name of two words or more whose last is a
    newspaper's masthead word. Not for a person's name ("Emily Post"): callers ask only of
    names that are no person's."""
    name = strip_determiner(name)
    return _last_word_in(name, _MASTHEADS, least=2) and name.split()[-1][:1].isupper()


# Last words of a newspaper's name ("Orlando Sentinel", "Boston Globe"). Not the media nouns
# of cues.yaml: a lower-case "the post" or "the times" is no outlet.
_MASTHEADS = frozenset(("times", "post", "journal", "herald", "tribune", "sentinel", "gazette", "chronicle",
                        "inquirer", "examiner", "courier", "dispatch", "enquirer", "ledger", "courant", "globe",
                        "news", "bulletin", "picayune", "star-tribune", "star-ledger", "journal-constitution"))
# Nouns only an outlet is: "the newspaper" names no one else ("the paper" may be a white
# paper, "the agency" a ministry's).
OUTLET_NOUNS = frozenset(("newspaper", "network", "broadcaster", "channel", "outlet", "tabloid", "magazine"))
# Last words of an outlet's name that are no family name ("press", "daily" can be).
_MEDIA_HEADS = OUTLET_NOUNS | {"networks", "broadcasting", "television", "tv", "radio", "media"}


def names_a_thing(name: str, thing_nouns: frozenset[str]) -> bool:
    """"Hale Tower", "Ruiz Act": a name whose last word makes it a place, event or document."""
    return _last_word_in(name, thing_nouns, least=2)


def _last_word_in(name: str, nouns: frozenset[str], least: int) -> bool:
    """Whether ``name`` has at least ``least`` words and its last is one of ``nouns``."""
    words = name.split()
    return len(words) >= least and words[-1].lower() in nouns


def _proper_run(token: Token, deep: bool) -> list[Token]:
    """The capitalised proper-noun compounds right before ``token``, and ``token``: those of
    the head only, or (``deep``, for a body's name) of one another too ("United" hangs on
    "Nations" in "United Nations Security Council")."""
    run = [token]
    while run[0].i > 0:
        left = token.doc[run[0].i - 1]
        if not (left.dep_ == "compound" and left.pos_ == "PROPN" and left.text[:1].isupper()
                and (left.head in run if deep else left.head.i == token.i)):
            break
        run.insert(0, left)
    return run


def build_index(doc: Doc, person_nouns: frozenset[str] = frozenset(),
                organization_nouns: frozenset[str] = frozenset(),
                thing_nouns: frozenset[str] = frozenset()) -> EntityIndex:
    """Index the article's entities. A name introduced with a person noun in apposition
    ("Fyodor Tertitskiy, an expert on ...", "the spokesman, Arno Kask") counts as a person
    whatever its NER label."""
    index = EntityIndex(text=text_of(doc))
    for ent in ents_of(doc)[0]:
        name = entity_name(ent, person_nouns)
        if not name:
            continue
        # NER may call a person anything ("Ines Varga, chief economist at ..." as a product)
        appos = _appositive(ent) if ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                                       "QUANTITY") else None
        # "the utility's spokesman, Arno Kask": a name in apposition to a person noun
        title = apposed_to(ent, person_nouns)
        plain = not any(t.lower_ in organization_nouns for t in ent)
        titled = plain and ent.start > 0 and (
            (ent.root.dep_ == "appos" and _person_only(title, person_nouns) and doc[ent.start - 1].text == ",")
            # "opposition lawmaker Diego Marin": a person noun right before the name
            or _person_only(doc[ent.start - 1], person_nouns)
        )
        # "Carla Diaz" tagged an organisation: a listed first name and a family name, no body's noun
        named_like_a_person = (ent.label_ == "ORG" and 2 <= len(name.split()) <= 3 and name_gender(name) is not None
                               and all(t.is_title for t in ent if t.is_alpha)
                               and not any(t.lower_ in organization_nouns for t in ent))
        is_person = (ent.label_ == "PERSON" and not names_a_medium(name)) or named_like_a_person or (
            (titled or (appos is not None and appos[0].lemma_.lower() in person_nouns)) and len(name.split()) > 1
        )
        if names_a_thing(name, thing_nouns):
            continue
        if " " not in name and (name.lower() in person_nouns or name.lower() in organization_nouns):
            continue  # "Candidate is expected to ...": a common noun capitalised by a headline, no name
        if is_person and all(t.pos_ == "PROPN" or t.is_punct for t in ent if t.tag_ != "POS"):
            index.persons[name] += 1
            index.first_seen.setdefault(name, ent.start_char)
            role = _role_before(ent, name)
            if role:
                index.titles.append(Description(role.split()[-1].lower(), name, role, ent.start_char))
            if appos:
                noun, text = appos
                index.descriptions.append(Description(noun.lemma_.lower(), name, text, _name_start(ent, name)))
                index.titles.append(Description(noun.lemma_.lower(), name, text, ent.start_char))
                role = role or text
            elif titled and ent.root.dep_ == "appos" and title.i < ent.start and title.tag_ == "NN":
                # "Ana Ruiz's campaign manager, Carl Vance,": the title before the name (a
                # plural one, "hosts Jim Arlo and Bea Tam", stands for no one of them)
                words = [t for t in title.subtree if t.i < ent.start and not (t.is_punct and t.i >= title.i)]
                text = strip_determiner(text_of(doc)[words[0].idx : title.idx + len(title)]) if words else title.text
                index.titles.append(Description(title.lemma_.lower(), name, text, ent.start_char))
            if role and (name not in index.roles or bare_title(index.roles[name])):
                index.roles[name] = role  # an office given later outranks a bare "Sen."
        elif ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
            index.organizations[name] += 1
            index.first_seen.setdefault(name, ent.start_char)
            head = ent.root
            if ent.label_ == "ORG":
                index.descriptions.append(Description(head.lemma_.lower(), name, name, _name_start(ent, name)))
    for token in doc:
        # Proper-noun chains NER did not call a person: "Defense Grant Shapps" -> "Grant Shapps".
        if token.pos_ == "PROPN" and token.dep_ != "compound" and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE"):
            chain = _proper_run(token, deep=True)
            if token.ent_type_ == "PERSON" or any(t.lower_ in person_nouns or t.lower_ in HONORIFICS or t.lower_ in PARTY_WORDS
                                                  or t.lower_ in first_names() for t in chain):
                # a person's: a title's own compounds ("Senate Majority Whip") are no part of the name
                chain = _proper_run(token, deep=False)
            honorific = ""
            titled = []
            while chain and (chain[0].lower_ in person_nouns or chain[0].lower_ in HONORIFICS
                             or chain[0].lower_ in organization_nouns  # a headline's "Chipmaker Lumenar"
                             or chain[0].lower_ in PARTY_WORDS):  # "Republican Tom Hale"
                honorific = HONORIFICS.get(chain[0].lower_, honorific)
                if (chain[0].lower_ not in organization_nouns and chain[0].lower_ not in PARTY_WORDS
                        and chain[0].lower_ not in COURTESY_TITLES):
                    titled.append(chain[0])  # a party says nothing of a person: "Republican National Convention"
                chain = chain[1:]  # titles are roles, not names: "General Jens Stoltenberg", "Ms. Park"
            prev = doc[chain[0].i - 1] if chain and chain[0].i > 0 else None
            if prev is not None and prev.lower_ in HONORIFICS:
                honorific = HONORIFICS[prev.lower_]
            if chain and honorific:
                written = text_of(doc)[chain[0].idx : token.idx + len(token)]
                if index.gender.setdefault(written, honorific) != honorific:
                    index.both_genders.add(written)  # "Mr. Dorn" and "Mrs. Dorn": a couple
            chain = _from_first_name(chain)
            if (len(chain) >= 2 and all(t.text[:1].isupper() for t in chain) and token.lower_ not in thing_nouns
                    and token.lower_ not in _MEDIA_HEADS):
                text = text_of(doc)[chain[0].idx : token.idx + len(token)]
                index.chains[text] += 1
                index.first_seen.setdefault(text, chain[0].idx)
                if token.ent_type_ != "PERSON" and text not in index.organizations and (
                        titled or name_gender(text) is not None):
                    # a name NER missed, told by a title before it ("Gov. Ana Ruiz") or a first name
                    index.persons[text] += 1
                    if titled:
                        title = text_of(doc)[titled[0].idx : titled[-1].idx + len(titled[-1])]
                        index.titles.append(Description(titled[-1].lower_, text, title, titled[0].idx))
                        index.roles.setdefault(text, title)
    _unmask_companies(index, organization_nouns)
    _drop_epithets(index)
    for match in _ACRONYM_IN_PARENS.finditer(text_of(doc)):
        full, acronym = strip_determiner(match.group(1).strip()), match.group(2).replace(".", "")
        words = full.split()
        # keep as many trailing words as the acronym needs
        for k in range(len(words), 0, -1):
            if initials(" ".join(words[-k:])) == acronym:
                index.acronyms[acronym] = " ".join(words[-k:])
                break
    return index
