"""`make eval`, its remiss block: remiss import measured against expected outlines written by hand.

`remiss/<document-stem>.toml` holds, for each real document in `../shared` (corpus, samples,
seeds), the headings a Swedish reader of it answers to (`labels.py` reads them). `score.py`
aligns the importer's sections with them; `one.py` reads one document in a subprocess, so time and
peak memory are that document's alone; `__main__.py` prints the table and, with
`--write-readme`, puts it in README.md's Mätningar. Never run by the unit suite; no figure is
asserted anywhere. The answers block (`answers_eval.py`, labels in `answers/`) is run by
`make eval` after this one.
"""
