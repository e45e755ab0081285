"""The library's entry points: parse -> detect -> attribute -> bind, one article or many."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from attrib.attribute import SpeakerResolver, build_index
from attrib.attribute.keys import link_speakers, load_aliases
from attrib.bind import find_via, inherit_via, resolve_same
from attrib.detect import Found, detect, find_quotes
from attrib.detect.claim import claim_events, claim_frame
from attrib.detect.quotes import QUOTE_MARKS
from attrib.detect.spans import TYPOGRAPHIC_SPACES, inside_quote
from attrib.doctext import ents_in, remember_text, text_of
from attrib.errors import AttribError, LoadError
from attrib.lexicon import Lexicon, load_lexicon
from attrib.load import article_from_text
from attrib.models import Article, Attribution, Content, ExtractionError, Span, Speaker, bind_article
from attrib.parse import load_nlp, split_for_parse, token_estimate

BATCH_SIZE = 32
BATCH_TOKENS = 25_000  # about this many tokens parsed together (always at least one text)


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text_of(doc)[start:end])


def _content(doc: Doc, record: Found) -> Content:
    fragments = [_span(doc, *f) for f in record.fragments] if record.fragments else None
    return Content(start=record.content[0], end=record.content[1], text=text_of(doc)[slice(*record.content)],
                   fragments=fragments)


_REQUEST = re.compile(r"(?:[\w'\u2019.-]+\s+){0,3}to\s")  # "asked her to call ...": a request


def _asks(text: str, record: Found) -> bool:
    """A question ("asked whether ...", "asked X about Y", '"Will you?" she asked'), not a
    request ("asked her to call him")."""
    if record.cue is None or not text[record.cue[0] : record.cue[1]].lower().startswith("ask"):
        return False
    content = text[record.content[0] : record.content[1]].strip(" ," + QUOTE_MARKS)
    return content.endswith("?") or not _REQUEST.match(content)


def attributions_from_doc(doc: Doc, doc_id: str, *, lexicon: Optional[Lexicon] = None) -> list[Attribution]:
    """Detect, attribute and bind every statement of a parsed article."""
    lexicon = lexicon or load_lexicon()
    quotes = find_quotes(text_of(doc))
    found = detect(doc, lexicon=lexicon, quotes=quotes)
    resolver = SpeakerResolver(doc, build_index(doc, lexicon.person_nouns, lexicon.organization_nouns, lexicon.thing_nouns), lexicon, [(q.start, q.end) for q in quotes])
    speakers = []
    for record in found:
        if record.method in ("continuation", "split-quote") and speakers:
            # The speaker of the record it continues (the nearest earlier one with the same mention).
            prev = next(
                (s for r, s in zip(reversed(found[: len(speakers)]), reversed(speakers)) if r.mention == record.mention),
                speakers[-1],
            )
            cont = prev.model_copy(update={"resolution": "continuation"} if record.method == "continuation" else {})
            speakers.append(cont)
        elif record.method == "unattributed":
            speakers.append(Speaker(type="unknown", resolution="unattributed"))  # ANNOTATION.md 3c
        else:
            # who asks a question does not answer it: an asker is no antecedent for the "he said" after it
            asks = _asks(text_of(doc), record)
            speakers.append(resolver.resolve(record.mention, asks=asks))
    cue_tokens = [_token_at(doc, r.cue[0]) if r.cue else None for r in found]
    vias = resolve_same([r.via or find_via(doc, tok, r.method, lexicon, r.content) for r, tok in zip(found, cue_tokens)])
    dated = []
    for r, tok in zip(found, cue_tokens):
        # A date in the attribution frame (not in the quoted content) marks a new occasion.
        anchor = tok or _token_at(doc, r.content[0])
        frame_dates = [] if anchor is None else [
            e for e in ents_in(anchor.sent) if e.label_ == "DATE" and not (r.content[0] <= e.start_char < r.content[1])
            and not inside_quote(e.start_char, quotes)  # a date in another statement's quote is not the occasion
        ]
        dated.append(bool(frame_dates))
    vias = inherit_via(vias, [s.name for s in speakers], dated)
    sentence_starts = [sent.start for sent in doc.sents]
    out = []
    for n, (record, speaker, via, tok) in enumerate(zip(found, speakers, vias, cue_tokens), start=1):
        anchor = tok or _token_at(doc, record.content[0])
        pieces = record.fragments or (record.content,)  # what was said, without an interrupting frame
        out.append(
            Attribution(
                id=f"{doc_id}#{n}",
                doc_id=doc_id,
                kind=record.kind,  # type: ignore[arg-type]
                content=_content(doc, record),
                speaker=speaker,
                cue=_span(doc, *record.cue) if record.cue else None,
                via=via,
                core=record.core,
                confidence=record.confidence,
                sentence=bisect_right(sentence_starts, anchor.i) - 1 if anchor is not None else None,
                method=record.method,
                frame=next(filter(None, (claim_frame(doc, *p) for p in pieces)), None),
                events=[e for p in pieces for e in claim_events(doc, *p)],
            )
        )
    return out


@dataclass
class Result:
    """The records of one article, or the error that stopped it."""

    article: Article
    attributions: list[Attribution]
    error: Optional[ExtractionError] = None


class Extractor:
    """Holds the pipeline and lexicon; extracts articles in batches with ``nlp.pipe``."""

    def __init__(
        self,
        model: Optional[str] = None,
        lexicon: Optional[str] = None,
        batch_size: int = BATCH_SIZE,
        aliases: Optional[str] = None,
    ):
        self.nlp: Language = load_nlp(model)
        self.lexicon = load_lexicon(lexicon)
        self.aliases = load_aliases(aliases)
        self.batch_size = batch_size

    def _records(self, doc: Doc, doc_id: str) -> list[Attribution]:
        """One article's records, with speaker keys linked within the article."""
        return link_speakers(attributions_from_doc(doc, doc_id, lexicon=self.lexicon), self.aliases)

    def link(self, records: list[Attribution]) -> list[Attribution]:
        """Link speaker keys across a batch of articles (see attrib.attribute.keys)."""
        return link_speakers(records, self.aliases)

    def extract_text(self, text: str, doc_id: str = "doc") -> list[Attribution]:
        return self._records(remember_text(self.nlp(for_parse(text)), text), doc_id)

    def run_paths(self, paths: Iterable[str], *, outlet: Optional[str] = None) -> Iterator[Result | LoadError]:
        """Load and extract files and folders, streaming; unreadable sources come out as LoadErrors."""
        from attrib.load import iter_articles

        failures: list[LoadError] = []

        def articles() -> Iterator[Article]:
            for item in iter_articles(paths, outlet=outlet):
                if isinstance(item, LoadError):
                    failures.append(item)
                else:
                    yield item

        for result in self.run(articles()):
            while failures:
                yield failures.pop(0)
            yield result
        yield from failures

    def _pipe(self, items: Iterable[tuple[str, object]]) -> Iterator[tuple[Doc, object]]:
        """``nlp.pipe`` over (text, context) pairs, in batches bounded in count and in tokens:
        memory follows the tokens in flight, so the parts of a long article go a few at a
        time, not ``batch_size`` parts of 20,000 characters at once."""
        for group in _batches(items, self.batch_size, BATCH_TOKENS):
            yield from self.nlp.pipe(group, as_tuples=True, batch_size=len(group))

    def run(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Yield one Result per article, in order; a failing article does not stop the batch.

        Long articles are parsed in parts (see :func:`attrib.parse.split_for_parse`) and
        their records put back at the article's offsets.
        """

        def parts() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
            for article in articles:
                pieces = split_for_parse(article.text)
                for n, (offset, text) in enumerate(pieces):
                    yield for_parse(text), (article, offset, n == len(pieces) - 1, text)

        pending: list[Attribution] = []
        failure: Optional[str] = None
        for doc, (article, offset, last, text) in self._pipe(parts()):
            remember_text(doc, text)
            try:
                records = attributions_from_doc(doc, article.id, lexicon=self.lexicon)
                pending.extend(shift_records(records, offset) if offset else records)
            except Exception as exc:  # one bad article must not stop the batch
                failure = failure or f"extraction failed: {exc.__class__.__name__}: {exc}"
            if not last:
                continue
            if failure is not None:
                yield Result(article, [], ExtractionError(source=article.source or article.id, message=failure))
            else:
                numbered = [r.model_copy(update={"id": f"{article.id}#{n}"}) for n, r in enumerate(pending, start=1)]
                yield Result(article, bind_article(link_speakers(numbered, self.aliases), article))
            pending, failure = [], None


_AS_SPACE = str.maketrans(dict.fromkeys(TYPOGRAPHIC_SPACES, " "))
_FOREIGN_OPENING = "\u201e\u300c\u300e"  # „ 「 『


def for_parse(text: str) -> str:
    """The text the parser reads, one character for one so that every offset holds (records
    quote the article's own characters, see ``remember_text``): typographic spaces as plain
    ones ('said.\u00a0"We ...'), so that they are whitespace between tokens, not tokens; and
    a quotation mark typed as two apostrophes (''We will win,'' she said), which the parser
    misreads, as a straight double quote where :func:`attrib.detect.find_quotes` puts the
    mark (the opening pair's first character, the closing pair's last) and a space; the
    marks it does not know as quotation marks („…“, 「…」) as curly English ones; and an
    opening curly mark that closes a quote as a closing one."""
    chars = list(text.translate(_AS_SPACE))
    for q in find_quotes(text):
        if text[q.open_mark] in _FOREIGN_OPENING:
            chars[q.open_mark] = "\u201c"
            if q.closed:
                chars[q.close_mark] = "\u201d"
        elif q.closed and text[q.close_mark] == "\u201c":
            chars[q.close_mark] = "\u201d"  # an opening mark typed for the closing one
        if text.startswith("''", q.open_mark):
            chars[q.open_mark : q.open_mark + 2] = '" '
        if q.closed and q.close_mark - 1 >= q.end and text.startswith("''", q.close_mark - 1):
            chars[q.close_mark - 1 : q.close_mark + 1] = ' "'
    return "".join(chars)


def _batches(items: Iterable[tuple[str, object]], size: int, budget: int) -> Iterator[list[tuple[str, object]]]:
    """Groups of at most ``size`` texts and about ``budget`` tokens (at least one text)."""
    group: list[tuple[str, object]] = []
    total = 0
    for item in items:
        weight = token_estimate(item[0])
        if group and (len(group) >= size or total + weight > budget):
            yield group
            group, total = [], 0
        group.append(item)
        total += weight
    if group:
        yield group


def shift_records(records: list[Attribution], offset: int) -> list[Attribution]:
    """Records of a part moved to the offsets of the whole article."""

    def move(span: Optional[Span]) -> Optional[Span]:
        return None if span is None else span.model_copy(update={"start": span.start + offset, "end": span.end + offset})

    out = []
    for r in records:
        speaker = r.speaker.model_copy(update={"mention": move(r.speaker.mention), "antecedent": move(r.speaker.antecedent)})
        content = move(r.content)
        if r.content.fragments:
            content = content.model_copy(update={"fragments": [move(f) for f in r.content.fragments]})
        out.append(r.model_copy(update={"content": content, "cue": move(r.cue), "speaker": speaker}))
    return out


def extract(
    text: str, *, model: Optional[str] = None, lexicon: Optional[str] = None, aliases: Optional[str] = None, **metadata
) -> list[Attribution]:
    """Attributions of one article text. ``metadata``: doc_id, outlet, published, title, url."""
    doc_id = str(metadata.pop("doc_id", metadata.pop("id", "doc")))
    article = article_from_text(text, doc_id=doc_id, **metadata)  # validates metadata like the loaders do
    return bind_article(Extractor(model=model, lexicon=lexicon, aliases=aliases).extract_text(text, doc_id), article)


__all__ = ["Extractor", "Result", "attributions_from_doc", "extract", "AttribError", "LoadError", "Found"]
