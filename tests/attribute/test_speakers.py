"""Speaker resolution (attrib/attribute/*): pronouns, nominals, name chains, roles, types."""

import pytest


def speakers(records):
    return [(r.speaker.name, r.speaker.type, r.speaker.resolution) for r in records]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare surname -> the fullest name the article gives
        ("Defence Minister Clara Holt visited the base. Holt said the troops were ready.",
         [("Clara Holt", "person", "name-chain")]),
        # he -> most recent compatible person
        ("Marco Bianchi, a banker in Milan, spoke on Monday. He said rates would fall.",
         [("Marco Bianchi", "person", "pronoun")]),
        # she -> skips a person the article already called "he"
        ("Tom Reed said the deal was done. He said talks went well. Sara Lind met Reed later. "
         "She said the vote was close.",
         [("Tom Reed", "person", "subject"), ("Tom Reed", "person", "pronoun"), ("Sara Lind", "person", "pronoun")]),
        # they -> the most recent group source
        ("Two senior diplomats told the paper that a deal was near. They said it could be signed in May.",
         [("Two senior diplomats", "group", "subject"), ("Two senior diplomats", "group", "pronoun")]),
        # they -> a plural subject that can speak, earlier in its own sentence, before older sources;
        # an unnamed group (a plural nationality or party noun) keeps its phrase
        ("Tenant groups said rents rose. Landlords in the city opposed the new tax, which they said would "
         "raise rents further.",
         [("Tenant groups", "group", "subject"), ("Landlords in the city", "group", "pronoun")]),
        ("Officials met on Monday. Democrats in the state senate backed the plan, which they said would cut costs.",
         [("Democrats in the state senate", "group", "pronoun")]),
        # relative who -> the noun it modifies
        ("For Omar Haddad, who says the river is dying, the dam is a disaster.",
         [("Omar Haddad", "person", "pronoun")]),
        # nominal -> the entity introduced with that noun
        ("The state-run Xinhua News Agency covered the talks. The agency said both sides agreed to meet again.",
         [("Xinhua News Agency", "media", "nominal")]),
        ("According to Lena Vogel, an expert on trade, tariffs will rise. The expert suggests that prices will follow.",
         [("Lena Vogel", "person", "subject"), ("Lena Vogel", "person", "nominal")]),
        # acronym -> the name it abbreviates
        ("The World Health Organization (WHO) met in Geneva. The WHO said the risk was low.",
         [("World Health Organization", "organization", "name-chain")]),
        # a title with the name in apposition
        ("\u201cThe market is cooling,\u201d the bank's chief economist Huw Pill said on Tuesday.",
         [("Huw Pill", "person", "name-chain")]),
        # groups keep their phrase; metonyms stay as written
        ("Western officials say the missiles were made abroad.", [("Western officials", "group", "subject")]),
        ("Moscow says the sanctions are illegal.", [("Moscow", "organization", "subject")]),
    ],
)
def test_speakers_resolution(extract, text, expected):
    assert speakers(extract(text)) == expected


def test_speakers_disambiguates_shared_surname_by_appositive(extract):
    text = ("President Park Min met Jae Park, a professor at Seoul National University, in May. "
            "Park said the economy was growing. "
            "\u201cThe reforms are too slow,\u201d Park, the professor in Seoul, said.")
    names = [r.speaker.name for r in extract(text)]
    assert names == ["Park Min", "Jae Park"]


def test_speakers_role_from_title_and_appositive(extract):
    text = ("NATO Secretary General Ola Berg spoke in Oslo. Berg said the alliance was united. "
            "Ivan Petrov, a professor at Moscow State University, said the talks had failed.")
    roles = {r.speaker.name: r.speaker.role for r in extract(text)}
    assert roles == {"Ola Berg": "NATO Secretary General", "Ivan Petrov": "professor at Moscow State University"}


def test_speakers_courtesy_title_is_not_the_role(extract):
    text = "“Nobody should be surprised,” said Dr Nina Holm, an economist at the University of Bergen."
    (record,) = extract(text)
    assert (record.speaker.name, record.speaker.role) == ("Nina Holm", "economist at the University of Bergen")


def test_speakers_title_with_the_name_in_apposition(extract):
    text = ("\u201cThe risk fell by a fifth,\u201d the study's lead author, Professor Ada Lind of the Oslo Heart "
            "Institute, told the paper.")
    (record,) = extract(text)
    assert (record.speaker.name, record.speaker.role) == ("Ada Lind", "study's lead author")


