"""What is left to do on a response, by the export's own rule (compose.unanswered_sections):
a section needs a position or "inga synpunkter" of its own, unless one of its subsections has
one. So the workspace, Ärenden and the export's preflight always agree on what is left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.model import Position, Remiss, Response, Section
from workbench.document.compose import unanswered_sections


@dataclass
class Coverage:
    total: int
    unanswered: list[Section] = field(default_factory=list)
    # Sections with no position of their own that a subsection's position covers.
    covered_ids: set[int] = field(default_factory=set)

    @property
    def done(self) -> int:
        return self.total - len(self.unanswered)


def coverage(positions: list[Position], remiss: Remiss) -> Coverage:
    """`positions`: all of one response's positions; `remiss`: with its sections."""
    probe = Response(remiss_id=remiss.id or 0, organisation_id=0, positions=positions)
    unanswered = unanswered_sections(probe, remiss)
    own = {p.section_id for p in positions if p.section_id is not None}
    missing = {s.id for s in unanswered}
    covered = {s.id for s in remiss.sections if s.id not in own and s.id not in missing}
    return Coverage(len(remiss.sections), unanswered, covered)
