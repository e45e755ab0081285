"""A shareable, self-contained HTML report: one file, no external assets, works offline.

Every piece of article text goes through :func:`html.escape`; the only script in the
page is attrib's own filter code.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from attrib.load.paths import HTML_GENERATOR
from attrib.models import Article, Attribution, ClaimCluster, WordDiff
from attrib.report.safe import html_escape as escape
from attrib.report.table import outlet_label

_PARAGRAPH = re.compile(r"[^\n]+")

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem;color:#222}
h1{margin:.2rem 0}h2{border-bottom:2px solid #ddd;margin-top:2rem}
.counts span{display:inline-block;margin:0 1.2rem .4rem 0}.counts b{font-size:1.3rem}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee;z-index:2}
.filters select{margin-right:1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem;vertical-align:top;text-align:left}
mark.attr{background:#fff3b0;border-radius:3px;cursor:pointer;position:relative}
mark.kind-direct{background:#ffe08a}mark.kind-indirect{background:#cfe8ff}mark.kind-mixed{background:#e3d4ff}
mark.attr .tip{display:none;position:absolute;left:0;top:1.6em;background:#222;color:#fff;padding:.3rem .5rem;
  border-radius:4px;font-size:12px;white-space:nowrap;z-index:3}
mark.attr:hover .tip,mark.attr:focus .tip,mark.attr.open .tip{display:block}
.article p{margin:.5rem 0}.meta{color:#666;font-size:13px}
.flag{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:12px;margin-right:.3rem;color:#fff}
.flag.wording_differs{background:#c0392b}.flag.speaker_differs{background:#8e44ad}.flag.via_differs{background:#d68910}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.hidden{display:none}
"""

_JS = """
(function(){
  var f={speaker:'',outlet:'',kind:''};
  function ok(el){return (!f.speaker||el.dataset.speaker===f.speaker)&&(!f.outlet||el.dataset.outlet===f.outlet)
    &&(!f.kind||el.dataset.kind===f.kind);}
  function apply(){
    document.querySelectorAll('.stmt').forEach(function(el){el.classList.toggle('hidden',!ok(el));});
    document.querySelectorAll('mark.attr').forEach(function(el){el.classList.toggle('dim',!ok(el));
      el.style.opacity=ok(el)?'1':'0.35';});
  }
  ['speaker','outlet','kind'].forEach(function(k){
    var s=document.getElementById('f-'+k); if(s){s.addEventListener('change',function(){f[k]=s.value;apply();});}
  });
  document.querySelectorAll('mark.attr').forEach(function(m){
    m.addEventListener('click',function(){m.classList.toggle('open');});
  });
})();
"""


def _attrs(record: Attribution, outlet: str) -> str:
    return (f' data-speaker="{escape(record.speaker.name or "")}" data-outlet="{escape(outlet)}"'
            f' data-kind="{record.kind}"')


def _tip(record: Attribution) -> str:
    bits = [record.speaker.name or "unknown speaker"]
    if record.speaker.role:
        bits.append(record.speaker.role[:80])
    if record.cue:
        bits.append(f"cue: {record.cue.text}")
    if record.via:
        bits.append(f"via {record.via}")
    return escape(" \u00b7 ".join(bits))


def _highlighted(article: Article, records: Sequence[Attribution]) -> str:
    """The article text as paragraphs, each statement wrapped in a <mark> (outermost spans only).

    A statement over several paragraphs gets one <mark> per paragraph (the first holds its
    id), each with its own hover text: elements never straddle a paragraph, so the browser
    has nothing to repair and no hover text leaks into the body."""
    text = article.text
    outlet = article.outlet or ""
    spans, last_end = [], -1
    for r in sorted(records, key=lambda r: (r.content.start, -r.content.end)):
        if r.content.start >= last_end and r.content.end > r.content.start:
            spans.append(r)
            last_end = r.content.end
    paragraphs, first = [], 0
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while first < len(spans) and spans[first].content.end <= start:
            first += 1
        pieces, pos, n = [], start, first
        while n < len(spans) and spans[n].content.start < end:
            r = spans[n]
            lo, hi = max(r.content.start, start), min(r.content.end, end)
            pieces.append(escape(text[pos:lo]))
            anchor = f' id="{escape(r.id)}"' if r.content.start >= start else ""
            pieces.append(f'<mark class="attr kind-{r.kind}" tabindex="0"{_attrs(r, outlet)}{anchor}>'
                          f'{escape(text[lo:hi])}<span class="tip">{_tip(r)}</span></mark>')
            pos = hi
            n += 1
        pieces.append(escape(text[pos:end]))
        if text[start:end].strip():
            paragraphs.append(f"<p>{''.join(pieces)}</p>")
    return "".join(paragraphs)


