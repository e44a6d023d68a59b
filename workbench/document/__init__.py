"""A response as a document: compose.py turns a response into a Document (headings,
paragraphs, signatures) and decides what is left to answer (coverage.py, case_fields.py);
docx.py (Word, from the kind's template), markdown.py, pdf.py (LibreOffice) and sidecar.py (JSON
for a compiling sender) write it out, through files.py's temp-file-and-rename. It may import
`workbench.core`, `workbench.errors` and `workbench.paths`; never textual, the store or sqlite,
and no module here imports the Word libraries at top level: docx, docxtpl and lxml are loaded
inside the functions that need them."""
