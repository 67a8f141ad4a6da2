"""The lawful grounds on which a supervisor upholds an escalated refusal, and the rule each
cites for a licence and for every other kind of item."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.catalog import LICENSING_LAW_BASIS

LICENSING_LAW = "《中华人民共和国行政许可法》"


class RefusalGround(StrEnum):
    """窗口无否决权: a refusal stands only on a ground the law gives. The first three are the
    situations the law names; OTHER cites a law and article the supervisor types in."""

    NO_PERMIT_NEEDED = "no_permit_needed"  # 行政许可法 art. 32 ¶1 (一)
    OUT_OF_JURISDICTION = "out_of_jurisdiction"  # 行政许可法 art. 32 ¶1 (二)
    FALSE_MATERIALS = "false_materials"  # 行政许可法 art. 78
    OTHER = "other"


# The licensing law's own article for each named situation.
LICENCE_ARTICLES: dict[RefusalGround, str] = {
    RefusalGround.NO_PERMIT_NEEDED: "第三十二条第一款第（一）项",
    RefusalGround.OUT_OF_JURISDICTION: "第三十二条第一款第（二）项",
    # 行政许可法 art. 78: 申请人隐瞒有关情况或者提供虚假材料申请行政许可的，行政机关不予受理.
    RefusalGround.FALSE_MATERIALS: "第七十八条",
}
_ARTICLE_32_CLAUSES = {RefusalGround.NO_PERMIT_NEEDED: "一",
                       RefusalGround.OUT_OF_JURISDICTION: "二"}


class RefusalGroundError(ValueError):
    """A ground that cannot be printed; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class StatedGround:
    """The ground a supervisor chose. `law` and `article` only for OTHER; the competent
    office only for OUT_OF_JURISDICTION (art. 32 ¶1 (二): name where to apply instead)."""

    ground: RefusalGround
    law: str = ""
    article: str = ""
    competent_office: str = ""


def receiving_citation(is_licence: bool, procedure_basis: str | None,
                       clause: str) -> str | None:
    """The rule cited for one step of receiving an application.

    A licence under the default procedure cites 行政许可法 art. 32 ¶1 and its clause
    (（四） supplement, （五） accept, （一）/（二） reject); any other item cites its own
    procedural rule, and none at all where its guide names none: a document never cites
    行政许可法 for an item that is not a 行政许可 (catalog-format.md, `procedure`).
    """
    if is_licence and (not procedure_basis or procedure_basis == LICENSING_LAW_BASIS):
        return f"{LICENSING_LAW}第三十二条第一款第（{clause}）项"
    return procedure_basis or None


def ground_basis(stated: StatedGround, is_licence: bool,
                 procedure_basis: str | None) -> str | None:
    """The rule the refusal cites; None where a non-licence item's guide names none."""
    if stated.ground == RefusalGround.OTHER:
        return f"{stated.law}{stated.article}"
    if stated.ground == RefusalGround.FALSE_MATERIALS:
        if is_licence:
            return f"{LICENSING_LAW}{LICENCE_ARTICLES[stated.ground]}"
        return procedure_basis or None
    return receiving_citation(is_licence, procedure_basis, _ARTICLE_32_CLAUSES[stated.ground])


def checked_ground(stated: StatedGround, is_licence: bool) -> StatedGround:
    """The ground as it will be printed, or RefusalGroundError saying what is missing."""
    law, article = stated.law.strip(), stated.article.strip()
    office = stated.competent_office.strip()
    if stated.ground != RefusalGround.OTHER:
        law = article = ""
    elif not law or not article:
        raise RefusalGroundError("ground_law_required",
                                 "an 'other' ground needs the law and its article")
    elif not law.startswith("《"):
        law = f"《{law.strip('《》')}》"
    if law and not is_licence and "行政许可法" in law:
        # Only a 行政许可 is refused under the licensing law (catalog-format.md, `procedure`).
        raise RefusalGroundError("licensing_law_for_non_licence",
                                 "this item is not a licence: cite its own law, not the "
                                 "Administrative Licensing Law")
    if stated.ground == RefusalGround.OUT_OF_JURISDICTION:
        if not office:
            raise RefusalGroundError("competent_office_required",
                                     "name the office the applicant should apply to")
    else:
        office = ""
    return dataclasses.replace(stated, law=law, article=article, competent_office=office)
