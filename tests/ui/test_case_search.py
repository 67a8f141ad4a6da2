"""Finding a case by typing, as a clerk in 我的案件 and a supervisor in 案件日志 would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.ui.supervisor.log_page import LogBrowserPage
from tests.supervisor.conftest import ANSWERS, ITEM
from tests.ui.desk import type_text


@pytest.fixture
def applicants(space, people) -> dict[str, dict]:
    intake = IntakeService(space)
    made = {}
    for name, id_number, phone in (("王小明", "11010519491231002X", "13800000000"),
                                   ("欧阳娜娜", "370826196201067753", "13108258583"),
                                   ("王芳", "", "")):
        made[name] = intake.register(people["clerk"], Registration(
            Purpose.APPLY, Channel.ONSITE,
            Applicant(ApplicantKind.PERSON, name, "resident_id" if id_number else "",
                      id_number, phone), ITEM))
    return made


def listed_names(page) -> list[str]:
    return [summary.applicant_name for summary in page.summaries]


def test_typing_part_of_a_name_in_my_cases_narrows_the_list_and_enter_opens_the_case(
        qtbot, window, applicants):
    # GIVEN the clerk's three open cases in 我的案件
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.my_cases
    assert sorted(listed_names(page)) == sorted(applicants)
    # WHEN the clerk jumps to the search box and types 王, then 小
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    type_text(qtbot, page.search, "王")
    qtbot.waitUntil(lambda: sorted(listed_names(page)) == ["王小明", "王芳"], timeout=2000)
    type_text(qtbot, page.search, "小")
    # THEN only the matching case is left, with its item's name beside the code
    qtbot.waitUntil(lambda: listed_names(page) == ["王小明"], timeout=2000)
    assert page.model.index(0, 3).data() == "购买商品房登记（转移登记）"
    assert page.found_label.text() == "共 1 件"
    # AND Down then Enter open it
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.case_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.case_id == applicants["王小明"].id
    dialog.close()


def test_the_last_four_of_an_id_number_typed_in_my_cases_find_the_applicant(
        qtbot, window, applicants):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.my_cases
    page.search.setFocus()
    qtbot.keyClicks(page.search, "002x")
    qtbot.waitUntil(lambda: listed_names(page) == ["王小明"], timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(listed_names(page)) == 3, timeout=2000)


def test_a_case_told_to_supplement_says_it_waits_for_the_applicant(qtbot, window, space, people,
                                                                   applicants):
    IntakeService(space).decide(people["clerk"], str(applicants["王芳"].id),
                                SubmissionInput(ANSWERS, {}))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.my_cases
    row = listed_names(page).index("王芳")
    assert page.model.index(row, 5).data() == ""
    assert page.model.index(row, 6).data() == "待申请人补正"


def test_the_supervisor_types_a_name_then_a_tracking_number_into_the_log(
        qtbot, space, people, applicants):
    # GIVEN the log of three cases
    page = LogBrowserPage(space, people["supervisor"])
    qtbot.addWidget(page)
    page.show()
    assert len(page.model.rows) == 3
    # WHEN the supervisor types part of a name
    page.search.setFocus()
    type_text(qtbot, page.search, "阳娜")
    # THEN the log and its total show that case only
    qtbot.waitUntil(lambda: [r["applicant_name"] for r in page.model.rows] == ["欧阳娜娜"],
                    timeout=2000)
    assert page.total_label.text() == "共 1 件"
    # WHEN the box is cleared and a tracking number typed in lower case
    page.search.selectAll()
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=2000)
    qtbot.keyClicks(page.search, str(applicants["王芳"].tracking_no).lower())
    qtbot.waitUntil(lambda: [r["applicant_name"] for r in page.model.rows] == ["王芳"],
                    timeout=2000)
    # AND a search combines with the filter boxes
    page.status.setCurrentIndex(page.status.findData("accepted"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert page.model.rows == [] and page.total_label.text() == "共 0 件"
