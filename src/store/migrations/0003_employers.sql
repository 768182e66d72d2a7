-- 0003: the employer network. Employers with their contact people and fadders, what kinds of
-- placement they offer and when they need staff; the preparation checklists; requirement
-- specifications (kravspesifikasjoner) in numbered versions; and placements extended into
-- placement agreements (praksisavtaler) with an employer, a fadder and a specification version.

CREATE TABLE employers (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    -- The nine digits of the Brønnøysund register, without spaces; not yet known is NULL.
    org_number     TEXT UNIQUE CHECK (org_number IS NULL OR length(org_number) = 9),
    trade          TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    sector         TEXT NOT NULL DEFAULT 'privat' CHECK (sector IN ('offentlig', 'privat')),
    notes          TEXT NOT NULL DEFAULT '',
    -- Whether the workplace takes new participants; set after a final evaluation.
    suitable       INTEGER NOT NULL DEFAULT 1 CHECK (suitable IN (0, 1)),
    suitability_assessed_on TEXT,
    suitability_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE employer_placement_kinds (
    employer_id TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('hospitering', 'sprakpraksis', 'arbeidspraksis', 'opplaeringsarena')),
    PRIMARY KEY (employer_id, kind)
);

-- The months of the year when the employer tends to need more staff.
CREATE TABLE employer_busy_months (
    employer_id TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    PRIMARY KEY (employer_id, month)
);

CREATE TABLE employer_contacts (
    id          TEXT PRIMARY KEY,
    employer_id TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    phone       TEXT,
    email       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX employer_contacts_by_employer ON employer_contacts (employer_id);

CREATE TABLE employer_mentors (
    id          TEXT PRIMARY KEY,
    employer_id TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    phone       TEXT,
    -- Whether the fadder has taken the municipality's fadder training, and when.
    trained     INTEGER NOT NULL DEFAULT 0 CHECK (trained IN (0, 1)),
    trained_on  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX employer_mentors_by_employer ON employer_mentors (employer_id);

-- Answers to the handbook's fixed checklists (4.1 for an employer now; the process's step
-- checklists later). `owner_id` is the record the checklist is about; its items are defined in
-- code, so only the answers are stored.
CREATE TABLE checklist_answers (
    checklist   TEXT NOT NULL,
    owner_id    TEXT NOT NULL,
    item        TEXT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (checklist, owner_id, item)
);

CREATE TABLE requirement_specs (
    id          TEXT PRIMARY KEY,
    employer_id TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    position    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX requirement_specs_by_employer ON requirement_specs (employer_id);

-- A version is a draft until it is agreed with the employer; an agreed version is never changed
-- again: editing it makes the next version.
CREATE TABLE spec_versions (
    id          TEXT PRIMARY KEY,
    spec_id     TEXT NOT NULL REFERENCES requirement_specs (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    agreed_on   TEXT,
    agreed_with TEXT,
    -- Who at the municipality recorded the agreement, as their name was then.
    agreed_by   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (spec_id, number)
);

-- `lineage` is the same in every version of one requirement, so that a template task made from
-- it still covers it in the next version.
CREATE TABLE requirements (
    id          TEXT PRIMARY KEY,
    version_id  TEXT NOT NULL REFERENCES spec_versions (id) ON DELETE CASCADE,
    lineage     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    grp         TEXT NOT NULL CHECK (grp IN ('arbeid', 'grunnleggende', 'sprak', 'personlig', 'hms', 'sertifikat')),
    skill       TEXT,
    cefr        TEXT CHECK (cefr IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    text        TEXT NOT NULL DEFAULT '',
    need        TEXT NOT NULL CHECK (need IN ('ma', 'bor')),
    by_phase    INTEGER CHECK (by_phase BETWEEN 1 AND 6),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX requirements_by_version ON requirements (version_id, grp, position);

-- Which requirement (by lineage) a template task was made to meet.
CREATE TABLE template_task_requirements (
    task_id  TEXT NOT NULL REFERENCES template_tasks (id) ON DELETE CASCADE,
    lineage  TEXT NOT NULL,
    PRIMARY KEY (task_id, lineage)
);

-- A placement becomes a placement agreement: with which employer, fadder and contact person,
-- of which kind, how many days at school besides the workplace, its goal, and the version of
-- the requirement specification it was made against. All empty on placements made before.
ALTER TABLE placements ADD COLUMN employer_id TEXT REFERENCES employers (id) ON DELETE RESTRICT;
ALTER TABLE placements ADD COLUMN mentor_id TEXT REFERENCES employer_mentors (id) ON DELETE RESTRICT;
ALTER TABLE placements ADD COLUMN contact_id TEXT REFERENCES employer_contacts (id) ON DELETE RESTRICT;
ALTER TABLE placements ADD COLUMN kind TEXT CHECK (kind IN ('hospitering', 'sprakpraksis', 'arbeidspraksis', 'opplaeringsarena'));
ALTER TABLE placements ADD COLUMN school_days_per_week INTEGER CHECK (school_days_per_week BETWEEN 0 AND 6);
ALTER TABLE placements ADD COLUMN goal TEXT NOT NULL DEFAULT '';
ALTER TABLE placements ADD COLUMN spec_version_id TEXT REFERENCES spec_versions (id) ON DELETE RESTRICT;
CREATE INDEX placements_by_employer ON placements (employer_id);
CREATE INDEX placements_by_spec_version ON placements (spec_version_id);
