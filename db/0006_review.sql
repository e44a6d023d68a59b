-- 0006_review: why a version was taken, and the read-only rule of an approved response as a
-- backstop in the schema. The store checks the rule first with a clear message
-- (workbench.review.workflow.READ_ONLY_MESSAGE, the same sentence); these triggers catch any write
-- path that forgets to, so no code can change an approved (godkand), decided (beslutad) or
-- sent (skickad) response without reopening it. Status changes themselves stay possible, and
-- so do comments. A new content column of `responses` must be added to the first trigger.

-- manual: "spara version"; transition: taken by a status change; restore: made by restoring.
ALTER TABLE versions ADD COLUMN cause TEXT NOT NULL DEFAULT 'manual'
    CHECK (cause IN ('manual', 'transition', 'restore'));
CREATE INDEX versions_cause ON versions(response_id, cause, status, number);

CREATE INDEX comments_open ON comments(response_id, resolved_at, parent_id);

CREATE TRIGGER responses_read_only BEFORE UPDATE OF
    remiss_id, organisation_id, kind, title, subtitle, our_dnr, date, officer, reviewer,
    deciding_body, meeting_date, prepared_by, presenter, decided_by, participants, summary,
    case_description, background, decision_intro, decision_clauses, economic_consequences,
    legal_consequences, environmental_consequences, closing, attachments, recipients,
    security_class, signatories, section_headings
ON responses
WHEN OLD.status IN ('godkand', 'beslutad', 'skickad')
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;

CREATE TRIGGER positions_read_only_insert BEFORE INSERT ON positions
WHEN (SELECT status FROM responses WHERE id = NEW.response_id)
     IN ('godkand', 'beslutad', 'skickad')
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;

CREATE TRIGGER positions_read_only_update BEFORE UPDATE ON positions
WHEN (SELECT status FROM responses WHERE id = OLD.response_id)
     IN ('godkand', 'beslutad', 'skickad')
  OR (SELECT status FROM responses WHERE id = NEW.response_id)
     IN ('godkand', 'beslutad', 'skickad')
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;

-- Deleting the response itself (or its remiss) cascades here after the response row is gone,
-- so the subquery finds nothing and the cascade goes through.
CREATE TRIGGER positions_read_only_delete BEFORE DELETE ON positions
WHEN (SELECT status FROM responses WHERE id = OLD.response_id)
     IN ('godkand', 'beslutad', 'skickad')
BEGIN
    SELECT RAISE(ABORT, 'Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra.');
END;
