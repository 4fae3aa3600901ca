"""Reading and writing records: one generic mapping between record values and table rows.

Column names equal field names. Conversions: date ↔ ISO text, Decimal ↔ text,
bool ↔ 0/1, StrEnum ↔ its value. Every write validates first, so nothing invalid is
ever half-saved; callers wrap a user action in `vault.transaction()`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar, cast

import sqlcipher3

from vault.errors import RecordNotFoundError, ValidationError
from vault.records import RECORD_TYPES, Record
from vault.store import Connection

R = TypeVar("R", bound=Record)


def _field_types(cls: type[Record]) -> dict[str, Any]:
    return _field_types_of_table(cls.table)


@cache
def _field_types_of_table(table: str) -> dict[str, Any]:
    cls = RECORD_TYPES[table]
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _base_type(annotation: Any) -> Any:
    """`date | None` → date."""
    if isinstance(annotation, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0]
    return annotation


def to_column(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _converter(annotation: Any) -> Callable[[Any], Any] | None:
    """How a stored value of this field type becomes a record value (None: as stored)."""
    kind = _base_type(annotation)
    if kind is bool:
        return bool
    if kind is date:
        return date.fromisoformat
    if kind is Decimal:
        return Decimal
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return cast(Callable[[Any], Any], kind)
    return None


def from_column(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    convert = _converter(annotation)
    return value if convert is None else convert(value)


_Reader = tuple[list[str], list[tuple[int, Callable[[Any], Any]]]]
_readers: dict[type[Record], _Reader] = {}


def _reader(cls: type[Record]) -> _Reader:
    """The columns of a record type, and the converter of each column that needs one."""
    if cls not in _readers:
        types_ = _field_types(cls)
        converters = [(index, _converter(kind)) for index, kind in enumerate(types_.values())]
        _readers[cls] = list(types_), [(i, convert) for i, convert in converters if convert]
    return _readers[cls]


def row_to_record(cls: type[R], row: Mapping[str, Any] | tuple[Any, ...], columns: list[str]) -> R:
    types_ = _field_types(cls)
    values = dict(zip(columns, row, strict=True))
    return cls(**{name: from_column(types_[name], values[name]) for name in types_})


def _converted(
    rows: list[tuple[Any, ...]], converters: list[tuple[int, Callable[[Any], Any]]]
) -> list[tuple[Any, ...]]:
    """Rows with each column that needs it converted: column by column, the converter chosen
    once per column rather than per value."""
    if not rows or not converters:
        return rows
    columns = list(zip(*rows, strict=True))
    for index, convert in converters:
        columns[index] = tuple(v if v is None else convert(v) for v in columns[index])
    return list(zip(*columns, strict=True))


def _records(cls: type[R], rows: list[tuple[Any, ...]]) -> list[R]:
    """Rows in ``_reader(cls)`` column order to records."""
    names, converters = _reader(cls)
    return [cls(**dict(zip(names, values, strict=True))) for values in _converted(rows, converters)]


def _columns(cls: type[Record]) -> list[str]:
    return list(_field_types(cls))


def insert(db: Connection, record: R) -> R:
    """Validate and store a new record; return it with its id."""
    record.validate()
    names = [n for n in _columns(type(record)) if n != "id"]
    values = [to_column(getattr(record, n)) for n in names]
    placeholders = ", ".join("?" for _ in names)
    with _references_checked(db, record):
        cursor = db.execute(
            f"INSERT INTO {record.table} ({', '.join(names)}) VALUES ({placeholders})",  # noqa: S608
            values,
        )
    return dataclasses.replace(record, id=cursor.lastrowid)


def update(db: Connection, record: Record) -> None:
    record.validate()
    if record.id is None:
        raise ValueError("update needs a stored record")
    names = [n for n in _columns(type(record)) if n != "id"]
    assignments = ", ".join(f"{n} = ?" for n in names)
    with _references_checked(db, record):
        cursor = db.execute(
            f"UPDATE {record.table} SET {assignments} WHERE id = ?",  # noqa: S608
            [*(to_column(getattr(record, n)) for n in names), record.id],
        )
    if cursor.rowcount != 1:
        raise RecordNotFoundError(kind=record.table, record_id=record.id)


def delete(db: Connection, cls: type[Record], record_id: int) -> None:
    try:
        cursor = db.execute(f"DELETE FROM {cls.table} WHERE id = ?", (record_id,))  # noqa: S608
    except sqlcipher3.IntegrityError as error:
        if not _is_foreign_key_failure(error):
            raise
        raise ValidationError(
            "id", "invalid.still_referenced",
            f"other records still refer to this {cls.table}, so it cannot be deleted",
        ) from None
    if cursor.rowcount != 1:
        raise RecordNotFoundError(kind=cls.table, record_id=record_id)


def _is_foreign_key_failure(error: Exception) -> bool:
    return "FOREIGN KEY constraint failed" in str(error)


@contextmanager
def _references_checked(db: Connection, record: Record) -> Iterator[None]:
    """A record pointing at one that does not exist (a loan deleted meanwhile) is bad input:
    a ValidationError naming the field, not the database's error."""
    try:
        yield
    except sqlcipher3.IntegrityError as error:
        if not _is_foreign_key_failure(error):
            raise
        field, parent = next(
            ((column, parent) for column, parent, target in _references(db, record.table)
             if not _exists(db, parent, target, getattr(record, column))),
            ("id", "record"),
        )
        raise ValidationError(
            field, "invalid.missing_reference", f"there is no such {parent} (it may have been "
            "deleted)",
        ) from None


