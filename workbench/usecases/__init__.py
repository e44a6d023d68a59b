"""Use cases: the actions that combine the store with the pure layers, shared by the CLI and
the TUI: export a response (export), review diffs and reports (review), import answers
(answer_import), export the compilation (compilation_export), load the demo data (demo) and
check a response's language (language). It may import every layer below it (core, document,
review, search, ingest, answer, compilation, language, store); never textual, the CLI or the TUI."""
