-- 0005_search: search with Swedish word forms over positions and the sections of remisses.
--
-- The indexes hold Snowball stems (workbench/search/stemming.py), not the text as typed, so that
-- "tillstyrka" finds "tillstyrker". Stemming is Python, which a trigger cannot call; so the
-- work is split:
--   * triggers (plain SQL, fired for every writer: the store, a script, the sqlite3 shell)
--     drop a changed or deleted row from the index at once, so a search never finds text that
--     is gone, and queue the row in search_pending;
--   * the store (SearchQueries.refresh_search_index) stems the queued rows into the index
--     before every search and when a store is opened, so nothing written is ever missed.
-- The indexes keep their own copy of the stems (not contentless) so that a trigger can delete
-- a row by its id alone: SQLite before 3.43 cannot delete from a contentless FTS5 table
-- without the exact stems it indexed.
-- remove_diacritics 0 keeps å, ä, ö distinct letters ("var" is not "vår").

-- The unstemmed index of 0001 is replaced by position_search.
DROP TRIGGER positions_fts_insert;
DROP TRIGGER positions_fts_delete;
DROP TRIGGER positions_fts_update;
DROP TABLE positions_fts;

-- A position is indexed with the verb of its stance ("avstyrker", or the officer's own
-- wording), since the position reads as one sentence that opens with it. `tags` holds tokens
-- for the filters (organisation, remiss, status, stance, month: workbench/search/query.py),
-- so that a filter is one more term of the MATCH; user text never searches that column.
CREATE VIRTUAL TABLE position_search USING fts5(
    verb,
    text,
    tags,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE section_search USING fts5(
    title,
    body,
    tags,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Every stem ever indexed: a prefix ("kompetens*") is searched as the few stems it stands
-- for. Never pruned: a stem no row holds any more matches nothing.
CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;

-- Rows written since they were last indexed ('position' or 'section', and the row's id).
CREATE TABLE search_pending (
    kind TEXT NOT NULL CHECK (kind IN ('position', 'section')),
    id   INTEGER NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- What the store already holds is indexed on the first open after this migration.
INSERT INTO search_pending (kind, id) SELECT 'position', id FROM positions;
INSERT INTO search_pending (kind, id) SELECT 'section', id FROM sections;

CREATE TRIGGER position_search_insert AFTER INSERT ON positions BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('position', new.id);
END;
-- updated_at: a position without a dated response is filed under the day it last changed.
CREATE TRIGGER position_search_update
AFTER UPDATE OF id, response_id, text, stance, verb_override, updated_at ON positions BEGIN
    DELETE FROM position_search WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'position' AND id = old.id;
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('position', new.id);
END;
CREATE TRIGGER position_search_delete AFTER DELETE ON positions BEGIN
    DELETE FROM position_search WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'position' AND id = old.id;
END;

CREATE TRIGGER section_search_insert AFTER INSERT ON sections BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('section', new.id);
END;
CREATE TRIGGER section_search_update AFTER UPDATE OF id, remiss_id, title, body ON sections BEGIN
    DELETE FROM section_search WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'section' AND id = old.id;
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('section', new.id);
END;
CREATE TRIGGER section_search_delete AFTER DELETE ON sections BEGIN
    DELETE FROM section_search WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'section' AND id = old.id;
END;

-- An organisation's own verb is indexed with its positions: re-index them when it is written
-- (the store writes an organisation's verbs by deleting and inserting them).
CREATE TRIGGER organisation_stance_search AFTER INSERT ON organisation_stances BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id)
    SELECT 'position', p.id FROM positions p JOIN responses r ON r.id = p.response_id
    WHERE r.organisation_id = new.organisation_id AND p.stance = new.key;
END;

-- What a response or a remiss files its rows under (the tags) changed: index them again.
CREATE TRIGGER response_search_update
AFTER UPDATE OF organisation_id, remiss_id, status, date ON responses BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id)
    SELECT 'position', id FROM positions WHERE response_id = new.id;
END;
CREATE TRIGGER remiss_search_update AFTER UPDATE OF received, created_at ON remisses BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id)
    SELECT 'section', id FROM sections WHERE remiss_id = new.id;
END;
