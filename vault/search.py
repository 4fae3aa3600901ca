"""Search inside the vault: loans, payments, contacts and notes, by substring.

Substring matching with SQL LIKE rather than an FTS5 index: Chinese has no spaces for a
tokenizer to split words on, so "协商" must be found inside "申请协商分期"; a personal vault
is small enough to scan; and the backup format carries only ordinary tables. The query is
always a parameter, and `%`, `_` and `\\` in it are escaped so they match literally.
SQLite's LIKE ignores case for ASCII letters only, which is what a borrower expects of
contract numbers; Chinese has no case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vault.store import Connection

DEFAULT_LIMIT = 100  # per kind: enough to find a record, little enough to read
SNIPPET_CHARS = 80


class HitKind(StrEnum):
    loan = "loan"
    payment = "payment"
    contact = "contact"
    note = "note"  # notes on plans, checklist steps and credit checks


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    record_id: int
    loan_id: int | None  # the loan to open (None: a contact about no particular loan)
    on: date | None
    platform: str
    field: str  # which column matched (a stable name the UI translates)
    text: str  # the matching text, shortened around the match


def escape_like(text: str) -> str:
    """`text` as a LIKE pattern matching itself (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """One line of `text` around the first match of `query`, with … where it was cut."""
    flat = " ".join(text.split())
    at = flat.casefold().find(query.casefold())
    if len(flat) <= width:
        return flat
    start = max(0, min(at - width // 3, len(flat) - width)) if at >= 0 else 0
    cut = flat[start:start + width]
    return ("…" if start > 0 else "") + cut + ("…" if start + width < len(flat) else "")


@dataclass(frozen=True)
class _Source:
    kind: HitKind
    record: str  # the table whose id a hit carries
    loan: str  # the loan id column
    on: str  # the date column
    joins: str
    columns: tuple[tuple[str, str], ...]  # (searchable column, field name for the UI)


_PLATFORM = "COALESCE(platform.name, '')"
_SOURCES = (
    _Source(HitKind.loan, "loan", "loan.id", "loan.borrowed_on",
            "JOIN platform ON platform.id = loan.platform_id",
            (("loan.contract_no", "contract_no"), ("platform.name", "platform"),
             ("platform.lender_entity", "lender_entity"), ("loan.note", "loan_note"))),
    _Source(HitKind.payment, "payment", "payment.loan_id", "payment.paid_on",
            "JOIN loan ON loan.id = payment.loan_id "
            "JOIN platform ON platform.id = loan.platform_id",
            (("payment.reference_no", "reference_no"), ("payment.payee", "payee"),
             ("payment.note", "payment_note"))),
    _Source(HitKind.contact, "contact", "contact.loan_id", "contact.happened_on",
            "LEFT JOIN loan ON loan.id = contact.loan_id "
            "LEFT JOIN platform ON platform.id = loan.platform_id",
            (("contact.who", "who"), ("contact.asked", "asked"), ("contact.outcome", "outcome"),
             ("contact.next_step", "next_step"))),
    _Source(HitKind.note, "plan", "plan.loan_id", "plan.effective_from",
            "JOIN loan ON loan.id = plan.loan_id "
            "JOIN platform ON platform.id = loan.platform_id",
            (("plan.note", "plan_note"),)),
    _Source(HitKind.note, "milestone", "milestone.loan_id", "milestone.done_on",
            "JOIN loan ON loan.id = milestone.loan_id "
            "JOIN platform ON platform.id = loan.platform_id",
            (("milestone.note", "milestone_note"),)),
    _Source(HitKind.note, "credit_check", "credit_check.loan_id", "credit_check.checked_on",
            "LEFT JOIN loan ON loan.id = credit_check.loan_id "
            "LEFT JOIN platform ON platform.id = loan.platform_id",
            (("credit_check.source", "credit_check_source"),
             ("credit_check.note", "credit_check_note"))),
)


def _find(db: Connection, source: _Source, query: str, limit: int) -> list[Hit]:
    columns = [column for column, _field in source.columns]
    # Every name here is fixed in _SOURCES; the user's text only ever goes in as a parameter.
    select = ", ".join([f"{source.record}.id", source.loan, source.on, _PLATFORM, *columns])
    where = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns)
    order = f"{source.on} DESC, {source.record}.id DESC"
    sql = f"SELECT {select} FROM {source.record} {source.joins} WHERE {where} ORDER BY {order}"  # noqa: S608
    pattern = f"%{escape_like(query)}%"
    rows = db.execute(f"{sql} LIMIT ?", (*[pattern] * len(columns), limit)).fetchall()
    needle = query.casefold()
    hits = []
    for row in rows:
        texts = [text or "" for text in row[4:]]
        # LIKE matched some column; report the first that holds the text.
        index = next((i for i, text in enumerate(texts) if needle in text.casefold()), 0)
        hits.append(Hit(
            kind=source.kind, record_id=row[0], loan_id=row[1],
            on=date.fromisoformat(row[2]) if row[2] else None, platform=row[3],
            field=source.columns[index][1], text=snippet(texts[index], query),
        ))
    return hits


def search(db: Connection, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Records whose text contains `query` (newest first within each kind), grouped by kind
    in the order loans, payments, contacts, notes. A blank query finds nothing."""
    query = query.strip()
    if not query:
        return []
    hits: list[Hit] = []
    notes: list[Hit] = []
    for source in _SOURCES:
        found = _find(db, source, query, limit)
        (notes if source.kind is HitKind.note else hits).extend(found)
    notes.sort(key=lambda hit: hit.on or date.min, reverse=True)
    return hits + notes[:limit]
