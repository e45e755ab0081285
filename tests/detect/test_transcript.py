"""Transcripts: paragraphs opened by a speaker's label in capitals (detect/transcript.py)."""

TRANSCRIPT = (
    'On Sunday, Carl Vance appeared on "Meet the Nation".\n\n'
    "Partial transcript as follows:\n\n"
    '"ASHBY: Will you be at the debate tomorrow? And will she?\n\n'
    '"VANCE: Well, look, I will be there. It is serious business.\n\n'
    '"(CROSSTALK.)\n\n'
    '"But the truth is that the voters have a choice to make.\n\n'
    '"ASHBY: Do you really see those two as equivalent?\n\n'
    '"Follow Ann Key on Twitter @annkey."\n\n'
    "EXCLUSIVE: The campaign of Carl Vance is broke.\n"
)


def test_each_labelled_paragraph_is_its_speakers(extract):
    records = extract(TRANSCRIPT)
    got = [(r.content.text, r.speaker.mention.text, r.speaker.name) for r in records]
    assert got == [
        # the host, whom no sentence names, is the label as printed
        ("Will you be at the debate tomorrow? And will she?", "ASHBY", "ASHBY"),
        ("Well, look, I will be there. It is serious business.", "VANCE", "Carl Vance"),
        # a quoted paragraph with no label goes on with the speaker; the stage direction says nothing
        ("But the truth is that the voters have a choice to make.", "VANCE", "Carl Vance"),
        ("Do you really see those two as equivalent?", "ASHBY", "ASHBY"),
    ]
    assert all(r.kind == "direct" for r in records)


def test_a_label_that_names_no_one_is_no_speaker(extract):
    # "EXCLUSIVE:" once, and no person of that name: a heading, not a transcript
    text = "Carl Vance met donors in Dover.\n\nEXCLUSIVE: Vance plans to run for the Senate next year.\n"
    assert extract(text) == []
