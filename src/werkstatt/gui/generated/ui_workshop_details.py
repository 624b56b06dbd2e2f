# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_details.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_WorkshopDetailsDialog(object):
    def setupUi(self, WorkshopDetailsDialog):
        if not WorkshopDetailsDialog.objectName():
            WorkshopDetailsDialog.setObjectName(u"WorkshopDetailsDialog")
        WorkshopDetailsDialog.resize(620, 560)
        self.mainLayout = QVBoxLayout(WorkshopDetailsDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(WorkshopDetailsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(WorkshopDetailsDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(WorkshopDetailsDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setClearButtonEnabled(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateCheck = QCheckBox(WorkshopDetailsDialog)
        self.dateCheck.setObjectName(u"dateCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateCheck)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setSpacing(12)
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = QDateEdit(WorkshopDetailsDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dateEdit)

        self.startCheck = QCheckBox(WorkshopDetailsDialog)
        self.startCheck.setObjectName(u"startCheck")

        self.whenLayout.addWidget(self.startCheck)

        self.startTimeEdit = QTimeEdit(WorkshopDetailsDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.whenLayout.addWidget(self.startTimeEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.placeLabel = QLabel(WorkshopDetailsDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(WorkshopDetailsDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.clientLabel = QLabel(WorkshopDetailsDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(WorkshopDetailsDialog)
        self.clientEdit.setObjectName(u"clientEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.moderatorsLabel = QLabel(WorkshopDetailsDialog)
        self.moderatorsLabel.setObjectName(u"moderatorsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.moderatorsLabel)

        self.moderatorsEdit = QLineEdit(WorkshopDetailsDialog)
        self.moderatorsEdit.setObjectName(u"moderatorsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.moderatorsEdit)

        self.participantsLabel = QLabel(WorkshopDetailsDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsSpin = QSpinBox(WorkshopDetailsDialog)
        self.participantsSpin.setObjectName(u"participantsSpin")
        self.participantsSpin.setMinimumSize(QSize(180, 0))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.participantsSpin)

        self.notesLabel = QLabel(WorkshopDetailsDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(WorkshopDetailsDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(WorkshopDetailsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.clientLabel.setBuddy(self.clientEdit)
        self.moderatorsLabel.setBuddy(self.moderatorsEdit)
        self.participantsLabel.setBuddy(self.participantsSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dateCheck)
        QWidget.setTabOrder(self.dateCheck, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startCheck)
        QWidget.setTabOrder(self.startCheck, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.moderatorsEdit)
        QWidget.setTabOrder(self.moderatorsEdit, self.participantsSpin)
        QWidget.setTabOrder(self.participantsSpin, self.notesEdit)

        self.retranslateUi(WorkshopDetailsDialog)

        QMetaObject.connectSlotsByName(WorkshopDetailsDialog)
    # setupUi

    def retranslateUi(self, WorkshopDetailsDialog):
        WorkshopDetailsDialog.setWindowTitle(QCoreApplication.translate("WorkshopDetailsDialog", u"Workshop details", None))
        self.introLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"The facts of the workshop. The run sheet and the protocol follow what you enter here; you can undo the change with Ctrl+Z.", None))
        self.titleLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Title:", None))
#if QT_CONFIG(tooltip)
        self.dateCheck.setToolTip(QCoreApplication.translate("WorkshopDetailsDialog", u"Leave unticked while the date is not yet fixed", None))
#endif // QT_CONFIG(tooltip)
        self.dateCheck.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Date:", None))
#if QT_CONFIG(tooltip)
        self.startCheck.setToolTip(QCoreApplication.translate("WorkshopDetailsDialog", u"Leave unticked while the start time is not yet fixed", None))
#endif // QT_CONFIG(tooltip)
        self.startCheck.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Start:", None))
        self.placeLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Place:", None))
        self.clientLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Client:", None))
        self.moderatorsLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"M&oderators:", None))
        self.participantsLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"E&xpected participants:", None))
        self.participantsSpin.setSpecialValueText(QCoreApplication.translate("WorkshopDetailsDialog", u"not yet known", None))
        self.notesLabel.setText(QCoreApplication.translate("WorkshopDetailsDialog", u"&Notes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDetailsDialog", u"Room booking, accessibility, interpreters, catering \u2026", None))
    # retranslateUi

