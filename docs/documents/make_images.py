"""Render the sample documents of tests/printing and turn them into the PNGs beside this file.

Run from the project root: PYTHONPATH=. python docs/documents/make_images.py
(needs pdftoppm from poppler-utils).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests" / "printing"))

import printing_samples as samples  # noqa: E402

from counterdesk.domain.documents import DocumentType  # noqa: E402
from counterdesk.domain.pledges import PledgeKind  # noqa: E402
from counterdesk.printing import render  # noqa: E402


def by_department(document):  # type: ignore[no-untyped-def]
    """The 不动产登记 sample issued by its own department, received at the hall."""
    header = dataclasses.replace(document.header, office_name="微山县自然资源和规划局",
                                 seal_text="微山县不动产登记中心不动产登记专用章",
                                 received_at="微山县政务服务中心",
                                 doc_number=document.header.doc_number.replace("微审服", "微自规"))
    return dataclasses.replace(document, header=header)


def as_licence(document):  # type: ignore[no-untyped-def]
    return dataclasses.replace(document, item=samples.LICENCE_ITEM)


DOCUMENTS = {
    # A 行政确认 (不动产登记) decided by the 自然资源局 and received at the hall.
    "confirmation_acceptance_receipt": (by_department(samples.acceptance()), "a4"),
    "confirmation_supplement_notice": (by_department(samples.supplement_notice(3)), "a4"),
    "confirmation_rejection_notice": (by_department(samples.rejection()), "a4"),
    "confirmation_deemed_acceptance": (by_department(dataclasses.replace(
        samples.acceptance(), deemed_accepted=True, notice_due=dt.date(2026, 9, 30))), "a4"),
    "confirmation_provisional_receipt": (by_department(dataclasses.replace(
        samples.acceptance(), accepted_on=dt.date(2026, 12, 31),
        header=samples.header(DocumentType.ACCEPTANCE_RECEIPT, "微审服受〔2026〕0017号",
                              issued_on=dt.date(2026, 12, 31),
                              tracking_number="WS-20261231-A03-0017"),
        promised_date=dt.date(2027, 1, 8), provisional=True)), "a4"),
    # A supervisor's decisions: a refusal upheld on a lawful ground, a refusal revoked; and
    # a notice with the clerk's own words on each defect and the materials kept.
    "confirmation_upheld_rejection": (by_department(samples.upheld_rejection()), "a4"),
    "confirmation_revocation_notice": (by_department(samples.revocation()), "a4"),
    "confirmation_supplement_notice_described": (
        by_department(samples.described_supplement_notice()), "a4"),
    # The same guide as a 行政许可 of a 行政审批局 hall (the hall is the issuer).
    "licence_upheld_rejection": (as_licence(samples.upheld_rejection()), "a4"),
    "licence_acceptance_receipt": (as_licence(samples.acceptance()), "a4"),
    "licence_supplement_notice": (as_licence(dataclasses.replace(
        samples.supplement_notice(3), notice_due=dt.date(2026, 10, 13))), "a4"),
    "acceptance_receipt": (samples.acceptance(), "a4"),
    "supplement_notice": (samples.supplement_notice(6), "a4"),
    "rejection_notice": (samples.rejection(), "a4"),
    "materials_list": (samples.materials_list(), "a4"),
    # 收件 before an escalation: what was handed over, by an agent, and by when the written
    # answer comes.
    "escalation_receipt": (samples.escalation_receipt(), "a4"),
    # An application an agent (代理人) made: the agent printed beside the applicant.
    "agent_acceptance_receipt": (samples.agent_acceptance(), "a4"),
    # Signed by the applicant to be accepted before every material is in: 容缺受理 (a
    # material later) and 告知承诺 (a commitment instead of the material).
    "tolerance_pledge": (samples.pledge(), "a4"),
    "commitment_pledge": (samples.pledge(PledgeKind.COMMITMENT), "a4"),
    # After acceptance, a supervisor moves the clock: a licence's extension (art. 42), its
    # clock stopped for an expert review and restarted (art. 45); the same extension of the
    # 行政确认, which cites no licensing law.
    "licence_extension_notice": (samples.extension(), "a4"),
    "licence_pause_notice": (samples.pause(), "a4"),
    "licence_pause_restart_notice": (samples.pause(restarted=True), "a4"),
    "confirmation_extension_notice": (by_department(samples.extension(samples.ITEM)), "a4"),
    "thermal_receipt": (samples.acceptance(), "thermal80"),
    "guide_sheet": (samples.guide(), "a4"),
    "reprint_acceptance_receipt": (samples.reprinted_acceptance(), "a4"),
    "supplement_notice_20_problems": (samples.supplement_notice(20), "a4"),
}


def main() -> None:
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as temp:
        for name, (document, layout) in DOCUMENTS.items():
            pdf = Path(temp) / f"{name}.pdf"
            render(document, pdf, layout=layout)  # type: ignore[arg-type]
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(HERE / name)],
                           check=True)
    print("\n".join(sorted(p.name for p in HERE.glob("*.png"))))


if __name__ == "__main__":
    main()
