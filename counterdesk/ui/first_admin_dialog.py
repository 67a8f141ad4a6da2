"""First start with an empty database: create the first administrator and the first window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.accounts import AccountService, Actor
from counterdesk.services.office import OfficeService
from counterdesk.ui import operations


class FirstAdminDialog(QDialog):
    """There is no built-in default password: the first account is made here."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None):
        super().__init__(parent)
        self.accounts = accounts
        self.actor: Actor | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        # Filled in, not a placeholder: an empty window id looked like a default but left the
        # program with no window anyone could log in at.
        self.window_id = QLineEdit("W01")
        self.window_name = QLineEdit()
        # Printed on every document: a hall must name itself before the first case.
        self.office_name = QLineEdit()
        self.office_is_issuer = QCheckBox()
        self.form = QFormLayout()
        for field in (self.username, self.display_name, self.password, self.password_again,
                      self.window_id, self.window_name, self.office_name):
            self.form.addRow(QLabel(), field)
        self.form.addRow(self.office_is_issuer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("首次使用：创建管理员"))
        self.intro.setText(self.tr("数据库中还没有任何账户。请创建第一个管理员账户和第一个窗口；"
                                   "程序没有内置默认密码。"))
        labels = (self.tr("用户名"), self.tr("姓名"), self.tr("密码（至少8位）"),
                  self.tr("再次输入密码"), self.tr("窗口编号"), self.tr("窗口名称"),
                  self.tr("本中心名称"))
        self.office_name.setPlaceholderText(self.tr("如：微山县政务服务中心（打印在文书上）"))
        self.office_is_issuer.setText(self.tr("本中心为实施机关（行政审批局），以自己的名义作出决定"))
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)

    def create(self) -> None:
        if not operations.passwords_match(self, self.password, self.password_again):
            return
        office = self.office_name.text().strip()
        if not office:
            QMessageBox.warning(self, self.tr("请填写本中心名称"), self.tr(
                "本中心名称打印在每份文书的收件地点上（事项由本中心决定时也作为出具机关），"
                "请先填写。"))
            self.office_name.setFocus()
            return
        actor = operations.run(self, lambda: self.accounts.create_first_admin(
            self.username.text(), self.display_name.text(), self.password.text(),
            self.window_id.text().strip(), self.window_name.text().strip()))
        if actor is None:
            return
        self.actor = actor
        operations.run(self, lambda: OfficeService(self.accounts.space).save(actor, {
            "office_name": office, "seal_text": f"{office}业务专用章",
            "office_is_issuer": "1" if self.office_is_issuer.isChecked() else "0"}))
        self.accept()
