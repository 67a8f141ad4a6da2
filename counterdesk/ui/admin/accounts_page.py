"""账户与窗口: every user and window; add users, deactivate, reset passwords, unlock, and add
or rename windows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.account_admin import AccountAdminService
from counterdesk.services.accounts import AccountError, AccountService, Actor, Role
from counterdesk.services.workspace import Workspace
from counterdesk.ui import operations, words


def read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountsPage(QWidget):
    def __init__(self, space: Workspace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.space, self.actor = space, actor
        self.accounts = AccountService(space)
        self.admin = AccountAdminService(space)
        self.users: list[dict[str, Any]] = []
        self.windows: list[dict[str, Any]] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.user_table = read_only_table(5)
        self.user_table.itemSelectionChanged.connect(self._user_selected)
        self.deactivate_button = QPushButton()
        self.deactivate_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock)
        self.new_password = _password_edit()
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role.value)
        self.phone = QLineEdit()
        self.password = _password_edit()
        self.password_again = _password_edit()
        self.add_user_button = QPushButton()
        self.add_user_button.clicked.connect(self.add_user)
        self.add_user_box = QGroupBox()
        self.add_user_form = QFormLayout(self.add_user_box)
        for field in (self.username, self.display_name, self.role, self.phone, self.password,
                      self.password_again):
            self.add_user_form.addRow(QLabel(), field)
        self.add_user_form.addRow(self.add_user_button)
        # The last field of the form: Enter there adds the account, as a dialog's Enter would.
        self.password_again.returnPressed.connect(self.add_user)

        self.window_table = read_only_table(3)
        self.window_table.itemSelectionChanged.connect(self._window_selected)
        self.window_id = QLineEdit()
        self.window_id.setPlaceholderText("W02")
        self.window_name = QLineEdit()
        self.window_department = QLineEdit()
        self.save_window_button = QPushButton()
        self.save_window_button.clicked.connect(self.save_window)
        self.window_box = QGroupBox()
        self.window_form = QFormLayout(self.window_box)
        for field in (self.window_id, self.window_name, self.window_department):
            self.window_form.addRow(QLabel(), field)
        self.window_form.addRow(self.save_window_button)
        # As in the account form: Enter in the last field saves, like the button.
        self.window_department.returnPressed.connect(self.save_window)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self.retranslate_ui()
        self.refresh()

    def _lay_out(self) -> None:
        self.users_box, self.windows_box = QGroupBox(), QGroupBox()
        user_actions = QHBoxLayout()
        user_actions.addWidget(self.deactivate_button)
        user_actions.addWidget(self.unlock_button)
        user_actions.addStretch(1)
        self.new_password_label = QLabel()
        user_actions.addWidget(self.new_password_label)
        user_actions.addWidget(self.new_password)
        user_actions.addWidget(self.reset_button)
        users = QVBoxLayout(self.users_box)
        users.addWidget(self.user_table, 1)
        users.addLayout(user_actions)
        windows = QVBoxLayout(self.windows_box)
        windows.addWidget(self.window_table, 1)
        forms = QHBoxLayout()
        forms.addWidget(self.add_user_box, 3)
        forms.addWidget(self.window_box, 2)
        top = QHBoxLayout()
        top.addWidget(self.users_box, 3)
        top.addWidget(self.windows_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top, 1)
        layout.addLayout(forms)
        layout.addWidget(self.status)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("账户与窗口"))
        self.users_box.setTitle(self.tr("账户"))
        self.windows_box.setTitle(self.tr("窗口"))
        self.user_table.setHorizontalHeaderLabels([
            self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"),
            self.tr("锁定至")])
        self.window_table.setHorizontalHeaderLabels([
            self.tr("窗口编号"), self.tr("窗口名称"), self.tr("部门")])
        self.unlock_button.setText(self.tr("解除锁定"))
        self.new_password_label.setText(self.tr("新密码"))
        self.reset_button.setText(self.tr("重置密码"))
        self.add_user_box.setTitle(self.tr("添加账户"))
        labels = (self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("联系电话"),
                  self.tr("密码（至少8位）"), self.tr("再次输入密码"))
        for row, text in enumerate(labels):
            self.add_user_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(
                text)
        for index in range(self.role.count()):
            self.role.setItemText(index, words.role(str(self.role.itemData(index))))
        self.add_user_button.setText(self.tr("添加账户"))
        self.window_box.setTitle(self.tr("添加或修改窗口"))
        for row, text in enumerate((self.tr("窗口编号"), self.tr("窗口名称"), self.tr("部门"))):
            self.window_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.save_window_button.setText(self.tr("保存窗口"))
        self._show_users()
        self._user_selected()

    # -- lists ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.users = operations.run(self, lambda: self.admin.users(self.actor)) or []
        self.windows = operations.run(self, self.accounts.windows) or []
        self._show_users()
        self.window_table.setRowCount(len(self.windows))
        for row, window in enumerate(self.windows):
            for column, key in enumerate(("id", "name", "department")):
                self.window_table.setItem(row, column, QTableWidgetItem(str(window[key])))
        self._user_selected()

    def _show_users(self) -> None:
        self.user_table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            locked = str(user["locked_until"] or "")
            cells = (user["username"], user["display_name"], words.role(user["role"]),
                     self.tr("启用") if user["active"] else self.tr("已停用"),
                     locked[:16].replace("T", " "))
            for column, text in enumerate(cells):
                self.user_table.setItem(row, column, QTableWidgetItem(str(text)))

    def selected_user(self) -> dict[str, Any] | None:
        rows = self.user_table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, username: str) -> None:
        row = next(i for i, user in enumerate(self.users) if user["username"] == username)
        self.user_table.selectRow(row)

    def _user_selected(self) -> None:
        user = self.selected_user()
        chosen = user is not None
        for widget in (self.deactivate_button, self.unlock_button, self.reset_button,
                       self.new_password):
            widget.setEnabled(chosen)
        active = user is None or bool(user["active"])
        self.deactivate_button.setText(self.tr("停用账户") if active else self.tr("启用账户"))

    def _window_selected(self) -> None:
        rows = self.window_table.selectionModel().selectedRows()
        if not rows:
            return
        window = self.windows[rows[0].row()]
        self.window_id.setText(str(window["id"]))
        self.window_name.setText(str(window["name"]))
        self.window_department.setText(str(window["department"]))

    # -- actions -------------------------------------------------------------------------

    def _done(self, message: str, keep: str | None = None) -> None:
        self.refresh()
        if keep is not None:
            self.select_user(keep)
        self.status.setText(message)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user["active"]:
            call, message = self.admin.deactivate, self.tr("已停用 {name}，该账户不能再登录；"
                                                           "其案件和记录保留。")
        else:
            call, message = self.admin.reactivate, self.tr("已启用 {name}。")
        if operations.attempt(self, lambda: call(self.actor, int(user["id"]))):
            self._done(message.format(name=user["display_name"]), str(user["username"]))

    def unlock(self) -> None:
        user = self.selected_user()
        if user is not None and operations.attempt(
                self, lambda: self.admin.unlock(self.actor, int(user["id"]))):
            self._done(self.tr("已解除 {name} 的锁定。").format(name=user["display_name"]),
                       str(user["username"]))

    def reset_password(self) -> None:
        user = self.selected_user()
        password = self.new_password.text()
        if user is not None and operations.attempt(
                self, lambda: self.admin.reset_password(self.actor, int(user["id"]), password)):
            self.new_password.clear()
            self._done(self.tr("已重置 {name} 的密码，请当面告知本人。").format(
                name=user["display_name"]), str(user["username"]))

    def add_user(self) -> None:
        if not operations.passwords_match(self, self.password, self.password_again):
            return
        username = self.username.text().strip()
        refused: list[str] = []

        def create() -> int:
            try:
                return self.accounts.create_user(
                    self.actor, username, self.display_name.text(), self.password.text(),
                    Role(self.role.currentData()), self.phone.text().strip())
            except AccountError as error:
                refused.append(error.code)
                raise

        if operations.run(self, create) is None:
            # Everything typed stays for the correction, the cursor in the field to correct.
            field = {"account_phone_invalid": self.phone, "username_taken": self.username,
                     "password_too_short": self.password}.get(refused[0] if refused else "")
            if field is not None:
                field.setFocus()
                field.selectAll()
            return
        for edit in (self.username, self.display_name, self.phone, self.password,
                     self.password_again):
            edit.clear()
        # The next account added in a hurry must not inherit a supervisor's or an
        # administrator's rights: the choice starts again at the least privileged role.
        self.role.setCurrentIndex(self.role.findData(Role.CLERK.value))
        self._done(self.tr("已添加账户 {username}。").format(username=username), username)

    def save_window(self) -> None:
        window_id = self.window_id.text().strip()
        if operations.attempt(self, lambda: self.accounts.add_window(
                self.actor, window_id, self.window_name.text(),
                self.window_department.text())):
            self._done(self.tr("已保存窗口 {window_id}。").format(window_id=window_id))
