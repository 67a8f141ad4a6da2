"""The administrator's pages: office settings, accounts and windows, the local calendar, the
service-item guides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counterdesk.services.accounts import Actor
from counterdesk.services.workspace import Workspace


def build_pages(space: Workspace, actor: Actor) -> list[tuple[str, QWidget]]:
    """(title, page) pairs the main window adds for an administrator."""
    from counterdesk.ui.admin.accounts_page import AccountsPage
    from counterdesk.ui.admin.calendar_page import CalendarPage
    from counterdesk.ui.admin.guide_editor_page import GuideEditorPage
    from counterdesk.ui.admin.office_page import OfficeSettingsPage

    translate = QCoreApplication.translate
    return [(translate("admin", "办公设置"), OfficeSettingsPage(space, actor)),
            (translate("admin", "账户与窗口"), AccountsPage(space, actor)),
            (translate("admin", "日历"), CalendarPage(space, actor)),
            (translate("admin", "事项指南"), GuideEditorPage(space, actor))]
