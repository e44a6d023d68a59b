"""Document → file: docx.py (Word, from the kind's template), markdown.py, pdf.py (LibreOffice)
and sidecar.py (JSON for a compiling sender). Nothing here imports the Word libraries at
module top: docx, docxtpl and lxml are loaded inside the functions that need them."""
