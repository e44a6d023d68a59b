"""Språkgranskning: Swedish spelling, klarspråk and consistency checks over a response
(issue 16). `check.LanguageChecker` runs them; `dictionary.Dictionary` is the Swedish
Hunspell dictionary, loaded on first need, never at start; `findings.Finding` is what they
find. Pure: it imports `core` and `search` (stemming), never textual, the store or sqlite."""
