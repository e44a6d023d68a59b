"""How search hits read on screen, as rich Text (no widgets here): where a hit is from, its
snippet with the matched words marked, and its whole text with every match marked."""

from __future__ import annotations

from rich.text import Text

from workbench.core.model import SearchHit
from workbench.core.stances import verb_for
from workbench.search.query import snippet

MATCH_STYLE = "bold yellow"
GENERAL_SHORT = "övergripande"  # a position on the remiss as a whole
# Marks that no text holds, so a bracket typed by an officer is never taken for a match.
_OPEN, _CLOSE = "\ue000", "\ue001"


def marked(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> Text:
    """`text` with the (start, end) spans in the match style."""
    shown = Text(text)
    for start, end in spans:
        shown.stylize(MATCH_STYLE, start, end)
    return shown


def snippet_text(hit: SearchHit) -> Text:
    """One line around the matches, the matched words marked."""
    line = snippet(hit.text, list(hit.matches), marks=(_OPEN, _CLOSE))
    if not hit.matches and hit.kind == "section":
        line = hit.snippet  # the match was in the title: the stored snippet shows its start
    text = Text()
    for index, part in enumerate(line.replace(_CLOSE, _OPEN).split(_OPEN)):
        text.append(part, style=MATCH_STYLE if index % 2 else "")
    return text


def where(hit: SearchHit, verbs: dict[str, str]) -> Text:
    """Whose it is and where: organisation (or Remisstext), remiss, section, verb, status."""
    line = Text()
    if hit.kind == "section":
        line.append("Remisstext", style="bold cyan")
    else:
        line.append(hit.organisation, style="bold")
    line.append(f" · {hit.remiss_title}", style="dim")
    section = " ".join(part for part in (hit.section or "", hit.section_title) if part)
    line.append(f" · {section or GENERAL_SHORT}", style="dim")
    if hit.kind == "position":
        verb = verb_for(hit, verbs)
        line.append(" · ")
        line.append(verb or "(fritext)", style="italic")
        if hit.status is not None:
            line.append(f" · {hit.status.label}", style="dim")
    if hit.date is not None:
        line.append(f" · {hit.date.isoformat()}", style="dim")
    return line


def hit_lines(hit: SearchHit, verbs: dict[str, str]) -> Text:
    """Two lines for a list of hits: where it is from, then the snippet."""
    text = where(hit, verbs)
    text.append("\n  ")
    text.append_text(snippet_text(hit))
    return text
