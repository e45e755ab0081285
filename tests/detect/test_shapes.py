"""Sentence shapes of issue 16 (attrib/detect/direct.py, reported.py, attrib/parse.py), one
test per shape, on sentences written for these tests."""

import pytest


def summary(records):
    return [(r.kind, r.content.text, r.speaker.name, r.cue.text if r.cue else None) for r in records]


def test_shapes_fronted_frame_before_the_speaker(extract):
    text = 'In a letter to the Gazette, the club\'s treasurer, Maya Olsen, said, "The accounts are in order."'
    assert summary(extract(text)) == [("direct", "The accounts are in order.", "Maya Olsen", "said")]


def test_shapes_inverted_document_reads(extract):
    (record,) = extract('"We regret the delay," reads a statement from the city council.')
    assert (record.content.text, record.speaker.name, record.via) == ("We regret the delay,", "city council", "statement")


def test_shapes_inverted_document_says(extract):
    assert summary(extract('"The offer expires on Friday," the memo says.')) == [
        ("direct", "The offer expires on Friday,", "the memo", "says")]  # whose memo: not said (unresolved)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a colon after a cue the tagger took for a noun
        ('Rita Moss was quick to retort: "Nobody asked for this."',
         [("direct", "Nobody asked for this.", "Rita Moss", "retort")]),
        # a colon after a participle
        ('The striker thanked the fans, tweeting: "You carried us tonight."',
         [("direct", "You carried us tonight.", "The striker", "tweeting")]),
        # a comma after a participle under a preposition
        ('The clip ends with Omar Haddad claiming, "They cannot stop us."',
         [("direct", "They cannot stop us.", "Omar Haddad", "claiming")]),
        # a participle with no punctuation before the quote
        ('The singer closed the show, writing "See you next summer" on the screen.',
         [("direct", "See you next summer", "The singer", "writing")]),
    ],
)
def test_shapes_colon_or_comma_after_a_cue_or_participle(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ('Nadia Park said "Wonderful!"', [("direct", "Wonderful!", "Nadia Park", "said")]),
        ('"Exactly!"She said.', [("direct", "Exactly!", "She", "said")]),
        ('He said,"First we fix the roads."', [("direct", "First we fix the roads.", "He", "said")]),
    ],
)
def test_shapes_cue_and_quote_with_no_comma_or_no_space(extract, text, expected):
    assert summary(extract(text)) == expected


def test_shapes_two_quotes_in_one_sentence(extract):
    text = 'Lena Ortiz said, "Good morning!" and then replied, "Fine, thanks."'
    assert summary(extract(text)) == [
        ("direct", "Good morning!", "Lena Ortiz", "said"),
        ("direct", "Fine, thanks.", "Lena Ortiz", "replied"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('"We did it!" exclaimed the captain.', [("direct", "We did it!", "the captain", "exclaimed")]),
        ('"I w-w-was not there," stuttered the clerk.', [("direct", "I w-w-was not there,", "the clerk", "stuttered")]),
        ('"That is rubbish," retorted the chairman.', [("direct", "That is rubbish,", "the chairman", "retorted")]),
        ("The principal mentioned in an email that classes would resume on Monday.",
         [("indirect", "classes would resume on Monday", "principal", "mentioned")]),
        ("The sheriff went on to say that the road would stay closed.",
         [("indirect", "the road would stay closed", "The sheriff", "say")]),
        ('"We will manage," the coach said with a laugh.', [("direct", "We will manage,", "the coach", "said")]),
        # asked, for a quoted question only
        ('"Where did the money go?" asked the auditor.', [("direct", "Where did the money go?", "the auditor", "asked")]),
        ('"The money is gone," asked the auditor.', []),
        # a quote that asks a question inside it
        ('The auditor asked, "Wait, where did the money go? Nobody knows."',
         [("direct", "Wait, where did the money go? Nobody knows.", "The auditor", "asked")]),
    ],
)
def test_shapes_cues_added_to_the_lexicon(extract, text, expected):
    assert summary(extract(text)) == expected


def test_shapes_quote_in_a_participle_clause_is_the_content(extract):
    text = 'The union leader left the hall, saying "we will strike on Friday" to anyone who would listen.'
    assert summary(extract(text)) == [("direct", "we will strike on Friday", "The union leader", "saying")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('Mila Ross continued, "We will not stop until the road is fixed."',
         [("direct", "We will not stop until the road is fixed.", "Mila Ross", "continued")]),
        ('As the mayor, Ida Fox, put it, "Nobody wins a price war."',
         [("direct", "Nobody wins a price war.", "Ida Fox", "put it")]),
    ],
)
def test_shapes_continued_and_put_it_hand_on_a_quote(extract, text, expected):
    assert summary(extract(text)) == expected


