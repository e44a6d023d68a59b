from workbench.core import markup


def test_paragraphs_are_separated_by_blank_lines_and_lines_inside_are_soft():
    blocks = markup.parse("första raden\nfortsätter\n\nandra stycket")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    assert blocks[0].plain == "första raden fortsätter"


def test_italic_runs_inside_a_position():
    (block,) = markup.parse("inom ramen för samarbetet *Stockholm Business Alliance* bedriver")
    assert [(r.text, r.italic) for r in block.runs] == [
        ("inom ramen för samarbetet ", False),
        ("Stockholm Business Alliance", True),
        (" bedriver", False),
    ]


def test_lone_asterisks_are_text():
    (block,) = markup.parse("3 * 4 = 12 och *")
    assert block.runs == [markup.Run("3 * 4 = 12 och *")]


def test_bullets_numbered_lists_and_headings():
    text = "Inledning:\n- ett\n- två som\n  fortsätter\n\n1. första\n2) andra\n\n## Rubrik"
    blocks = markup.parse(text)
    assert [b.kind for b in blocks] == ["paragraph", "bullets", "numbered", "heading"]
    assert [markup.runs_text(i) for i in blocks[1].items] == ["ett", "två som fortsätter"]
    assert len(blocks[2].items) == 2
    assert blocks[3].plain == "Rubrik"


def test_word_symbol_bullets_are_bullets():
    (block,) = markup.parse("\uf0b7 Tillgängliggör data")
    assert block.kind == "bullets"


def test_first_sentence_is_the_summary_default():
    text = "att strategin tas fram. Det är bra.\n\nMer text."
    assert markup.first_sentence(text) == "att strategin tas fram."
    assert markup.first_sentence("") == ""
    assert markup.first_sentence("utan punkt") == "utan punkt"


def test_strip_markup():
    assert markup.strip_markup("för *STEM* i skolan") == "för STEM i skolan"
