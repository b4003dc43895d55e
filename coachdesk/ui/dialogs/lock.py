"""The passphrase in the desktop app: choosing one, unlocking, changing it, and locking when idle."""
from __future__ import annotations

import warnings
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk import APP_NAME
from coachdesk.domain.errors import UserError, WrongPassphrase
from coachdesk.storage.passphrase import check_new_passphrase, strength, strength_hint
from coachdesk.ui.tasks import busy_cursor
from coachdesk.ui.widgets.messages import error_label

STRENGTH_COLOURS = ("#c62828", "#c62828", "#8a5a00", "#2e7d32")


def passphrase_field(accessible_name: str, object_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setObjectName(object_name)
    return field


class _PassphraseDialog(QDialog):
    """A dialog with an intro, passphrase fields, an inline error and one main button."""

    def __init__(self, title: str, intro: str, button_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.passphrase = ""
        self.outcome: object = None  # what the action returned, e.g. the opened data
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = error_label("passphrase-error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(button_text)
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def first_field(self) -> QLineEdit:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """What the user types goes into the passphrase field, not to the button that has the focus by default."""
        super().showEvent(event)
        self.first_field().setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def finish(self) -> None:
        raise NotImplementedError


class NewPassphraseDialog(_PassphraseDialog):
    """Choose a passphrase: at first start, for an older unencrypted file, or to change it.

    ``apply`` gets the new passphrase (and, when changing, the current one) and may
    raise a UserError, shown inline; the dialog closes only when it succeeds.
    """

    def __init__(self, title: str, intro: str, button_text: str, apply: Callable[..., object],
                 ask_current: bool = False, parent=None) -> None:
        super().__init__(title, intro, button_text, parent)
        self.setObjectName("new-passphrase")
        self.apply = apply
        self.current = passphrase_field(self.tr("Current passphrase"), "passphrase-current") if ask_current else None
        self.new = passphrase_field(self.tr("New passphrase"), "passphrase-new")
        self.repeat = passphrase_field(self.tr("Type the passphrase again"), "passphrase-repeat")
        self.hint = QLabel()
        self.hint.setObjectName("passphrase-strength")
        self.hint.setWordWrap(True)
        self.new.textChanged.connect(self._show_strength)
        if self.current is not None:
            self.form.addRow(self.tr("Current passphrase"), self.current)
        self.form.addRow(self.tr("New passphrase"), self.new)
        self.form.addRow("", self.hint)
        self.form.addRow(self.tr("Type it again"), self.repeat)
        self._show_strength("")

    def first_field(self) -> QLineEdit:
        return self.current if self.current is not None else self.new

    def _show_strength(self, text: str) -> None:
        if not text:  # nothing typed yet is not an error
            self.hint.setText(self.tr("At least 10 characters; a few words make a good passphrase."))
            self.hint.setStyleSheet("color: #555555;")
            return
        self.hint.setText(strength_hint(text))
        self.hint.setStyleSheet(f"color: {STRENGTH_COLOURS[strength(text)]};")

    def finish(self) -> None:
        if self.current is not None and not self.current.text():
            self.show_error(self.tr("Type your current passphrase first."))
            self.current.setFocus()
            return
        if not self.new.text():
            self.show_error(self.tr("Type a new passphrase first: at least 10 characters."))
            self.new.setFocus()
            return
        try:
            check_new_passphrase(self.new.text(), self.repeat.text())
            with busy_cursor():  # encrypting a large file again takes a second or two
                if self.current is not None:
                    self.outcome = self.apply(self.current.text(), self.new.text())
                else:
                    self.outcome = self.apply(self.new.text())
        except UserError as error:
            self.show_error(str(error))
            return
        self.passphrase = self.new.text()
        self.accept()


class UnlockDialog(_PassphraseDialog):
    """Type the passphrase to open the data; ``unlock`` raises a UserError for a wrong one."""

    def __init__(self, folder: str, unlock: Callable[[str], object], locked_while_idle: bool = False, parent=None,
                 *, by_hand: bool = False) -> None:
        super().__init__("", "", "", parent)
        self.setObjectName("unlock")
        self.setWindowTitle(self.tr("CoachDesk is locked"))
        self.ok_button.setText(self.tr("Unlock"))
        if by_hand:  # Ctrl+L: the user locked it himself
            locked_while_idle = True
            self.intro.setText(self.tr("CoachDesk is locked. Type your passphrase to go on; nothing you typed is lost."))
        else:
            self.intro.setText(self.tr("CoachDesk locked itself because it was not used for a while. Type your passphrase to go on; "
                                       "nothing you typed is lost.") if locked_while_idle else
                               self.tr("The data in {folder} is encrypted. Type your passphrase to open it.").format(folder=folder))
        self.unlock = unlock
        self.locked_while_idle = locked_while_idle
        self.failures = 0
        self.field = passphrase_field(self.tr("Passphrase"), "passphrase")
        self.form.addRow(self.tr("Passphrase"), self.field)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit CoachDesk"))
        self.resize(480, 200)

    def first_field(self) -> QLineEdit:
        return self.field

    def finish(self) -> None:
        if not self.field.text():  # nothing to try: the data file is not even touched
            self.show_error(self.tr("Type your passphrase first, then press Enter."))
            self.field.setFocus()
            return
        try:
            with busy_cursor():
                self.outcome = self.unlock(self.field.text())
        except UserError as error:
            self.field.clear()
            self.field.setFocus()
            self.failures += 1
            # A typo is far more likely than a damaged file: the long explanation waits for the third try. After an idle
            # lock the file was open moments ago with the right passphrase, so it cannot be the file: never say so then.
            damaged_possible = self.failures >= 3 and not self.locked_while_idle
            if not isinstance(error, WrongPassphrase):
                self.show_error(str(error))
            elif damaged_possible:  # the advice the user can follow: the app offers the latest backup after a damaged file
                self.show_error(self.tr("That passphrase is still not right. Check Caps Lock and the keyboard layout, and type it once more. "
                                        "If you are sure it is right, the file may be damaged: restore a backup. Choose \"Quit CoachDesk\", then run "
                                        "'coachdesk restore' with a file from the backups folder, or ask your coordinator."))
            elif self.failures >= 3:  # after a lock the file was open moments ago: it is the passphrase, never the file
                self.show_error(self.tr("That passphrase is still not right. It is the one you typed when you opened CoachDesk; check Caps Lock "
                                        "and the keyboard layout. Without it nobody can open the data. \"Quit CoachDesk\" keeps everything "
                                        "you saved."))
            else:
                self.show_error(self.tr("That passphrase is not right. Check it (capitals count) and try again."))
            return
        self.passphrase = self.field.text()
        self.accept()


class ConfirmPassphraseDialog(_PassphraseDialog):
    """Type the passphrase again before a step that changes who acts (another user of this laptop, another role).

    ``check`` raises a UserError for a wrong passphrase, shown inline; nothing is changed until it passes.
    """

    def __init__(self, title: str, intro: str, button_text: str, check: Callable[[str], object], parent=None) -> None:
        super().__init__(title, intro, button_text, parent)
        self.setObjectName("confirm-passphrase")
        self.check = check
        self.field = passphrase_field(self.tr("Passphrase"), "passphrase-again")
        self.form.addRow(self.tr("Passphrase"), self.field)
        self.resize(480, 220)

    def first_field(self) -> QLineEdit:
        return self.field

    def finish(self) -> None:
        if not self.field.text():
            self.show_error(self.tr("Type your passphrase first, then press Enter."))
            self.field.setFocus()
            return
        try:
            with busy_cursor():
                self.check(self.field.text())
        except UserError as error:
            self.field.clear()
            self.field.setFocus()
            self.show_error(str(error))
            return
        self.accept()


class _Cover(QWidget):
    """An opaque sheet over a window while the app is locked, so nothing of the data shows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock-cover")
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()
        # The title bar too: "Contact met Zoë de Vries vastleggen" would name a student on a locked laptop.
        self.window_title = window.windowTitle()
        title = self.tr("%s (locked)") % APP_NAME
        window.setWindowTitle(title)

    def remove(self) -> None:
        self.parentWidget().setWindowTitle(self.window_title)
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    """Locks the data after ``minutes`` without keyboard or mouse input.

    Windows and open dialogs stay as they are (so nothing typed is lost) but are
    covered, the key is dropped, and the app asks for the passphrase again.
    """

    INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock_now(idle=True))
        self.set_minutes(context.settings.lock_after_minutes)
        context.changed.connect(lambda kinds: "settings" in kinds and self.set_minutes(context.settings.lock_after_minutes))
        self.unlock_dialog: UnlockDialog | None = None
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self.INPUT_EVENTS and self.unlock_dialog is None:
            self.timer.start()
        return False

    def lock_now(self, checked: bool = False, *, idle: bool = False) -> bool:  # noqa: ARG002 - a QAction's triggered passes "checked"
        """Lock, and wait for the passphrase. False when the user chose to quit instead.

        ``idle``: the timer locked it (the dialog says why: not used for a while); otherwise Ctrl+L (it says "locked").
        """
        database = self.context.database
        if self.unlock_dialog is not None or not database.encrypted:
            return True
        focus, active = QApplication.focusWidget(), QApplication.activeWindow()
        covers = [_Cover(window) for window in QApplication.topLevelWidgets() if window.isVisible()]
        database.lock()
        self.unlock_dialog = UnlockDialog(str(database.data_dir), database.unlock, locked_while_idle=True, by_hand=not idle)
        self.unlock_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        unlocked = self.unlock_dialog.exec() == QDialog.DialogCode.Accepted
        self.unlock_dialog = None
        for cover in covers:
            cover.remove()
        if not unlocked:
            QApplication.instance().quit()
            return False
        self.timer.start()
        from shiboken6 import isValid

        if focus is not None and not isValid(focus):
            focus = None
        if active is not None and isValid(active):  # back to where the user was typing (a window closed meanwhile is gone)
            active.activateWindow()
            with warnings.catch_warnings():  # deprecated, but the one call that also works without a window manager
                warnings.simplefilter("ignore", DeprecationWarning)
                QApplication.setActiveWindow(active)
            if focus is not None:
                focus.setFocus()
        return True
