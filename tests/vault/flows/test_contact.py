"""Logging a contact and the scam check on what the other side asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vault import attachments, repository
from vault.errors import ValidationError
from vault.flows import contact
from vault.flows.contact import ContactDraft, Risk, SignKind, scam_risk, scam_signs
from vault.records import Contact, ContactChannel, Counterpart, DocumentKind
from vault.store import Vault

from .conftest import TODAY, counts


def draft(**changes: object) -> ContactDraft:
    values: dict[str, object] = {
        "happened_on": TODAY, "channel": ContactChannel.phone,
        "counterpart": Counterpart.platform, "asked": "询问协商分期",
    }
    values.update(changes)
    return ContactDraft(**values)  # type: ignore[arg-type]


def test_a_complete_contact_has_no_problems() -> None:
    assert contact.problems(draft(), today=TODAY) == {}


def test_what_was_asked_and_the_date_are_required() -> None:
    found = contact.problems(draft(asked="  ", happened_on=None), today=TODAY)
    assert found == {"happened_on": "invalid.required", "asked": "invalid.required"}


def test_a_contact_cannot_happen_in_the_future() -> None:
    found = contact.problems(draft(happened_on=date(2026, 5, 21)), today=TODAY)
    assert found == {"happened_on": "flow.date_in_future"}


def test_a_follow_up_date_needs_a_next_step_and_comes_after_the_contact() -> None:
    found = contact.problems(draft(next_step_on=date(2026, 5, 1)), today=TODAY)
    assert found == {"next_step": "flow.next_step_needed",
                     "next_step_on": "flow.follow_up_before_contact"}


def test_save_stores_the_contact_with_the_caller_id_and_its_recording(
    loan_vault: tuple[Vault, int], tmp_path: Path
) -> None:
    vault, loan_id = loan_vault
    recording = tmp_path / "call.mp3"
    recording.write_bytes(b"ID3" + b"\x00" * 200)
    contact_id = contact.save(vault, draft(loan_id=loan_id, who="客服 工号 1024",
                                           caller_id="95384", files=[recording]), today=TODAY)
    stored = repository.get(vault.db, Contact, contact_id)
    assert (stored.who, stored.loan_id, stored.asked) == ("客服 工号 1024 (95384)", loan_id,
                                                          "询问协商分期")
    docs = attachments.attachments_of(vault.db, "contact", contact_id)
    assert [d.kind for d in docs] == [DocumentKind.call_recording]


def test_an_invalid_contact_saves_nothing(loan_vault: tuple[Vault, int]) -> None:
    vault, _loan_id = loan_vault
    before = counts(vault)
    with pytest.raises(ValidationError):
        contact.save(vault, draft(asked=""), today=TODAY)
    assert counts(vault) == before


def test_a_refused_recording_saves_no_contact(
    loan_vault: tuple[Vault, int], tmp_path: Path
) -> None:
    vault, _loan_id = loan_vault
    before = counts(vault)
    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    with pytest.raises(attachments.AttachmentEmptyError):
        contact.save(vault, draft(files=[empty]), today=TODAY)
    assert counts(vault) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您的学生账户需要注销，否则影响征信，请把钱转到安全账户",
         {"scam.safe_account", "scam.cancel_student_account", "scam.credit_threat"}),
        ("我们是微粒贷客服，需要关闭您的微粒贷账户，请下载腾讯会议开启屏幕共享",
         {"scam.close_account", "scam.screen_share"}),
        ("请告诉我验证码", {"scam.code_or_password"}),
        ("加客服QQ 12345 办理", {"scam.add_contact"}),
        ("点击链接 http://x.cn 领取", {"scam.link"}),
        ("需要在其他平台借款清空额度", {"scam.borrow_to_clear"}),
        ("放款前先交保证金和解冻费", {"scam.fee_first"}),
        ("您的利率过高需下调", {"scam.rate_cut"}),
        ("我是银保监会工作人员", {"scam.authority"}),
        ("专业征信修复，不成功不收费", {"scam.credit_repair"}),
        ("停息挂账代理协商", {"scam.debt_agent"}),
        ("开结清证明要付 200 元费用", {"scam.paid_certificate"}),
        ("Please move the money to a safe account and read me the verification code",
         {"scam.safe_account", "scam.code_or_password"}),
    ],
)
def test_scam_signs_find_the_catalogued_phrases(text: str, expected: set[str]) -> None:
    assert {sign.key for sign in scam_signs(text)} == expected


def test_an_ordinary_message_shows_no_sign() -> None:
    signs = scam_signs("客服确认本月账单 1,000 元，将于 6 月 10 日自动扣款")
    assert signs == [] and scam_risk(signs) is Risk.none


def test_an_action_with_a_trigger_topic_is_high_risk_and_each_alone_is_caution() -> None:
    assert scam_risk(scam_signs("请把钱转到安全账户")) is Risk.caution
    assert scam_risk(scam_signs("否则影响征信")) is Risk.caution
    assert scam_risk(scam_signs("否则影响征信，请把钱转到安全账户")) is Risk.high


@pytest.mark.parametrize("caller", ["+63 912 345 6789", "00852 1234 5678", "+1-202-555-0100"])
def test_overseas_caller_ids_are_high_risk(caller: str) -> None:
    signs = scam_signs("您好", caller)
    assert [s.kind for s in signs] == [SignKind.caller] and scam_risk(signs) is Risk.high


@pytest.mark.parametrize("caller", ["95384", "+86 138 0000 0000", "0086 10 1234 5678", ""])
def test_mainland_and_service_numbers_are_not_overseas(caller: str) -> None:
    assert scam_signs("您好", caller) == []


def test_counter_facts_come_once_each_in_order() -> None:
    signs = scam_signs("征信修复，先交手续费，转到安全账户")
    assert contact.counter_facts(signs) == [
        "fact.lenders_never_ask", "fact.records_not_for_sale", "fact.one_time_repair_free"]
