"""Fixtures: the sample case's documents, and helpers to read rendered PDFs back."""

from __future__ import annotations

from pathlib import Path

import printing_samples as samples
import pytest
from pypdf import PdfReader

from counterdesk.domain.documents import (
    AcceptanceReceipt,
    GuideSheet,
    MaterialsList,
    RejectionNotice,
    SupplementNotice,
)


@pytest.fixture
def acceptance() -> AcceptanceReceipt:
    return samples.acceptance()


@pytest.fixture
def supplement() -> SupplementNotice:
    return samples.supplement_notice()


@pytest.fixture
def rejection() -> RejectionNotice:
    return samples.rejection()


@pytest.fixture
def materials_list() -> MaterialsList:
    return samples.materials_list()


@pytest.fixture
def guide() -> GuideSheet:
    return samples.guide()


def pdf_pages_text(path: Path) -> list[str]:
    """Text of each page in drawing order: every table cell's lines come out together."""
    return [page.extract_text() for page in PdfReader(path).pages]


def squash(text: str) -> str:
    """Text without whitespace: wrapped cells split names across lines."""
    return "".join(text.split())
