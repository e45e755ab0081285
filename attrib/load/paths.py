"""Files and folders -> articles. Bad sources become LoadErrors; the batch goes on.

The id of an article read from a file (unless its front matter gives one) is its path
from the folder given, led by that folder's name: ``2024-06-01/index`` for
``attrib extract 2024-06-01``; a file given by itself is named as if its own folder had
been given (``2024-06-01/index`` for ``attrib extract 2024-06-01/index.txt``). So the
``index.txt`` of two dated folders are two articles.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Optional

from attrib.errors import LoadError
from attrib.load.decode import decode_text
from attrib.load.html import load_html
from attrib.load.jsonl import iter_jsonl
from attrib.load.text import load_txt
from attrib.models import Article

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def file_doc_id(path: Path, folder: Optional[Path] = None) -> str:
    """The id of the article in ``path``, found under the ``folder`` given (or given itself)."""
    base = Path(os.path.abspath(folder if folder is not None else path.parent))
    inside = Path(os.path.abspath(path)).relative_to(base).with_suffix("").as_posix()
    return f"{base.name}/{inside}" if base.name else inside


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | LoadError]:
    """Article files below ``folder`` in name order; a LoadError for each subfolder that cannot
    be listed, each broken symbolic link and each article-named entry that is not a regular
    file (a FIFO would block the run). Symbolic links to folders are followed, once each."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield LoadError(str(folder), f"cannot read folder ({exc.strerror or exc.__class__.__name__})")
        return
    for entry in entries:
        path = Path(entry.path)
        article_name = path.suffix.lower() in SUFFIXES
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:
            yield LoadError(str(path), f"cannot read ({exc.strerror or exc.__class__.__name__})")
            continue
        if is_dir:
            yield from _walk(path, seen)
        elif is_file:
            if article_name:
                yield path
        elif entry.is_symlink() and not path.exists():
            if article_name or not path.suffix:
                yield LoadError(str(path), f"broken symbolic link (to {os.readlink(path)})")
        elif article_name:
            yield LoadError(str(path), "not a regular file (a FIFO, socket or device); not read")


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | LoadError]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, set()):
                yield found if isinstance(found, LoadError) else (found, file_doc_id(found, path))
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                yield LoadError(str(path), f"unsupported file type '{path.suffix}'; use .txt, .html or .jsonl")
            else:
                yield path, file_doc_id(path)
        elif path.exists():
            yield LoadError(str(path), "not a regular file or folder")
        elif path.is_symlink():
            yield LoadError(str(path), f"broken symbolic link (to {os.readlink(path)})")
        else:
            yield LoadError(str(path), "no such file or folder")


# The first line of every Markdown output and a meta tag of the HTML report: attrib's own
# outputs found in an input folder are skipped, never read as articles.
OUTPUT_MARK = "<!-- written by attrib: an output, not an article -->"
HTML_GENERATOR = '<meta name="generator" content="attrib">'


def own_output(raw: str) -> bool:
    """True for text attrib wrote (a Markdown table or an HTML report)."""
    return raw.lstrip("\ufeff").startswith(OUTPUT_MARK) or HTML_GENERATOR in raw[:4096]


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file, through symbolic and hard links."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)


def input_conflict(paths: Iterable[str | Path], out: str | Path) -> Optional[str]:
    """Why writing ``out`` would destroy or pollute the inputs ``paths``, or None: ``out`` is
    one of the input files, or lies in an input folder where a later run would read it (a
    symbolic link to the folder is the folder)."""
    target = Path(os.path.realpath(out))
    for given in paths:
        path = Path(os.path.realpath(given))
        if same_file(target, path):
            return f"{out}: is an input of this run; write the output elsewhere"
        if path.is_dir() and path in target.parents and target.suffix.lower() in SUFFIXES:
            return (f"{out}: is inside the input folder {given}, where it would be read as an article; "
                    "write it elsewhere")
    return None


def own_file_conflict(own: dict[str, Optional[str | Path]], out: str | Path) -> Optional[str]:
    """Why writing ``out`` would destroy a file the run reads besides its articles, or None:
    ``own`` maps what each is ("the store") to its path (None: the run has none)."""
    for what, path in own.items():
        if path is not None and same_file(out, path):
            return f"{out}: is {what} of this run; write the output elsewhere"
    return None


def folder_conflict(paths: Iterable[str | Path], out: str | Path) -> Optional[str]:
    """Why writing into the folder ``out`` would pollute the inputs ``paths``, or None: it is
    an input folder or lies inside one (its files would be read as articles next time)."""
    target = Path(os.path.realpath(out))
    for given in paths:
        path = Path(os.path.realpath(given))
        if path.is_dir() and (target == path or path in target.parents):
            return (f"{out}: is inside the input folder {given}, where its files would be read as articles; "
                    "write it elsewhere")
    return None


def _load_file(path: Path, doc_id: str, outlet: Optional[str]) -> Iterator[Article | LoadError]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield LoadError(source, f"cannot read ({exc.strerror or exc.__class__.__name__})")
        return
    try:
        raw, note = decode_text(data, source)
        kind = SUFFIXES[path.suffix.lower()]
        if kind != "jsonl" and own_output(raw):
            yield LoadError(source, "written by attrib (a report or table), not an article")
        elif kind == "jsonl":
            for item in iter_jsonl(raw, source=source, outlet=outlet):
                if note and isinstance(item, Article):  # said once for the file, with its first article
                    item, note = _noted(item, f"{source}: {note}"), None
                yield item
        elif not raw.strip():
            yield LoadError(source, "empty article" if not data else "article has only whitespace")
        elif kind == "html":
            yield _noted(load_html(raw, doc_id=doc_id, source=source, outlet=outlet), note and f"{source}: {note}")
        else:
            yield _noted(load_txt(raw, doc_id=doc_id, source=source, outlet=outlet), note and f"{source}: {note}")
    except LoadError as exc:
        yield exc


def _noted(article: Article, note: Optional[str]) -> Article:
    return article.model_copy(update={"notes": [*article.notes, note]}) if note else article


def iter_articles(paths: Iterable[str | Path], *, outlet: Optional[str] = None) -> Iterator[Article | LoadError]:
    """Yield each article found under ``paths`` (files and folders, recursively), in order.

    A source that cannot be read yields a :class:`LoadError` instead, and loading goes on.
    ``outlet`` overrides the outlet of every article.
    """
    for item in _expand(paths):
        if isinstance(item, LoadError):
            yield item
        else:
            yield from _load_file(*item, outlet)


def load_articles(paths: Iterable[str | Path], *, outlet: Optional[str] = None) -> tuple[list[Article], list[LoadError]]:
    """Load everything at once: (articles, errors)."""
    articles: list[Article] = []
    errors: list[LoadError] = []
    for item in iter_articles(paths, outlet=outlet):
        (errors if isinstance(item, LoadError) else articles).append(item)
    return articles, errors
