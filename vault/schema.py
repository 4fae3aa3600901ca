"""The vault's tables and their forward-only migrations.

The schema version lives in the `meta` table, not in PRAGMA user_version, because
sqlcipher_export (used to change the password) does not copy user_version.
MIGRATIONS[i] takes a vault from version i to version i + 1; never edit a shipped one.
"""

from __future__ import annotations

from typing import Any

from vault.errors import NewerVaultError, WrongPasswordOrDamagedError

Connection = Any

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE platform (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lender_entity TEXT NOT NULL DEFAULT '',
    hotline TEXT NOT NULL DEFAULT '',
    app_name TEXT NOT NULL DEFAULT '',
    lender_kind TEXT NOT NULL DEFAULT 'licensed',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    holder TEXT NOT NULL DEFAULT '',
    platform_id INTEGER REFERENCES platform(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE loan (
    id INTEGER PRIMARY KEY,
    platform_id INTEGER NOT NULL REFERENCES platform(id),
    contract_no TEXT NOT NULL DEFAULT '',
    borrowed_on TEXT NOT NULL,
    principal INTEGER NOT NULL CHECK (principal > 0),
    received INTEGER NOT NULL CHECK (received >= 0),
    upfront_fee INTEGER NOT NULL DEFAULT 0 CHECK (upfront_fee >= 0),
    rate_kind TEXT NOT NULL,
    rate_percent TEXT NOT NULL,
    day_basis INTEGER NOT NULL DEFAULT 360,
    term_months INTEGER NOT NULL CHECK (term_months > 0),
    method TEXT NOT NULL,
    rounding TEXT NOT NULL DEFAULT 'posted',
    first_due TEXT,
    penalty_rate_kind TEXT,
    penalty_rate_percent TEXT,
    account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    secured INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loan(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    principal INTEGER NOT NULL CHECK (principal >= 0),
    rate_kind TEXT NOT NULL,
    rate_percent TEXT NOT NULL,
    day_basis INTEGER NOT NULL DEFAULT 360,
    term_months INTEGER NOT NULL CHECK (term_months > 0),
    method TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX plan_one_active ON plan(loan_id) WHERE active = 1;

CREATE TABLE installment (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    principal INTEGER NOT NULL CHECK (principal >= 0),
    interest INTEGER NOT NULL CHECK (interest >= 0),
    fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    UNIQUE (plan_id, n)
);

CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loan(id) ON DELETE CASCADE,
    paid_on TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    channel TEXT NOT NULL,
    account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
    payee TEXT NOT NULL DEFAULT '',
    payee_known INTEGER NOT NULL DEFAULT 1,
    reference_no TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_by_loan ON payment(loan_id, paid_on);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER REFERENCES loan(id) ON DELETE CASCADE,
    happened_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    asked TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_on TEXT
);
CREATE INDEX contact_by_loan ON contact(loan_id, happened_on);

CREATE TABLE milestone (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loan(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    done_on TEXT,
    follow_up_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (loan_id, step)
);

CREATE TABLE credit_check (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER REFERENCES loan(id) ON DELETE CASCADE,
    checked_on TEXT NOT NULL,
    source TEXT NOT NULL,
    shows_settled INTEGER,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    title TEXT NOT NULL DEFAULT '',
    doc_date TEXT,
    note TEXT NOT NULL DEFAULT '',
    added_on TEXT NOT NULL
);

-- Which record a document belongs to; one document may serve several records.
CREATE TABLE attachment_link (
    attachment_id INTEGER NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    record_type TEXT NOT NULL
        CHECK (record_type IN ('loan', 'payment', 'contact', 'milestone', 'credit_check')),
    record_id INTEGER NOT NULL,
    PRIMARY KEY (attachment_id, record_type, record_id)
);
CREATE INDEX attachment_link_by_record ON attachment_link(record_type, record_id);
"""

# A record's links go when the record goes (the link is polymorphic, so no foreign key).
_V1_TRIGGERS = "\n".join(
    f"""CREATE TRIGGER {table}_unlink AFTER DELETE ON {table} BEGIN
    DELETE FROM attachment_link WHERE record_type = '{table}' AND record_id = OLD.id;
END;"""  # noqa: S608
    for table in ("loan", "payment", "contact", "milestone", "credit_check")
)

# Version 2: attachment bytes in chunks and previews made once at ingest (vault.attachments).
_V2_ATTACHMENT_BYTES = """
CREATE TABLE attachment_chunk (
    attachment_id INTEGER NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);

CREATE TABLE attachment_preview (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    thumbnail BLOB,
    width INTEGER,
    height INTEGER,
    pages INTEGER,
    protected INTEGER NOT NULL DEFAULT 0,
    problem TEXT NOT NULL DEFAULT ''
);
"""

MIGRATIONS: list[str] = [_V1 + _V1_TRIGGERS, _V2_ATTACHMENT_BYTES]

CURRENT_VERSION = len(MIGRATIONS)

# Tables whose row counts prove a copy is whole (password change, restore).
RECORD_TABLES = (
    "platform", "account", "loan", "plan", "installment", "payment",
    "contact", "milestone", "credit_check", "attachment", "attachment_link",
    "attachment_chunk", "attachment_preview",
)


def version(conn: Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: Connection, target: int = CURRENT_VERSION) -> None:
    """Bring the vault up to `target`, one step at a time, inside the caller's transaction."""
    found = version(conn)
    if found > CURRENT_VERSION:
        raise NewerVaultError(found=found)
    for step in range(found, target):
        for statement in _statements(MIGRATIONS[step]):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(step + 1),),
        )


def initialize(conn: Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    migrate(conn)
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit the transaction)."""
    import sqlite3  # only for its statement-completeness check

    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


def record_counts(conn: Connection) -> dict[str, int]:
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        for table in RECORD_TABLES
    }


def verify(conn: Connection, expected_counts: dict[str, int] | None = None) -> None:
    """Integrity check, schema version and (if given) record counts; raise if any differ."""
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        raise WrongPasswordOrDamagedError()
    if version(conn) != CURRENT_VERSION:
        raise WrongPasswordOrDamagedError()
    if expected_counts is not None and record_counts(conn) != expected_counts:
        raise WrongPasswordOrDamagedError()
