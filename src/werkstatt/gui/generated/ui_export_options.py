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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportOptionsDialog(object):
    def setupUi(self, ExportOptionsDialog):
        if not ExportOptionsDialog.objectName():
            ExportOptionsDialog.setObjectName(u"ExportOptionsDialog")
        ExportOptionsDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(ExportOptionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.optionsLayout = QVBoxLayout()
        self.optionsLayout.setSpacing(6)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.formatGroup = QGroupBox(ExportOptionsDialog)
        self.formatGroup.setObjectName(u"formatGroup")
        self.formatLayout = QVBoxLayout(self.formatGroup)
        self.formatLayout.setObjectName(u"formatLayout")
        self.pdfRadio = QRadioButton(self.formatGroup)
        self.pdfRadio.setObjectName(u"pdfRadio")
        self.pdfRadio.setChecked(True)

        self.formatLayout.addWidget(self.pdfRadio)

        self.docxRadio = QRadioButton(self.formatGroup)
        self.docxRadio.setObjectName(u"docxRadio")

        self.formatLayout.addWidget(self.docxRadio)


        self.optionsLayout.addWidget(self.formatGroup)

        self.namesCheck = QCheckBox(ExportOptionsDialog)
        self.namesCheck.setObjectName(u"namesCheck")

        self.optionsLayout.addWidget(self.namesCheck)

        self.namesNote = QLabel(ExportOptionsDialog)
        self.namesNote.setObjectName(u"namesNote")
        self.namesNote.setWordWrap(True)
        self.namesNote.setIndent(24)

        self.optionsLayout.addWidget(self.namesNote)

        self.scriptsCheck = QCheckBox(ExportOptionsDialog)
        self.scriptsCheck.setObjectName(u"scriptsCheck")

        self.optionsLayout.addWidget(self.scriptsCheck)

        self.scriptsNote = QLabel(ExportOptionsDialog)
        self.scriptsNote.setObjectName(u"scriptsNote")
        self.scriptsNote.setWordWrap(True)
        self.scriptsNote.setIndent(24)

        self.optionsLayout.addWidget(self.scriptsNote)

        self.photosCheck = QCheckBox(ExportOptionsDialog)
        self.photosCheck.setObjectName(u"photosCheck")

        self.optionsLayout.addWidget(self.photosCheck)

        self.photosNote = QLabel(ExportOptionsDialog)
        self.photosNote.setObjectName(u"photosNote")
        self.photosNote.setWordWrap(True)
        self.photosNote.setIndent(24)

        self.optionsLayout.addWidget(self.photosNote)

        self.phasesLabel = QLabel(ExportOptionsDialog)
        self.phasesLabel.setObjectName(u"phasesLabel")

        self.optionsLayout.addWidget(self.phasesLabel)

        self.phasesList = QListWidget(ExportOptionsDialog)
        self.phasesList.setObjectName(u"phasesList")
        self.phasesList.setMinimumSize(QSize(0, 120))
        self.phasesList.setTabKeyNavigation(False)

        self.optionsLayout.addWidget(self.phasesList)

        self.phaseButtonsLayout = QHBoxLayout()
        self.phaseButtonsLayout.setObjectName(u"phaseButtonsLayout")
        self.allPhasesButton = QPushButton(ExportOptionsDialog)
        self.allPhasesButton.setObjectName(u"allPhasesButton")
        self.allPhasesButton.setAutoDefault(False)

        self.phaseButtonsLayout.addWidget(self.allPhasesButton)

        self.noPhasesButton = QPushButton(ExportOptionsDialog)
        self.noPhasesButton.setObjectName(u"noPhasesButton")
        self.noPhasesButton.setAutoDefault(False)

        self.phaseButtonsLayout.addWidget(self.noPhasesButton)

        self.phaseButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseButtonsLayout.addItem(self.phaseButtonsSpacer)


        self.optionsLayout.addLayout(self.phaseButtonsLayout)

        self.phasesNote = QLabel(ExportOptionsDialog)
        self.phasesNote.setObjectName(u"phasesNote")
        self.phasesNote.setWordWrap(True)

        self.optionsLayout.addWidget(self.phasesNote)


        self.columnsLayout.addLayout(self.optionsLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(ExportOptionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.phasesLabel.setBuddy(self.phasesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pdfRadio, self.docxRadio)
        QWidget.setTabOrder(self.docxRadio, self.namesCheck)
        QWidget.setTabOrder(self.namesCheck, self.scriptsCheck)
        QWidget.setTabOrder(self.scriptsCheck, self.photosCheck)
        QWidget.setTabOrder(self.photosCheck, self.phasesList)
        QWidget.setTabOrder(self.phasesList, self.allPhasesButton)
        QWidget.setTabOrder(self.allPhasesButton, self.noPhasesButton)

        self.retranslateUi(ExportOptionsDialog)

        QMetaObject.connectSlotsByName(ExportOptionsDialog)
    # setupUi

    def retranslateUi(self, ExportOptionsDialog):
        ExportOptionsDialog.setWindowTitle(QCoreApplication.translate("ExportOptionsDialog", u"Protocol options", None))
        self.formatGroup.setTitle(QCoreApplication.translate("ExportOptionsDialog", u"File format", None))
        self.pdfRadio.setText(QCoreApplication.translate("ExportOptionsDialog", u"P&DF, ready to print or pass on", None))
        self.docxRadio.setText(QCoreApplication.translate("ExportOptionsDialog", u"&Word document (.docx), for clients who edit the protocol", None))
        self.namesCheck.setText(QCoreApplication.translate("ExportOptionsDialog", u"Include &names (card authors, feedback names, moderators, client)", None))
        self.namesNote.setText(QCoreApplication.translate("ExportOptionsDialog", u"The protocol is often published or passed on. Include names only when everyone named has agreed.", None))
        self.scriptsCheck.setText(QCoreApplication.translate("ExportOptionsDialog", u"Include the moderator's &scripts", None))
        self.scriptsNote.setText(QCoreApplication.translate("ExportOptionsDialog", u"The scripts are the team's working notes; a protocol for the public usually leaves them out.", None))
        self.photosCheck.setText(QCoreApplication.translate("ExportOptionsDialog", u"Include &photos", None))
        self.photosNote.setText(QCoreApplication.translate("ExportOptionsDialog", u"Each phase's photos appear after its results, with their captions.", None))
        self.phasesLabel.setText(QCoreApplication.translate("ExportOptionsDialog", u"P&hases in the protocol:", None))
        self.allPhasesButton.setText(QCoreApplication.translate("ExportOptionsDialog", u"Tick &all", None))
        self.noPhasesButton.setText(QCoreApplication.translate("ExportOptionsDialog", u"Tick n&one", None))
        self.phasesNote.setText(QCoreApplication.translate("ExportOptionsDialog", u"Only the ticked phases get a section; the run sheet always lists every phase.", None))
    # retranslateUi

