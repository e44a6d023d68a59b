from workbench.core.model import Stance
from workbench.core.stances import (
    BUILTIN_STANCES,
    FREE_TEXT,
    NO_COMMENTS,
    Vocabulary,
    is_valid_key,
    stance_key_for,
)


def test_vocabulary_holds_every_stance_of_the_product_table():
    keys = [s.key for s in BUILTIN_STANCES]
    assert keys == [
        "tillstyrker",
        "tillstyrker_delvis",
        "avstyrker",
        "valkomnar",
        "positiv",
        "instammer",
        "understryker",
        "betonar",
        "framhaller",
        "foreslar",
        "anser",
        "vill_papeka",
        "konstaterar",
        "noterar",
        "inga_synpunkter",
        "fritext",
    ]
    vocabulary = Vocabulary()
    assert vocabulary.stance_class("avstyrker") == "against"
    assert vocabulary.stance_class("tillstyrker_delvis") == "partly"
    assert vocabulary.stance_class("foreslar") == "proposal"
    assert vocabulary.stance_class("noterar") == "neutral"


def test_lead_is_subject_plus_verb():
    lead = Vocabulary().lead("positiv", "Stockholms stad")
    assert lead.phrase == "Stockholms stad ställer sig positiv"
    assert lead.default_tail == ""


def test_verb_override_words_the_verb_as_the_officer_wrote_it():
    lead = Vocabulary().lead("vill_papeka", "Stockholms stad", "vill också påpeka")
    assert lead.phrase == "Stockholms stad vill också påpeka"


def test_no_comments_is_a_whole_sentence():
    vocabulary = Vocabulary()
    on_section = vocabulary.lead(NO_COMMENTS, "Bolaget")
    assert (on_section.phrase, on_section.default_tail) == (
        "Bolaget har inga synpunkter",
        "på avsnittet.",
    )
    assert vocabulary.lead(NO_COMMENTS, "Bolaget", general=True).default_tail == "på remissen."


def test_free_text_has_no_lead():
    assert Vocabulary().lead(FREE_TEXT, "Bolaget").phrase == ""


def test_organisation_verbs_join_the_vocabulary_without_replacing_builtins():
    own = Stance("ser_positivt_pa", "ser positivt på", "for")
    clash = Stance("tillstyrker", "säger ja till", "for")
    vocabulary = Vocabulary([own, clash])
    assert vocabulary.lead("ser_positivt_pa", "Locum").phrase == "Locum ser positivt på"
    assert vocabulary.get("tillstyrker").verb == "tillstyrker"
    assert len(vocabulary) == len(BUILTIN_STANCES) + 1


def test_keys_for_own_verbs_are_ascii_and_stable():
    assert stance_key_for("ser positivt på") == "ser_positivt_pa"
    assert stance_key_for("Delar bedömningen") == "delar_bedomningen"
    assert is_valid_key("ser_positivt_pa")
    assert not is_valid_key("Ser positivt")
