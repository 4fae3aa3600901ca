"""Log a contact: any call, message or visit, and the scam check on what the other side asked.

The scam check follows DOMAIN.md ("Scam warning signs"): a message is high risk when it
pairs a trigger topic with an action request, or comes from an overseas caller id. Each
sign carries the counter-facts to show. It looks for phrases only; it cannot prove a
message genuine, so "no sign found" is never shown as "safe".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from vault import repository
from vault.flows import (
    Problems,
    Target,
    not_in_future,
    not_in_past,
    record_problems,
    require_valid,
    save_with_files,
)
from vault.records import Contact, ContactChannel, Counterpart, DocumentKind
from vault.store import Connection, Vault


@dataclass
class ContactDraft:
    happened_on: date | None = None
    channel: ContactChannel = ContactChannel.phone
    counterpart: Counterpart = Counterpart.platform
    loan_id: int | None = None
    who: str = ""
    caller_id: str = ""  # the number or account the other side used (for the scam check)
    asked: str = ""  # what the other side said or asked, or what the user asked
    outcome: str = ""
    next_step: str = ""
    next_step_on: date | None = None
    files: list[Path] = field(default_factory=list)  # recordings, screenshots

    @property
    def is_empty(self) -> bool:
        return not (self.asked.strip() or self.who.strip() or self.outcome.strip())


def to_record(draft: ContactDraft) -> Contact:
    who = draft.who.strip()
    if draft.caller_id.strip():
        who = f"{who} ({draft.caller_id.strip()})" if who else draft.caller_id.strip()
    return Contact(
        happened_on=draft.happened_on or date(2000, 1, 1), channel=draft.channel,
        counterpart=draft.counterpart, loan_id=draft.loan_id, who=who,
        asked=draft.asked.strip(), outcome=draft.outcome.strip(),
        next_step=draft.next_step.strip(), next_step_on=draft.next_step_on,
    )


def problems(draft: ContactDraft, *, today: date | None = None) -> Problems:
    today = today or date.today()
    found: Problems = {}
    if draft.happened_on is None:
        found["happened_on"] = "invalid.required"
    if not draft.asked.strip():
        found["asked"] = "invalid.required"
    found.update({k: v for k, v in record_problems(to_record(draft)).items() if k not in found})
    not_in_future(found, "happened_on", draft.happened_on, today)
    if draft.next_step_on is not None and not draft.next_step.strip():
        found.setdefault("next_step", "flow.next_step_needed")
    if draft.next_step_on is not None and draft.happened_on is not None:
        if draft.next_step_on < draft.happened_on:
            found.setdefault("next_step_on", "flow.follow_up_before_contact")
    else:
        not_in_past(found, "next_step_on", draft.next_step_on, today)
    return found


def save(vault: Vault, draft: ContactDraft, *, today: date | None = None) -> int:
    require_valid(problems(draft, today=today))

    def write(db: Connection) -> dict[str, Target]:
        return {"contact": ("contact", insert(db, draft))}

    files = [(p, kind_of(p), "contact") for p in draft.files]
    return save_with_files(vault, files, write)["contact"][1]


def insert(db: Connection, draft: ContactDraft) -> int:
    stored = repository.insert(db, to_record(draft))
    assert stored.id is not None
    return stored.id


def kind_of(path: Path) -> DocumentKind:
    audio = {".mp3", ".m4a", ".amr", ".wav", ".aac", ".ogg", ".3gp"}
    return DocumentKind.call_recording if path.suffix.lower() in audio else DocumentKind.other


# -- the scam check ---------------------------------------------------------------------


class SignKind(StrEnum):
    action = "action"  # something the other side asks the user to do
    topic = "topic"  # a pretext scams use
    caller = "caller"  # where the call or message came from


@dataclass(frozen=True)
class Sign:
    """One warning sign: `key` is a stable message key (`scam.<name>`); `matched` the text
    that triggered it; `facts` the counter-fact message keys to show."""

    key: str
    kind: SignKind
    matched: str
    facts: tuple[str, ...]


FACT_NO_SAFE_ACCOUNT = "fact.lenders_never_ask"
FACT_NO_PAID_REPAIR = "fact.records_not_for_sale"
FACT_CRC_CLOSES_NOTHING = "fact.crc_closes_nothing"
FACT_FREE_REPAIR = "fact.one_time_repair_free"
FACT_OFFICIAL_CHANNELS = "fact.use_official_channels"

# (key, kind, pattern, facts); patterns are matched on NFKC-normalized, lower-cased text.
_SIGNS: tuple[tuple[str, SignKind, str, tuple[str, ...]], ...] = (
    ("scam.safe_account", SignKind.action,
     r"安全账户|监管账户|清查账户|核查账户|指定账户|个人账户|私人账户|转到个人|转给个人"
     r"|safe account|personal account",
     (FACT_NO_SAFE_ACCOUNT,)),
    ("scam.screen_share", SignKind.action,
     r"屏幕共享|共享屏幕|腾讯会议|zoom|钉钉|云视讯|会议软件|会议app|远程控制|screen shar",
     (FACT_NO_SAFE_ACCOUNT,)),
    ("scam.code_or_password", SignKind.action,
     r"验证码|校验码|动态码|密码|verification code|password|one-time code",
     (FACT_NO_SAFE_ACCOUNT,)),
    ("scam.add_contact", SignKind.action,
     r"加(?:我|客服|专员)?的?(?:qq|微信)|(?:qq|微信)号|添加(?:qq|微信)|add .{0,20}(?:qq|wechat)",
     (FACT_OFFICIAL_CHANNELS,)),
    ("scam.link", SignKind.action,
     r"https?://|www\.|点击链接|点链接|打开链接|click (?:the|this) link",
     (FACT_OFFICIAL_CHANNELS,)),
    ("scam.borrow_to_clear", SignKind.action,
     r"清空额度|额度清零|刷流水|(?:其他|别的)平台(?:借|贷)|borrow .{0,30}other platform",
     (FACT_NO_SAFE_ACCOUNT, FACT_CRC_CLOSES_NOTHING)),
    ("scam.fee_first", SignKind.action,
     r"保证金|解冻费|手续费|工本费|激活费|会员费|验资|deposit|unfreez|processing fee",
     (FACT_NO_SAFE_ACCOUNT,)),
    ("scam.cancel_student_account", SignKind.topic,
     r"校园贷|学生账户|学生身份|student (?:loan )?account",
     (FACT_CRC_CLOSES_NOTHING,)),
    ("scam.close_account", SignKind.topic,
     r"(?:关闭|注销|关掉)[^，。,.]{0,8}(?:微粒贷|借呗|账户|账号)|close .{0,20}account",
     (FACT_CRC_CLOSES_NOTHING,)),
    ("scam.credit_threat", SignKind.topic,
     r"影响征信|上征信|征信(?:受损|污点|黑)|黑名单|affect .{0,20}credit|blacklist",
     (FACT_NO_PAID_REPAIR,)),
    ("scam.rate_cut", SignKind.topic,
     r"利率过高|(?:下调|降低)利率|利率(?:下调|调整)|lower .{0,10}rate",
     (FACT_OFFICIAL_CHANNELS,)),
    ("scam.authority", SignKind.topic,
     r"银保监|央行|人民银行|反诈中心|金融监管总局|公安局|警官|police|regulator|central bank",
     (FACT_CRC_CLOSES_NOTHING, FACT_OFFICIAL_CHANNELS)),
    ("scam.credit_repair", SignKind.topic,
     r"征信修复|修复征信|洗白|不成功不收费|消除(?:逾期)?记录|credit repair|clean .{0,10}record",
     (FACT_NO_PAID_REPAIR, FACT_FREE_REPAIR)),
    ("scam.debt_agent", SignKind.topic,
     r"停息挂账|代理协商|债务优化|反催收|debt relief agent",
     (FACT_NO_PAID_REPAIR, FACT_OFFICIAL_CHANNELS)),
    ("scam.paid_certificate", SignKind.topic,
     r"结清证明[^。.]{0,12}(?:费|钱|付)|(?:费|钱|付)[^。.]{0,12}结清证明"
     r"|pay .{0,20}settlement certificate",
     (FACT_OFFICIAL_CHANNELS,)),
)
_COMPILED = tuple((key, kind, re.compile(pattern), facts) for key, kind, pattern, facts in _SIGNS)


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def is_overseas(caller_id: str) -> bool:
    """A number dialled in from outside mainland China (+ or 00 prefix, not +86)."""
    number = re.sub(r"[\s\-()]", "", _normal(caller_id))
    if number.startswith("00"):
        number = "+" + number[2:]
    return number.startswith("+") and not number.startswith("+86") and len(number) > 4


def scam_signs(text: str, caller_id: str = "") -> list[Sign]:
    """The warning signs in what the other side said or asked, in catalogue order."""
    normal = _normal(text)
    found = [
        Sign(key, kind, match.group(0), facts)
        for key, kind, pattern, facts in _COMPILED
        if (match := pattern.search(normal))
    ]
    if is_overseas(caller_id):
        found.append(Sign("scam.overseas_caller", SignKind.caller, caller_id.strip(),
                          (FACT_OFFICIAL_CHANNELS,)))
    return found


class Risk(StrEnum):
    none = "none"  # no known sign (not proof that the message is genuine)
    caution = "caution"  # a sign on its own
    high = "high"  # an action request with a trigger topic, or an overseas caller


def scam_risk(signs: list[Sign]) -> Risk:
    kinds = {sign.kind for sign in signs}
    if SignKind.caller in kinds or {SignKind.action, SignKind.topic} <= kinds:
        return Risk.high
    return Risk.caution if signs else Risk.none


def counter_facts(signs: list[Sign]) -> list[str]:
    """The counter-fact keys to show, each once, in the order the signs found them."""
    return list(dict.fromkeys(fact for sign in signs for fact in sign.facts))