def test_shapes_inverted_cue_opening_the_sentence_before_a_colon(extract):
    assert summary(extract('Added the mayor: "We will rebuild every house."')) == [
        ("direct", "We will rebuild every house.", "the mayor", "Added")]


def test_shapes_document_reads_after_the_quote(extract):
    records = extract('"We see hope for our children," the letter reads. "Our support is not abstract."')
    assert [(r.content.text, r.speaker.name, r.cue.text if r.cue else None) for r in records] == [
        ("We see hope for our children,", "the letter", "reads"), ("Our support is not abstract.", "the letter", "reads")]
    assert extract('"We will win," she reads aloud to the crowd.') == []  # a person reading is not a document


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle under a preposition, its clause's subject two conjuncts up
        ("Mara Quill took the stage and opened by saying she would not run again.",
         [("indirect", "she would not run again", "Mara Quill", "saying")]),
        # "aside from saying": the clause that has a subject is above the adverb
        ("Ivo Brandt declined to name a date, aside from saying the vote would come soon.",
         [("indirect", "the vote would come soon", "Ivo Brandt", "saying")]),
        # a fronted participle phrase belongs to the subject after it, passive or not
        ("After saying the knee was sore, Mara Quill was taken to a clinic.",
         [("indirect", "the knee was sore", "Mara Quill", "saying")]),
        # a participle conjoined with another, whose subject is "each"
        ("The two mayors traded barbs, each citing the budget and saying the other had wasted money.",
         [("indirect", "the other had wasted money", "each", "saying")]),
    ],
)
def test_shapes_participle_cues_find_their_subject(extract, text, expected):
    assert summary(extract(text))[-1:] == expected


def test_shapes_a_cue_tagged_as_a_noun_is_a_verb(extract):
    # the tagger reads "claims" as a plural noun; a root with a subject and a clause speaks
    assert summary(extract("But Tess Varga claims that the fund was never audited.")) == [
        ("indirect", "the fund was never audited", "Tess Varga", "claims")]


def test_shapes_subject_read_into_a_fronted_phrase(extract):
    # no comma after the fronted phrase: the parser hangs the subject inside it
    text = ("Omar Lindqvist spoke first.\n\n"
            "At a lunch with the editors of the Daily Ledger Lindqvist said that the merger was off.")
    assert summary(extract(text)) == [("indirect", "the merger was off", "Omar Lindqvist", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "Few analysts would have called the senator a reformer when she ran in 2010.",
        "The coach said little when the club sacked him.",
        "But when the council cut the grant a year later, the charity said enough.",
    ],
)
def test_shapes_a_when_clause_is_no_content(extract, text):
    # a subordinate clause of time frames the cue: it is not what was said
    assert all("when" not in r.content.text.lower() for r in extract(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a fronted as-frame credits the clause after it; "put it" is the cue
        ('As Ms. Lund put it, the agency is "a machine for delay."',
         [("mixed", 'the agency is "a machine for delay."', "Lund", "put it")]),
        # the conjunction before the frame is the writer's
        ('Or, as a county memo put it, the first rule is a "clean source of funds."',
         [("mixed", 'the first rule is a "clean source of funds."', "county memo", "put it")]),
        # a trailing frame credits the clause before it
        ("The agency is slow, as Lund noted.", [("indirect", "The agency is slow", "Lund", "noted")]),
    ],
)
def test_shapes_as_frames_credit_the_clause_they_frame(extract, text, expected):
    assert summary(extract(text)) == expected


def test_shapes_an_as_frame_inside_its_clause_leaves_two_pieces(extract):
    (record,) = extract('The agency, as Lund put it, is "a machine for delay."')
    assert [f.text for f in record.content.fragments] == ["The agency", 'is "a machine for delay."']


@pytest.mark.parametrize("text", ["As expected, the vote failed.", "As the rain fell, the crowd left."])
def test_shapes_an_as_clause_without_a_source_or_cue_is_no_frame(extract, text):
    assert extract(text) == []


def test_shapes_a_participle_under_for_belongs_to_the_passive_subject(extract):
    assert summary(extract('Dr. Vance has been criticized for saying that a tea was a "miracle cure."')) == [
        ("mixed", 'a tea was a "miracle cure."', "Vance", "saying")]


