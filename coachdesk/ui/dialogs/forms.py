"""Record forms, laid out from the field descriptions in ``coachdesk.domain.schema``.

Required fields are marked, each field shows the service's message below it,
Ctrl+S saves, Esc cancels, and unsaved changes are never dropped without asking.
The save runs in one transaction: a refused save leaves the data file as it was.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError, ValidationError
from coachdesk.domain.i18n import translate
from coachdesk.domain.labels import choice_label
from coachdesk.domain.policy import CHANGE, CREATE
from coachdesk.domain.schema import KINDS, FieldSpec, Invalid, clean_field, parse_date
from coachdesk.services import records
from coachdesk.services.choices import DEPENDS_ON, coach_choices, reference_choices
from coachdesk.services.list_queries import search_form
from coachdesk.services.risks import SIGNALS, judge, level_label
from coachdesk.services.workspace import Session
from coachdesk.ui.context import AppContext
from coachdesk.ui.shortcuts import key
from coachdesk.ui.tasks import perform
from coachdesk.ui.widgets.formatting import format_date, format_datetime
from coachdesk.ui.widgets.messages import error_label

SaveFunction = Callable[[Session, dict], m.Record]


def save_showing_errors(context: AppContext, label: QLabel, work: Callable[[Session], object]) -> bool:
    """Run ``work`` in one transaction; on a refusal, show why in ``label`` and keep nothing."""
    try:
        perform(context, work)
    except ValidationError as invalid:
        label.setText("\n".join(invalid.by_field().values()))
    except UserError as error:
        label.setText(str(error))
    else:
        label.hide()
        return True
    label.show()
    return False


FIND_ROLE = Qt.ItemDataRole.UserRole + 7  # a choice's name without case or accents, for type-to-find


class FindCompleter(QCompleter):
    """Finds a choice by any part of its name, whatever the case or accents: "ozt" finds "Bakkerij Öztürk"."""

    def __init__(self, box: QComboBox) -> None:
        super().__init__(box.model(), box)
        self.setCompletionRole(FIND_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [search_form(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        return index.data(Qt.ItemDataRole.DisplayRole)


def choice_box(choices: list[tuple[str, str]], required: bool) -> QComboBox:
    """A reference field: pick from the list, or type part of a name to find it."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setCompleter(FindCompleter(box))
    box.setProperty("required", required)
    fill_choices(box, choices)
    box.lineEdit().editingFinished.connect(lambda: settle_choice(box))
    return box


def fill_choices(box: QComboBox, choices: list[tuple[str, str]]) -> None:
    """Put ``choices`` in ``box``, keeping the chosen one when it is still there."""
    kept = box.currentData()
    box.blockSignals(True)
    box.clear()
    if not box.property("required"):
        box.addItem("", None)
    for record_id, label in choices:
        box.addItem(label, record_id)
        box.setItemData(box.count() - 1, search_form(label), FIND_ROLE)
    box.setCurrentIndex(max(0, box.findData(kept)) if kept is not None else 0)
    box.blockSignals(False)
    box.currentIndexChanged.emit(box.currentIndex())


def choice_value(box: QComboBox) -> object:
    """The chosen record's id; typed text that fits exactly one choice chooses it; other text goes to the service, which says it fits none."""
    text = box.currentText()
    if not box.isEditable() or text == box.itemText(box.currentIndex()):
        return box.currentData()
    wanted = search_form(text.strip())
    if not wanted:
        return None
    found = [i for i in range(box.count()) if wanted in (box.itemData(i, FIND_ROLE) or "")]
    exact = [i for i in found if box.itemData(i, FIND_ROLE) == wanted]
    found = exact or found
    return box.itemData(found[0]) if len(found) == 1 else text


def settle_choice(box: QComboBox) -> None:
    """When the typing is done and it fits one choice, show that choice in full."""
    value = choice_value(box)
    index = box.findData(value) if value is not None else -1
    if index >= 0 and index != box.currentIndex():
        box.setCurrentIndex(index)
    elif index >= 0:
        box.setEditText(box.itemText(index))


