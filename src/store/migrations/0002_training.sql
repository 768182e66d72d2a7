-- 0002: stepwise training. Participants and their placements, plan templates per line of work,
-- and each participant's training plan: its own copy of a template's phases and tasks, with what
-- the fadder and the participant have confirmed, and the history of every change.

CREATE TABLE participants (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    -- Printed forms show only the initials when the participant asks for it.
    initials_only  INTEGER NOT NULL DEFAULT 0 CHECK (initials_only IN (0, 1)),
    adviser_id     TEXT REFERENCES people (id) ON DELETE RESTRICT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX participants_by_adviser ON participants (adviser_id);

CREATE TABLE placements (
    id             TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
    workplace      TEXT NOT NULL,
    mentor_name    TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL,
    end_date       TEXT NOT NULL CHECK (end_date >= start_date),
    days_per_week  INTEGER NOT NULL CHECK (days_per_week BETWEEN 1 AND 7),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX placements_by_participant ON placements (participant_id);

CREATE TABLE plan_templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    trade      TEXT NOT NULL,
    -- Shipped with Stegvis as a starting point; the municipality copies and adapts it.
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE template_phases (
    id          TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES plan_templates (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    goal        TEXT NOT NULL DEFAULT '',
    cefr        TEXT CHECK (cefr IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_listening TEXT CHECK (cefr_listening IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_reading   TEXT CHECK (cefr_reading IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_speaking  TEXT CHECK (cefr_speaking IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_writing   TEXT CHECK (cefr_writing IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX template_phases_by_template ON template_phases (template_id, position);

CREATE TABLE template_tasks (
    id         TEXT PRIMARY KEY,
    phase_id   TEXT NOT NULL REFERENCES template_phases (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    criterion  TEXT NOT NULL CHECK (criterion IN ('sprak', 'egnethet', 'arbeid')),
    hint       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX template_tasks_by_phase ON template_tasks (phase_id, position);

-- A plan is a copy: editing or deleting the template later never changes it. `template_id` is
-- only a reference back (cleared if the template is deleted); `template_name` keeps the origin.
CREATE TABLE training_plans (
    id            TEXT PRIMARY KEY,
    placement_id  TEXT NOT NULL UNIQUE REFERENCES placements (id) ON DELETE RESTRICT,
    template_id   TEXT REFERENCES plan_templates (id) ON DELETE SET NULL,
    template_name TEXT NOT NULL,
    name          TEXT NOT NULL,
    trade         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX training_plans_by_template ON training_plans (template_id);

CREATE TABLE plan_phases (
    id          TEXT PRIMARY KEY,
    plan_id     TEXT NOT NULL REFERENCES training_plans (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    goal        TEXT NOT NULL DEFAULT '',
    cefr        TEXT CHECK (cefr IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_listening TEXT CHECK (cefr_listening IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_reading   TEXT CHECK (cefr_reading IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_speaking  TEXT CHECK (cefr_speaking IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    cefr_writing   TEXT CHECK (cefr_writing IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    -- The date the participant moved on from this phase.
    passed_on   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX plan_phases_by_plan ON plan_phases (plan_id, position);

CREATE TABLE plan_tasks (
    id                    TEXT PRIMARY KEY,
    phase_id              TEXT NOT NULL REFERENCES plan_phases (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    text                  TEXT NOT NULL CHECK (length(trim(text)) > 0),
    criterion             TEXT NOT NULL CHECK (criterion IN ('sprak', 'egnethet', 'arbeid')),
    hint                  TEXT,
    done_on               TEXT,
    mentor_confirmed      INTEGER NOT NULL DEFAULT 0 CHECK (mentor_confirmed IN (0, 1)),
    participant_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (participant_confirmed IN (0, 1)),
    comment               TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX plan_tasks_by_phase ON plan_tasks (phase_id, position);

-- Who changed what and when. The task's text and the person's name are kept as they were, so
-- the history still reads right after a task is reworded or removed, or a person leaves.
CREATE TABLE plan_events (
    id          TEXT PRIMARY KEY,
    plan_id     TEXT NOT NULL REFERENCES training_plans (id) ON DELETE CASCADE,
    task_id     TEXT,
    phase_position INTEGER,
    subject     TEXT NOT NULL,
    change      TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    changed_by  TEXT,
    changed_by_name TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL
);
CREATE INDEX plan_events_by_plan ON plan_events (plan_id, changed_at);
CREATE INDEX plan_events_by_task ON plan_events (task_id);
