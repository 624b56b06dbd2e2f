# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_workshop.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_NewWorkshopDialog(object):
    def setupUi(self, NewWorkshopDialog):
        if not NewWorkshopDialog.objectName():
            NewWorkshopDialog.setObjectName(u"NewWorkshopDialog")
        NewWorkshopDialog.resize(620, 560)
        self.mainLayout = QVBoxLayout(NewWorkshopDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(NewWorkshopDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.templateLabel = QLabel(NewWorkshopDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(NewWorkshopDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.templateDescription = QLabel(NewWorkshopDialog)
        self.templateDescription.setObjectName(u"templateDescription")
        self.templateDescription.setWordWrap(True)
        self.templateDescription.setTextFormat(Qt.TextFormat.PlainText)
        self.templateDescription.setMinimumHeight(48)
        self.templateDescription.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templateDescription)

        self.titleLabel = QLabel(NewWorkshopDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NewWorkshopDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setClearButtonEnabled(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(NewWorkshopDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setSpacing(12)
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = QDateEdit(NewWorkshopDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dateEdit)

        self.startTimeLabel = QLabel(NewWorkshopDialog)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.whenLayout.addWidget(self.startTimeLabel)

        self.startTimeEdit = QTimeEdit(NewWorkshopDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.whenLayout.addWidget(self.startTimeEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.placeLabel = QLabel(NewWorkshopDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(NewWorkshopDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.clientLabel = QLabel(NewWorkshopDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(NewWorkshopDialog)
        self.clientEdit.setObjectName(u"clientEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.moderatorsLabel = QLabel(NewWorkshopDialog)
        self.moderatorsLabel.setObjectName(u"moderatorsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.moderatorsLabel)

        self.moderatorsEdit = QLineEdit(NewWorkshopDialog)
        self.moderatorsEdit.setObjectName(u"moderatorsEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.moderatorsEdit)

        self.participantsLabel = QLabel(NewWorkshopDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsSpin = QSpinBox(NewWorkshopDialog)
        self.participantsSpin.setObjectName(u"participantsSpin")
        self.participantsSpin.setMinimumSize(QSize(180, 0))
        self.participantsSpin.setMaximum(10000)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.participantsSpin)

        self.languageLabel = QLabel(NewWorkshopDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(NewWorkshopDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NewWorkshopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startTimeLabel.setBuddy(self.startTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.clientLabel.setBuddy(self.clientEdit)
        self.moderatorsLabel.setBuddy(self.moderatorsEdit)
        self.participantsLabel.setBuddy(self.participantsSpin)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.moderatorsEdit)
        QWidget.setTabOrder(self.moderatorsEdit, self.participantsSpin)
        QWidget.setTabOrder(self.participantsSpin, self.languageCombo)

        self.retranslateUi(NewWorkshopDialog)

        QMetaObject.connectSlotsByName(NewWorkshopDialog)
    # setupUi

    def retranslateUi(self, NewWorkshopDialog):
        NewWorkshopDialog.setWindowTitle(QCoreApplication.translate("NewWorkshopDialog", u"New workshop", None))
        self.introLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"Choose a method and give the workshop a title. Everything else can be filled in or changed later.", None))
        self.templateLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Method:", None))
        self.titleLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("NewWorkshopDialog", u"e.g. Future of the Nordstadt neighbourhood", None))
        self.dateLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Date:", None))
        self.startTimeLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Start:", None))
        self.placeLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Place:", None))
        self.clientLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Client:", None))
        self.moderatorsLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"M&oderators:", None))
        self.participantsLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"E&xpected participants:", None))
        self.participantsSpin.setSpecialValueText(QCoreApplication.translate("NewWorkshopDialog", u"not yet known", None))
        self.languageLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Language of the texts:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("NewWorkshopDialog", u"The language of the questions and scripts the phases start with", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

