-- 0004: the process a working group carries through the model's seven steps: which steps are
-- done, the step tools filled in as structured tables, the workshop meetings with their agenda,
-- what was captured in them and the follow-ups, and the annual wheel (årshjul).
-- A working group carries one process, so process data hangs off work_groups.

-- A step the group has marked done. `missing` keeps, one per line, what the step still lacked when
-- the group confirmed it done anyway, so the record shows it was a choice.
CREATE TABLE process_steps (
    group_id   TEXT NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    step       INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    done_on    TEXT NOT NULL,
    done_by    TEXT NOT NULL DEFAULT '',
    missing    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (group_id, step)
);

-- One row of a step tool (1.1 labour demand, 2.1 measures, the roles matrix …). The columns of
-- each tool are defined in code (src/tools.rs); a cell holds the typed value as text.
CREATE TABLE tool_rows (
    id         TEXT PRIMARY KEY,
    group_id   TEXT NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    tool       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tool_rows_by_group ON tool_rows (group_id, tool, position);

CREATE TABLE tool_cells (
    row_id     TEXT NOT NULL REFERENCES tool_rows (id) ON DELETE CASCADE,
    column_key TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (row_id, column_key)
);

CREATE TABLE meetings (
    id         TEXT PRIMARY KEY,
    group_id   TEXT NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    step       INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    date       TEXT NOT NULL,
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL CHECK (ends_at > starts_at),
    place      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_by_group ON meetings (group_id, date, starts_at);

-- Who is invited, and whether they came. The name and unit are kept as they were, so old minutes
-- still read right after a person has left or been deleted.
CREATE TABLE meeting_people (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  TEXT REFERENCES people (id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    unit_name  TEXT NOT NULL,
    attended   INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, person_id)
);

-- The agenda (kjøreplan) as planned, and how long each item actually took.
CREATE TABLE agenda_items (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    used_seconds INTEGER NOT NULL DEFAULT 0 CHECK (used_seconds >= 0),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

-- What the group captured: notes, decisions, and points to anchor with management.
CREATE TABLE meeting_entries (
    id             TEXT PRIMARY KEY,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('notat', 'beslutning', 'forankring')),
    text           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX meeting_entries_by_meeting ON meeting_entries (meeting_id, created_at);

-- Follow-ups (etterarbeid) belong to the process and to the step they came from; a meeting may
-- have raised them. One that cannot be finished in its step is carried over to a later one.
CREATE TABLE follow_ups (
    id              TEXT PRIMARY KEY,
    group_id        TEXT NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    meeting_id      TEXT REFERENCES meetings (id) ON DELETE SET NULL,
    step            INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    what            TEXT NOT NULL,
    owner_id        TEXT REFERENCES people (id) ON DELETE SET NULL,
    owner_name      TEXT NOT NULL DEFAULT '',
    deadline        TEXT,
    status          TEXT NOT NULL DEFAULT 'apen' CHECK (status IN ('apen', 'utfort', 'overfort')),
    carried_to_step INTEGER CHECK (carried_to_step BETWEEN 1 AND 7),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((status = 'overfort') = (carried_to_step IS NOT NULL))
);
CREATE INDEX follow_ups_by_group ON follow_ups (group_id, status);

-- The annual wheel: recurring activities with the unit responsible, the unit doing it, the units
-- involved, and the months (bit 0 = January … bit 11 = December).
CREATE TABLE wheel_activities (
    id                  TEXT PRIMARY KEY,
    group_id            TEXT NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('budsjett', 'regnskap', 'planlegging', 'inntak', 'kurs', 'annet')),
    responsible_unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    performing_unit_id  TEXT REFERENCES units (id) ON DELETE RESTRICT,
    months              INTEGER NOT NULL CHECK (months BETWEEN 1 AND 4095),
    note                TEXT NOT NULL DEFAULT '',
    fixed               INTEGER NOT NULL DEFAULT 0 CHECK (fixed IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX wheel_activities_by_group ON wheel_activities (group_id);

CREATE TABLE wheel_involved_units (
    activity_id TEXT NOT NULL REFERENCES wheel_activities (id) ON DELETE CASCADE,
    unit_id     TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    PRIMARY KEY (activity_id, unit_id)
);
CREATE INDEX wheel_involved_by_unit ON wheel_involved_units (unit_id);