def test_speakers_surname_the_tagger_missed_is_the_named_person(extract):
    # in this story the tagger reads the last "Sanders" as a plural noun and NER as a work of art
    text = (
        'A new study suggests that drinking coffee may lower the risk of heart disease, though experts cautioned against reading too much into the findings.\n'
        '\n'
        'The research, published in the European Heart Journal, followed 450,000 adults for more than a decade. "People who drank two to three cups a day had the lowest risk," the study\'s lead author, Professor Peter Kistler of the Baker Heart and Diabetes Institute, told The Guardian.\n'
        '\n'
        'Kistler said the results held even after adjusting for age, smoking and diet.\n'
        '\n'
        'Not everyone is convinced. "This is an observational study, so it cannot prove cause and effect," said Tom Sanders, emeritus professor of nutrition at King\'s College London.\n'
        '\n'
        'The British Heart Foundation said people should not change their habits on the basis of a single study.\n'
        '\n'
        'According to the World Health Organization, cardiovascular diseases kill an estimated 17.9 million people each year.\n'
        '\n'
        '"I\'d be cautious," Sanders added. "Coffee drinkers may differ from non-drinkers in many ways we can\'t measure."\n'
    )
    records = extract(text)
    assert [r.speaker.name for r in records if "Sanders" in (r.speaker.mention.text if r.speaker.mention else "")] == [
        "Tom Sanders", "Tom Sanders", "Tom Sanders"]


def test_speakers_age_is_not_the_role(extract):
    text = "\u201cWe only want to be heard,\u201d said Rosa Melo, 24, a nurse who joined the march."
    (record,) = extract(text)
    # the role is the title, not the relative clause after it (ANNOTATION.md: title or affiliation)
    assert (record.speaker.name, record.speaker.role) == ("Rosa Melo", "nurse")


def test_speakers_honorific_is_not_part_of_the_name_and_gives_gender(extract):
    text = "Ms. Lund said the plan was sound. Mr. Berg disagreed. She said critics were wrong."
    assert [r.speaker.name for r in extract(text)] == ["Lund", "Lund"]


@pytest.mark.parametrize(
    "text,name,role",
    [
        ("Sen. Rand Ortiz wrote that the bill \u201cadds billions to the debt.\u201d", "Rand Ortiz", None),
        ("Speaker Mike Jansen said in a statement that the House had done its job.", "Mike Jansen", "Speaker"),
    ],
)
def test_speakers_titles_are_not_names(extract, text, name, role):
    (record,) = extract(text)
    assert record.speaker.name == name
    if role:
        assert record.speaker.role == role


@pytest.mark.parametrize(
    "text,expected",
    [
        # a conjoined cue after a verb of declining: the subject is a person noun, not a name
        ('The port\'s spokesman, Enno Kask, declined to comment on the delays but said in an email that the port '
         '"expects normal service soon."',
         [("Enno Kask", "port's spokesman", "person")]),
        # NER calls the name an organisation; the title it stands in apposition to makes it a person
        ('The utility\'s spokesman, Arno Kask, declined to comment on the hearing but said in an email that the '
         'company "remains confident."',
         [("Arno Kask", "utility's spokesman", "person")]),
        # the same with the person noun after the name, a surname at the start of a sentence,
        # and "she" after it
        ('Judge Carl Brandt asked about costs. Kadri Lepp, the tenants\' counsel, said the rents had doubled. '
         'Lepp added that families were leaving. "It is a crisis," she said.',
         [("Kadri Lepp", "tenants' counsel", "person")] * 3),
    ],
)
def test_speakers_names_the_tagger_called_organisations(extract, text, expected):
    assert [(r.speaker.name, r.speaker.role, r.speaker.type) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the company" after a company named in the same sentence
        ("Brightwell Foods will close two bakeries, the company said on Monday.",
         [("Brightwell Foods", "organization")]),
        # a headline's "Carmaker Voltra" and a bare "Voltra" are the company "Voltra Corp."
        ("Carmaker Voltra to recall 40,000 vans\n\nVoltra Corp. will recall 40,000 vans over a brake fault.\n\n"
         "Voltra said on its website that owners would be contacted by mail.",
         [("Voltra Corp.", "organization")]),
        # NER calls the headline's "Chipmaker Lumenar" and a later "Lumenar" persons
        ("Chipmaker Lumenar to cut 1,200 jobs as demand slows\n\nLumenar Inc. will cut about 1,200 jobs, the "
         "chipmaker said Thursday.\n\nLumenar posted on X that affected employees would receive 16 weeks of pay.",
         [("Lumenar Inc.", "organization")] * 2),
        # an unnamed person stays as described, typed as a person
        ("Police questioned two men. According to a person familiar with the case, both were released.",
         [("person familiar with the case", "person")]),
    ],
)
def test_speakers_companies_and_unnamed_persons(extract, text, expected):
    assert [(r.speaker.name, r.speaker.type) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "his office", "her spokesman": the owner resolved like a pronoun
        ("Senator Tom Hale voted no. His office said the bill was flawed.",
         ("Tom Hale's office", "organization", None, "pronoun")),
        ("Mayor Lena Park left the city hall early. Her spokesman said she was unwell.",
         ("Lena Park's spokesman", "person", "Lena Park's spokesman", "pronoun")),
    ],
)
def test_speakers_owner_of_a_possessive_is_resolved(extract, text, expected):
    (record,) = extract(text)
    s = record.speaker
    assert (s.name, s.type, s.role, s.resolution) == expected
    assert s.antecedent is not None and s.antecedent.text == s.name.split("'s")[0]


