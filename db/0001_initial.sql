-- 0001_initial: organisations, remisses with their section tree, responses with positions,
-- the review tables (comments, versions, events) and full-text search over positions.
-- Dates are ISO text (YYYY-MM-DD); timestamps ISO text in UTC. Lists are JSON arrays.

CREATE TABLE organisations (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    subject        TEXT NOT NULL DEFAULT '',   -- the subject of positions: "Bolaget"
    city           TEXT NOT NULL DEFAULT '',   -- ort, as in "Stockholm som ovan"
    deciding_body  TEXT NOT NULL DEFAULT '',
    default_kind   TEXT NOT NULL DEFAULT 'remissvar'
                   CHECK (default_kind IN ('remissvar', 'yttrande', 'tjansteutlatande', 'beslut')),
    security_class TEXT NOT NULL DEFAULT '',
    part_titles    TEXT NOT NULL DEFAULT '{}', -- JSON: the organisation's own part headings
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE signatories (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    ord             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX signatories_organisation ON signatories(organisation_id, ord);

-- An organisation's own verbs beside the built-in vocabulary ("ser positivt på").
CREATE TABLE organisation_stances (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    verb            TEXT NOT NULL,
    stance_class    TEXT NOT NULL
                    CHECK (stance_class IN ('for', 'partly', 'against', 'comment', 'proposal', 'neutral', 'none')),
    UNIQUE (organisation_id, key)
);

CREATE TABLE remisses (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    sender        TEXT NOT NULL DEFAULT '',
    sender_dnr    TEXT NOT NULL DEFAULT '',
    received      TEXT,
    reply_by      TEXT,
    source_name   TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The section tree is document order (ord) plus level; a parent is the nearest earlier
-- section of lower level, so re-levelling or moving never leaves a stale parent pointer.
CREATE TABLE sections (
    id        INTEGER PRIMARY KEY,
    remiss_id INTEGER NOT NULL REFERENCES remisses(id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    number    TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    level     INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 9),
    body      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sections_remiss ON sections(remiss_id, ord);

CREATE TABLE responses (
    id                         INTEGER PRIMARY KEY,
    remiss_id                  INTEGER NOT NULL REFERENCES remisses(id) ON DELETE CASCADE,
    organisation_id            INTEGER NOT NULL REFERENCES organisations(id),
    kind                       TEXT NOT NULL DEFAULT 'remissvar'
                               CHECK (kind IN ('remissvar', 'yttrande', 'tjansteutlatande', 'beslut')),
    status                     TEXT NOT NULL DEFAULT 'utkast'
                               CHECK (status IN ('utkast', 'granskning', 'atergiven', 'godkand', 'beslutad', 'skickad')),
    title                      TEXT NOT NULL DEFAULT '',
    subtitle                   TEXT NOT NULL DEFAULT '',
    our_dnr                    TEXT NOT NULL DEFAULT '',
    date                       TEXT,
    officer                    TEXT NOT NULL DEFAULT '',
    reviewer                   TEXT NOT NULL DEFAULT '',
    deciding_body              TEXT NOT NULL DEFAULT '',
    meeting_date               TEXT,
    prepared_by                TEXT NOT NULL DEFAULT '',
    presenter                  TEXT NOT NULL DEFAULT '',
    decided_by                 TEXT NOT NULL DEFAULT '',
    participants               TEXT NOT NULL DEFAULT '[]',
    summary                    TEXT NOT NULL DEFAULT '',
    case_description           TEXT NOT NULL DEFAULT '',
    background                 TEXT NOT NULL DEFAULT '',
    decision_intro             TEXT NOT NULL DEFAULT '',
    decision_clauses           TEXT NOT NULL DEFAULT '[]',
    economic_consequences      TEXT NOT NULL DEFAULT '',
    legal_consequences         TEXT NOT NULL DEFAULT '',
    environmental_consequences TEXT NOT NULL DEFAULT '',
    closing                    TEXT NOT NULL DEFAULT '',
    attachments                TEXT NOT NULL DEFAULT '[]',
    recipients                 TEXT NOT NULL DEFAULT '[]',
    security_class             TEXT NOT NULL DEFAULT '',
    signatories                TEXT,  -- JSON [{name, title}]; NULL: the organisation's
    -- 1: positions print under the remiss's section headings (seed 001); 0: as flowing
    -- prose in the officer's order (seeds 000, 003, 004), still bound to their sections.
    section_headings           INTEGER NOT NULL DEFAULT 1 CHECK (section_headings IN (0, 1)),
    created_at                 TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at                 TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX responses_remiss ON responses(remiss_id);
CREATE INDEX responses_organisation ON responses(organisation_id);

-- A section_id of NULL is a position on the remiss as a whole ("Övergripande synpunkter").
-- ord runs across the whole response: within a section it gives the section's order, and
-- a flowing layout (section_headings = 0) prints positions in it.
CREATE TABLE positions (
    id               INTEGER PRIMARY KEY,
    response_id      INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    section_id       INTEGER REFERENCES sections(id),
    stance           TEXT NOT NULL,
    verb_override    TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL DEFAULT '',
    in_summary       INTEGER NOT NULL DEFAULT 0 CHECK (in_summary IN (0, 1)),
    summary_override TEXT NOT NULL DEFAULT '',
    ord              INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX positions_response ON positions(response_id, section_id, ord);
CREATE INDEX positions_section ON positions(section_id);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    section_id  INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    position_id INTEGER REFERENCES positions(id) ON DELETE SET NULL,
    parent_id   INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    author      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    resolved_at TEXT NOT NULL DEFAULT '',
    resolved_by TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX comments_response ON comments(response_id, section_id);

CREATE TABLE versions (
    id          INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT '',
    snapshot    TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (response_id, number)
);

-- The audit log outlives what it describes: no foreign key, so deleting a response keeps
-- the record that it existed and who deleted it.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    response_id INTEGER,
    actor       TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX events_response ON events(response_id, at);

-- Full-text search over every position of every response. remove_diacritics 0 keeps
-- å, ä, ö distinct letters: the default folds ö into o, which is wrong for Swedish.
CREATE VIRTUAL TABLE positions_fts USING fts5(
    text,
    content = 'positions',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER positions_fts_insert AFTER INSERT ON positions BEGIN
    INSERT INTO positions_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER positions_fts_delete AFTER DELETE ON positions BEGIN
    INSERT INTO positions_fts(positions_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER positions_fts_update AFTER UPDATE OF text ON positions BEGIN
    INSERT INTO positions_fts(positions_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO positions_fts(rowid, text) VALUES (new.id, new.text);
END;
