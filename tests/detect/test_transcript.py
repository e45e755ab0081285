"""Transcripts: paragraphs opened by a speaker's label in capitals (detect/transcript.py)."""

TRANSCRIPT = (
    'On Sunday, Carl Vance spoke to "Morning Harbour" about the port.\n\n'
    "An excerpt of the interview:\n\n"
    '"ASHBY: Will the port reopen in spring? And who pays for the dredging?\n\n'
    '"VANCE: The port reopens in April. The state pays for the dredging.\n\n'
    '"(CROSSTALK.)\n\n'
    '"And the fishermen get their berths back on the first day.\n\n'
    '"ASHBY: Is that a promise you can keep?\n\n'
    '"Follow Lee Park on Twitter @leepark."\n\n'
    "EXCLUSIVE: The campaign of Carl Vance is broke.\n"
)


def test_each_labelled_paragraph_is_its_speakers(extract):
    records = extract(TRANSCRIPT)
    got = [(r.content.text, r.speaker.mention.text, r.speaker.name) for r in records]
    assert got == [
        # the host, whom no sentence names, is the label as printed
        ("Will the port reopen in spring? And who pays for the dredging?", "ASHBY", "ASHBY"),
        ("The port reopens in April. The state pays for the dredging.", "VANCE", "Carl Vance"),
        # a quoted paragraph with no label goes on with the speaker; the stage direction says nothing
        ("And the fishermen get their berths back on the first day.", "VANCE", "Carl Vance"),
        ("Is that a promise you can keep?", "ASHBY", "ASHBY"),
    ]
    assert all(r.kind == "direct" for r in records)


def test_a_label_that_names_no_one_is_no_speaker(extract):
    # "EXCLUSIVE:" once, and no person of that name: a heading, not a transcript
    text = "Carl Vance met donors in Dover.\n\nEXCLUSIVE: Vance plans to run for the Senate next year.\n"
    assert extract(text) == []
