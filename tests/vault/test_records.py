"""Records: every type round-trips through the vault; bad input is refused with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault import repository
from vault.errors import ValidationError
from vault.records import (
    Account,
    AccountKind,
    Contact,
    ContactChannel,
    Counterpart,
    CreditCheck,
    Loan,
    LoanStatus,
    Milestone,
    Payment,
    PaymentChannel,
    Platform,
    mask_number,
    parse_date,
)
from vault.schedule import Method, RateKind
from vault.store import Vault


def a_loan(platform_id: int, **changes: object) -> Loan:
    loan = Loan(
        platform_id=platform_id, borrowed_on=date(2025, 3, 15), principal=2_000_000,
        rate_kind=RateKind.daily, rate_percent=Decimal("0.03"), term_months=12,
        method=Method.daily, contract_no="WLD-1",
    )
    return replace(loan, **changes)


@pytest.fixture
def platform_id(vault: Vault) -> int:
    with vault.transaction() as db:
        stored = repository.insert(db, Platform(name="微粒贷", lender_entity="微众银行"))
    assert stored.id is not None
    return stored.id


def test_every_record_type_round_trips(vault: Vault, platform_id: int):
    with vault.transaction() as db:
        account = repository.insert(db, Account(
            kind=AccountKind.bank_card, label="招商银行", number="6214830123456789"))
        loan = repository.insert(db, a_loan(platform_id, account_id=account.id,
                                            penalty_rate_kind=RateKind.daily,
                                            penalty_rate_percent=Decimal("0.05"),
                                            first_due=date(2025, 4, 15), secured=True))
        assert loan.id is not None
        records = [
            account, loan,
            repository.insert(db, Payment(loan_id=loan.id, paid_on=date(2025, 4, 15),
                                          amount=185_000, channel=PaymentChannel.auto_debit,
                                          payee_known=False, payee="个人账户 王某")),
            repository.insert(db, Contact(loan_id=loan.id, happened_on=date(2025, 5, 1),
                                          channel=ContactChannel.phone,
                                          counterpart=Counterpart.platform,
                                          asked="申请延期", next_step_on=date(2025, 5, 8))),
            repository.insert(db, Milestone(loan_id=loan.id, step="certificate_requested",
                                            follow_up_on=date(2025, 6, 1))),
            repository.insert(db, CreditCheck(loan_id=loan.id, checked_on=date(2025, 7, 1),
                                              source="征信中心", shows_settled=None)),
        ]
    for record in records:
        assert record.id is not None
        assert repository.get(vault.db, type(record), record.id) == record


def test_a_loan_update_is_saved(vault: Vault, platform_id: int):
    with vault.transaction() as db:
        loan = repository.insert(db, a_loan(platform_id))
    with vault.transaction() as db:
        repository.update(db, replace(loan, status=LoanStatus.overdue))
    assert loan.id is not None
    assert repository.get(vault.db, Loan, loan.id).status is LoanStatus.overdue


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"principal": -100}, "principal", "invalid.negative"),
        ({"principal": 0}, "principal", "invalid.zero"),
        ({"rate_percent": Decimal("10000"), "rate_kind": RateKind.annual},
         "rate_percent", "invalid.rate_too_high"),
        ({"rate_percent": Decimal("30")}, "rate_percent", "invalid.rate_too_high"),  # 30 %/day
        ({"term_months": 0}, "term_months", "invalid.term"),
        ({"received": 3_000_000}, "received", "invalid.received_above_principal"),
        ({"first_due": date(2025, 3, 1)}, "first_due", "invalid.first_due_before_start"),
        ({"borrowed_on": date(1900, 1, 1)}, "borrowed_on", "invalid.date_range"),
        ({"principal": 2_000_000.0}, "principal", "invalid.amount_not_fen"),  # never a float
        ({"upfront_fee": True}, "upfront_fee", "invalid.amount_not_fen"),
        ({"rate_percent": 10.5, "rate_kind": RateKind.annual},
         "rate_percent", "invalid.rate_not_decimal"),
        ({"account_id": 999}, "account_id", "invalid.missing_reference"),
    ],
)
def test_bad_loans_are_refused_with_a_reason_and_nothing_is_saved(
    vault: Vault, platform_id: int, changes: dict[str, object], field: str, key: str
):
    with pytest.raises(ValidationError) as caught, vault.transaction() as db:
        repository.insert(db, Platform(name="借呗"))  # saved only if the whole action is
        repository.insert(db, a_loan(platform_id, **changes))
    assert (caught.value.field, caught.value.key) == (field, key)
    assert caught.value.message
    assert len(repository.select(vault.db, Platform)) == 1
    assert repository.select(vault.db, Loan) == []


def test_a_float_amount_is_never_stored(vault: Vault, platform_id: int):
    with vault.transaction() as db:
        loan = repository.insert(db, a_loan(platform_id))
    assert loan.id is not None
    with pytest.raises(ValidationError) as caught, vault.transaction() as db:
        repository.insert(db, Payment(loan_id=loan.id, paid_on=date(2025, 4, 15),
                                      amount=123.45, channel=PaymentChannel.app))  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.key) == ("amount", "invalid.amount_not_fen")
    assert vault.db.execute("SELECT count(*) FROM payment").fetchone() == (0,)


def test_a_record_pointing_at_a_missing_one_is_bad_input_not_a_crash(
    vault: Vault, platform_id: int
):
    with vault.transaction() as db:
        loan = repository.insert(db, a_loan(platform_id))
    assert loan.id is not None
    with pytest.raises(ValidationError) as caught, vault.transaction() as db:
        repository.insert(db, Payment(loan_id=loan.id + 1, paid_on=date(2025, 4, 15),
                                      amount=185_000, channel=PaymentChannel.app))
    assert (caught.value.field, caught.value.key) == ("loan_id", "invalid.missing_reference")
    with pytest.raises(ValidationError) as caught, vault.transaction() as db:
        repository.update(db, replace(loan, account_id=42))
    assert (caught.value.field, caught.value.key) == ("account_id", "invalid.missing_reference")
    with pytest.raises(ValidationError) as caught, vault.transaction() as db:
        repository.delete(db, Platform, platform_id)  # its loan still points at it
    assert caught.value.key == "invalid.still_referenced"
    assert repository.get(vault.db, Loan, loan.id) == loan
    assert vault.db.execute("SELECT count(*) FROM payment").fetchone() == (0,)


def test_empty_required_text_is_refused():
    with pytest.raises(ValidationError) as caught:
        Platform(name="   ").validate()
    assert (caught.value.field, caught.value.key) == ("name", "invalid.required")


@pytest.mark.parametrize("text", ["2024-02-30", "2023-13-01", "yesterday", ""])
def test_impossible_dates_are_refused(text: str):
    with pytest.raises(ValidationError) as caught:
        parse_date("paid_on", text)
    assert caught.value.key == "invalid.date"


def test_a_real_leap_day_is_accepted():
    assert parse_date("paid_on", " 2024-02-29 ") == date(2024, 2, 29)


def test_account_numbers_are_shown_masked():
    assert mask_number("6214 8301 2345 6789") == "**** 6789"
    assert Account(kind=AccountKind.alipay, label="支付宝", number="13800006789").masked == (
        "支付宝 **** 6789"
    )


@settings(max_examples=60, deadline=None)
@given(amount=st.integers(min_value=1, max_value=100_000_000_000),
       note=st.text(max_size=200))
def test_payments_keep_exact_fen_and_any_text(tmp_path_factory, amount: int, note: str):
    from tests.conftest import TEST_PASSWORD
    from vault import kdf

    path = tmp_path_factory.mktemp("p") / "v.jqvault"
    with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS) as vault:
        with vault.transaction() as db:
            platform = repository.insert(db, Platform(name="美团借钱"))
            assert platform.id is not None
            loan = repository.insert(db, a_loan(platform.id))
            assert loan.id is not None
            payment = repository.insert(db, Payment(
                loan_id=loan.id, paid_on=date(2025, 4, 1), amount=amount,
                channel=PaymentChannel.app, note=note))
        assert payment.id is not None
        assert repository.get(vault.db, Payment, payment.id) == payment
