"""Detection of every construction of ANNOTATION.md (attrib/detect/*).

Each case: the text, then (kind, content, speaker name, cue) of every expected
record, in order. Sentences are written for these tests, not taken from fixtures.
"""

import pytest


def summary(records):
    # (an unnamed "the mayor" with no one before it is in doubt and keeps its words: ANNOTATION.md 3c)
    return [(r.kind, r.content.text, r.speaker.name, r.cue.text if r.cue else None) for r in records]


@pytest.mark.parametrize(
    "text,expected",
    [
        # direct: quote first, cue after (both orders of subject and verb)
        ('"We will not back down," said Maria Lopez, the mayor of Springfield.',
         [("direct", "We will not back down,", "Maria Lopez", "said")]),
        ("\u201cThe economy is strong,\u201d Ana Ruiz said.",
         [("direct", "The economy is strong,", "Ana Ruiz", "said")]),
        # the dateline that opens the story is not part of what was said
        ("LIMA, Peru (Reuters) - Police fired tear gas at marchers on Monday, witnesses said.",
         [("indirect", "Police fired tear gas at marchers on Monday", "witnesses", "said")]),
        ("OSLO \u2014 The strike will end on Friday, union leaders said.",
         [("indirect", "The strike will end on Friday", "union leaders", "said")]),
        # a clause the parser did not hang on its trailing cue: the comma says what was reported
        ("Rovers have dismissed coach Jan de Wit after a poor start to the season, the club announced on Monday.",
         [("indirect", "Rovers have dismissed coach Jan de Wit after a poor start to the season", "club",
           "announced")]),
        ("Harbor Rovers have dismissed coach Jan de Wit after a poor start, the club announced on Monday.",
         [("indirect", "Harbor Rovers have dismissed coach Jan de Wit after a poor start", "Harbor Rovers",
           "announced")]),
        ("After the meeting, the minister said nothing.", []),
        # British single quotes
        ("In a statement, the club said: 'We thank him for everything he has done.'",
         [("direct", "We thank him for everything he has done.", "club", "said")]),
        # a quoted sentence interrupted by its cue: one direct record, the cue inside its span
        ("\u201cThis is a big day,\u201d Mayor Linda Osei said. \u201cOur streets,\u201d she added, \u201cbelong to people, not traffic.\u201d",
         [("direct", "This is a big day,", "Linda Osei", "said"),
          ("direct", "Our streets,\u201d she added, \u201cbelong to people, not traffic.", "Linda Osei", "added")]),
        # a colon hands the quote to the clause before it, whatever its verb, if its subject can speak
        ("Her neighbour, Omar Sayed, disagreed: \u201cIt will kill the small shops.\u201d",
         [("direct", "It will kill the small shops.", "Omar Sayed", "disagreed")]),
        ("The rain fell all day: \u201cbiblical\u201d was the word on every street.", []),
        # a participle's speaker is the subject of the clause it hangs on
        ("The governor defended the budget, telling reporters that the cuts were needed.",
         [("indirect", "the cuts were needed", "The governor", "telling")]),
        # a conjoined verb is not part of a noun-phrase content
        ("Mayor Ines Roa described the plan as \u201creckless\u201d and demanded a vote.",
         [("mixed", "the plan as \u201creckless\u201d", "Ines Roa", "described")]),
        # a relative clause around the cue: the content is what follows the cue
        ("Farmers criticized the new rules, which they said would ruin small producers.",
         [("indirect", "would ruin small producers", "Farmers", "said")]),
        # direct: cue first, colon
        ('The mayor said: "We will not back down."',
         [("direct", "We will not back down.", "The mayor", "said")]),
        # a quote of several sentences
        ("\u201cPrices are falling. Wages are rising. We are hopeful,\u201d Tom Berg said.",
         [("direct", "Prices are falling. Wages are rising. We are hopeful,", "Tom Berg", "said")]),
        # split by its attribution: two records, same speaker and cue
        ("\u201cThe question is timing,\u201d Lee Jun said. \u201cThat could change everything.\u201d",
         [("direct", "The question is timing,", "Lee Jun", "said"),
          ("direct", "That could change everything.", "Lee Jun", "said")]),
        # mixed: reported clause holding a quoted fragment
        ('Smith told Reuters that the deal was "dead in the water."',
         [("mixed", 'the deal was "dead in the water."', "Smith", "told")]),
        ("Omar Said said that he pledged \u201cfull support\u201d for the plan.",
         [("mixed", "he pledged \u201cfull support\u201d for the plan", "Omar Said", "said")]),
        # noun-phrase content holding quoted words
        ("Kate Moss vowed \u201ctotal victory\u201d over the rebels.",
         [("mixed", "\u201ctotal victory\u201d over the rebels", "Kate Moss", "vowed")]),
        # indirect: that-clause, zero that, present tense, various verbs
        ("Health officials warned that the outbreak could spread to nearby towns.",
         [("indirect", "the outbreak could spread to nearby towns", "Health officials", "warned")]),
        ("The company claimed it had done nothing wrong.",
         [("indirect", "it had done nothing wrong", "company", "claimed")]),
        ("Brussels says the rules will apply from May.",
         [("indirect", "the rules will apply from May", "Brussels", "says")]),
        ("The inquiry concluded that the fire was an accident.",
         [("indirect", "the fire was an accident", "inquiry", "concluded")]),
        ("The author suggests that the policy has failed.",
         [("indirect", "the policy has failed", "The author", "suggests")]),
        ("The report emphasises that emissions are rising.",
         [("indirect", "emissions are rising", "The report", "emphasises")]),
        ("The agency stated that no one was hurt.",
         [("indirect", "no one was hurt", "agency", "stated")]),
        # cue after the clause
        ("Prices will rise next year, the central bank predicted on Tuesday.",
         [("indirect", "Prices will rise next year", "central bank", "predicted")]),
        # according to, both positions
        ("According to the police, the suspect fled on foot.",
         [("indirect", "the suspect fled on foot", "police", "According to")]),
        ("The suspect fled on foot, according to local police.",
         [("indirect", "The suspect fled on foot", "local police", "according to")]),
        # clause interrupted by its cue: one span, cue included
        ("The law, critics argue, is unconstitutional.",
         [("indirect", "The law, critics argue, is unconstitutional", "critics", "argue")]),
        # told Y that
        ("The envoy told reporters that talks would resume in June.",
         [("indirect", "talks would resume in June", "The envoy", "told")]),
        # a cue conjoined to another verb shares its subject
        ("The Bank of England kept rates unchanged on Thursday and said inflation would stay high.",
         [("indirect", "inflation would stay high", "Bank of England", "said")]),
    ],
)
def test_detect_constructions(extract, text, expected):
    assert summary(extract(text)) == expected


