"""The sender's compilation of the answers (remissammanställning): the matrix of
organisations × sections and its marks (matrix), and the Word/CSV document made from it
(docx). Pure: it may import `workbench.core` and `workbench.document`; never textual, the store
or sqlite (`workbench.usecases.compilation_export` loads the answers and writes the files)."""
