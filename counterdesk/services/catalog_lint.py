"""Catalog lint: certificates (证明材料) that no law named in the guide asks for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from counterdesk.domain.catalog import Material, ServiceItem


@dataclass(frozen=True)
class ProofWithoutBasis:
    """A material marked `proof: true` without its own `legal_basis`."""

    source: str
    item_code: str
    material: Material

    def __str__(self) -> str:
        return (f"{self.source}: item {self.item_code}: material {self.material.id} "
                f"({self.material.name}): 证明材料 without legal_basis")


def proofs_without_legal_basis(items: Iterable[ServiceItem]) -> list[ProofWithoutBasis]:
    """国办发〔2018〕47号 asks every certificate a hall requires to rest on a law or
    regulation; a proof that names none is one to drop or to justify."""
    return [ProofWithoutBasis(item.source, item.code, material)
            for item in sorted(items, key=lambda i: (i.source, i.code, i.version))
            for material in item.materials if material.proof and not material.legal_basis]