def test_detect_quote_over_paragraphs_is_one_record(extract):
    text = ("\u201cWe started the project in 2019 and we have kept every promise we made.\n\n"
            "\u201cNow we need the council to keep its own,\u201d said Dana White.")
    records = extract(text)
    assert summary(records) == [
        ("direct",
         "We started the project in 2019 and we have kept every promise we made.\n\n"
         "\u201cNow we need the council to keep its own,",
         "Dana White", "said"),
    ]


def test_detect_unclosed_quote_recovers_and_continues(extract):
    text = ('Paul Green told the paper that the merger "will cut costs and save jobs in the region.\n\n'
            "Later that day, the union said it would oppose the merger.")
    assert summary(extract(text)) == [
        ("mixed", 'the merger "will cut costs and save jobs in the region', "Paul Green", "told"),
        ("indirect", "it would oppose the merger", "union", "said"),
    ]


def test_detect_cueless_quoted_paragraph_continues_previous_speaker(extract):
    text = ("\u201cThe vote was fair,\u201d said Rosa Diaz, a lawyer in Lima.\n\n"
            "\u201cNobody has shown any evidence of fraud in any district so far.\u201d")
    records = extract(text)
    assert summary(records) == [
        ("direct", "The vote was fair,", "Rosa Diaz", "said"),
        ("direct", "Nobody has shown any evidence of fraud in any district so far.", "Rosa Diaz", None),
    ]
    assert records[1].speaker.resolution == "continuation"


def test_detect_two_cues_give_two_records(extract):
    text = "Ali Khan said the border was calm, and pledged \u201cfull cooperation\u201d with the inspectors."
    assert summary(extract(text)) == [
        ("indirect", "the border was calm", "Ali Khan", "said"),
        ("mixed", "\u201cfull cooperation\u201d with the inspectors", "Ali Khan", "pledged"),
    ]


def test_detect_outlet_reporting_a_person_is_the_channel(extract):
    text = "Mira Osei said the dam was safe, state radio reported."
    records = extract(text)
    assert summary(records) == [("indirect", "the dam was safe", "Mira Osei", "said")]
    assert records[0].via == "state radio"


