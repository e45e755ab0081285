"""Cross-article speaker keys and the aliases file (attrib/attribute/keys.py)."""

import pytest

from attrib.attribute.keys import link_speakers, load_aliases, normalise
from attrib.errors import AttribError
from attrib.models import Attribution, Span, Speaker


def rec(doc, name, kind="person"):
    return Attribution(id=f"{doc}#1", doc_id=doc, kind="indirect", content=Span(start=0, end=1, text="x"),
                       speaker=Speaker(name=name, type=kind))


def keys(records):
    return [(r.speaker.key, r.speaker.key_source) for r in records]


def test_keys_short_name_joins_the_one_longer_name():
    linked = link_speakers([rec("a", "Putin"), rec("b", "Vladimir Putin")])
    assert keys(linked) == [("person:vladimir-putin", "name-chain"), ("person:vladimir-putin", "name")]


def test_keys_ambiguous_short_name_is_not_merged():
    linked = link_speakers([rec("a", "Kim"), rec("b", "Kim Jong Un"), rec("c", "Lami Kim")])
    assert [k for k, _ in keys(linked)] == ["person:kim", "person:kim-jong-un", "person:lami-kim"]


def test_keys_different_full_names_stay_apart():
    linked = link_speakers([rec("a", "Kim Jong Un"), rec("b", "Kim Jong Il")])
    assert keys(linked)[0][0] != keys(linked)[1][0]


def test_keys_acronym_joins_its_expansion():
    linked = link_speakers([rec("a", "KCNA", "media"), rec("b", "Korean Central News Agency", "media")])
    assert keys(linked)[0] == ("media:korean-central-news-agency", "name-chain")


def test_keys_aliases_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("South Korean Foreign Ministry:\n  - Seoul's foreign ministry\n  - the South Korean ministry\n",
                    encoding="utf-8")
    aliases = load_aliases(path)
    linked = link_speakers([rec("a", "Seoul\u2019s foreign ministry", "organization")], aliases)
    assert keys(linked) == [("organization:south-korean-foreign-ministry", "alias")]


@pytest.mark.parametrize("content", ["- just\n- a list\n", "a: [unclosed\n", "a: b\n"])
def test_keys_bad_aliases_file_is_one_clear_error(tmp_path, content):
    path = tmp_path / "aliases.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AttribError, match="aliases"):
        load_aliases(path)


def test_keys_normalise():
    assert normalise("Ms. Kim Jong-un") == normalise("kim jong un") == "kim jong un"


@pytest.mark.parametrize(
    "names",
    [
        ["Ana M. Ruiz", "Ana Ruiz"],  # a middle initial
        ["Tom B. Hale", "Tom Hale"],
        ["Tom Hale Jr.", "Tom Hale"],  # a generational suffix
        ["Hale", "Tom Hale", "Tom B. Hale"],  # a surname and two forms of the one longer name
    ],
)
def test_keys_name_variants_share_one_key(names):
    linked = link_speakers([rec(str(n), name) for n, name in enumerate(names)])
    assert {k for k, _ in keys(linked)} == {"person:tom-hale" if "Hale" in names[0] else "person:ana-ruiz"}


def test_keys_descriptions_link_to_no_name():
    """ "president" (an unlinked nominal) must not take the key of "former vice president" or anyone's."""
    linked = link_speakers([rec("a", "president"), rec("b", "former vice president"), rec("c", "Ana President")])
    assert keys(linked)[0] == ("person:president", "name")


@pytest.mark.parametrize("titled", ["Florida Sen. Tom Hale", "Republican Tom Hale", "Majority Whip Tom Hale"])
def test_keys_offices_and_parties_before_a_name_are_no_part_of_its_key(titled):
    linked = link_speakers([rec("a", titled), rec("b", "Tom Hale"), rec("c", "Hale")])
    assert {k for k, _ in keys(linked)} == {"person:tom-hale"}


def test_keys_a_description_with_a_capital_is_no_longer_form_of_a_name():
    # "Hale" must not take the key of a description that merely ends with a name
    linked = link_speakers([rec("a", "former aide to President Tom Hale"), rec("b", "Tom Hale"), rec("c", "Hale")])
    assert keys(linked) == [("person:former-aide-to-president-tom-hale", "name"), ("person:tom-hale", "name"),
                            ("person:tom-hale", "name-chain")]
