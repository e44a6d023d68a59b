"""Språkgranskning: Swedish spelling, klarspråk and consistency checks over a response.

Pure: no Textual, no store. `LanguageChecker` (check.py) runs the checks; `Dictionary`
(dictionary.py) is the Swedish Hunspell dictionary, loaded on first need, never at start.
"""

from workbench.language.check import LanguageChecker
from workbench.language.dictionary import Dictionary, DictionaryMissing
from workbench.language.findings import KIND_LABELS, KINDS, Finding, Report

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "Dictionary",
    "DictionaryMissing",
    "Finding",
    "LanguageChecker",
    "Report",
]