@pytest.mark.parametrize(
    "text",
    [
        'The "special operation" drew criticism across Europe.',
        "She appeared on \u201cMorning Edition\u201d last week.",
        "The so-called \u201cpeace plan\u201d was rejected by parliament.",
        "Disclaimer: The copyright of this article belongs to the original author.",
        "Leave a Comment",
        "Photo: Jane Doe / Reuters",
        "The film, titled 'Dark Waters', opened on Friday.",
    ],
)
def test_detect_not_attributions(extract, text):
    assert extract(text) == []


def test_detect_never_fails_on_odd_punctuation(extract):
    text = '"' * 41 + ' he said "" \u201c\u201c\u201d ' + "\u2018" * 9 + "\n\n\u201c\n\u201d said."
    for record in extract(text):
        assert text[record.content.start : record.content.end] == record.content.text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The minister was quoted as saying that the border would stay closed.",
         [("indirect", "the border would stay closed", "The minister", "saying")]),
        ("According to a statement from the ministry, the border will stay closed.",
         [("indirect", "the border will stay closed", "ministry", "According to")]),
        # a channel phrase closing the sentence is the frame, not the content
        ('Ana Ruiz said the city "will not pay" during a press briefing on Monday.',
         [("mixed", 'the city "will not pay"', "Ana Ruiz", "said")]),
    ],
)
def test_detect_frames(extract, text, expected):
    assert summary(extract(text)) == expected


def test_detect_guillemets_and_added(extract):
    text = "\u00abWe will rebuild the bridge\u00bb, the mayor said. She added that work would start in May."
    assert summary(extract(text)) == [
        ("direct", "We will rebuild the bridge", "the mayor", "said"),
        ("indirect", "work would start in May", "the mayor", "added"),
    ]


def test_detect_low_high_and_corner_quotation_marks(extract):
    """„…“ and 「…」, as text pasted from other languages prints them: quotes like any other,
    and no mark taken into the speaker's name."""
    text = ("Ana Ruiz said \u201ewe will rebuild the bridge by spring\u201c at the meeting.\n\n"
            "\u300cThe river is too high,\u300d Tom Hale said.\n\n\u300eWe are ready,\u300f she added.")
    assert summary(extract(text)) == [
        ("direct", "we will rebuild the bridge by spring", "Ana Ruiz", "said"),
        ("direct", "The river is too high,", "Tom Hale", "said"),
        ("direct", "We are ready,", "Ana Ruiz", "added"),
    ]


def test_detect_subject_with_a_contraction_the_parser_took_for_the_subject(extract):
    """"he’s said": the parser may make "’s" the subject and hang "he" on it; the source is "he"."""
    text = ("Tom Hale spoke on Monday. While he\u2019s said he believes marriage is between a man and a woman, "
            "he\u2019s also feted the weddings of friends.")
    assert summary(extract(text)) == [("indirect", "he believes marriage is between a man and a woman", "Tom Hale", "said")]
    # and "who’ve said": the relative pronoun is the noun before it
    text = "Hale must now convince enough of the delegates who\u2019ve already said they support Ruiz to switch."
    assert [r.speaker.name for r in extract(text)] == ["delegates"]


def test_detect_user_lexicon_extends_cues(tmp_path):
    from attrib.pipeline import Extractor

    text = "The senator quipped that the budget was a fairy tale."
    assert Extractor().extract_text(text) == []
    lexicon = tmp_path / "cues.yaml"
    lexicon.write_text("speech: [quip]\n", encoding="utf-8")
    records = Extractor(lexicon=str(lexicon)).extract_text(text)
    assert summary(records) == [("indirect", "the budget was a fairy tale", "The senator", "quipped")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The study found that emissions had risen by 5%.",
         [("indirect", "emissions had risen by 5%", "study", "found")]),
        ("Russia has increasingly found it isolated from the West.", []),
    ],
)
def test_detect_that_only_verbs(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a study, figures or data from a body: the body is the source, the document the channel
        ("According to a study by Harvard University, the drug cut deaths by half.",
         ("Harvard University", "study", "the drug cut deaths by half")),
        ("Prices rose 4%, according to data from the statistics office.",
         ("statistics office", "data", "Prices rose 4%")),
        ("According to figures from the Local Government Association, nine in ten councils plan to raise tax.",
         ("Local Government Association", "figures", "nine in ten councils plan to raise tax")),
        # the subject of a relative clause on the document wrote it
        ("The plan is not about revenue, according to a speech Ms. Ruiz gave in Ohio.",
         ("Ruiz", "speech", "The plan is not about revenue")),
        # ... and so does its owner, named ("Ana Ruiz's brief"), without the possessive ending
        ("The plan failed, according to the Dover Gazette's report.",
         ("Dover Gazette", "report", "The plan failed")),
        # an appositive inside the phrase is not the content
        ("According to Ana Ruiz, a professor at Lund University, the plan failed.",
         ("Ana Ruiz", None, "the plan failed")),
    ],
)
def test_detect_according_to_documents_of_a_source(extract, text, expected):
    (record,) = extract(text)
    assert (record.speaker.name, record.via, record.content.text) == expected


