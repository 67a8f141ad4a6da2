"""The office settings page carries the retention rule: whole years, or empty for none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from counterdesk.services.office import OfficeService
from counterdesk.ui.admin.office_page import OfficeSettingsPage
from tests.ui.conftest import when_modal
from tests.ui.desk import type_text


@pytest.fixture
def office_page(qtbot, space, people):
    page = OfficeSettingsPage(space, people["admin"])
    qtbot.addWidget(page)
    return page


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_the_retention_years_are_saved_and_cleared_from_the_page(qtbot, office_page, space):
    # GIVEN no rule WHEN the admin types 5 and saves THEN the rule is 5 years
    assert office_page.retention_years.text() == ""
    retype(qtbot, office_page.retention_years, "5")
    qtbot.mouseClick(office_page.save_button, Qt.MouseButton.LeftButton)
    assert OfficeService(space).load().retention_years == "5"
    # WHEN the field is emptied and saved THEN there is no rule again
    retype(qtbot, office_page.retention_years, "")
    qtbot.mouseClick(office_page.save_button, Qt.MouseButton.LeftButton)
    assert OfficeService(space).load().retention_years == ""


def test_a_retention_that_is_not_whole_years_is_refused_with_a_message(qtbot, office_page,
                                                                       space):
    retype(qtbot, office_page.retention_years, "0")
    seen = when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    qtbot.mouseClick(office_page.save_button, Qt.MouseButton.LeftButton)
    assert "retention_years" in seen[0] and "请按提示修改" in seen[0]
    assert OfficeService(space).load().retention_years == ""