def _diff_html(diff: Sequence[WordDiff], wording: str) -> str:
    if not diff:
        return escape(wording)
    out = []
    for step in diff:
        if step.op == "equal":
            out.append(escape(step.member))
        if step.op in ("delete", "replace"):
            out.append(f"<del>{escape(step.reference)}</del>")
        if step.op in ("insert", "replace"):
            out.append(f"<ins>{escape(step.member)}</ins>")
    return " ".join(out)


def _options(name: str, values: Sequence[str]) -> str:
    opts = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return f'<label>{name} <select id="f-{name}"><option value="">all</option>{opts}</select></label>'


def render_html(
    records: Sequence[Attribution],
    articles: Sequence[Article],
    clusters: Sequence[ClaimCluster] = (),
    *,
    title: str = "attrib report",
) -> str:
    """The whole report as one HTML document."""
    outlets = {a.id: a.outlet or "" for a in articles}
    labels = {a.id: outlet_label(a.outlet, a.outlet_inferred) for a in articles}
    by_doc: dict[str, list[Attribution]] = defaultdict(list)
    by_speaker: dict[str, list[Attribution]] = defaultdict(list)
    for r in records:
        by_doc[r.doc_id].append(r)
        by_speaker[r.speaker.name or "unknown"].append(r)
    kinds = Counter(r.kind for r in records)
    counts = [("articles", len(articles)), ("statements", len(records)), ("speakers", len(by_speaker)),
              ("outlets", len({o for o in outlets.values() if o})), ("claim clusters", len(clusters))]
    counts += [(k, kinds.get(k, 0)) for k in ("direct", "indirect", "mixed")]
    html = [
        f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{HTML_GENERATOR}",
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        '<section id="overview" class="counts">' + "".join(f"<span><b>{n}</b> {escape(label)}</span>"
                                                          for label, n in counts) + "</section>",
        '<div class="filters">' + _options("speaker", sorted(by_speaker)) +
        _options("outlet", sorted({o for o in outlets.values() if o})) +
        _options("kind", ["direct", "indirect", "mixed"]) + "</div>",
        '<h2>Speakers</h2><table id="speakers"><tr><th>speaker</th><th>kind</th><th>statement</th><th>outlet</th></tr>',
    ]
    for name in sorted(by_speaker, key=lambda n: (-len(by_speaker[n]), n.casefold())):
        for r in by_speaker[name]:
            outlet = outlets.get(r.doc_id, "")
            role = f'<div class="meta">{escape(r.speaker.role)}</div>' if r.speaker.role else ""
            html.append(
                f'<tr class="stmt"{_attrs(r, outlet)}><td>{escape(name)}{role}</td><td>{r.kind}</td>'
                f'<td><a href="#{escape(r.id)}">{escape(" ".join(r.content.text.split()))}</a></td>'
                f"<td>{escape(labels.get(r.doc_id, outlet))}<div class=\"meta\">{escape(r.doc_id)}{' via ' + escape(r.via) if r.via else ''}"
                "</div></td></tr>"
            )
    html.append("</table>")
    if clusters:
        html.append('<h2>Same claim, several sources</h2><div id="clusters">')
        for c in clusters:
            flags = "".join(f'<span class="flag {f}">{f}</span>' for f in c.flags)
            html.append(f'<section class="cluster"><h3>{escape(c.id)} \u00b7 {c.level} level {flags}</h3><table>'
                        "<tr><th>source</th><th>wording (<del>reference</del> <ins>this source</ins>)</th>"
                        "<th>similarity</th></tr>")
            for m in c.details:
                ref = " (reference)" if m.reference else ""
                html.append(
                    f'<tr class="member"><td><b>{escape(m.speaker.name or "?")}</b><div class="meta">'
                    f"{escape(outlet_label(m.outlet, m.outlet_inferred))} {escape(m.doc_id)}{' via ' + escape(m.via) if m.via else ''}{ref}"
                    f'</div></td><td class="diff">{_diff_html(m.diff, m.wording)}</td><td>{m.similarity:.2f}</td></tr>'
                )
            html.append("</table></section>")
        html.append("</div>")
    html.append("<h2>Articles</h2>")
    for a in articles:
        meta = " \u00b7 ".join(x for x in (labels[a.id], str(a.published or ""), a.id) if x)
        evidence = f' title="outlet inferred from: {escape(a.outlet_evidence)}"' if a.outlet_inferred and a.outlet_evidence else ""
        html.append(f'<article class="article" id="doc-{escape(a.id)}"><h3>{escape(a.title or a.id)}</h3>'
                    f'<div class="meta"{evidence}>{escape(meta)}</div>{_highlighted(a, by_doc.get(a.id, []))}</article>')
    html.append(f"<script>{_JS}</script>")
    html.append(f"<script type=\"application/json\" id=\"attrib-data\">{_json_island(records)}</script>")
    html.append("</body></html>")
    return "\n".join(html)


def _json_island(records: Sequence[Attribution]) -> str:
    """The records as JSON for tools, safe inside a <script> element."""
    text = json.dumps([r.model_dump(mode="json") for r in records], ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
