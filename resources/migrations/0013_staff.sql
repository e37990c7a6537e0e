-- Staff and roles (docs/roles.md). Local accounts of a SQLite desk: the
-- login, the Argon2id hash in its encoded form ($argon2id$v=19$m=..,t=..,p=..
-- $salt$hash, so the parameters travel with it), whether the account may sign
-- in, and the growing delay after failed attempts. On PostgreSQL staff are
-- the server's own logins and roles the mianshen_* group roles (`mianshen
-- roles install`); these tables then stay empty.
CREATE TABLE staff_accounts (
    login TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active SMALLINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    last_login_at TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE staff_roles (
    login TEXT NOT NULL REFERENCES staff_accounts (login),
    role_id TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    PRIMARY KEY (login, role_id)
) {{WITHOUT_ROWID}};
-- Every sign-in attempt, kept for the Administration page (last logins,
-- failures) and the delay after failures.
CREATE TABLE staff_login_attempts (
    id {{ID}},
    login TEXT NOT NULL,
    at TEXT NOT NULL,
    succeeded SMALLINT NOT NULL
);
CREATE INDEX staff_login_attempts_login ON staff_login_attempts (login, id);
