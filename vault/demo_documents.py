"""Made-up documents for the demo vault, drawn in memory: a repayment screenshot, a photo of
a settlement certificate and a one-page credit report. They exist so the demo shows what
evidence looks like in the document panel and the binder; every one says it is a sample.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from vault.money import format_fen, to_chinese_capital
from vault.resources import cjk_font_path

SAMPLE = "示例 · SAMPLE"


def _font(size: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    return ImageFont.truetype(str(cjk_font_path()), size, index=0)


def receipt_png(platform: str, amount: int, paid_on: date, reference: str) -> bytes:
    """A phone screenshot of a repayment in the lender's app (1080 × 1920)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1080, 1920), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1080, 180), fill=(34, 119, 230))
    draw.text((60, 60), f"{platform} · 还款详情", font=_font(56), fill="white")
    draw.ellipse((440, 300, 640, 500), fill=(46, 170, 90))
    draw.text((490, 330), "✓", font=_font(120), fill="white")
    draw.text((380, 560), "还款成功", font=_font(72), fill=(30, 30, 30))
    draw.text((300, 680), f"¥ {format_fen(amount)}", font=_font(96), fill=(30, 30, 30))
    rows = [("还款时间", f"{paid_on.isoformat()} 09:12:45"), ("还款方式", "自动扣款"),
            ("交易流水号", reference), ("状态", "已入账")]
    for index, (label, value) in enumerate(rows):
        y = 900 + index * 110
        draw.text((80, y), label, font=_font(44), fill=(120, 120, 120))
        draw.text((520, y), value, font=_font(44), fill=(30, 30, 30))
    draw.text((380, 1780), SAMPLE, font=_font(40), fill=(200, 60, 60))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def certificate_jpeg(borrower: str, lender: str, contract_no: str, principal: int,
                     total_repaid: int, settled_on: date) -> bytes:
    """A phone photo of a paper 结清证明, taken sideways (EXIF says: rotate 90°)."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (1240, 1754), (252, 250, 244))
    draw = ImageDraw.Draw(page)
    draw.text((470, 120), "结清证明", font=_font(84), fill=(20, 20, 20))
    lines = [
        f"借款人：{borrower}",
        f"合同编号：{contract_no}",
        f"借款本金：人民币 {format_fen(principal)} 元",
        f"已还总额：人民币 {format_fen(total_repaid)} 元",
        f"（大写：{to_chinese_capital(total_repaid)}）",
        f"结清日期：{settled_on.isoformat()}",
        "",
        "兹证明上述借款本息已全部结清，截至本证明",
        "出具之日，借款人在我行该笔借款项下无任何欠款。",
    ]
    for index, line in enumerate(lines):
        draw.text((140, 320 + index * 90), line, font=_font(44), fill=(30, 30, 30))
    draw.text((720, 1300), lender, font=_font(38), fill=(30, 30, 30))
    issued = settled_on + timedelta(days=3)
    draw.text((720, 1370), f"{issued.year} 年 {issued.month} 月 {issued.day} 日",
              font=_font(38), fill=(30, 30, 30))
    draw.ellipse((760, 1150, 1060, 1450), outline=(200, 30, 30), width=10)
    draw.text((830, 1275), "（印章）", font=_font(40), fill=(200, 30, 30))
    draw.text((140, 1620), SAMPLE, font=_font(36), fill=(200, 60, 60))
    photo = page.rotate(90, expand=True)  # the phone was held sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80, exif=exif.tobytes())
    return out.getvalue()


def credit_report_pdf(borrower: str, lender: str, checked_on: date) -> bytes:
    """One page of a personal credit report showing the account as 结清."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "JieqingDemoCJK" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("JieqingDemoCJK", str(cjk_font_path()), subfontIndex=0))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, initialFontName="JieqingDemoCJK")  # no Helvetica
    width, height = A4
    pdf.setFont("JieqingDemoCJK", 20)
    pdf.drawCentredString(width / 2, height - 80, "个人信用报告（本人查询版）")
    pdf.setFont("JieqingDemoCJK", 11)
    rows = [
        f"被查询者姓名：{borrower}",
        f"报告时间：{checked_on.isoformat()}",
        "",
        "信贷交易信息明细 · 非循环贷账户",
        f"管理机构：{lender}",
        "账户状态：结清",
        "最近 24 个月还款记录：N N N N N N N N N N N C",
    ]
    for index, line in enumerate(rows):
        pdf.drawString(72, height - 140 - index * 22, line)
    pdf.setFillColorRGB(0.8, 0.2, 0.2)
    pdf.drawString(72, 72, SAMPLE)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
