"""Språkgranskning over a stored response: the store's word list and ignored findings, the
remiss and the organisation, handed to the pure checker (`workbench.language`)."""

from __future__ import annotations

import threading

from workbench.language.check import LanguageChecker
from workbench.language.dictionary import Dictionary, DictionaryMissing
from workbench.language.findings import Report

_dictionary: Dictionary | None = None
_missing: str = ""
_loading = threading.Lock()  # the workspace and the export dialog may both ask at once


def shared_dictionary() -> Dictionary | None:
    """The process's one dictionary, loaded on first need (about a second); None, with the
    reason in `dictionary_missing()`, when it is not installed."""
    global _dictionary, _missing
    with _loading:
        if _dictionary is None and not _missing:
            try:
                _dictionary = Dictionary.load()
            except DictionaryMissing as exc:
                _missing = str(exc)
    return _dictionary


def dictionary_missing() -> str:
    return _missing


def checker_for(store, response_id: int, dictionary: Dictionary | None) -> LanguageChecker:
    response = store.get_response(response_id, with_positions=False)
    remiss = store.get_remiss(response.remiss_id)
    organisation = store.get_organisation(response.organisation_id)
    return LanguageChecker(
        dictionary,
        remiss,
        organisation,
        store.vocabulary(organisation.id),
        store.word_list(organisation.id),
    )


def check(store, response_id: int, with_suggestions: bool = False) -> Report:
    """Every finding of a stored response, less those ignored where they are."""
    checker = checker_for(store, response_id, shared_dictionary())
    response = store.get_response(response_id)
    return checker.check_response(
        response, store.ignored_findings(response_id), with_suggestions=with_suggestions
    )
