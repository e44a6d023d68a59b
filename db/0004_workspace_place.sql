-- 0004_workspace_place: where the officer last was in each response, so the workspace opens
-- there again. Not part of the case: no version or read-only rule concerns it, and it goes
-- with its response (or section) when that is deleted.

CREATE TABLE workspace_places (
    response_id INTEGER PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
    section_id  INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
