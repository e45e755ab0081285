"""Issue 18, point 16: cost grows about linearly with the text, memory stays bounded, and
the parts a long article is parsed in never cut a quotation."""

import json
import subprocess
import sys
import textwrap

from attrib.load import article_from_text
from attrib.parse import PART_TOKENS, split_for_parse, token_estimate

SENTENCE = "The new clinic will treat every child in the valley free of charge from the first day. "
LONG_QUOTE = "Intro line of the story.\n\n\u201c" + SENTENCE * 300 + "\u201d said Vera Lind, the health minister.\n"


def test_pathological_parts_never_cut_a_quotation(extractor):
    text = ("Background paragraph about the valley and its people.\n\n" * 200) + LONG_QUOTE
    assert len(text) > 30_000
    parts = split_for_parse(text)
    quote_start = text.index("\u201c")
    assert any(offset <= quote_start and offset + len(part) > text.index("\u201d") for offset, part in parts)
    (result,) = list(extractor.run([article_from_text(text, doc_id="q")]))
    (record,) = [r for r in result.attributions if r.content.start >= quote_start - 1]
    assert record.kind == "direct" and record.speaker.name == "Vera Lind"
    assert record.content.start <= quote_start + 1 and record.content.end >= text.index("\u201d") - 1


def test_pathological_parts_are_bounded_in_tokens():
    text = ('"' * 10 + " ") * 9000
    parts = split_for_parse(text)
    assert "".join(part for _, part in parts) == text
    assert all(token_estimate(part) <= PART_TOKENS for _, part in parts)


def test_pathological_cost_is_linear_and_memory_bounded():
    script = textwrap.dedent('''
        import json, resource, sys, time
        from attrib.load import article_from_text
        from attrib.pipeline import Extractor
        extractor = Extractor()
        list(extractor.run([article_from_text("Warm up, she said.", doc_id="w")]))
        times = []
        for n in (12_500, 50_000):
            text = ('"' * 10 + " ") * (n // 11)
            start = time.perf_counter()
            list(extractor.run([article_from_text(text, doc_id="q")]))
            times.append(time.perf_counter() - start)
        print(json.dumps({"times": times, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    ''')
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=True)
    measured = json.loads(out.stdout.strip().splitlines()[-1])
    small, large = measured["times"]
    assert large < 6 * small, measured  # four times the text: about four times the time
    assert measured["mb"] < 700, measured  # the model and a bounded batch of parts (910 MB before)


def test_pathological_long_line_is_parsed_a_few_parts_at_a_time():
    from attrib.pipeline import BATCH_SIZE, BATCH_TOKENS, _batches

    line = "The mayor said the ferry would stop in May, and critics said the costs rose again; " * 5000
    parts = [(part, offset) for offset, part in split_for_parse(line)]
    assert len(parts) > 20 and "\n" not in line
    groups = list(_batches(parts, BATCH_SIZE, BATCH_TOKENS))
    assert [item for group in groups for item in group] == parts  # in order, none lost
    assert all(len(g) == 1 or sum(token_estimate(t) for t, _ in g) <= BATCH_TOKENS for g in groups)
    assert len(groups) > len(parts) // BATCH_SIZE + 1  # not 32 parts of 20,000 characters at once
