-- Programs for a clinic with several PCs. The whole program is one JSON document in the program file format
-- (the same mapping as the file store's <id>.json); the columns beside it are what lists and code lookups
-- need without parsing. Patient and therapist names live only inside the document.
create table program (
    id           text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    revision     bigint not null check (revision > 0),
    title        text not null,
    program_date date not null,
    review_date  date,
    document     jsonb not null,
    saved_at     timestamptz not null default now()
);

-- Codes are never deleted and never reused: an old handout must never open someone else's program.
-- No foreign key: a deleted program's codes stay behind, revoked, to keep their values taken.
create table program_code (
    code                 text primary key check (code ~ '^[2-9A-HJ-NP-Z]{8}$'),
    program_id           text not null,
    issued_on            date not null,
    grace_days           integer not null check (grace_days between 0 and 366),
    weeks_without_review integer not null check (weeks_without_review between 1 and 104),
    revoked_on           date
);

create unique index program_code_one_current on program_code (program_id) where revoked_on is null;