def test_detect_a_documents_owner_by_name_is_its_author(extract):
    (record,) = extract("Ana Ruiz's brief said that was not her view.")
    assert (record.speaker.name, record.speaker.mention.text, record.via) == ("Ana Ruiz", "Ana Ruiz", "brief")
    # an owner by pronoun is left as the document: "his" is no source the parser gives
    (record,) = extract("His letter said the plan would fail.")
    assert record.via is None
    # a date owns no document: "last year's statistics" are no one's words but their own
    (record,) = extract("Last year's FBI statistics show that crime fell.")
    assert record.speaker.mention.text == "Last year's FBI statistics"


def test_detect_closing_according_phrase_is_the_frame(extract):
    (record,) = extract("Economists warned the strike could cut growth this quarter, according to a Reuters poll.")
    assert (record.content.text, record.via) == ("the strike could cut growth this quarter", "Reuters poll")


def test_detect_headings_only_with_quoted_words_and_never_core(extract):
    text = ("Flood victims say aid is too slow\n\n"
            "Residents said on Saturday that help was arriving too slowly.\n\n"
            "Mayor vows \u2018no more delays\u2019 as waters rise\n\n"
            "The mayor said the army would help.")
    records = extract(text)
    assert [(r.content.text, r.core) for r in records] == [
        ("help was arriving too slowly", True),
        ("no more delays", False),  # "as waters rise" frames the vow: not what was vowed
        ("the army would help", True),
    ]


def test_detect_document_subject_names_its_author(extract):
    (record,) = extract("A report released on Monday by the Media Freedom Institute found that 14 journalists had "
                        "been detained this year.")
    assert (record.speaker.name, record.via) == ("Media Freedom Institute", "report")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quoted sentence interrupted by a cue with more words than "she added": one record,
        # whichever detector found its halves
        ('"Our streets belong to us," Ana Ruiz said on Monday, "and we will keep them."',
         [('Our streets belong to us," Ana Ruiz said on Monday, "and we will keep them.', "Ana Ruiz")]),
        ('"We are watching closely," Finance Minister Laura Kask told parliament on Wednesday, "and we will act."',
         [('We are watching closely," Finance Minister Laura Kask told parliament on Wednesday, "and we will act.',
           "Laura Kask")]),
        # a second cue between the quotes: two statements; a cue handing a quote on with a comma
        ('"It is over," she said, and Tom Berg replied, "Not yet."',
         [("It is over,", "she"), ("Not yet.", "Tom Berg")]),
    ],
)
def test_detect_interrupted_and_comma_led_quotes(extract, text, expected):
    assert [(r.content.text, r.speaker.name) for r in extract(text)] == expected


def test_detect_second_that_clause_hung_on_the_cue_is_the_same_statement(extract):
    text = ("Press secretary Jen Cole said at the daily briefing that the president \u201cstands with every family "
            "affected\u201d and that federal aid was on its way.")
    (record,) = extract(text)
    assert record.content.text == ("the president \u201cstands with every family affected\u201d and that federal aid "
                                   "was on its way")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a cue closing the sentence, hung as parataxis, with a participle after it
        ("A deal could be announced as soon as next week, one of the people said, speaking on condition of "
         "anonymity because the talks are private.",
         ("A deal could be announced as soon as next week", "one of the people", "person")),
        # "according to" inside the clause: the clause, the phrase included
        ("Coastline, according to two of the sources, has also held talks with a private equity firm.",
         ("Coastline, according to two of the sources, has also held talks with a private equity firm",
          "two of the sources", "group")),
    ],
)
def test_detect_cue_inside_or_closing_the_sentence(extract, text, expected):
    (record,) = extract(text)
    assert (record.content.text, record.speaker.name, record.speaker.type) == expected
