"""Recording a new loan: presets, validity, the preview with true cost and warnings, saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from vault import loans, repository
from vault.errors import ValidationError
from vault.flows import new_loan
from vault.flows.new_loan import AccountMode, LenderRow, NewLoanDraft
from vault.records import Account, AccountKind, LenderKind, Loan, Platform
from vault.schedule import DifferenceField, Method, RateKind
from vault.store import Vault
from vault.thresholds import WarningCode

from .conftest import TODAY, counts


def complete(**changes: object) -> NewLoanDraft:
    draft = NewLoanDraft()
    new_loan.apply_preset(draft, "weilidai")
    draft.principal = 10_000_000
    draft.borrowed_on = date(2026, 1, 5)
    draft.rate_percent = Decimal("4.9")
    draft.term_months = 240
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def test_every_preset_fills_the_lender_and_the_order_covers_them_all() -> None:
    assert set(new_loan.PRESET_ORDER) == set(new_loan.presets())
    draft = NewLoanDraft()
    new_loan.apply_preset(draft, "jiebei")
    assert (draft.platform_name, draft.hotline) == ("借呗", "95188")
    assert draft.lender_entity == "重庆蚂蚁消费金融有限公司"


def test_the_other_preset_asks_for_a_lender_name() -> None:
    draft = complete()
    new_loan.apply_preset(draft, "other")
    assert new_loan.problems(draft, today=TODAY)["platform_name"] == "invalid.required"
    assert draft.lender_kind is LenderKind.private


def test_an_empty_draft_lists_the_required_fields_and_no_preset_asks_to_choose() -> None:
    found = new_loan.problems(NewLoanDraft(), today=TODAY)
    assert found["platform"] == "flow.choose_lender"
    for name in ("principal", "borrowed_on", "rate_percent"):
        assert found[name] == "invalid.required"


def test_a_complete_draft_has_no_problems() -> None:
    assert new_loan.problems(complete(), today=TODAY) == {}


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"upfront_fee": 10_000_000}, "upfront_fee", "flow.fee_not_below_principal"),
        ({"term_months": 0}, "term_months", "invalid.term"),
        ({"borrowed_on": date(2026, 6, 1)}, "borrowed_on", "flow.date_in_future"),
        ({"first_due": date(2026, 1, 5)}, "first_due", "invalid.first_due_before_start"),
        ({"rate_percent": Decimal(-1)}, "rate_percent", "invalid.rate_negative"),
        ({"rate_kind": RateKind.daily, "rate_percent": Decimal(5)}, "rate_percent",
         "invalid.rate_too_high"),
        ({"method": Method.custom}, "method", "flow.custom_needs_schedule"),
        ({"account_mode": AccountMode.existing}, "account", "invalid.required"),
        ({"account_mode": AccountMode.new}, "account_label", "invalid.required"),
    ],
)
def test_invalid_fields_are_named(changes: dict[str, object], field: str, key: str) -> None:
    assert new_loan.problems(complete(**changes), today=TODAY).get(field) == key


def test_preview_matches_the_published_annuity_figure_and_has_a_true_cost() -> None:
    shown = new_loan.preview(complete(), today=TODAY)
    assert shown is not None
    assert shown.schedule[0].payment == 65_444  # 654.44 a month (DOMAIN.md)
    assert shown.true_cost is not None and Decimal("4.89") < shown.true_cost.apr < Decimal("4.91")
    assert shown.warnings == [] and shown.differences == []


def test_preview_is_none_while_the_terms_are_incomplete() -> None:
    assert new_loan.preview(complete(rate_percent=None), today=TODAY) is None


def test_a_monthly_fee_loan_with_an_upfront_fee_warns_with_its_basis() -> None:
    draft = complete(rate_kind=RateKind.monthly_fee, rate_percent=Decimal("1.5"),
                     principal=1_000_000, upfront_fee=50_000, term_months=12,
                     method=Method.equal_principal)
    shown = new_loan.preview(draft, today=TODAY)
    assert shown is not None and shown.true_cost is not None
    codes = [w.code for w in shown.warnings]
    assert codes == [WarningCode.above_24_licensed, WarningCode.upfront_deduction]
    assert all(w.basis for w in shown.warnings)
    assert shown.true_cost.apr > 30  # 1.5 % a month on the original principal, fee kept back


def rows_from(draft: NewLoanDraft) -> list[LenderRow]:
    shown = new_loan.preview(draft, today=TODAY)
    assert shown is not None
    return [LenderRow(i.due, i.principal, i.interest, i.fee) for i in shown.schedule]


def test_the_lenders_schedule_wins_and_its_differences_are_listed() -> None:
    draft = complete(principal=1_200_000, term_months=3, rate_percent=Decimal(12))
    rows = rows_from(draft)
    rows[0].interest += 3  # the lender charged three fen more
    draft.use_lender_schedule, draft.lender_rows = True, rows
    shown = new_loan.preview(draft, today=TODAY)
    assert shown is not None and shown.schedule[0].interest == rows[0].interest
    assert [(d.n, d.field) for d in shown.differences] == [
        (1, DifferenceField.interest), (1, DifferenceField.payment)]


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda rows: rows.clear(), "flow.schedule_empty"),
        (lambda rows: setattr(rows[1], "interest", None), "flow.schedule_row_incomplete"),
        (lambda rows: setattr(rows[1], "due", rows[0].due), "flow.schedule_dates_order"),
        (lambda rows: setattr(rows[0], "principal", rows[0].principal + 1),
         "flow.schedule_principal_mismatch"),
    ],
)
def test_a_typed_schedule_must_be_whole(mutate, key: str) -> None:  # noqa: ANN001
    draft = complete(principal=1_200_000, term_months=3)
    rows = rows_from(draft)
    mutate(rows)
    draft.use_lender_schedule, draft.lender_rows = True, rows
    assert new_loan.problems(draft, today=TODAY)["lender_rows"] == key


@pytest.mark.parametrize(
    ("row", "column", "value", "key"),
    [
        (1, "fee", 10**14, "invalid.amount_too_large"),  # a million million yuan: a slip
        (2, "interest", -500, "invalid.negative"),
        (3, "principal", -1, "invalid.negative"),
    ],
)
def test_a_wrong_amount_in_the_typed_schedule_names_its_row_and_column(
    row: int, column: str, value: int, key: str
) -> None:
    draft = complete(principal=1_200_000, term_months=3)
    rows = rows_from(draft)
    setattr(rows[row - 1], column, value)
    draft.use_lender_schedule, draft.lender_rows = True, rows
    assert new_loan.schedule_problem(draft) == new_loan.ScheduleProblem(key, row, column)
    assert new_loan.problems(draft, today=TODAY)["lender_rows"] == key
    assert new_loan.preview(draft, today=TODAY) is None


def test_an_incomplete_or_misordered_row_is_named() -> None:
    draft = complete(principal=1_200_000, term_months=3)
    rows = rows_from(draft)
    rows[2].due = rows[1].due
    rows[1].principal = None
    draft.use_lender_schedule, draft.lender_rows = True, rows
    assert new_loan.schedule_problem(draft) == new_loan.ScheduleProblem(
        "flow.schedule_row_incomplete", 2)
    rows[1].principal = 400_000
    assert new_loan.schedule_problem(draft) == new_loan.ScheduleProblem(
        "flow.schedule_dates_order", 3, "due")


def test_a_too_large_typed_amount_is_refused_before_anything_is_saved(vault: Vault) -> None:
    draft = complete(principal=1_200_000, term_months=3)
    rows = rows_from(draft)
    rows[0].fee = 10**14
    draft.use_lender_schedule, draft.lender_rows = True, rows
    before = counts(vault)
    with pytest.raises(ValidationError) as raised:
        new_loan.save(vault, draft, today=TODAY)
    assert (raised.value.field, raised.value.key) == ("lender_rows", "invalid.amount_too_large")
    assert counts(vault) == before


def test_choosing_a_recorded_lenders_preset_again_adds_the_loan_to_it(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, old_loan = loan_vault
    recorded = repository.get(vault.db, Loan, old_loan).platform_id
    with vault.transaction() as db:  # the user had corrected the lender's entity before
        platform = repository.get(db, Platform, recorded)
        repository.update(db, replace(platform, lender_entity="微众银行（合同所写）"))
        repository.insert(db, Account(kind=AccountKind.bank_card, label="微众银行还款账户",
                                      number="7000123", platform_id=recorded))
    draft = complete()  # the 微粒贷 preset again
    assert new_loan.recorded_lender(vault.db, draft) == repository.get(
        vault.db, Platform, recorded)
    loan = repository.get(vault.db, Loan, new_loan.save(vault, draft, today=TODAY))
    assert loan.platform_id == recorded
    assert counts(vault)["platform"] == 1
    kept = repository.get(vault.db, Platform, recorded)
    assert (kept.lender_entity, kept.hotline) == ("微众银行（合同所写）", "95384")
    # the payee account remembered for the lender belongs to the new loan's lender too
    (payee,) = repository.select(vault.db, Account, "platform_id = ?", (loan.platform_id,))
    assert payee.number == "7000123"


def test_a_detail_the_user_changed_updates_the_recorded_lender(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, old_loan = loan_vault
    recorded = repository.get(vault.db, Loan, old_loan).platform_id
    draft = complete(hotline="95384-2")  # the recorded lender has no app yet
    new_loan.save(vault, draft, today=TODAY)
    (platform,) = repository.select(vault.db, Platform)
    assert platform.id == recorded
    assert (platform.hotline, platform.app_name) == ("95384-2", "微信 / 微众银行")  # filled in


def test_a_same_named_lender_with_another_entity_is_another_lender(vault: Vault) -> None:
    first = NewLoanDraft()
    new_loan.apply_preset(first, "bank")
    first.lender_entity = "招商银行股份有限公司"
    base = complete()
    for name in ("principal", "borrowed_on", "rate_percent", "term_months"):
        setattr(first, name, getattr(base, name))
    new_loan.save(vault, first, today=TODAY)
    second = replace(first, lender_entity="中国工商银行股份有限公司")
    assert new_loan.recorded_lender(vault.db, second) is None
    new_loan.save(vault, second, today=TODAY)
    same = replace(first, lender_entity="")  # left empty: the recorded one
    assert new_loan.recorded_lender(vault.db, same) is not None
    assert sorted(p.lender_entity for p in repository.select(vault.db, Platform)) == [
        "中国工商银行股份有限公司", "招商银行股份有限公司"]


def test_only_the_users_own_accounts_can_pay_a_loan(loan_vault: tuple[Vault, int]) -> None:
    vault, old_loan = loan_vault
    platform_id = repository.get(vault.db, Loan, old_loan).platform_id
    with vault.transaction() as db:
        payee = repository.insert(db, Account(kind=AccountKind.bank_card, label="对公还款账户",
                                              number="7000123", platform_id=platform_id))
    assert [a.label for a in new_loan.own_accounts(vault.db)] == ["招商银行储蓄卡"]
    before = counts(vault)
    with pytest.raises(ValidationError) as raised:
        new_loan.save(vault, complete(account_mode=AccountMode.existing, account_id=payee.id),
                      today=TODAY)
    assert raised.value.field == "account"
    assert counts(vault) == before


def test_save_stores_lender_account_loan_and_plan_together(vault: Vault) -> None:
    draft = complete(account_mode=AccountMode.new, account_kind=AccountKind.wechat,
                     account_label="微信零钱", account_number="wxid 1234 5678",
                     contract_no=" WLD-9 ")
    loan_id = new_loan.save(vault, draft, today=TODAY)
    loan = repository.get(vault.db, Loan, loan_id)
    platform = repository.get(vault.db, Platform, loan.platform_id)
    account = repository.get(vault.db, Account, loan.account_id or 0)
    assert (platform.name, platform.hotline) == ("微粒贷", "95384")
    assert (account.masked, loan.contract_no) == ("微信零钱 **** 5678", "WLD-9")
    plan = loans.active_plan(vault.db, loan_id)
    assert plan is not None and len(loans.installments_of(vault.db, plan.id or 0)) == 240


def test_save_with_an_existing_lender_and_a_typed_custom_schedule(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, old_loan = loan_vault
    platform_id = repository.get(vault.db, Loan, old_loan).platform_id
    draft = complete(principal=1_200_000, term_months=3, rate_percent=Decimal(12))
    rows = rows_from(draft)
    draft = complete(platform_id=platform_id, principal=1_200_000, term_months=3,
                     rate_percent=Decimal(12), method=Method.custom, use_lender_schedule=True,
                     lender_rows=rows)
    before = counts(vault)["platform"]
    loan_id = new_loan.save(vault, draft, today=TODAY)
    assert counts(vault)["platform"] == before
    plan = loans.active_plan(vault.db, loan_id)
    assert plan is not None
    assert [i.interest for i in loans.installments_of(vault.db, plan.id or 0)] == [
        r.interest for r in rows]


def test_an_invalid_draft_saves_nothing(vault: Vault) -> None:
    before = counts(vault)
    with pytest.raises(ValidationError):
        new_loan.save(vault, complete(principal=None), today=TODAY)
    assert counts(vault) == before


def test_a_failure_inside_the_transaction_leaves_no_lender_behind(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(vault)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(new_loan.loans, "add_loan", broken)
    with pytest.raises(OSError):
        new_loan.save(vault, complete(account_mode=AccountMode.new, account_label="卡"),
                      today=TODAY)
    assert counts(vault) == before


def test_the_preview_checks_the_rate_against_the_vaults_lpr_table() -> None:
    """The user's newer fixing (2.50 %) makes 11 % a year above 4 × LPR; the bundled
    table alone (3.00 %) would allow up to 12 %."""
    from vault.thresholds import LprFixing, WarningCode, bundled_lpr_table, merge_lpr_tables

    draft = complete(lender_kind=LenderKind.private, rate_percent=Decimal(11), term_months=12,
                     principal=1_000_000)
    table = merge_lpr_tables(bundled_lpr_table(), [LprFixing(date(2026, 1, 1), Decimal("2.5"))])

    def codes(shown: object) -> set[str]:
        assert shown is not None
        return {w.code for w in shown.warnings}  # type: ignore[attr-defined]

    assert WarningCode.above_4x_lpr not in codes(new_loan.preview(draft, today=TODAY))
    with_users = new_loan.preview(draft, today=TODAY, lpr_table=table)
    assert WarningCode.above_4x_lpr in codes(with_users)
