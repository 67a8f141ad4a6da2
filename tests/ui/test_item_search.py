"""The item search on the registration page: the code always in sight, no row marked as
if chosen, and notices in the status bar shown whole."""

from __future__ import annotations

from tests.ui.desk import HOUSE_ITEM_QUERY, Keyboard


def test_no_row_is_marked_before_the_clerk_types_a_query(qtbot, window):
    search = window.intake.registration.search
    assert search.results.count() > 0
    assert search.results.currentItem() is None and search.results.selectedItems() == []
    assert search.chosen_label.text() == "尚未选择事项"


def test_the_marked_row_is_named_as_what_enter_will_choose(qtbot, window):
    search = window.intake.registration.search
    search.query.setFocus()
    Keyboard(qtbot).type(HOUSE_ITEM_QUERY)
    assert search.results.currentRow() == 0
    assert search.chosen_label.text() == ("按 Enter 选择：购买商品房登记（转移登记）"
                                          "（37082600ZR-QR-0012）")


def test_every_result_shows_its_code_at_the_start_of_its_own_line(qtbot, window):
    results = window.intake.registration.search.results
    for row in range(results.count()):
        entry = results.item(row)
        name, second = entry.text().split("\n")
        assert second.startswith(entry.data(256)) and name


def test_a_long_notice_in_the_status_bar_is_shown_whole(qtbot, window):
    notice = "磁盘空间已满，本次操作没有保存。请清理磁盘空间后再次点击保存。" * 4
    window.intake.notice.emit(notice)
    qtbot.waitUntil(lambda: window.notice.height() >= window.notice.heightForWidth(
        window.notice.width()), timeout=2000)
    assert window.notice.text() == notice and window.notice.wordWrap()
