"""Words that lean (workbench.answer.leaning), on sentences written for these tests: an
account in them may hold a stand and is queued; a plain account is not."""

from __future__ import annotations

import pytest

from workbench.answer.leaning import leans


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen måste då bekosta en ny gång- och cykelbana längs vägen.",
        "Det behövs en samlad bild av hur trafiken fördelas över dygnet.",
        "Skälen till att gränsen dras vid 50 meter framgår inte av promemorian.",
        "Tyvärr har remisstiden sammanfallit med semesterperioden.",
        "Konsekvenserna för de mindre kommunerna är oklara.",
        "Underlaget om buller är bristfälligt på flera punkter.",
        "En sådan ordning vore svår att förena med det kommunala självstyret.",
        "Hur ska tillsynen finansieras när avgifterna sänks?",
        "Förslaget riskerar att öka den administrativa bördan för små företag.",
        "Tidplanen framstår som orealistisk.",
        "Det vore olyckligt om verksamheten lades ned.",
        "Föreningen ser det som angeläget att samrådet breddas.",
    ],
)
def test_words_of_need_turn_weighing_and_questions_lean(text):
    assert leans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Remissen omfattar tre delbetänkanden och en sammanfattning.",
        "Förbundet organiserar 40 000 medlemmar i hela landet.",
        "Utredningen föreslår att lagen träder i kraft den 1 juli 2027.",
        "Ärendet har beretts av miljöförvaltningen i samråd med stadsbyggnadskontoret.",
        "Planområdet ligger söder om järnvägen och omfattar cirka 12 hektar.",
        # words that hold a weighing stem only inside another word are no sign
        "Kommunens klimatstrategi antogs av kommunfullmäktige år 2021.",
    ],
)
def test_plain_accounts_do_not_lean(text):
    assert not leans(text)