def test_shapes_an_inverted_cue_read_into_the_name(extract):
    # 'Said Ellis:' opens the sentence; the parser takes "Said" for part of the name
    assert summary(extract('Said Ellis: "I do not think she cares about the bill."')) == [
        ("direct", "I do not think she cares about the bill.", "Ellis", "Said")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a phrasal cue of the lexicon, verb and particle
        ('The audit points out that "the fines are far too light."',
         [("direct", "the fines are far too light.", "audit", "points out")]),
        ('Ines Varga characterized the deal as "a gift to the banks."',
         [("mixed", 'the deal as "a gift to the banks."', "Ines Varga", "characterized")]),
        # "attacked" holds a record only when the object carries the speaker's quoted words
        ('Ines Varga attacked "the cynical politics of fear."',
         [("direct", "the cynical politics of fear.", "Ines Varga", "attacked")]),
        ("Ines Varga attacked the plan on Monday.", []),
        ('Ines Varga encouraged her voters to make sure the count was "clean and fair."',
         [("mixed", 'her voters to make sure the count was "clean and fair."', "Ines Varga", "encouraged")]),
    ],
)
def test_shapes_phrasal_and_noun_phrase_cues(extract, text, expected):
    assert summary(extract(text)) == expected


def test_shapes_a_participle_after_the_object_is_its_own_statement(extract):
    text = 'Ines Varga criticized the mayor for the budget, saying, "He has failed the city."'
    assert summary(extract(text)) == [
        ("indirect", "the mayor for the budget", "Ines Varga", "criticized"),
        ("direct", "He has failed the city.", "Ines Varga", "saying"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # active: the one criticized for saying it said it
        ('The mayor criticized the senator for saying that the budget was "a fantasy."',
         [("mixed", 'the budget was "a fantasy."', "the senator", "saying")]),  # unnamed: in doubt
        # a second "for" phrase conjoined with the first, the subject clauses up
        ('Dr. Vance appeared at a hearing for his role in selling diet pills and for saying that a tea was '
         'a "miracle cure."',
         [("mixed", 'a tea was a "miracle cure."', "Vance", "saying")]),
    ],
)
def test_shapes_for_saying_belongs_to_whoever_is_blamed(extract, text, expected):
    assert summary(extract(text))[-1:] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a possessed noun of saying with its that-clause
        ("Mara Quill's claim that the bridge was unsafe was never tested.",
         [("indirect", "the bridge was unsafe", "Mara Quill", "claim")]),
        ("The ministry's statement that the talks had failed came late.",
         [("indirect", "the talks had failed", "ministry", "statement")]),
        # a relative clause ("that she made") is no content; a pronoun owner is left to verb cues
        ("The claim that she made was false.", []),
        ("His claim that taxes would fall was false.", []),
    ],
)
def test_shapes_possessed_nouns_of_saying(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # no speaking subject claims the quote: the person named right before the colon
    ("The flood did not surprise engineer Mira Kovac: \u201cThe levee was built too low.\u201d",
     [("direct", "The levee was built too low.", "engineer Mira Kovac", ":")]),
    ("- More from Petra L. Lind: \u201cTwelve bridges need repair.\u201d",
     [("direct", "Twelve bridges need repair.", "Petra L. Lind", ":")]),
    # a person the clause speaks for is not the speaker
    ("The crowd chanted for Ana Ruiz: \u201cFour more years!\u201d", []),
    # nor the one a title-case headline's verb acts on
    ("Mayor Tom Berg Praises City Editor Ana Ruiz: \u201cVery Good Reporter\u201d", []),
])
def test_shapes_a_colon_after_a_name_hands_it_the_quote(extract, text, expected):
    assert [(r.kind, r.content.text, r.speaker.mention.text, r.cue.text) for r in extract(text)
            if r.speaker.mention] == expected


def test_a_quotation_set_inside_a_clause_of_saying_is_its_subjects(extract):
    records = extract('Ana Vance tells her volunteers at a rally to "knock on every door in the county" and then '
                      '"come back here and call every number on the list again."')
    assert [(r.content.text, r.speaker.name) for r in records][-1] == (
        "come back here and call every number on the list again.", "Ana Vance")


def test_a_participle_joined_to_another_has_the_same_subject(extract):
    records = extract('Mr. Vance barely answered the charge, waving the report away as a joke and, when '
                      'pressed by reporters later, insisting, "Of course, I filed every form on time."')
    assert [(r.content.text, r.speaker.mention.text) for r in records] == [
        ("Of course, I filed every form on time.", "Mr. Vance")]


def test_a_quotation_under_a_verb_that_is_no_cue_stays_unattributed(extract):
    records = extract('Critics fear the plan will leave "thousands of families without a roof over their heads."')
    assert [(r.speaker.resolution, r.core) for r in records] == [("unattributed", False)]


def test_a_dateline_is_no_subject(extract):
    records = extract("Boston (AFP) \u2013 Senator Carl Dunn on Tuesday joined the campaign of Tom Berg, trashing "
                      "the mayor as weak and accusing him of endangering the schools.")
    assert [(r.speaker.name, r.cue.text) for r in records] == [("Carl Dunn", "accusing")]


