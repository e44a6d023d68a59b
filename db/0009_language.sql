-- 0009_language: Språkgranskning (issue 16).
--
-- The organisation's own word list: words its texts use that the Swedish dictionary lacks (its
-- units, places, terms of its trade). Stored case-folded; one list per organisation.
CREATE TABLE language_words (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    word            TEXT NOT NULL CHECK (length(word) BETWEEN 1 AND 100),
    added_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (organisation_id, word)
);

-- "Ignorera här": one finding the officer chose to leave as it is, remembered by what it is
-- (kind and case-folded text) and where (the position and its field, or a field of the
-- response when position_id is NULL), so it stays ignored while the text around it changes.
CREATE TABLE language_ignored (
    id          INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    position_id INTEGER REFERENCES positions(id) ON DELETE CASCADE,
    field       TEXT NOT NULL DEFAULT 'text',
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX language_ignored_once
    ON language_ignored(response_id, coalesce(position_id, 0), field, kind, text);