def test_speakers_title_word_before_an_untagged_name(extract):
    (record,) = extract("Pensioner Maureen Blythe, 78, who has lived in the town for fifty years, said she was worried.")
    assert (record.speaker.name, record.speaker.role, record.speaker.type) == ("Maureen Blythe", "Pensioner", "person")


def test_speakers_role_without_a_relative_clause(extract):
    text = ("Rebecca Cho, a sleep researcher at Stanford who was not involved in the work, cautioned that wrist "
            "trackers are less accurate than laboratory measurements.")
    (record,) = extract(text)
    assert record.speaker.role == "sleep researcher at Stanford"


def test_speakers_pronoun_antecedent_can_be_a_surname_ner_missed(extract):
    text = ("Union chief Ravi Nair met Arjun Mehta in May. Mehta denied that. Nair, 61, has led the union since "
            "2015. He said the strike would go on.")
    assert [r.speaker.name for r in extract(text)][-1] == "Ravi Nair"


def test_speakers_its_in_a_role_names_the_organisation(extract):
    text = ("The opposition Green party said the plan was reckless. Its spokesperson, Meera Pillai, said the "
            "government had no plan.")
    records = extract(text)
    assert (records[-1].speaker.name, records[-1].speaker.role) == ("Meera Pillai", "opposition Green party's spokesperson")


def test_speakers_person_noun_before_a_name_makes_it_a_person(extract):
    text = "\u201cThe governor is giving speeches while people drown,\u201d opposition lawmaker Diego Marin wrote on Facebook."
    (record,) = extract(text)
    assert (record.speaker.name, record.speaker.role, record.speaker.type) == ("Diego Marin", "opposition lawmaker", "person")


def test_speakers_organisation_in_apposition_to_a_noun_that_a_company_can_be(extract):
    text = ("The mine's owner, Andes Copper, said in a statement that it was \u201ccooperating fully\u201d with "
            "the authorities.")
    (record,) = extract(text)
    assert (record.speaker.name, record.speaker.type, record.via) == ("Andes Copper", "organization", "statement")


def test_speakers_role_given_once_holds_for_later_statements(extract):
    text = ("Dolan's spokesperson, Kyle Brandt, said the senator stood by his comments. "
            "\u201cHe was talking about policy, not people,\u201d Brandt said in an email.")
    assert [(r.speaker.name, r.speaker.role) for r in extract(text)] == [("Kyle Brandt", "Dolan's spokesperson")] * 2


def test_speakers_company_with_a_corporate_suffix_and_the_company_after_it(extract):
    text = ("German drugmaker Heliox AG said on Tuesday it was recalling one batch of its flu vaccine. "
            "The company stressed that no patients had been harmed. \u201cOut of an abundance of caution, we are "
            "taking this step,\u201d chief medical officer Dr. Stefan Brandt said in a statement.")
    assert [(r.speaker.name, r.speaker.type, r.speaker.role) for r in extract(text)] == [
        ("Heliox AG", "organization", None),
        ("Heliox AG", "organization", None),
        ("Stefan Brandt", "person", "chief medical officer"),  # the form of address is not the role
    ]
