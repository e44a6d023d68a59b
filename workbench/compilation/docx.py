"""Compilation → a remissammanställning: a Document for Word and Markdown, and CSV.

The document is written to be pasted into the sender's tjänsteutlåtande: a title, who was
asked and who answered, an overview table with the counts per section, then per section the
counts with the organisations named, and each organisation's positions in its own words under
its name. Sections nobody commented on are listed together at the end, not printed empty.

The CSV has one row per position (not per cell: an organisation with three positions on a
section gives three rows), UTF-8 with a byte order mark and semicolons, which is what Excel
opens with å, ä and ö right on a Swedish computer.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from workbench.compilation.matrix import (
    GENERAL_TITLE,
    MARK_LABELS,
    MARKS,
    SILENT,
    Compilation,
    SectionRow,
)
from workbench.core.model import KIND_LABELS, Kind
from workbench.core.stances import NONE
from workbench.document.compose import (
    Block,
    Document,
    Header,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    Table,
    join_names,
    text_blocks,
)

KIND = "REMISSAMMANSTÄLLNING"
TITLE, PART, ORGANISATION = 1, 2, 3
CSV_COLUMNS = (
    "Avsnitt",
    "Rubrik",
    "Organisation",
    "Hållning",
    "Ställningstagande",
    "Text",
    "Att bekräfta",
    "Svarets helhetshållning",
)
# The overall stance of an answer, by stance class (the compilation's marks, and proposals).
OVERALL_LABELS = {
    "for": "För",
    "partly": "Delvis för",
    "against": "Emot",
    "proposal": "Förslag",
    "comment": "Synpunkter",
    "neutral": "Synpunkter",
    "none": "Inga synpunkter",
    "": "Ej avgjord",
}
_NONE_LABEL = "Inga synpunkter eller ej berört"
_NONE_COLUMN = "Inga / ej berört"


def compilation_document(compilation: Compilation, today: dt.date | None = None) -> Document:
    remiss = compilation.remiss
    date = (today or dt.date.today()).isoformat()
    title = f"Remissammanställning: {remiss.title}"
    document = Document(
        # The compilation is no response kind; its file is built from its own template
        # (templates/remissammanstallning.docx), and a tjänsteutlåtande is where it goes.
        kind=Kind.TJANSTEUTLATANDE,
        title=title,
        header=Header(
            organisation=remiss.sender or "Remissammanställning",
            kind=KIND,
            date=date,
            dnr=remiss.sender_dnr,
        ),
        italic_leads=True,
        remiss_title=remiss.title,
        sender=remiss.sender,
        sender_dnr=remiss.sender_dnr,
    )
    blocks: list[Block] = [Heading(title, TITLE), *_introduction(compilation)]
    if compilation.columns:
        blocks += [Heading("Remissinstanserna och deras hållning", PART), _answers(compilation)]
        blocks += _set_aside(compilation)
        blocks += [Heading("Översikt", PART), *_overview(compilation)]
    silent = []
    for row in compilation.rows:
        if not row.cells:
            if row.section is not None:
                silent.append(row.heading)
            continue
        blocks += _section(row, compilation)
    if silent:
        blocks += [
            Heading("Avsnitt utan synpunkter", PART),
            Paragraph([Run("Ingen remissinstans har lämnat synpunkter på följande avsnitt:")]),
            ListBlock([[Run(heading)] for heading in silent]),
        ]
    document.blocks = blocks
    return document


def _introduction(compilation: Compilation) -> list[Block]:
    remiss = compilation.remiss
    sent = f"Remissen {remiss.title}"
    if remiss.sender:
        sent += f" från {remiss.sender}"
    if remiss.sender_dnr:
        sent += f" (dnr {remiss.sender_dnr})"
    names = compilation.answering_organisations
    if names:
        count = len(names)
        # An organisation's komplettering is an answer of its own, not another remissinstans.
        answers = len(compilation.columns)
        extra = f" ({answers} svar med kompletteringarna)" if answers != count else ""
        answered = (
            f"{sent} har besvarats av {count} remissinstans{'er' if count != 1 else ''}{extra}:"
            f" {join_names(names)}."
        )
    else:
        answered = f"{sent} har ännu inga svar."
    blocks: list[Block] = [Paragraph([Run(answered)])]
    blocks.append(
        Paragraph(
            [
                Run(
                    "Sammanställningen redovisar per avsnitt hur många remissinstanser som är"
                    " för, delvis för eller emot, som lämnar andra synpunkter och som inte har"
                    " synpunkter, och därefter varje remissinstans ställningstaganden med dess"
                    " egna ord."
                )
            ]
        )
    )
    review = compilation.review_count
    if review:
        blocks.append(
            Paragraph(
                [
                    Run(
                        f"{review} ställningstagande{'n' if review != 1 else ''} från inlästa"
                        " svar är ännu inte bekräftade av handläggaren; deras avsnitt och"
                        " hållning är maskinens bedömning."
                    )
                ]
            )
        )
    unconfirmed = compilation.unconfirmed_senders
    if unconfirmed:
        names = join_names([c.organisation for c in unconfirmed])
        blocks.append(
            Paragraph(
                [
                    Run(
                        f"Avsändaren av {len(unconfirmed)} svar är gissad ur svarets text och"
                        f" ännu inte bekräftad av handläggaren: {names}."
                    )
                ]
            )
        )
    return blocks


def overall_label(stance_class: str) -> str:
    return OVERALL_LABELS.get(stance_class, OVERALL_LABELS[""])


def _answers(compilation: Compilation) -> Table:
    """One row per answer: who, its overall stance, and what it was read from."""
    rows = [["Remissinstans", "Helhetshållning", "Svar"]]
    for column in compilation.columns:
        what = column.source_name or ("skrivet här" if not column.received else "")
        if column.supplements is not None:
            what = f"{what}, komplettering".strip(", ")
        rows.append([column.organisation, overall_label(column.overall), what])
    # "Helhetshållning" whole in its header at 11 pt: a word that long does not wrap
    return Table(rows, align=["left", "left", "left"], widths=[10, 7, 12])


def _set_aside(compilation: Compilation) -> list[Block]:
    """Own drafts of an organisation whose received answer is shown instead: said, not
    dropped in silence."""
    aside = [(c.organisation, c.superseded) for c in compilation.columns if c.superseded]
    if not aside:
        return []
    items = [
        [Run(f"{name}: eget yttrande {', '.join(str(i) for i in ids)} (mottaget svar visas)")]
        for name, ids in aside
    ]
    return [
        Paragraph([Run("Yttranden skrivna här som ersatts av ett inläst svar:")]),
        ListBlock(items),
    ]


def _overview(compilation: Compilation) -> list[Block]:
    """The counts of each section some answer speaks to; those none speaks to are named once,
    under "Avsnitt utan synpunkter", not as rows of zeros (a detaljplan has 60 of them)."""
    header = ["Avsnitt", *(MARK_LABELS[m] for m in MARKS)]
    header[-1] = _NONE_COLUMN
    rows = [header]
    untouched = 0
    for row in compilation.rows:
        if not row.cells and row.section is not None:
            untouched += 1
            continue
        # The last column is "Inga / ej berört": inga synpunkter and nothing said, together.
        counts = [row.counts[m] + (row.counts[SILENT] if m == NONE else 0) for m in MARKS]
        rows.append([row.heading, *(str(count) for count in counts)])
    table = Table(rows, align=["left", *["right"] * len(MARKS)], widths=[12, 2, 3, 3, 5, 4])
    if not untouched:
        return [table]
    note = (
        "Ett avsnitt som inget svar berör står inte i tabellen; det finns under"
        " Avsnitt utan synpunkter."
        if untouched == 1
        else f"De {untouched} avsnitt som inget svar berör står inte i tabellen; de finns"
        " under Avsnitt utan synpunkter."
    )
    return [table, Paragraph([Run(note)])]


def _section(row: SectionRow, compilation: Compilation) -> list[Block]:
    blocks: list[Block] = [Heading(row.heading, PART), Paragraph([Run(_counts(row, compilation))])]
    for name, cell in row.cells.items():
        blocks.append(Heading(f"{name} ({MARK_LABELS[cell.mark].lower()})", ORGANISATION))
        for position in cell.positions:
            blocks += _position_blocks(position.lead, position.text)
    return blocks


def _counts(row: SectionRow, compilation: Compilation) -> str:
    """ "För: 2 (Locum AB, Stockholms stad). Synpunkter: 1 (Huddinge kommun). Inga synpunkter
    eller ej berört: 1." """
    by_mark: dict[str, list[str]] = {m: [] for m in MARKS}
    for name in compilation.organisations:
        mark = row.mark(name)
        by_mark[NONE if mark == SILENT else mark].append(name)
    parts = []
    for mark in MARKS:
        names = by_mark[mark]
        if not names:
            continue
        label = _NONE_LABEL if mark == NONE else MARK_LABELS[mark]
        listed = f" ({', '.join(names)})" if mark != NONE or len(names) <= 3 else ""
        parts.append(f"{label}: {len(names)}{listed}.")
    return " ".join(parts)