def fitting_height(wanted: int) -> int:
    """A dialog's height: what its content asks, but never taller than the screen leaves (a laptop with a taskbar;
    the form scrolls then)."""
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().height() - 90 if screen is not None else 760  # title bar, and a taskbar Xvfb lacks
    return max(240, min(wanted, room))


class DateField(QWidget):
    """A date typed as dd-mm-jjjj, or picked from a calendar."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.line.setMaxLength(40)  # longer text is refused with a message naming the field, not silently cut
        self.line.textChanged.connect(self.edited)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose a date in the calendar"))
        self.button.setAccessibleName(self.tr("Choose a date in the calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._before_popup)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def _before_popup(self) -> None:
        try:
            day = parse_date(self.line.text())
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        except Invalid:
            self.calendar.setSelectedDate(QDate.currentDate())

    def _picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.button.menu().hide()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_date(value))


class ChoiceChecks(QWidget):
    """Several choices of a fixed list (the school types an event is for), ticked rather than typed as codes."""

    def __init__(self, choices: type, parent=None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for position, member in enumerate(choices):
            box = QCheckBox(choice_label(member))
            box.setObjectName(f"choice-{member.value}")
            self.boxes[member.value] = box
            layout.addWidget(box, position // 2, position % 2)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: list[str] | None) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in (codes or []))


class RecordDialog(QDialog):
    """Add or change one record."""

    saved = Signal(str)  # the record's id

    def __init__(self, context: AppContext, kind: str, *, record_id: str | None = None, initial: dict | None = None,
                 fields: list[str] | None = None, hidden: dict | None = None, save: SaveFunction | None = None,
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind, self.record_id = context, KINDS[kind], record_id
        self.hidden = dict(hidden or {})  # fixed values not shown, such as the student of a visit
        self.save_function = save or self._default_save
        self.setObjectName(f"form-{kind}")
        title = title or (self.tr("Change %s") if record_id else self.tr("New %s")) % translate("Kinds", self.kind.singular)
        self.setWindowTitle(title[:1].upper() + title[1:])  # "%s wijzigen" starts with the kind: "Stage wijzigen"
        self.setModal(True)
        visible = [f for f in self.kind.fields if (fields is None or f.name in fields) and f.name not in self.hidden]
        # What the policy lets him set; a role that may write nothing of the kind reads what it may see.
        self.read_only = not context.actor.may(kind, CHANGE if record_id else CREATE)
        self.specs = [f for f in visible if context.actor.may_set(kind, f.name) or (self.read_only and f.name not in context.actor.hidden(kind))]
        if fields:
            self.specs.sort(key=lambda f: fields.index(f.name))
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

        current = dict(initial or {})
        if not record_id and "school_id" not in current and context.actor.school_id:
            current["school_id"] = context.actor.school_id  # a new student or colleague: the user's own school
        if record_id:
            with context.database.session() as session:
                record = records.get(session, context.actor, kind, record_id)
                current = {f.name: getattr(record, f.name) for f in self.specs} | current

        self.summary = QLabel()
        self.summary.setObjectName("form-summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: palette(highlighted-text); background: #b00020; padding: 6px; border-radius: 4px;")
        self.summary.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        with context.database.session() as session:
            for spec in self.specs:
                editor = self._make_editor(session, spec, current | self.hidden)
                self.editors[spec.name] = editor
                label_text = translate("Fields", spec.label) + (" *" if spec.required else "")
                label = QLabel(label_text)
                label.setBuddy(editor)
                editor.setAccessibleName(translate("Fields", spec.label))
                error = error_label(f"error-{spec.name}")
                self.error_labels[spec.name] = error
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(editor)
                box.addWidget(error)
                form.addRow(label, box)
                self._set_value(spec, current.get(spec.name))
        for spec in self.specs:  # choices that follow another field: a trainer of the chosen employer
            source = DEPENDS_ON.get(spec.ref or "")
            if spec.kind == "ref" and source in self.editors:
                self.editors[source].currentIndexChanged.connect(lambda _index, spec=spec: self._refill(spec))  # type: ignore[attr-defined]
        self._add_extra(form)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.summary)
        inner_layout.addLayout(form)
        required_note = QLabel(self.tr("Fields marked * are required."))
        required_note.setEnabled(False)
        inner_layout.addWidget(required_note)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(key("save"), self, self.save)
        if self.read_only:  # nothing to save: he may read it, not change it
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            for editor in self.editors.values():
                editor.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._own_contact_only()
        self._refuse_a_second_placement()
        self.resize(620, fitting_height(inner.sizeHint().height() + self.buttons.sizeHint().height() + 48))
        self._initial_values = self.values()
        if self.specs:
            self.editors[self.specs[0].name].setFocus()

    def _own_contact_only(self) -> None:
        """A JPO's contact is always his own (the policy refuses another coach's name): the form shows him, read-only."""
        editor = self.editors.get("coach_id")
        if self.kind.name != "visits" or not self.context.actor.is_jpo or not isinstance(editor, QComboBox) or self.read_only:
            return
        index = editor.findData(self.context.actor.coach_id)
        if index < 0:
            editor.addItem(self.context.user.name if self.context.user else "", self.context.actor.coach_id)
            index = editor.count() - 1
        editor.setCurrentIndex(index)
        editor.setEnabled(False)
        note = self.error_labels["coach_id"]
        note.setText(self.tr("A contact you log is yours: it is saved under your own name."))
        note.setStyleSheet("color: palette(text);")
        note.show()

    def _refuse_a_second_placement(self) -> None:
        """A new placement while a proposed or started one is open is refused now, before anything is filled in."""
        student_id = self.hidden.get("student_id")
        if self.kind.name != "placements" or self.record_id or not student_id or self.read_only:
            return
        from coachdesk.services.placements import blocking_placement_text

        with self.context.database.session() as session:
            text = blocking_placement_text(session, self.context.actor, student_id)
        if text is None:
            return
        self.refusal = text
        self.summary.setText(text)
        self.summary.show()
        self.read_only = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        for editor in self.editors.values():
            editor.setEnabled(False)

    # --- editors --------------------------------------------------------------

    def _make_editor(self, session: Session, spec: FieldSpec, values: dict) -> QWidget:
        if spec.kind == "longtext":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(72)
            return editor
        if spec.kind == "date":
            return DateField()
        if spec.kind == "list" and spec.choices:
            return ChoiceChecks(spec.choices)
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "ref":
            return choice_box(reference_choices(session, self.context.actor, spec.ref, values), spec.required)  # type: ignore[arg-type]
        if spec.kind == "choice":
            box = QComboBox()
            if not spec.required:
                box.addItem("", None)
            for member in spec.choices:  # type: ignore[union-attr]
                box.addItem(choice_label(member), member.value)
            return box
        editor = QLineEdit()
        if spec.kind == "datetime":
            editor.setPlaceholderText(self.tr("dd-mm-yyyy hh:mm"))
        elif spec.kind == "list":
            editor.setPlaceholderText(self.tr("separate with commas"))
        editor.setMaxLength(max(spec.max_length + 50, 100))
        return editor

    def _set_value(self, spec: FieldSpec, value: object) -> None:
        editor = self.editors[spec.name]
        if isinstance(editor, ChoiceChecks):
            editor.set_value(value if isinstance(value, list) else None)
        elif isinstance(editor, DateField):
            editor.set_value(value if isinstance(value, date) else None)
            if isinstance(value, str):
                editor.line.setText(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            wanted = value.value if hasattr(value, "value") else value
            index = editor.findData(wanted)
            editor.setCurrentIndex(index if index >= 0 else 0)
        elif isinstance(editor, QLineEdit):
            if spec.kind == "datetime" and value is not None and not isinstance(value, str):
                editor.setText(format_datetime(value))  # type: ignore[arg-type]
            elif spec.kind == "list":
                editor.setText(", ".join(value or []))  # type: ignore[arg-type]
            else:
                editor.setText("" if value is None else str(value))

    def _value_of(self, editor: QWidget) -> object:
        if isinstance(editor, (DateField, ChoiceChecks)):
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return choice_value(editor)
        return editor.text()  # type: ignore[attr-defined]

    def values(self) -> dict:
        return {name: self._value_of(editor) for name, editor in self.editors.items()} | self.hidden

    def _refill(self, spec: FieldSpec) -> None:
        with self.context.database.session() as session:
            choices = reference_choices(session, self.context.actor, spec.ref, self.values())  # type: ignore[arg-type]
        fill_choices(self.editors[spec.name], choices)  # type: ignore[arg-type]

    def _add_extra(self, form: QFormLayout) -> None:
        """Room for a subclass to add widgets that are not plain fields."""

    # --- saving -------------------------------------------------------------------

    def _default_save(self, session: Session, values: dict) -> m.Record:
        if self.record_id:
            return records.update(session, self.context.actor, self.kind.name, self.record_id, values)
        return records.create(session, self.context.actor, self.kind.name, values)

    def show_errors(self, by_field: dict[str, str]) -> None:
        for name, label in self.error_labels.items():
            label.setText(by_field.get(name, ""))
            label.setVisible(name in by_field)
        general = [text for name, text in by_field.items() if name not in self.error_labels]
        self.summary.setText(self.tr("This could not be saved yet. Correct the fields marked below.") + ("\n" + "\n".join(general) if general else ""))
        self.summary.show()
        self._general_errors = bool(general)
        self._values_with_error = {name: self._value_of(self.editors[name]) for name in by_field if name in self.editors}
        self._watch_errors()
        first = next((name for name in self.editors if name in by_field), None)
        if first:
            self.editors[first].setFocus()

    def _watch_errors(self) -> None:
        """Once errors are shown, each field's error goes as soon as its value is changed into one that is valid by
        itself (what it says about other fields is checked again at Save), and the summary with the last of them."""
        if getattr(self, "_watching", False):
            return
        self._watching = True
        for spec in self.specs:
            editor = self.editors[spec.name]
            changed = (editor.edited if isinstance(editor, DateField) else editor.toggled if isinstance(editor, QCheckBox)
                       else editor.currentIndexChanged if isinstance(editor, QComboBox) else getattr(editor, "textChanged", None))
            if changed is not None:
                changed.connect(lambda *_args, spec=spec: self._recheck(spec))
            elif isinstance(editor, ChoiceChecks):
                for box in editor.boxes.values():
                    box.toggled.connect(lambda *_args, spec=spec: self._recheck(spec))

    def _recheck(self, spec: FieldSpec) -> None:
        label = self.error_labels.get(spec.name)
        if label is None or label.isHidden():
            return
        value = self._value_of(self.editors[spec.name])
        if value == self._values_with_error.get(spec.name):
            return
        try:
            clean_field(spec, value)
        except ValidationError as invalid:
            label.setText(invalid.by_field().get(spec.name, label.text()))  # still wrong: what is wrong now
            return
        label.clear()
        label.hide()
        if not self._general_errors and all(label.isHidden() for label in self.error_labels.values()):
            self.summary.hide()

    def _confirm_no_duplicate(self, values: dict) -> bool:
        """A student who seems entered already: the coach is told before saving and may save all the same."""
        if self.kind.name != "students":
            return True
        from coachdesk.services.duplicates import student_duplicate_warnings

        with self.context.database.session() as session:
            warnings = student_duplicate_warnings(session, self.context.actor, values, student_id=self.record_id)
        if not warnings:
            return True
        question = QMessageBox(QMessageBox.Icon.Warning, self.tr("Perhaps a duplicate"), "\n".join(warnings) + "\n\n" + self.tr("Save this student all the same?"),
                               QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        question.setObjectName("duplicate-student")
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return question.exec() == QMessageBox.StandardButton.Save

    def save(self) -> None:
        if self.read_only:
            return
        if self.record_id is None and not self._confirm_no_duplicate(self.values()):
            return
        try:
            values = self.values()
            record_id = perform(self.context, lambda session: self.save_function(session, values).id)
        except ValidationError as invalid:
            self.show_errors(invalid.by_field())
            return
        except UserError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self.record_id = record_id
        self._initial_values = self.values()
        self.saved.emit(record_id)
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Ctrl+S reaches here when the focused field does not use it and no window shortcut fired.
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    def is_dirty(self) -> bool:
        return self.values() != self._initial_values

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("You have changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.result() == QDialog.DialogCode.Accepted or not self.is_dirty():
            event.accept()
            return
        event.ignore()
        self.reject()


class RiskDialog(RecordDialog):
    """A new risk assessment: the signal checklist, the computed level with its reasons, and a first action."""

    def __init__(self, context: AppContext, *, student_id: str, parent: QWidget | None = None) -> None:
        from coachdesk.services.risks import record_assessment

        self._record_assessment = record_assessment
        super().__init__(
            context, "risks", hidden={"student_id": student_id},
            initial={"assessed_on": clock.today(), "coach_id": context.actor.coach_id},
            fields=["assessed_on", "coach_id", "absence_hours_4_weeks", "override_level", "override_reason", "notes"],
            save=self._save_assessment, title=self.tr("Assess dropout risk"), parent=parent,
        )
        self._update_level()
        self.resize(680, fitting_height(720))

    def _add_extra(self, form: QFormLayout) -> None:
        group = QGroupBox(self.tr("Signals"))
        grid = QGridLayout(group)
        self.signal_boxes: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(SIGNALS.items()):
            box = QCheckBox(translate("Signals", label))
            box.setObjectName(f"signal-{code}")
            box.toggled.connect(self._update_level)
            self.signal_boxes[code] = box
            grid.addWidget(box, index // 2, index % 2)
        form.insertRow(2, group)
        self.level_label = QLabel()
        self.level_label.setObjectName("computed-level")
        self.level_label.setWordWrap(True)
        form.insertRow(3, self.tr("Computed level"), self.level_label)
        self.editors["absence_hours_4_weeks"].textChanged.connect(self._update_level)  # type: ignore[attr-defined]
        action_box = QGroupBox(self.tr("Action (who does what, before when)"))
        action_form = QFormLayout(action_box)
        self.action_description = QLineEdit()
        self.action_description.setAccessibleName(self.tr("Action"))
        self.action_owner = QComboBox()
        self.action_owner.setAccessibleName(self.tr("Owner"))
        self.action_owner.addItem("", None)
        with self.context.database.session() as session:
            for coach_id, name, _role in coach_choices(session):
                self.action_owner.addItem(name, coach_id)
        index = self.action_owner.findData(self.context.actor.coach_id)
        self.action_owner.setCurrentIndex(max(0, index))
        self.action_due = DateField()
        self.action_due.setAccessibleName(self.tr("Due date"))
        action_form.addRow(self.tr("Action"), self.action_description)
        action_form.addRow(self.tr("Owner"), self.action_owner)
        action_form.addRow(self.tr("Due date"), self.action_due)
        self.action_error = error_label("error-action")
        action_form.addRow(self.action_error)
        form.addRow(action_box)

    def _signals(self) -> list[str]:
        return [code for code, box in self.signal_boxes.items() if box.isChecked()]

    def _update_level(self) -> None:
        try:
            hours = int(self.editors["absence_hours_4_weeks"].text() or 0)  # type: ignore[attr-defined]
        except ValueError:
            hours = 0
        judgement = judge(self._signals(), hours)
        self.level_label.setText(f"<b>{level_label(judgement.level)}</b> — {judgement.explain()}")

    def values(self) -> dict:
        values = super().values()
        if hasattr(self, "signal_boxes"):
            values["signals"] = self._signals()
            values["_action"] = (self.action_description.text(), self.action_owner.currentData(), self.action_due.value())
        return values

    def show_errors(self, by_field: dict[str, str]) -> None:
        action_fields = ("description", "owner_id", "due_on")
        self.action_error.setText(" ".join(text for name, text in by_field.items() if name in action_fields))
        self.action_error.setVisible(any(name in by_field for name in action_fields))
        super().show_errors({name: text for name, text in by_field.items() if name not in action_fields})

    def _save_assessment(self, session: Session, values: dict) -> m.Record:
        description, owner, due = values.pop("_action")
        actions = [{"description": description, "owner_id": owner, "due_on": due}] if description.strip() else []
        return self._record_assessment(session, self.context.actor, values, actions)


class StatusDialog(QDialog):
    """Move a placement to its next status: the date, and a reason when it ends early."""

    def __init__(self, context: AppContext, placement_id: str, parent: QWidget | None = None) -> None:
        from coachdesk.services.placements import NEXT_STEP, TRANSITIONS

        super().__init__(parent)
        self.context, self.placement_id = context, placement_id
        self.setObjectName("form-status")
        self.setWindowTitle(self.tr("Change placement status"))
        self.setModal(True)
        with context.database.session() as session:
            placement = records.get(session, context.actor, "placements", placement_id)
            current, has_employer = placement.status, placement.employer_id is not None
            employers = reference_choices(session, context.actor, "employers", {})
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("New status"))
        next_step = NEXT_STEP.get(current)
        if next_step is None and TRANSITIONS[current]:  # no natural next step: the coach chooses, nothing is preselected
            self.target.addItem(self.tr("— choose —"), None)
        order = list(m.PlacementStatus)
        for status in sorted(TRANSITIONS[current], key=order.index):
            self.target.addItem(choice_label(status), status.value)
        if next_step is not None:
            self.target.setCurrentIndex(self.target.findData(next_step.value))
        # A proposal from "searching" names the employer (and the trainer, when known) in the same step.
        self.asks_employer = not has_employer
        self.employer = choice_box(employers, required=False)
        self.employer.setAccessibleName(translate("Fields", "Employer"))
        self.trainer = choice_box([], required=False)
        self.trainer.setAccessibleName(translate("Fields", "Workplace trainer"))
        self.employer.currentIndexChanged.connect(self._employer_changed)
        self.on = DateField()
        self.on.set_value(clock.today())
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.error = error_label("error-status")
        form = QFormLayout(self)
        form.addRow(self.tr("Now"), QLabel(choice_label(current)))
        form.addRow(self.tr("New status"), self.target)
        form.addRow(translate("Fields", "Employer") + " *", self.employer)
        form.addRow(translate("Fields", "Workplace trainer"), self.trainer)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Reason (when ended early)"), self.reason)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(key("save"), self, self.save)
        form.addRow(self.buttons)
        self.form = form
        self.warnings: list[str] = []
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()
        self.target.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Save):  # as in RecordDialog: Ctrl+S from any field
            self.save()
            return
        super().keyPressEvent(event)

    def _target_changed(self) -> None:
        ask = self.asks_employer and self.target.currentData() == m.PlacementStatus.PROPOSED.value
        for editor in (self.employer, self.trainer):
            self.form.setRowVisible(editor, ask)

    def _employer_changed(self) -> None:
        with self.context.database.session() as session:
            choices = reference_choices(session, self.context.actor, "praktijkopleiders", {"employer_id": choice_value(self.employer)})
        fill_choices(self.trainer, choices)

    def save(self) -> None:
        from coachdesk.services.placements import change_status, placement_warnings

        asked = self.form.isRowVisible(self.employer)
        employer, trainer = (choice_value(self.employer), choice_value(self.trainer)) if asked else (None, None)

        def work(session: Session) -> None:
            placement = change_status(session, self.context.actor, self.placement_id, self.target.currentData(),
                                      on=self.on.value() or None, reason=self.reason.toPlainText(),
                                      employer_id=employer, praktijkopleider_id=trainer)  # type: ignore[arg-type]
            self.warnings = placement_warnings(session, placement)

        if save_showing_errors(self.context, self.error, work):
            self.accept()
