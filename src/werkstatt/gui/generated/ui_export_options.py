# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_options.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportOptionsDialog(object):
    def setupUi(self, ExportOptionsDialog):
        if not ExportOptionsDialog.objectName():
            ExportOptionsDialog.setObjectName(u"ExportOptionsDialog")
        ExportOptionsDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(ExportOptionsDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.namesCheck = QCheckBox(ExportOptionsDialog)
        self.namesCheck.setObjectName(u"namesCheck")

        self.mainLayout.addWidget(self.namesCheck)

        self.namesNote = QLabel(ExportOptionsDialog)
        self.namesNote.setObjectName(u"namesNote")
        self.namesNote.setWordWrap(True)
        self.namesNote.setIndent(24)

        self.mainLayout.addWidget(self.namesNote)

        self.betweenSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.betweenSpacer)

        self.scriptsCheck = QCheckBox(ExportOptionsDialog)
        self.scriptsCheck.setObjectName(u"scriptsCheck")

        self.mainLayout.addWidget(self.scriptsCheck)

        self.scriptsNote = QLabel(ExportOptionsDialog)
        self.scriptsNote.setObjectName(u"scriptsNote")
        self.scriptsNote.setWordWrap(True)
        self.scriptsNote.setIndent(24)

        self.mainLayout.addWidget(self.scriptsNote)

        self.bottomSpacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportOptionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.namesCheck, self.scriptsCheck)

        self.retranslateUi(ExportOptionsDialog)

        QMetaObject.connectSlotsByName(ExportOptionsDialog)
    # setupUi

    def retranslateUi(self, ExportOptionsDialog):
        ExportOptionsDialog.setWindowTitle(QCoreApplication.translate("ExportOptionsDialog", u"Protocol options", None))
        self.namesCheck.setText(QCoreApplication.translate("ExportOptionsDialog", u"Include &names (card authors, feedback names, moderators, client)", None))
        self.namesNote.setText(QCoreApplication.translate("ExportOptionsDialog", u"The protocol is often published or passed on. Include names only when everyone named has agreed.", None))
        self.scriptsCheck.setText(QCoreApplication.translate("ExportOptionsDialog", u"Include the moderator's &scripts", None))
        self.scriptsNote.setText(QCoreApplication.translate("ExportOptionsDialog", u"The scripts are the team's working notes; a protocol for the public usually leaves them out.", None))
    # retranslateUi

