"""Open the data folder for the GUI, explaining in a dialog anything that stops it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counterdesk.services import backup, paths, restore
from counterdesk.services.catalog_service import import_bundled_if_empty
from counterdesk.services.errors import DatabaseBusyError, DatabaseCorruptError, StoreError
from counterdesk.services.instance_lock import AlreadyRunningError, InstanceLock
from counterdesk.services.workspace import Clock, Workspace, local_now

# The lock of each opened data folder, held until the program quits.
_HELD: dict[int, tuple[Workspace, InstanceLock]] = {}


def tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
             detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setDetailedText(detail)
    return box


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
          detail: str = "") -> None:
    box = _message(parent, icon, title, text, detail)
    box.addButton(tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def open_workspace(home: Path, parent: QWidget | None = None,
                   clock: Clock = local_now) -> Workspace | None:
    """The opened workspace (day's backup made, bundled catalog imported on first start), or
    None after telling the user what went wrong and what to do. Never a traceback."""
    lock = InstanceLock(home)
    try:
        lock.acquire()
    except AlreadyRunningError:
        _tell(parent, QMessageBox.Icon.Warning, tr("程序已在运行"),
              tr("本机已有一个 CounterDesk 正在使用这个数据文件夹。\n"
                 "请切换到已打开的窗口；如需重新打开，请先关闭它。"), str(home))
        return None
    except OSError as error:
        _tell(parent, QMessageBox.Icon.Critical, tr("无法使用数据文件夹"),
              tr("无法在数据文件夹中创建文件，请检查磁盘空间和文件夹权限。"),
              f"{home}: {error.strerror}")
        return None
    space = _open(home, parent, clock)
    if space is None:
        lock.release()
        return None
    _HELD[id(space)] = (space, lock)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: close_workspace(space))
    return space


def close_workspace(space: Workspace) -> None:
    """On exit: the day's backup is refreshed, the database closed, the folder released."""
    held = _HELD.pop(id(space), None)
    if held is None:
        return
    try:
        backup.exit_backup(space.home, space.today())
    except backup.BackupError:
        pass  # the next start makes the day's backup; quitting is never blocked by it
    space.close()
    held[1].release()


def _open(home: Path, parent: QWidget | None, clock: Clock) -> Workspace | None:
    while True:
        space = Workspace(home, clock=clock)
        try:
            space.db  # noqa: B018 - opening the database runs the migrations
            paths.restrict_to_owner(home)
            backup.daily_backup_if_due(home, space.today())
            result = import_bundled_if_empty(space)
        except DatabaseBusyError as error:
            space.close()
            if _retry_busy(parent, str(error)):
                continue
            return None
        except (DatabaseCorruptError, backup.BackupError) as error:
            space.close()
            if isinstance(error, backup.BackupError) and error.code != "source_damaged":
                _tell(parent, QMessageBox.Icon.Warning, tr("今日备份未完成"),
                      tr("今日的自动备份没有完成，程序继续运行。请检查磁盘空间，"
                         "或用“counterdesk backup”手动备份。"), str(error))
                return _open_without_backup(home, parent, clock)
            if _offer_restore(home, parent, str(error), clock()):
                continue
            return None
        except StoreError as error:
            space.close()
            _tell(parent, QMessageBox.Icon.Critical, tr("无法打开数据库"),
                  tr("数据库无法打开。请把详细信息告诉系统管理员。"), str(error))
            return None
        except OSError as error:
            space.close()
            _tell(parent, QMessageBox.Icon.Critical, tr("无法使用数据文件夹"),
                  tr("无法读写数据文件夹，请检查磁盘空间和文件夹权限。"),
                  f"{home}: {error.strerror}")
            return None
        _warn_catalog(parent, result)
        return space


def _open_without_backup(home: Path, parent: QWidget | None, clock: Clock
                         ) -> Workspace | None:
    space = Workspace(home, clock=clock)
    try:
        result = import_bundled_if_empty(space)
    except StoreError as error:
        space.close()
        _tell(parent, QMessageBox.Icon.Critical, tr("无法打开数据库"),
              tr("数据库无法打开。请把详细信息告诉系统管理员。"), str(error))
        return None
    _warn_catalog(parent, result)
    return space


def _warn_catalog(parent: QWidget | None, result: object) -> None:
    problems = getattr(result, "problems", ())
    if problems:
        _tell(parent, QMessageBox.Icon.Warning, tr("事项目录有错误"),
              tr("内置的事项目录有错误，有错误的事项未导入。"),
              "\n".join(str(p) for p in problems[:10]))


def _retry_busy(parent: QWidget | None, detail: str) -> bool:
    box = _message(parent, QMessageBox.Icon.Warning, tr("数据库被占用"),
                   tr("数据库正被其他程序占用（例如备份软件或杀毒软件）。\n"
                      "请稍等片刻后点“重试”；已登记的内容不会丢失。"), detail)
    retry = box.addButton(tr("重试"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is retry


def _offer_restore(home: Path, parent: QWidget | None, detail: str, now: dt.datetime) -> bool:
    """A damaged database: offer the newest backup that passes every check."""
    good = backup.latest_good_backup(home)
    if good is None:
        _tell(parent, QMessageBox.Icon.Critical, tr("数据库已损坏"),
              tr("数据库文件已损坏或无法读取，且没有可用的完好备份。\n"
                 "请不要删除数据文件夹，联系系统管理员恢复数据。"), f"{home}\n{detail}")
        return False
    stamp = dt.datetime.fromtimestamp(good.path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    box = _message(parent, QMessageBox.Icon.Critical, tr("数据库已损坏"),
                   tr("数据库文件已损坏或无法读取。\n\n可以恢复最近的完好备份：{name}"
                      "（{stamp}）。\n当前的数据库文件会移到 backups 文件夹中保留，不会删除。\n"
                      "备份之后登记的内容不在备份中，恢复后请核对最近的案件。"
                      ).format(name=good.path.name, stamp=stamp), detail)
    restore_button = box.addButton(tr("恢复此备份"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        aside = restore.restore(home, good.path, now)
    except backup.BackupError as error:
        _tell(parent, QMessageBox.Icon.Critical, tr("恢复失败"),
              tr("备份没有恢复，原数据库文件保持不变。"), str(error))
        return False
    _tell(parent, QMessageBox.Icon.Information, tr("已恢复备份"),
          tr("已恢复备份 {name}。原数据库文件保留在：{aside}").format(
              name=good.path.name, aside=str(aside)))
    return True
