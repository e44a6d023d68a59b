"""compose: the parts of each kind, the position rules and the preflight, on small cases."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.model import Kind, Organisation, Position, Remiss, Response, Section, Signatory
from workbench.document.compose import (
    Heading,
    ListBlock,
    Paragraph,
    Signatures,
    closing_lines,
    compose,
    preflight,
)
from workbench.document.markdown import render_markdown

TODAY = dt.date(2026, 11, 23)


def remiss() -> Remiss:
    sections = [
        Section("1", "Inledning", 1, id=1),
        Section("2", "Mål", 1, id=2),
        Section("2.1", "Delmål", 2, id=3, parent="2"),
        Section("A", "Forskning", 1, id=4),
    ]
    return Remiss("Strategin", "Region Stockholm", "RS 2019-0751", sections=sections, id=1)


def organisation(**fields) -> Organisation:
    base = dict(
        name="Bolaget AB",
        subject="Bolaget",
        city="Stockholm",
        deciding_body="Styrelsen",
        signatories=[Signatory("Anna Andersson", "VD", 0)],
    )
    base.update(fields)
    return Organisation(**base)


def response(*positions: Position, **fields) -> Response:
    for order, position in enumerate(positions):
        position.order = order
        position.id = order + 1
    base = dict(remiss_id=1, organisation_id=1, positions=list(positions))
    base.update(fields)
    return Response(**base)


def headings(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading)]


def paragraphs(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Paragraph)]


def test_positions_under_the_remiss_headings_leave_out_unanswered_sections():
    r = response(
        Position("tillstyrker", "förslaget.", section_id=4),
        Position("anser", "att målen är bra.", section_id=3),
    )
    doc = compose(r, remiss(), organisation(), Kind.REMISSVAR, TODAY)
    assert headings(doc) == ["Strategin", "Ställningstaganden", "2.1 Delmål", "A. Forskning"]
    assert "Bolaget anser att målen är bra." in paragraphs(doc)


def test_general_positions_come_first_in_every_kind():
    """Issue 15: "Övergripande synpunkter" came last in a remissvar (docx, PDF, preview and
    Markdown all compose the same Document), while the workspace says they come first."""
    from workbench.document.markdown import render_markdown

    r = response(
        Position("anser", "att detta gäller avsnittet.", section_id=1),
        Position("valkomnar", "remissen.", section_id=None),
    )
    for kind in (Kind.REMISSVAR, Kind.YTTRANDE, Kind.TJANSTEUTLATANDE):  # a beslut has none
        doc = compose(r, remiss(), organisation(), kind, TODAY)
        shown = headings(doc)
        assert shown.index("Övergripande synpunkter") < shown.index("1 Inledning"), kind
        text = render_markdown(doc)
        assert text.index("Övergripande synpunkter") < text.index("1 Inledning"), kind
        summary = [p.text for p in doc.blocks if isinstance(p, Paragraph) and p.role == "position"]
        assert summary[0].startswith("Bolaget välkomnar"), kind


def test_prose_flows_in_the_officers_order_without_section_headings():
    r = response(
        Position("fritext", "Först om A.", section_id=4),
        Position("fritext", "Sedan om 1.", section_id=1),
        section_headings=False,
    )
    doc = compose(r, remiss(), organisation(), Kind.YTTRANDE, TODAY)
    assert headings(doc) == ["Yttrande över remiss Strategin", "Överväganden"]
    assert paragraphs(doc)[-3:-1] == ["Först om A.", "Sedan om 1."]


def test_inga_synpunkter_is_its_whole_sentence_and_fritext_has_no_lead():
    r = response(
        Position("inga_synpunkter", section_id=1),
        Position("inga_synpunkter", section_id=None),
        Position("fritext", "Egen förklaring.", section_id=4),
    )
    doc = compose(r, remiss(), organisation(), Kind.REMISSVAR, TODAY)
    texts = paragraphs(doc)
    assert "Bolaget har inga synpunkter på avsnittet." in texts
    assert "Bolaget har inga synpunkter på remissen." in texts
    assert "Egen förklaring." in texts
    position = next(b for b in doc.blocks if isinstance(b, Paragraph) and b.role == "position")
    assert position.runs[0].lead and position.runs[0].text == "Bolaget har inga synpunkter"


def test_lead_continues_the_first_paragraph_and_takes_the_verb_override():
    r = response(
        Position(
            "vill_papeka",
            "att *detta* är viktigt.\n\nEtt andra stycke.",
            section_id=1,
            verb_override="vill också påpeka",
        )
    )
    doc = compose(r, remiss(), organisation(), Kind.REMISSVAR, TODAY)
    first = next(b for b in doc.blocks if isinstance(b, Paragraph) and b.role == "position")
    assert first.text == "Bolaget vill också påpeka att detta är viktigt."
    assert [run.text for run in first.runs if run.italic] == ["detta"]
    assert "Ett andra stycke." in paragraphs(doc)
    assert doc.italic_leads
    assert not compose(r, remiss(), organisation(), Kind.YTTRANDE, TODAY).italic_leads


def test_bullet_positions_in_a_row_make_one_list():
    r = response(
        Position("fritext", "Inledning:", section_id=1),
        Position("fritext", "- ett", section_id=1),
        Position("fritext", "- två\n- tre", section_id=4),
        Position("fritext", "Mellan.", section_id=4),
        Position("fritext", "- fyra", section_id=4),
        section_headings=False,
    )
    doc = compose(r, remiss(), organisation(), Kind.TJANSTEUTLATANDE, TODAY)
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [[item[0].text for item in block.items] for block in lists] == [
        ["ett", "två", "tre"],
        ["fyra"],
    ]


def test_summary_lines_default_to_lead_and_first_sentence_or_the_override():
    r = response(
        Position("foreslar", "att X utreds. Mer text.", section_id=1, in_summary=True),
        Position("anser", "något.", section_id=4, in_summary=True, summary_override="Egen rad."),
    )
    doc = compose(r, remiss(), organisation(), Kind.REMISSVAR, TODAY)
    summary = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.role == "summary"]
    assert summary == ["Bolaget föreslår att X utreds.", "Egen rad."]
    assert headings(doc)[1] == "Sammanfattning"


def test_empty_optional_parts_are_left_out():
    doc = compose(response(), remiss(), organisation(), Kind.TJANSTEUTLATANDE, TODAY)
    assert headings(doc) == ["Strategin – svar på remiss från Region Stockholm"]
    filled = compose(
        response(
            economic_consequences="Inga.",
            prepared_by="Ekonomiavdelningen",
            attachments=["Bilaga 1. Remissen"],
            recipients=["Region Stockholm"],
        ),
        remiss(),
        organisation(part_titles={"synpunkter": "Bolagets analys och bedömning"}),
        Kind.TJANSTEUTLATANDE,
        TODAY,
    )
    assert headings(filled)[1:] == [
        "Ärendets beredning",
        "Ekonomiska och juridiska konsekvenser",
        "Bilagor",
        "Beslutet ska skickas till",
    ]
    assert "Ärendet har beretts av Ekonomiavdelningen." in paragraphs(filled)


def test_decision_clauses_starting_with_att_are_a_bullet_list():
    r = response(
        decision_intro="Styrelsen föreslås besluta",
        decision_clauses=["att godkänna yttrandet", "att skicka det", "Ärendet anmäls."],
        attachments=["Yttrandet", "Remissen"],
    )
    doc = compose(r, remiss(), organisation(), Kind.BESLUT, TODAY)
    assert headings(doc)[1:] == ["Beslutsunderlag", "Förslag till beslut"]
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert lists[0].numbered and len(lists[0].items) == 2
    assert not lists[1].numbered
    assert [i[0].text for i in lists[1].items] == ["att godkänna yttrandet", "att skicka det"]
    assert "Ärendet anmäls." in paragraphs(doc)


def test_signatories_of_the_response_replace_the_organisations():
    own = response(signatories=[Signatory("Bo Ek", "Ordförande", 0)])
    block = next(
        b
        for b in compose(own, remiss(), organisation(), Kind.REMISSVAR, TODAY).blocks
        if isinstance(b, Signatures)
    )
    assert [s.name for s in block.signatories] == ["Bo Ek"]
    none = response(signatories=[])
    doc = compose(none, remiss(), organisation(), Kind.REMISSVAR, TODAY)
    assert not any(isinstance(b, Signatures) for b in doc.blocks)


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        (Kind.REMISSVAR, {}, ["Stockholm som ovan"]),
        (Kind.YTTRANDE, {}, ["Enligt uppdrag"]),
        (Kind.TJANSTEUTLATANDE, {}, []),
        (Kind.BESLUT, {"closing": "Enligt uppdrag"}, []),
        (Kind.YTTRANDE, {"closing": "Stockholm dag som ovan"}, ["Stockholm dag som ovan"]),
        (Kind.TJANSTEUTLATANDE, {"closing": "SLUT"}, ["SLUT"]),
        (
            Kind.BESLUT,
            {"decided_by": "styrelsen", "participants": ["A", "B", "C"], "presenter": "D."},
            [
                "Beslut i detta ärende har fattats av styrelsen. I den slutliga handläggningen"
                " har även A, B och C deltagit. Föredragande har varit D."
            ],
        ),
        (
            Kind.REMISSVAR,
            {"presenter": "Eva Berg"},
            ["Föredragande har varit Eva Berg."],
        ),
    ],
)
def test_closing_lines_follow_the_kind_and_the_roles(kind, fields, expected):
    assert closing_lines(response(**fields), organisation(), kind) == expected


def test_header_holds_kind_date_dnr_and_security_class():
    r = response(our_dnr="LOC 2020-0809", security_class="K1")
    doc = compose(r, remiss(), organisation(), Kind.TJANSTEUTLATANDE, TODAY)
    assert doc.header.kind == "TJÄNSTEUTLÅTANDE"
    assert (doc.header.date, doc.header.dnr, doc.header.security_class) == (
        "2026-11-23",
        "LOC 2020-0809",
        "K1",
    )
    assert compose(r, remiss(), organisation(), today=TODAY).header.kind == "REMISSVAR"


def test_preflight_names_what_is_missing_without_blocking():
    r = response(Position("tillstyrker", "x", section_id=3), signatories=[])
    old = remiss()
    old.reply_by = dt.date(2026, 11, 20)
    notes = preflight(r, old, organisation(deciding_body=""), TODAY)
    assert notes == [
        "2 av 4 avsnitt saknar ställningstagande: 1, A.",
        "Vårt diarienummer saknas.",
        "Undertecknare saknas.",
        "Beslutande organ saknas.",
        "Sista svarsdag 2026-11-20 har passerat (3 dagar sedan).",
    ]
    done = response(
        *(Position("tillstyrker", "x", section_id=i) for i in (1, 3, 4)), our_dnr="KS 1"
    )
    assert preflight(done, remiss(), organisation(), TODAY) == []


def test_markdown_escapes_what_the_officer_typed():
    r = response(
        Position("fritext", "Pris: 5 * 3 <b> & [länk] # nej", section_id=1),
        Position("tillstyrker", "förslaget.", section_id=4),
        Position("anser", "x", section_id=4, in_summary=True, summary_override="1. Först"),
    )
    md = render_markdown(compose(r, remiss(), organisation(), Kind.REMISSVAR, TODAY))
    assert r"Pris: 5 \* 3 \<b\> & \[länk\] \# nej" in md
    assert "\n1\\. Först\n" in md
    assert "*Bolaget tillstyrker* förslaget." in md
    assert "\n## Ställningstaganden\n" in md and "\n### A. Forskning\n" in md
    plain = render_markdown(compose(r, remiss(), organisation(), Kind.YTTRANDE, TODAY))
    assert "Bolaget tillstyrker förslaget." in plain
    assert (
        render_markdown(
            compose(
                response(Position("fritext", "- punkt", section_id=1)),
                remiss(),
                organisation(),
                Kind.REMISSVAR,
                TODAY,
            )
        ).count("\n- punkt\n")
        == 1
    )


def test_with_no_ort_the_closing_never_puts_the_organisation_where_the_place_belongs():
    """Issue 15: "Vägföreningen Ubbhult som ovan" – the name stood in for the missing ort."""
    from workbench.core.model import Response
    from workbench.document.case_fields import missing_for_export

    nowhere = organisation(name="Vägföreningen Ubbhult", city="")
    r = response()
    assert closing_lines(r, nowhere, Kind.REMISSVAR) == []
    doc = compose(r, remiss(), nowhere, Kind.REMISSVAR, TODAY)
    assert not any("som ovan" in p.text for p in doc.blocks if isinstance(p, Paragraph))
    assert any(note.startswith("Ort saknas") for note in preflight(r, remiss(), nowhere, TODAY))
    assert any(label.startswith("Ort saknas") for label in missing_for_export(r, nowhere))
    # A closing of the officer's own, or another kind, needs no ort.
    own = response(closing="Ubbhult den 1 mars")
    assert not any(n.startswith("Ort") for n in preflight(own, remiss(), nowhere, TODAY))
    opinion = Response(remiss_id=1, organisation_id=1, kind=Kind.YTTRANDE)
    assert not any(label.startswith("Ort") for label in missing_for_export(opinion, nowhere))


def test_the_address_line_names_the_recipient_the_officer_wrote():
    """Issue 15: the address line said "Till Marks kommun" though the officer wrote
    "Marks kommun, samhällsbyggnadsförvaltningen" as the recipient."""
    written = response(addressee="Marks kommun, samhällsbyggnadsförvaltningen")
    letter = compose(written, remiss(), organisation(), Kind.REMISSVAR, TODAY)
    address = [p.text for p in letter.blocks if isinstance(p, Paragraph) and p.role == "addressee"]
    assert address == ["Till Marks kommun, samhällsbyggnadsförvaltningen"]
    opinion = compose(written, remiss(), organisation(), Kind.YTTRANDE, TODAY)
    address = [p.text for p in opinion.blocks if isinstance(p, Paragraph) and p.role == "addressee"]
    assert address == ["Marks kommun, samhällsbyggnadsförvaltningen"]
    # Empty: the remiss's sender for a remissvar, the deciding body for a yttrande.
    plain = compose(response(), remiss(), organisation(), Kind.YTTRANDE, TODAY)
    address = [p.text for p in plain.blocks if isinstance(p, Paragraph) and p.role == "addressee"]
    assert address == ["Styrelsen"]
