-- 0001: the foundation. Settings, the qualifying units and their people, and the working groups
-- that carry a process through the model's seven steps.
-- Every record has a UUID (text) and created/updated timestamps (RFC 3339, UTC).

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE units (
    id         TEXT PRIMARY KEY,
    -- The three qualifying units the model needs; any unit the municipality adds is 'annen'.
    kind       TEXT NOT NULL CHECK (kind IN ('flyktningtjeneste', 'voksenopplaering', 'nav', 'annen')),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX units_one_per_qualifying_kind ON units (kind) WHERE kind <> 'annen';

CREATE TABLE people (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    unit_id    TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    role       TEXT NOT NULL CHECK (role IN ('programraadgiver', 'laerer', 'navVeileder', 'leder', 'annen')),
    email      TEXT,
    phone      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_by_unit ON people (unit_id);

CREATE TABLE work_groups (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE work_group_members (
    id            TEXT PRIMARY KEY,
    group_id      TEXT NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    person_id     TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    leads_process INTEGER NOT NULL DEFAULT 0 CHECK (leads_process IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (group_id, person_id)
);
CREATE UNIQUE INDEX work_group_one_leader ON work_group_members (group_id) WHERE leads_process = 1;
CREATE INDEX work_group_members_by_person ON work_group_members (person_id);

-- The qualifying units have fixed ids, the same in every installation, so that data moved
-- between municipalities' machines refers to the same three units.
INSERT INTO units (id, kind, name, created_at, updated_at) VALUES
    ('5b0c7d1e-2f4a-4c8e-9a1b-000000000001', 'flyktningtjeneste', 'Flyktningtjenesten',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('5b0c7d1e-2f4a-4c8e-9a1b-000000000002', 'voksenopplaering', 'Voksenopplæringen',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('5b0c7d1e-2f4a-4c8e-9a1b-000000000003', 'nav', 'Nav',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