@pytest.mark.parametrize("title", [
    # the parser hangs the closing quotation mark on the name
    "Morning Hour",
    # the parser makes the title the subject of "said" and hangs the name on the quote
    "Hale and Friends",
])
def test_shapes_the_name_between_a_quote_and_its_cue_is_the_speaker(extract, title):
    text = ("\u201cHe is right. There is a disconnect between this White House and frankly the mayor and our "
            "council,\u201d Vance, a top Ruiz surrogate, said Thursday morning on Lumen News\u2019s \u201c"
            + title + ".\u201d \u201cI mean, there is a lot of frustration.\u201d")
    records = extract(text)
    assert [(r.speaker.mention.text, r.speaker.name) for r in records] == [("Vance", "Vance")] * 2


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of no lexicon after a quote that stops at a comma is its frame
        ('"Never underestimate the voters," Tom Hale joked.',
         [("direct", "Never underestimate the voters,", "Tom Hale", "joked")]),
        ('"Nobody asked us about the plan," the shop owner lamented.',
         [("direct", "Nobody asked us about the plan,", "the shop owner", "lamented")]),
        ('"That is not what I meant," Mara Ellison shot back.',
         [("direct", "That is not what I meant,", "Mara Ellison", "shot")]),
    ],
)
def test_shapes_a_verb_of_no_lexicon_framing_a_quote(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"The Long Night," Tom Hale hosted for years.',  # a title, not words said
        '"Enough," Tom Hale left.',  # one word: too little to tell
        '"We will win," she reads aloud to the crowd.',  # reading out is not saying
    ],
)
def test_shapes_no_frame_for_titles_single_words_or_reading(extract, text):
    assert [r for r in extract(text) if r.speaker.name] == []


def test_shapes_a_frame_verb_of_no_lexicon_interrupting_a_quote(extract):
    text = '"The way I see it," Mara Ellison elaborated, "no one questioned his service."'
    (record,) = extract(text)
    assert (record.speaker.name, record.cue.text) == ("Mara Ellison", "elaborated")
    assert [f.text for f in record.content.fragments] == ["The way I see it,", "no one questioned his service."]


def test_shapes_an_inverted_speaker_with_an_appositive_between_two_pieces(extract):
    """The parser makes the name the subject of the second piece; it is the speaker of both."""
    text = '"The risk," said Carl Vance, an economist at the Lake Institute, "is that we lose the jobs."'
    (record,) = extract(text)
    assert (record.kind, record.speaker.name, record.cue.text) == ("direct", "Carl Vance", "said")
    assert [f.text for f in record.content.fragments] == ["The risk,", "is that we lose the jobs."]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle on the document its subject issued
        ('Tom Hale issued a statement saying that the judge was "a remarkable person."',
         [("mixed", 'the judge was "a remarkable person."', "Tom Hale", "saying")]),
        ("The union released a statement Monday saying the strike would go on.",
         [("indirect", "the strike would go on", "union", "saying")]),
    ],
)
def test_shapes_a_participle_on_an_issued_document(extract, text, expected):
    assert summary(extract(text)) == expected


def test_shapes_a_document_someone_reads_is_not_their_statement(extract):
    assert [r.speaker.name for r in extract("Tom Hale read a letter saying that the judge was wrong.")] == []


def test_shapes_an_opening_mark_typed_for_the_closing_one(extract):
    text = "\u201cIt is unusual,\u201c said Carl Vance, a lawyer. \u201cIt is a hard thing to do.\u201c"
    assert summary(extract(text)) == [("direct", "It is unusual,", "Carl Vance", "said"),
                                      ("direct", "It is a hard thing to do.", "Carl Vance", "said")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('Tom Hale shot back, "That is not what I meant at all."',
         [("direct", "That is not what I meant at all.", "Tom Hale", "shot")]),
        # a relative clause frames it: its antecedent speaks
        ('The evening featured the singer Tom Berg, who joked of the museum, "I have not seen it yet, but I am '
         'going to."', [("direct", "I have not seen it yet, but I am going to.", "Tom Berg", "joked")]),
    ],
)
def test_shapes_a_verb_of_no_lexicon_before_a_comma_frames_the_quote_after(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an object of its own: the quote is no words of the subject
        'Tom Hale left the room, "a broken man," in the words of one aide.',
        # two antecedents of "who": no guess
        'The evening featured Ana Ruiz and Tom Berg, who joked of the museum, "I have not seen it yet, but I am '
        'going to."',
    ],
)
def test_shapes_no_frame_before_a_comma_with_an_object_or_two_antecedents(extract, text):
    assert [r.speaker.name for r in extract(text) if r.speaker.name] == []
