-- 0005: the handbook's forms about a participant in a placement, 6.5 (following up along the way)
-- and 7.4 (the final evaluation). The questions are defined in the application; the database
-- keeps the answers by item key, so a question reworded later keeps its answers.

CREATE TABLE placement_evaluations (
    id           TEXT PRIMARY KEY,
    -- A placement with evaluations is not deleted: they are the record of how it went.
    placement_id TEXT NOT NULL REFERENCES placements (id) ON DELETE RESTRICT,
    form         TEXT NOT NULL CHECK (form IN ('6.5', '7.4')),
    held_on      TEXT NOT NULL,
    present      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX placement_evaluations_by_placement ON placement_evaluations (placement_id);

CREATE TABLE evaluation_answers (
    evaluation_id TEXT NOT NULL REFERENCES placement_evaluations (id) ON DELETE CASCADE,
    item          TEXT NOT NULL,
    value         TEXT NOT NULL CHECK (value <> ''),
    PRIMARY KEY (evaluation_id, item)
);