def _position_blocks(lead: str, text: str) -> list[Block]:
    blocks = text_blocks(text)
    if not lead:
        return blocks
    lead_run = Run(lead, lead=True)
    if blocks and isinstance(blocks[0], Paragraph):
        first = blocks[0]
        separator = "" if first.text.startswith((",", ".", ":", ";")) else " "
        return [Paragraph([lead_run, Run(separator), *first.runs], "position"), *blocks[1:]]
    ending = ":" if blocks else "."
    return [Paragraph([lead_run, Run(ending)], "position"), *blocks]


def compilation_csv(compilation: Compilation) -> str:
    """One row per position, with a header row; UTF-8 with BOM when written (`csv_bytes`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    overall = {c.organisation: overall_label(c.overall) for c in compilation.columns}
    for row in compilation.rows:
        number = row.number or ""
        title = row.section.title if row.section else GENERAL_TITLE
        for cell in row.cells.values():
            for position in cell.positions:
                writer.writerow(
                    [
                        number,
                        title,
                        position.organisation,
                        MARK_LABELS[position.mark],
                        position.stance_label,
                        position.reads,
                        "ja" if position.needs_review else "",
                        overall.get(position.organisation, ""),
                    ]
                )
    return buffer.getvalue()


def csv_bytes(compilation: Compilation) -> bytes:
    return compilation_csv(compilation).encode("utf-8-sig")


def kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return kind