def _references(db: Connection, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, parent column) of each foreign key of `table`."""
    rows = db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
    return [(row[3], row[2], row[4] or "id") for row in rows]


def _exists(db: Connection, table: str, column: str, value: Any) -> bool:
    if value is None:
        return True  # NULL points nowhere, and the schema allows it where it may be
    query = f"SELECT 1 FROM {table} WHERE {column} = ?"  # noqa: S608 - names from the schema
    return db.execute(query, (value,)).fetchone() is not None


MAX_ID = 2**63 - 1  # SQLite's largest row id: a bigger number names no record


def get(db: Connection, cls: type[R], record_id: int) -> R:
    if not 0 < record_id <= MAX_ID:
        raise RecordNotFoundError(kind=cls.table, record_id=record_id)
    found = select(db, cls, "id = ?", (record_id,))
    if not found:
        raise RecordNotFoundError(kind=cls.table, record_id=record_id)
    return found[0]


def select(
    db: Connection,
    cls: type[R],
    where: str = "1",
    params: Iterable[Any] = (),
    order_by: str = "id",
) -> list[R]:
    """Records of one type; `where` and `order_by` are fixed SQL from our own code."""
    columns, _ = _reader(cls)
    rows = db.execute(
        f"SELECT {', '.join(columns)} FROM {cls.table} WHERE {where} ORDER BY {order_by}",  # noqa: S608
        tuple(params),
    ).fetchall()
    return _records(cls, rows)


def select_values(
    db: Connection,
    cls: type[Record],
    columns: Sequence[str],
    where: str = "1",
    params: Iterable[Any] = (),
    order_by: str = "id",
) -> list[tuple[Any, ...]]:
    """Some columns of one record type as record values, without building the records: for
    bulk reads that only feed a computation (every installment of a thousand loans)."""
    types_ = _field_types(cls)
    converters = [(index, _converter(types_[name])) for index, name in enumerate(columns)]
    rows = db.execute(
        f"SELECT {', '.join(columns)} FROM {cls.table} WHERE {where} ORDER BY {order_by}",  # noqa: S608
        tuple(params),
    ).fetchall()
    return _converted(rows, [(index, convert) for index, convert in converters if convert])
