-- 0008_answer_reading: how a received answer was read, kept beside it so nothing it says is
-- lost and every reading can be checked (issue 18).
--
-- A position keeps why it went to its section ("cites § 6.4.3", "heading ≈ 6.4.3
-- Strandskydd", "content", "whole: sammanfattning"); a section keeps the page of the remiss it
-- starts on, when the reader knew it, so an answer's "s. 15" finds its section. An import
-- keeps the paragraphs it did not take as positions (letterhead, addresses, signatures,
-- attachment lists) with why, the answer's overall stance and the sentence it was read from,
-- and which earlier answer of the same organisation it completes (a komplettering).

ALTER TABLE positions ADD COLUMN placed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sections ADD COLUMN page INTEGER;

ALTER TABLE answer_imports ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]';
ALTER TABLE answer_imports ADD COLUMN overall_stance TEXT NOT NULL DEFAULT '';
ALTER TABLE answer_imports ADD COLUMN overall_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE answer_imports ADD COLUMN supplements INTEGER
    REFERENCES responses(id) ON DELETE SET NULL;
ALTER TABLE answer_imports ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
