"""Defects a clerk can record on a material, and which can be corrected on the spot."""

from enum import StrEnum


class Defect(StrEnum):
    """Defect codes of catalog-format.md, in the order problems are listed."""

    MISSING = "missing"
    WRONG_FORM = "wrong_form"
    TOO_FEW_COPIES = "too_few_copies"
    UNSIGNED = "unsigned"
    FILL_ERROR = "fill_error"
    UNSEALED = "unsealed"
    EXPIRED = "expired"
    ILLEGIBLE = "illegible"
    INCONSISTENT = "inconsistent"


# 行政许可法 art. 32 ¶3: errors the applicant can put right at the window
# (the hall has a free copier; the applicant is present to sign or re-fill).
CORRECTABLE_ON_THE_SPOT: frozenset[Defect] = frozenset(
    {Defect.TOO_FEW_COPIES, Defect.UNSIGNED, Defect.FILL_ERROR}
)

DEFECT_ORDER: dict[Defect, int] = {defect: index for index, defect in enumerate(Defect)}


def is_correctable(defect: Defect) -> bool:
    """True when art. 32 ¶3 lets the applicant correct this defect on the spot."""
    return defect in CORRECTABLE_ON_THE_SPOT
