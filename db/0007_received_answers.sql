-- 0007_received_answers: other organisations' answers, read into the store for a
-- remissammanställning (the sender's side).
--
-- A received answer is an ordinary response with origin 'received' (our own are 'own') and the
-- status 'skickad': its author sent it. Its words are never rewritten, but our reading of them
-- is ours to correct: the organisation it is filed under, and each position's section and
-- stance. Every position the import was unsure of is queued (needs_review) with why.

ALTER TABLE responses ADD COLUMN origin TEXT NOT NULL DEFAULT 'own'
    CHECK (origin IN ('own', 'received'));
CREATE INDEX responses_origin ON responses(remiss_id, origin);

-- The lead as the answer writes it ("Stockholms stad välkomnar", "Locum ser positivt på");
-- empty for our own positions, whose lead is the organisation's subject and the stance's verb.
ALTER TABLE positions ADD COLUMN lead TEXT NOT NULL DEFAULT '';
-- How sure the import was of the stance and the section (0–1); NULL for positions typed in.
ALTER TABLE positions ADD COLUMN stance_confidence REAL;
ALTER TABLE positions ADD COLUMN section_confidence REAL;
ALTER TABLE positions ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0
    CHECK (needs_review IN (0, 1));
ALTER TABLE positions ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
CREATE INDEX positions_review ON positions(response_id) WHERE needs_review = 1;

-- Where a received answer came from and how it was read.
CREATE TABLE answer_imports (
    response_id             INTEGER PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
    source_name             TEXT NOT NULL DEFAULT '',
    source_sha256           TEXT NOT NULL DEFAULT '',
    method                  TEXT NOT NULL DEFAULT 'text' CHECK (method IN ('text', 'sidecar')),
    organisation_guess      TEXT NOT NULL DEFAULT '',
    organisation_confidence REAL NOT NULL DEFAULT 1.0,
    -- 0 while the organisation is a guess the officer has not confirmed
    organisation_confirmed  INTEGER NOT NULL DEFAULT 1 CHECK (organisation_confirmed IN (0, 1)),
    warnings                TEXT NOT NULL DEFAULT '[]',
    imported_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX answer_imports_sha ON answer_imports(source_sha256);

-- The read-only rule of 0006, with room for corrections of a received answer. Our own approved
-- responses stay as 0006 made them: nothing changes without reopening.
DROP TRIGGER responses_read_only;
CREATE TRIGGER responses_read_only BEFORE UPDATE OF
    remiss_id, kind, title, subtitle, our_dnr, date, officer, reviewer,
    deciding_body, meeting_date, prepared_by, presenter, decided_by, participants, summary,
    case_description, background, decision_intro, decision_clauses, economic_consequences,
    legal_consequences, environmental_consequences, closing, attachments, recipients,
    security_class, signatories, section_headings, origin
ON responses
WHEN OLD.status IN ('godkand', 'beslutad', 'skickad')
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;

-- A received answer may be filed under another organisation (the import guessed wrong).
CREATE TRIGGER responses_read_only_organisation BEFORE UPDATE OF organisation_id ON responses
WHEN OLD.status IN ('godkand', 'beslutad', 'skickad') AND OLD.origin = 'own'
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;

DROP TRIGGER positions_read_only_update;
CREATE TRIGGER positions_read_only_update BEFORE UPDATE ON positions
WHEN ((SELECT status FROM responses WHERE id = OLD.response_id)
      IN ('godkand', 'beslutad', 'skickad')
      AND (SELECT origin FROM responses WHERE id = OLD.response_id) = 'own')
  OR ((SELECT status FROM responses WHERE id = NEW.response_id)
      IN ('godkand', 'beslutad', 'skickad')
      AND (SELECT origin FROM responses WHERE id = NEW.response_id) = 'own')
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;

-- Of a received answer's position, only our reading changes: section, stance, the queue.
CREATE TRIGGER positions_received_words BEFORE UPDATE OF
    response_id, text, lead, verb_override, in_summary, summary_override
ON positions
WHEN (SELECT origin FROM responses WHERE id = OLD.response_id) = 'received'
 AND (SELECT status FROM responses WHERE id = OLD.response_id)
     IN ('godkand', 'beslutad', 'skickad')
BEGIN
    SELECT RAISE(ABORT, 'Ett mottaget svar skrivs inte om; bara avsnitt och hållning kan rättas.');
END;

-- A received answer's paragraph that is no position (a heading read as text) may be dropped.
DROP TRIGGER positions_read_only_delete;
CREATE TRIGGER positions_read_only_delete BEFORE DELETE ON positions
WHEN (SELECT status FROM responses WHERE id = OLD.response_id)
     IN ('godkand', 'beslutad', 'skickad')
 AND (SELECT origin FROM responses WHERE id = OLD.response_id) = 'own'
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;
