<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/action_plan.py" line="+125"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data: names only with the person&apos;s consent</source>
        <translation>Personenbezogene Daten: Namen nur mit Einverständnis der Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top result the action was taken from</source>
        <translation>Das Spitzenergebnis, aus dem die Maßnahme übernommen wurde</translation>
    </message>
</context>
<context>
    <name>ActionPlanPresenter</name>
    <message>
        <location line="+328"/>
        <source>The action plan fills here as the actions are agreed.</source>
        <translation>Der Maßnahmenplan füllt sich hier, sobald Maßnahmen vereinbart werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <location line="+5"/>
        <source>+ %n more action(s)</source>
        <translation>
            <numerusform>+ %n weitere Maßnahme</numerusform>
            <numerusform>+ %n weitere Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionPlanWidget</name>
    <message>
        <location line="-377"/>
        <source>Take over a top result (Ctrl+1…9):</source>
        <translation>Spitzenergebnis übernehmen (Strg+1…9):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One click adds the result as a new action, with the resources its reality check found</source>
        <translation>Ein Klick fügt das Ergebnis als neue Maßnahme hinzu, mit den Ressourcen aus seinem Realitätscheck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No top results: vote first, or type the actions below.</source>
        <translation>Keine Spitzenergebnisse: Führen Sie zuerst die Punktabfrage durch oder tragen Sie die Maßnahmen unten ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New action: what is to be done? Enter adds it</source>
        <translation>Neue Maßnahme: Was ist zu tun? Enter fügt sie hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>* Responsible: personal data, names only with the person&apos;s consent</source>
        <translation>* Verantwortlich: personenbezogene Daten, Namen nur mit Einverständnis der Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type or F2 edits a cell: Enter keeps it, Shift+Enter breaks the line, Tab goes on · Ctrl+1…9 takes over a top result · Ctrl+↑/↓ or dragging moves the row · Del deletes · Ctrl+Z undoes</source>
        <translation>Tippen oder F2 bearbeitet eine Zelle: Enter übernimmt, Umschalt+Enter bricht die Zeile um, Tab geht weiter · Strg+1…9 übernimmt ein Spitzenergebnis · Strg+↑/↓ oder Ziehen verschiebt die Zeile · Entf löscht · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1
Take it over as a new action (%2)</source>
        <translation>%1
Als neue Maßnahme übernehmen (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Add action “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>New action (Ins)</source>
        <translation>Neue Maßnahme (Einfg)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Edit action “%1”</source>
        <translation>Maßnahme „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action “%1”</source>
        <translation>Maßnahme „%1“ löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move action “%1”</source>
        <translation>Maßnahme „%1“ verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPresenter</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/presenter.py" line="+184"/>
        <source>The sessions will appear here as they are placed on the agenda wall.</source>
        <translation>Die Sessions erscheinen hier, sobald sie an der Agenda-Wand platziert werden.</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/printing.py" line="+33"/>
        <source>The file is saved in %1. No program to show PDF files could be started; open the file from there.</source>
        <translation>Die Datei ist unter %1 gespeichert. Es ließ sich kein Programm zum Anzeigen von PDF-Dateien starten; öffnen Sie die Datei bitte von dort aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the agenda on which paper size (landscape)?</source>
        <translation>In welchem Papierformat soll die Agenda gedruckt werden (quer)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda %1.pdf</source>
        <translation>Agenda %1.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the agenda</source>
        <translation>Agenda speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report forms %1.pdf</source>
        <translation>Berichtsbögen %1.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report forms</source>
        <translation>Berichtsbögen speichern</translation>
    </message>
</context>
<context>
    <name>AgendaWall</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/grid.py" line="+385"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/texts.py" line="+37"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Two sessions in the same space at the same time</source>
        <translation>Zwei Sessions zur selben Zeit im selben Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 convenes two sessions in this time slot</source>
        <translation>%1 beruft in diesem Zeitfenster zwei Sessions ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expects %1, the space holds %2</source>
        <translation>%1 Personen erwartet, der Raum fasst %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs %1, the space has none</source>
        <translation>Braucht %1, im Raum nicht vorhanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n people</source>
        <translation>%n Personen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 seat</source>
        <translation>1 Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n seats</source>
        <translation>%n Plätze</translation>
    </message>
</context>
<context>
    <name>AgendaWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/panel.py" line="+57"/>
        <source>This wall has no time slots or spaces yet. Add them with the buttons above.</source>
        <extracomment>the marketplace&apos;s share of the width at first; the wall gets the rest lines of the conflicts list (it scrolls; hidden while there are none)</extracomment>
        <translation>Diese Wand hat noch keine Zeitfenster und Räume. Fügen Sie sie mit den Schaltflächen oben hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the rest</source>
        <translation>Übrige platzieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puts every proposal from the list into a free cell where it causes no conflict.</source>
        <translation>Setzt jedes Anliegen aus der Liste in ein freies Feld, in dem es keinen Konflikt verursacht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add time slot</source>
        <translation>Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+300"/>
        <source>Add space</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Print agenda…</source>
        <translation>Agenda drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report forms…</source>
        <translation>Berichtsbögen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank report form per session, with title, convener, time and space.</source>
        <translation>Ein leerer Berichtsbogen pro Session, mit Titel, Einberufer:in, Zeit und Raum.</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>Marketplace: %n proposal(s) not on the wall</source>
        <translation>
            <numerusform>Marktplatz: %n Anliegen noch nicht an der Wand</numerusform>
            <numerusform>Marktplatz: %n Anliegen noch nicht an der Wand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Proposal “%1” added</source>
        <translation>Anliegen „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Proposal changed</source>
        <translation>Anliegen geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposal “%1” withdrawn</source>
        <translation>Anliegen „%1“ zurückgezogen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” swapped with “%2”</source>
        <translation>„%1“ mit „%2“ getauscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” placed in %2</source>
        <translation>„%1“ platziert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” already hangs there. Merged, the session would be called “%2”.</source>
        <translation>Dort hängt bereits „%1“. Zusammengelegt hieße die Session „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge into one session</source>
        <translation>Zu einer Session zusammenlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the two</source>
        <translation>Beide tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place both here</source>
        <translation>Beide hier platzieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” taken off the wall</source>
        <translation>„%1“ von der Wand genommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge “%1” and “%2” into one session called “%3”?</source>
        <translation>„%1“ und „%2“ zu einer Session „%3“ zusammenlegen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge</source>
        <translation>Zusammenlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” merged</source>
        <translation>„%1“ zusammengelegt</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n proposal(s) placed</source>
        <translation>
            <numerusform>%n Anliegen platziert</numerusform>
            <numerusform>%n Anliegen platziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n proposal(s) placed without a conflict.</source>
        <translation>
            <numerusform>%n Anliegen ohne Konflikt platziert.</numerusform>
            <numerusform>%n Anliegen ohne Konflikt platziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be placed.</source>
        <translation>
            <numerusform>%n ließ sich nicht platzieren.</numerusform>
            <numerusform>%n ließen sich nicht platzieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fit nowhere without a conflict.</source>
        <translation>
            <numerusform>%n passt nirgends ohne Konflikt hin.</numerusform>
            <numerusform>%n passen nirgends ohne Konflikt hin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time slot added</source>
        <translation>Zeitfenster hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the space:</source>
        <translation>Name des Raums:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space “%1” added</source>
        <translation>Raum „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the space “%1”:</source>
        <translation>Raum „%1“ ändern:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+32"/>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+52"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Space “%1” changed</source>
        <translation>Raum „%1“ geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space “%1” removed</source>
        <translation>Raum „%1“ entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename space</source>
        <translation>Raum umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many people the space holds:</source>
        <translation>Anzahl der Personen, die der Raum fasst:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter a whole number of seats.</source>
        <translation>Bitte geben Sie die Zahl der Plätze als ganze Zahl ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Equipment, separated by commas (e.g. Beamer, barrierefrei):</source>
        <translation>Ausstattung, durch Kommas getrennt (z. B. Beamer, barrierefrei):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the time slot %1:</source>
        <translation>Zeitfenster %1 ändern:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+33"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Session slot</source>
        <translation>Für Sessions nutzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a break</source>
        <translation>Zur Pause machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time slot %1 changed</source>
        <translation>Zeitfenster %1 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time slot %1 removed</source>
        <translation>Zeitfenster %1 entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts at (HH:MM):</source>
        <translation>Beginnt um (HH:MM):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please enter a time such as 14:30.</source>
        <translation>Bitte geben Sie eine Uhrzeit wie 14:30 ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Length in minutes:</source>
        <translation>Dauer in Minuten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the length in whole minutes.</source>
        <translation>Bitte geben Sie die Dauer in ganzen Minuten ein.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/werkstatt/app.py" line="+154"/>
        <source>Werkstatt is already open on this library</source>
        <translation>Werkstatt ist mit dieser Bibliothek bereits geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkstatt cannot open the library</source>
        <translation>Werkstatt kann die Bibliothek nicht öffnen</translation>
    </message>
</context>
<context>
    <name>BoardPresenter</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/board/presenter.py" line="+61"/>
        <source>The cards will appear here as they are sorted.</source>
        <translation>Die Karten erscheinen hier, sobald sie sortiert werden.</translation>
    </message>
</context>
<context>
    <name>BriefingWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/briefing.py" line="+129"/>
        <source>The projector shows this text. To change it, edit the plan.</source>
        <translation>Der Beamer zeigt diesen Text. Ändern können Sie ihn im Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This briefing has no text yet: write it as the participant question in the plan.</source>
        <translation>Diese Einführung hat noch keinen Text: Schreiben Sie ihn im Plan als „Frage an die Teilnehmenden“.</translation>
    </message>
</context>
<context>
    <name>CardColours</name>
    <message>
        <location filename="../../src/werkstatt/core/card_colours.py" line="+28"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>CardsPresenter</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/cards.py" line="+453"/>
        <source>Earlier cards: +%1</source>
        <translation>Frühere Karten: +%1</translation>
    </message>
</context>
<context>
    <name>CardsWidget</name>
    <message>
        <location line="-337"/>
        <source>Type a card and press Enter</source>
        <translation>Karte eintippen und mit der Eingabetaste hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cards longer than %1 characters are hard to read from the back of the room</source>
        <translation>Karten mit mehr als %1 Zeichen sind aus der letzten Reihe schwer zu lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasst von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data: only with the person&apos;s consent</source>
        <translation>Personenbezogene Daten: nur mit Einverständnis der Person</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (Ctrl+%2): new cards; the selected cards on the wall</source>
        <translation>%1 (Strg+%2): für neue Karten; an der Pinnwand für die ausgewählten Karten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter adds the card · ↑/↓ to the wall: F2 edits, Del deletes, Ctrl+1…5 colours, Esc back here · Ctrl+Z undoes</source>
        <translation>Eingabetaste fügt die Karte hinzu · ↑/↓ zur Pinnwand: F2 bearbeitet, Entf löscht, Strg+1…5 färbt ein, Esc zurück hierher · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add card “%1”</source>
        <translation>Karte „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete card “%1”</source>
        <translation>Karte „%1“ löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 cards</source>
        <translation>%1 Karten löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Colour card “%1”: %2</source>
        <translation>Karte „%1“ einfärben: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour %1 cards %2</source>
        <translation>%1 Karten einfärben: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit card “%1”</source>
        <translation>Karte „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Similar: “%1”%2</source>
        <translation>Ähnlich: „%1“%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/werkstatt/__main__.py" line="+57"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder that holds the library (default: $WERKSTATT_DATA_DIR, else the user&apos;s data folder)</source>
        <translation>Ordner mit der Bibliothek (Vorgabe: $WERKSTATT_DATA_DIR, sonst der Datenordner des Benutzerkontos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: de (German) or en (English); default: $WERKSTATT_LANG or the locale</source>
        <translation>Sprache: de (Deutsch) oder en (Englisch); Vorgabe: $WERKSTATT_LANG oder die Systemsprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Werkstatt: plan and moderate participation workshops (World Café, Open Space, Future Workshop) and publish their protocol. Without a command, the window opens.</source>
        <translation>Werkstatt: Beteiligungsworkshops (World Café, Open Space, Zukunftswerkstatt) planen, moderieren und ihre Dokumentation veröffentlichen. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the workshops of the library</source>
        <translation>die Workshops der Bibliothek auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the workshops of the library: ID, date, method, title.</source>
        <translation>Listet die Workshops der Bibliothek auf: Nr., Datum, Methode, Titel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write the protocol of a workshop as PDF or Word file</source>
        <translation>das Protokoll eines Workshops als PDF- oder Word-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol of a workshop (its ID as `werkstatt list` shows it) as PDF or Word file, in the workshop&apos;s language. Works while the window has the library open.</source>
        <translation>Speichert das Protokoll eines Workshops (Nr. wie in `werkstatt list`) als PDF- oder Word-Datei, in der Sprache des Workshops. Funktioniert auch, während das Fenster die Bibliothek geöffnet hat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FILE.pdf|FILE.docx</source>
        <translation>DATEI.pdf|DATEI.docx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF or Word file to write, by its ending (replaced if it exists)</source>
        <translation>die zu schreibende PDF- oder Word-Datei, je nach Endung (wird ersetzt, falls vorhanden)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+53"/>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+53"/>
        <source>WORKSHOP_ID</source>
        <translation>WORKSHOP_NR</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>the workshop&apos;s ID</source>
        <translation>die Nr. des Workshops</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>leave out personal names (card authors, feedback names, moderators, client), e.g. for publishing</source>
        <translation>Personennamen weglassen (Verfasser:innen von Karten, Namen im Blitzlicht, Moderation, Auftraggeber), z.&#xa0;B. zur Veröffentlichung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave out the photos (a smaller file)</source>
        <translation>die Fotos weglassen (kleinere Datei)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>include the moderator scripts (for the team, not the public)</source>
        <translation>die Moderationsskripte aufnehmen (für das Team, nicht für die Öffentlichkeit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write a workshop as a portable .werkstatt file</source>
        <translation>einen Workshop als übertragbare .werkstatt-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a workshop with all its phases, results and photos as a .werkstatt file, which another Werkstatt imports. Works while the window has the library open.</source>
        <translation>Speichert einen Workshop mit allen Phasen, Ergebnissen und Fotos als .werkstatt-Datei, die eine andere Werkstatt importieren kann. Funktioniert auch, während das Fenster die Bibliothek geöffnet hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>FILE.werkstatt</source>
        <translation>DATEI.werkstatt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file to write (replaced if it exists)</source>
        <translation>die zu schreibende Datei (wird ersetzt, falls vorhanden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add the workshop of a .werkstatt file to the library</source>
        <translation>den Workshop einer .werkstatt-Datei in die Bibliothek aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the workshop of a .werkstatt file to the library: all of it, or nothing when the file is damaged. Close the window first.</source>
        <translation>Nimmt den Workshop einer .werkstatt-Datei in die Bibliothek auf: vollständig oder, wenn die Datei beschädigt ist, gar nicht. Schließen Sie vorher das Fenster.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file to import</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when the workshop is in the library already</source>
        <translation>wenn der Workshop schon in der Bibliothek ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import it as a second workshop beside the one there</source>
        <translation>als zweiten Workshop neben dem vorhandenen importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove the one in the library for good and import the file&apos;s</source>
        <translation>den Workshop in der Bibliothek endgültig entfernen und den aus der Datei importieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Werkstatt window cannot open because Qt could not be loaded ({detail}). On Debian or Ubuntu, bash packaging/werkstatt.sh start installs what is missing. The command line (werkstatt list) works without it.</source>
        <translation>Das Werkstatt-Fenster lässt sich nicht öffnen, weil Qt nicht geladen werden konnte ({detail}). Unter Debian oder Ubuntu installiert „bash packaging/werkstatt.sh start“ das Fehlende. Die Befehlszeile (werkstatt list) funktioniert auch ohne.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/cli.py" line="+84"/>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no Werkstatt library in {path} yet. Start Werkstatt without &quot;list&quot; to create one and plan your first workshop.</source>
        <translation>In {path} gibt es noch keine Werkstatt-Bibliothek. Starten Sie Werkstatt ohne „list“, um eine anzulegen und Ihren ersten Workshop zu planen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The library in {path} holds no workshops yet. Start Werkstatt without &quot;list&quot; to plan your first one.</source>
        <translation>Die Bibliothek in {path} enthält noch keine Workshops. Starten Sie Werkstatt ohne „list“, um Ihren ersten zu planen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{path}: the protocol can be written as .pdf or .docx; give the file one of these endings.</source>
        <translation>{path}: Das Protokoll lässt sich als .pdf oder .docx speichern; geben Sie der Datei eine dieser Endungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no Werkstatt library in {path}, so there is no workshop {id} either. Choose the data folder with --data-dir.</source>
        <translation>In {path} gibt es keine Werkstatt-Bibliothek, also auch keinen Workshop {id}. Wählen Sie den Datenordner mit --data-dir.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The protocol of &quot;{title}&quot; is in {path}.</source>
        <translation>Das Protokoll von „{title}“ liegt in {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no Werkstatt library in {path}. Choose the data folder with --data-dir.</source>
        <translation>In {path} gibt es keine Werkstatt-Bibliothek. Wählen Sie den Datenordner mit --data-dir.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;{title}&quot; is saved in {path}.</source>
        <translation>„{title}“ ist in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workshop &quot;{title}&quot; is already in the library (ID {id}). Nothing was imported. Run the import again with --keep-both or --replace.</source>
        <translation>Der Workshop „{title}“ ist bereits in der Bibliothek (Nr. {id}). Es wurde nichts importiert. Starten Sie den Import erneut mit --keep-both oder --replace.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported &quot;{title}&quot; as workshop {id}.</source>
        <translation>„{title}“ wurde als Workshop Nr. {id} importiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>plan who sits at which table in each World Café round</source>
        <translation>planen, wer in jeder World-Café-Runde an welchem Tisch sitzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan who sits at which table in each World Café round, so that no two people sit at a table together twice and, with hosts, no one returns to a table where that is possible (and as few repeats as possible where not). Participants are numbered 1 to N; with --hosts, participants 1 to T are the hosts of tables 1 to T.</source>
        <translation>Plant, wer in jeder World-Café-Runde an welchem Tisch sitzt, sodass keine zwei Personen zweimal zusammen an einem Tisch sitzen und – mit Gastgeber:innen – niemand an einen Tisch zurückkehrt, wo sich das vermeiden lässt (und sonst so wenige Wiederholungen wie möglich entstehen). Die Teilnehmenden sind von 1 bis N nummeriert; mit --hosts sind die Teilnehmenden 1 bis T die Gastgeber:innen der Tische 1 bis T.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>seating</source>
        <translation>Sitzplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number of participants, hosts included</source>
        <translation>Zahl der Teilnehmenden, Gastgeber:innen eingeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number of tables</source>
        <translation>Zahl der Tische</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number of rounds</source>
        <translation>Zahl der Runden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each table has a host who stays there (participants 1 to T); the others move</source>
        <translation>an jedem Tisch bleibt eine Gastgeber:in sitzen (Teilnehmende 1 bis T); die anderen wechseln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the same seed gives the same plan; another seed another plan (default: a new one each time, shown in the text output)</source>
        <translation>derselbe Startwert ergibt denselben Plan, ein anderer Startwert einen anderen (Vorgabe: jedes Mal ein neuer, der in der Textausgabe angezeigt wird)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text: readable, round by round; csv: one row per seat with the columns round, table, participant, host (1 for a table&apos;s host, else 0), all counted from 1; json: {&quot;rounds&quot;: [[[1, 7, 12], ...], ...], &quot;hosts&quot;: [...] or null, &quot;repeated_pairs&quot;: K}, rounds[r][t] being the participants at table t in round r (default: text)</source>
        <translation>text: lesbar, Runde für Runde; csv: eine Zeile pro Sitzplatz mit den Spalten round, table, participant, host (1 für die Gastgeber:in eines Tisches, sonst 0), alle ab 1 gezählt; json: {&quot;rounds&quot;: [[[1, 7, 12], ...], ...], &quot;hosts&quot;: [...] oder null, &quot;repeated_pairs&quot;: K}, wobei rounds[r][t] die Teilnehmenden an Tisch t in Runde r sind (Vorgabe: text)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search at most this long for a better plan (default: 10); a plan without repeats usually comes much sooner</source>
        <translation>höchstens so lange nach einem besseren Plan suchen (Vorgabe: 10); ein Plan ohne Wiederholungen findet sich meist viel früher</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note: {low} to {high} people per table is usual for a World Café; this plan seats {largest} at each table.</source>
        <translation>Hinweis: Üblich sind beim World Café {low} bis {high} Personen pro Tisch; dieser Plan setzt {largest} an jeden Tisch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: {low} to {high} people per table is usual for a World Café; this plan seats {smallest} to {largest}.</source>
        <translation>Hinweis: Bei einem World Café sind {low} bis {high} Personen pro Tisch üblich; dieser Plan setzt {smallest} bis {largest} Personen an einen Tisch.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No two people meet twice at a table, and no one returns to a table.</source>
        <translation>Keine zwei Personen treffen sich zweimal an einem Tisch, und niemand kehrt an einen Tisch zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No two people meet twice at a table.</source>
        <translation>Keine zwei Personen treffen sich zweimal an einem Tisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pairs} × {times} times</source>
        <translation>{pairs} × {times}-mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pairs who meet more than once: {count} ({histogram}).</source>
        <translation>Paare, die sich mehr als einmal treffen: {count} ({histogram}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returns to a table: {returns}.</source>
        <translation>Wiederholte Besuche an einem Tisch: {returns}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With these numbers, repeats are certain from round {round} on; fewer rounds or more tables avoid them.</source>
        <translation>Mit diesen Zahlen sind Wiederholungen ab Runde {round} unvermeidlich; weniger Runden oder mehr Tische vermeiden sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No plan without repeats turned up in the time given; another --seed or a longer --time-limit may find one.</source>
        <translation>In der vorgegebenen Zeit fand sich kein Plan ohne Wiederholungen; ein anderer --seed oder ein längeres --time-limit findet vielleicht einen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seating plan: {participants} people at {tables} tables, {rounds} rounds (seed {seed})</source>
        <translation>Sitzplan: {participants} Personen an {tables} Tischen, {rounds} Runden (Startwert {seed})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hosts: {hosts}</source>
        <translation>Gastgeber:innen: {hosts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table {table}: {host}</source>
        <translation>Tisch {table}: {host}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round {round}</source>
        <translation>Runde {round}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table {table}</source>
        <translation>Tisch {table}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On average, each person meets {count} different people.</source>
        <translation>Im Durchschnitt trifft jede Person {count} verschiedene andere Personen.</translation>
    </message>
</context>
<context>
    <name>ClusterBoard</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/board/items.py" line="+222"/>
        <source>Unsorted: 1 card</source>
        <extracomment>The moderator&apos;s view switches to the overview (items.Overview) below this.</extracomment>
        <translation>Nicht zugeordnet: 1 Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsorted: %n cards</source>
        <translation>Nicht zugeordnet: %n Karten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n cards</source>
        <translation>%n Karten</translation>
    </message>
</context>
<context>
    <name>ClusterWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/board/panel.py" line="+135"/>
        <location line="+296"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>A new cluster of the selected cards (Ins)</source>
        <translation>Ein neuer Cluster aus den ausgewählten Karten (Einfg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected cluster (F2, double click)</source>
        <translation>Den ausgewählten Cluster umbenennen (F2, Doppelklick)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the selected cluster (Ctrl+Shift+C)</source>
        <translation>Farbe des ausgewählten Clusters (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected cluster; its cards go back to unsorted (Del)</source>
        <translation>Den ausgewählten Cluster löschen; seine Karten gehen zurück zu „nicht zugeordnet“ (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay the board out to fill the screen</source>
        <translation>Die Pinnwand so anordnen, dass sie den Bildschirm füllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole board (Ctrl+0); zoom with Ctrl+wheel</source>
        <translation>Die ganze Pinnwand zeigen (Strg+0); zoomen mit Strg+Mausrad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write a card on the board: Enter puts it into the selected cluster</source>
        <translation>Eine Karte an die Pinnwand schreiben: Enter legt sie in den ausgewählten Cluster</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Merge the selected cluster into another (Ctrl+M, or drag its heading onto it)</source>
        <translation>Den ausgewählten Cluster mit einem anderen zusammenführen (Strg+M oder seine Überschrift auf den anderen ziehen)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Cards: %1 · Clusters: %2 · Unsorted: %3</source>
        <translation>Karten: %1 · Cluster: %2 · Nicht zugeordnet: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cards yet – write the cards in the line below, then sort them into clusters.</source>
        <translation>Noch keine Karten – schreiben Sie die Karten in die Zeile unten und sortieren Sie sie dann in Cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cards yet – collect cards in the phase “%1”, or write them in the line below.</source>
        <translation>Noch keine Karten – sammeln Sie Karten in der Phase „%1“ oder schreiben Sie sie in die Zeile unten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No clusters yet – select cards (click, Ctrl+click or drag a frame) and press “New cluster” (Ins), or just type the new cluster&apos;s name.</source>
        <translation>Noch keine Cluster – wählen Sie Karten aus (Klick, Strg+Klick oder einen Rahmen aufziehen) und drücken Sie „Neuer Cluster“ (Einfg), oder tippen Sie einfach den Namen des neuen Clusters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag cards onto a cluster, or select them and type the cluster&apos;s name. Drag a heading onto another cluster to merge them.</source>
        <translation>Ziehen Sie Karten auf einen Cluster, oder wählen Sie sie aus und tippen Sie den Namen des Clusters. Ziehen Sie eine Überschrift auf einen anderen Cluster, um beide zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The board changed meanwhile; please try again.</source>
        <translation>Die Pinnwand hat sich inzwischen geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Move %n card(s) to unsorted</source>
        <translation>
            <numerusform>%n Karte nach „nicht zugeordnet“ verschieben</numerusform>
            <numerusform>%n Karten nach „nicht zugeordnet“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Move %n card(s) to “%1”</source>
        <translation>
            <numerusform>%n Karte nach „%1“ verschieben</numerusform>
            <numerusform>%n Karten nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of the new cluster:</source>
        <translation>Name des neuen Clusters:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New cluster “%1”</source>
        <translation>Neuer Cluster „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the cluster:</source>
        <translation>Name des Clusters:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename cluster “%1”</source>
        <translation>Cluster „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour cluster “%1”</source>
        <translation>Cluster „%1“ einfärben</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete cluster “%1”</source>
        <translation>Cluster „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster löschen</numerusform>
            <numerusform>%n Cluster löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add card “%1”</source>
        <translation>Karte „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/marketplace.py" line="+45"/>
        <source>Session title</source>
        <extracomment>title, convener, expected (&quot;&quot; or digits), needs as typed</extracomment>
        <translation>Titel der Session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convener (optional)</source>
        <translation>Einberufer:in (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs, e.g. Beamer</source>
        <translation>Bedarf, z.&#xa0;B. Beamer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/werkstatt/messages.py" line="+125"/>
        <source>(Details: {detail})</source>
        <translation>(Details: {detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Werkstatt cannot use the data folder {path}: it is missing and cannot be created, or it is not writable. Check that the drive is connected and that you may write there, or choose another data folder with --data-dir.</source>
        <translation>Werkstatt kann den Datenordner {path} nicht verwenden: Er fehlt und lässt sich nicht anlegen, oder er ist schreibgeschützt. Prüfen Sie, ob das Laufwerk angeschlossen ist und Sie dort schreiben dürfen, oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk that holds {path} is full, so the last change was not saved. Everything before it is safe. Free some space on the disk and try again.</source>
        <translation>Der Datenträger mit {path} ist voll, daher wurde die letzte Änderung nicht gespeichert. Alles davor ist sicher. Schaffen Sie etwas Platz auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file {path} is not a Werkstatt library. Werkstatt has left it untouched. Choose another data folder with --data-dir, or move the file elsewhere so that Werkstatt can start a new library there.</source>
        <translation>Die Datei {path} ist keine Werkstatt-Bibliothek. Werkstatt hat sie nicht verändert. Wählen Sie mit --data-dir einen anderen Datenordner, oder verschieben Sie die Datei, damit Werkstatt dort eine neue Bibliothek anlegen kann.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The library {path} is damaged and cannot be opened. Werkstatt has not changed it. Keep the file, and restore the latest backup from the folder {backups}.</source>
        <translation>Die Bibliothek {path} ist beschädigt und lässt sich nicht öffnen. Werkstatt hat sie nicht verändert. Bewahren Sie die Datei auf und stellen Sie die neueste Sicherung aus dem Ordner {backups} wieder her.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The library {path} is already open in another Werkstatt (perhaps on another computer, if the folder is shared). Switch to that window, or close it and try again.</source>
        <translation>Die Bibliothek {path} ist bereits in einer anderen Werkstatt geöffnet (vielleicht auf einem anderen Rechner, falls der Ordner geteilt ist). Wechseln Sie zu diesem Fenster, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library {path} was written by a newer version of Werkstatt (schema {revision}), which this version cannot read. Werkstatt has left it untouched. Please install the latest version of Werkstatt.</source>
        <translation>Die Bibliothek {path} stammt von einer neueren Werkstatt-Version (Schema {revision}), die diese Version nicht lesen kann. Werkstatt hat sie nicht verändert. Bitte installieren Sie die neueste Version von Werkstatt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Werkstatt has a problem with {path}: {detail}</source>
        <translation>Werkstatt hat ein Problem mit {path}: {detail}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workshop {key} does not exist (any more). Perhaps it was deleted; the list of workshops shows those that are there.</source>
        <translation>Den Workshop {key} gibt es nicht (mehr). Vielleicht wurde er gelöscht; die Workshop-Liste zeigt alle vorhandenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phase {key} does not exist (any more). Perhaps it was removed from the plan.</source>
        <translation>Die Phase {key} gibt es nicht (mehr). Vielleicht wurde sie aus dem Ablauf entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {key} does not exist (any more). Choose one of the listed templates.</source>
        <translation>Die Vorlage {key} gibt es nicht (mehr). Wählen Sie eine der aufgeführten Vorlagen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{what} {key} does not exist (any more).</source>
        <translation>{what} {key} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The library refused the change: {detail}</source>
        <translation>Die Bibliothek hat die Änderung abgelehnt: {detail}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file cannot be read ({reason}).</source>
        <translation>die Datei lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8 text (byte {position}). Save it as UTF-8.</source>
        <translation>die Datei ist kein UTF-8-Text (Byte {position}). Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not valid ({message}, line {line}, column {column}).</source>
        <translation>die Datei ist fehlerhaft ({message}, Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has format version {got}, but this Werkstatt reads only {supported}.</source>
        <translation>die Datei hat die Formatversion {got}, diese Werkstatt liest aber nur {supported}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a required entry is missing.</source>
        <translation>ein nötiger Eintrag fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry &quot;{field}&quot; is unknown (known entries: {known}).</source>
        <translation>der Eintrag „{field}“ ist unbekannt (bekannte Einträge: {known}).</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The library {path} is damaged and cannot be opened. Werkstatt has not changed it. Keep the file, and choose another data folder with --data-dir, or move the file elsewhere so that Werkstatt can start a new library there.</source>
        <translation>Die Bibliothek {path} ist beschädigt und lässt sich nicht öffnen. Werkstatt hat sie nicht verändert. Bewahren Sie die Datei auf und wählen Sie mit --data-dir einen anderen Datenordner, oder verschieben Sie die Datei, damit Werkstatt dort eine neue Bibliothek anlegen kann.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Werkstatt could not read or write {path}: the drive reported an error. Check that the USB stick or drive is still connected. Everything shown as done before is saved; try the last step again.</source>
        <translation>Werkstatt konnte {path} nicht lesen oder schreiben: Das Laufwerk hat einen Fehler gemeldet. Prüfen Sie, ob der USB-Stick oder das Laufwerk noch angeschlossen ist. Alles, was zuvor als erledigt angezeigt wurde, ist gespeichert; versuchen Sie den letzten Schritt noch einmal.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The card {key} does not exist (any more). Perhaps it was deleted, or its phase was removed from the plan.</source>
        <translation>Die Karte {key} gibt es nicht (mehr). Vielleicht wurde sie gelöscht oder ihre Phase aus dem Ablauf entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feedback entry {key} does not exist (any more). Perhaps it was deleted, or its phase was removed from the plan.</source>
        <translation>Den Blitzlicht-Eintrag {key} gibt es nicht (mehr). Vielleicht wurde er gelöscht oder seine Phase aus dem Ablauf entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster {key} does not exist (any more). Perhaps it was deleted or merged into another one.</source>
        <translation>Den Cluster {key} gibt es nicht (mehr). Vielleicht wurde er gelöscht oder mit einem anderen zusammengeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The action {key} does not exist (any more). Perhaps it was deleted, or its phase was removed from the plan.</source>
        <translation>Die Maßnahme {key} gibt es nicht (mehr). Vielleicht wurde sie gelöscht oder ihre Phase aus dem Ablauf entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reality check {key} does not exist (any more). Perhaps it was deleted, or its phase was removed from the plan.</source>
        <translation>Den Realitätscheck {key} gibt es nicht (mehr). Vielleicht wurde er gelöscht oder seine Phase aus dem Ablauf entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo {key} does not exist (any more). Perhaps it was deleted, or its phase was removed from the plan.</source>
        <translation>Das Foto {key} gibt es nicht (mehr). Vielleicht wurde es gelöscht oder seine Phase aus dem Ablauf entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time slot {key} does not exist (any more).</source>
        <translation>Das Zeitfenster {key} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The space {key} does not exist (any more).</source>
        <translation>Den Raum {key} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proposal {key} does not exist (any more), or it was merged into another one.</source>
        <translation>Das Anliegen {key} gibt es nicht (mehr), oder es wurde mit einem anderen zusammengelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report {key} does not exist (any more).</source>
        <translation>Den Bericht {key} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Expected participants</source>
        <translation>Erwartete Teilnehmende</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase kind</source>
        <translation>Phasenart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for the participants</source>
        <translation>Frage an die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator script</source>
        <translation>Moderationsskript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards in this phase</source>
        <translation>Karten dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback entries in this phase</source>
        <translation>Blitzlicht-Einträge dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of the phase</source>
        <translation>Einstellungen der Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original statement</source>
        <translation>Ursprüngliche Aussage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters on this board</source>
        <translation>Cluster auf dieser Pinnwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source cluster</source>
        <translation>Herkunfts-Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allies</source>
        <translation>Verbündete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions in this phase</source>
        <translation>Maßnahmen dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reality checks in this phase</source>
        <translation>Realitätschecks dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos in this phase</source>
        <translation>Fotos dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the photo</source>
        <translation>Größe des Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time slots on this agenda wall</source>
        <translation>Zeitfenster auf dieser Agenda-Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces on this agenda wall</source>
        <translation>Räume auf dieser Agenda-Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals on this agenda wall</source>
        <translation>Anliegen auf dieser Agenda-Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convener</source>
        <translation>Einberufer:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The field &quot;{field}&quot; must not be empty. Please fill it in.</source>
        <translation>Das Feld „{field}“ darf nicht leer sein. Bitte füllen Sie es aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;{field}&quot; is too long: {length} characters, at most {limit} are possible. Please shorten it.</source>
        <translation>Das Feld „{field}“ ist zu lang: {length} Zeichen, höchstens {limit} sind möglich. Bitte kürzen Sie den Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The field &quot;{field}&quot; takes a number from {limit}; {value} is outside.</source>
        <translation>Im Feld „{field}“ ist eine Zahl von {limit} möglich; {value} liegt außerhalb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field &quot;{field}&quot; cannot be negative ({value}).</source>
        <translation>Das Feld „{field}“ darf nicht negativ sein ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;{field}&quot; can be at most {limit}; {value} is too much.</source>
        <translation>Das Feld „{field}“ darf höchstens {limit} sein; {value} ist zu viel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value &quot;{value}&quot; is not possible in the field &quot;{field}&quot; (limit: {limit}).</source>
        <translation>Der Wert „{value}“ ist im Feld „{field}“ nicht möglich (Grenze: {limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value &quot;{value}&quot; is not possible in the field &quot;{field}&quot;.</source>
        <translation>Der Wert „{value}“ ist im Feld „{field}“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field &quot;{field}&quot; can be at most {limit} characters long; this text has {length}. Please shorten it.</source>
        <translation>Das Feld „{field}“ darf höchstens {limit} Zeichen lang sein; dieser Text hat {length}. Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop “{title}” has no phases yet, so it cannot be saved as a template. Add at least one phase first.</source>
        <translation>Der Workshop „{title}“ hat noch keine Phasen und kann daher nicht als Vorlage gespeichert werden. Fügen Sie zuerst mindestens eine Phase hinzu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>true or false</source>
        <translation>wahr oder falsch (true/false)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key of a phase</source>
        <translation>Schlüssel einer Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected here: {expected}; found: {got}.</source>
        <translation>erwartet wird hier: {expected}; gefunden: {got}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry must not be empty.</source>
        <translation>der Eintrag darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is too long ({got} characters, at most {maximum}).</source>
        <translation>der Text ist zu lang ({got} Zeichen, höchstens {maximum}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} is outside the allowed range from {minimum} to {maximum}.</source>
        <translation>{got} liegt außerhalb des erlaubten Bereichs von {minimum} bis {maximum}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{got}&quot; is not possible here; choose one of: {choices}.</source>
        <translation>„{got}“ ist hier nicht möglich; wählen Sie eines davon: {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{got}&quot; is not a usable key; use lower-case letters, digits and underscores.</source>
        <translation>„{got}“ ist kein brauchbarer Schlüssel; verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{got}&quot; is not a language Werkstatt knows (de, en).</source>
        <translation>„{got}“ ist keine Sprache, die Werkstatt kennt (de, en).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no phase kind &quot;{got}&quot; (known kinds: {known}).</source>
        <translation>es gibt keine Phasenart „{got}“ (bekannte Arten: {known}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key &quot;{key}&quot; is used twice (first at {first}).</source>
        <translation>der Schlüssel „{key}“ kommt doppelt vor (zuerst bei {first}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it refers to a phase &quot;{key}&quot; that the template does not have.</source>
        <translation>hier wird auf eine Phase „{key}“ verwiesen, die es in der Vorlage nicht gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phase &quot;{key}&quot; refers to itself.</source>
        <translation>die Phase „{key}“ verweist auf sich selbst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phase &quot;{key}&quot; is of kind {kind}, but {expected} is needed here.</source>
        <translation>die Phase „{key}“ hat die Art {kind}, hier wird aber {expected} gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} names are given, but &quot;{setting}&quot; is set to {maximum}.</source>
        <translation>Es sind {names} Namen angegeben, aber „{setting}“ steht auf {maximum}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The method template {source} cannot be used: at {location}, {problem} Correct the file or remove it.</source>
        <translation>Die Methodenvorlage {source} ist nicht verwendbar: bei {location}: {problem} Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The method template {source} cannot be used: {problem} Correct the file or remove it.</source>
        <translation>Die Methodenvorlage {source} ist nicht verwendbar: {problem} Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The setting &quot;{setting}&quot; of a {kind} phase cannot be used: {problem}</source>
        <translation>Die Einstellung „{setting}“ einer Phase der Art {kind} ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A seating plan needs at least one table, not {tables}.</source>
        <translation>Ein Sitzplan braucht mindestens einen Tisch, nicht {tables}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{participants} participants at {tables} tables would leave fewer than {minimum} people at a table. Use at most {most} tables.</source>
        <translation>{participants} Teilnehmende an {tables} Tischen ergäben weniger als {minimum} Personen pro Tisch. Nehmen Sie höchstens {most} Tische.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{participants} participants at {tables} tables would put more than {maximum} people at a table. Use at least {least} tables.</source>
        <translation>{participants} Teilnehmende an {tables} Tischen ergäben mehr als {maximum} Personen pro Tisch. Nehmen Sie mindestens {least} Tische.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A seating plan can hold at most {maximum} participants, not {participants}.</source>
        <translation>Ein Sitzplan kann höchstens {maximum} Teilnehmende aufnehmen, nicht {participants}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A seating plan needs at least one round, not {rounds}.</source>
        <translation>Ein Sitzplan braucht mindestens eine Runde, nicht {rounds}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A seating plan can have at most {maximum} rounds, not {rounds}.</source>
        <translation>Ein Sitzplan kann höchstens {maximum} Runden haben, nicht {rounds}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The seating plan has rounds 1 to {rounds}, so it cannot be planned anew from round {round}.</source>
        <translation>Der Sitzplan hat die Runden 1 bis {rounds}, daher lässt er sich nicht ab Runde {round} neu planen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participant {participant} hosts table {table} and so must be present in the rounds planned anew: a table does not go on without its host.</source>
        <translation>Person {participant} ist Gastgeber:in an Tisch {table} und muss daher in den neu geplanten Runden dabei sein: Ohne Gastgeber:in geht ein Tisch nicht weiter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants are numbered from 1; {participant} is not a valid number.</source>
        <translation>Die Teilnehmenden sind ab 1 nummeriert; {participant} ist keine gültige Nummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No seating plan can be made.</source>
        <translation>Es lässt sich kein Sitzplan erstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language &quot;{language}&quot; (from {origin}) is not available. Choose de (German) or en (English).</source>
        <translation>Die Sprache „{language}“ (aus {origin}) gibt es nicht. Wählen Sie de (Deutsch) oder en (Englisch).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a Werkstatt workshop file (.werkstatt). Nothing was imported. Choose a file that Werkstatt exported with &quot;Export workshop&quot;.</source>
        <translation>{path} ist keine Werkstatt-Workshopdatei (.werkstatt). Es wurde nichts importiert. Wählen Sie eine Datei, die Werkstatt mit „Als Datei exportieren“ gespeichert hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workshop file {path} is damaged or incomplete (perhaps cut off while copying). Nothing was imported. Ask for the file again or copy it once more.</source>
        <translation>Die Workshop-Datei {path} ist beschädigt oder unvollständig (vielleicht beim Kopieren abgeschnitten). Es wurde nichts importiert. Lassen Sie sich die Datei noch einmal geben oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop file {path} is larger than Werkstatt accepts ({what}: {size}, at most {maximum}). Nothing was imported. A file this size cannot come from a workshop; it may be damaged or not a real workshop file.</source>
        <translation>Die Workshop-Datei {path} ist größer, als Werkstatt annimmt ({what}: {size}, höchstens {maximum}). Es wurde nichts importiert. Eine Datei dieser Größe kann nicht von einem Workshop stammen; vielleicht ist sie beschädigt oder keine echte Workshop-Datei.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The workshop file {path} was written by a newer version of Werkstatt (format {version}), which this version cannot read. Nothing was imported. Please install the latest version of Werkstatt.</source>
        <translation>Die Workshop-Datei {path} stammt von einer neueren Version von Werkstatt (Format {version}), die diese Version nicht lesen kann. Es wurde nichts importiert. Bitte installieren Sie die neueste Version von Werkstatt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop file {path} holds something Werkstatt cannot accept. Nothing was imported. At {where}: {problem}.</source>
        <translation>Die Workshop-Datei {path} enthält etwas, das Werkstatt nicht annehmen kann. Es wurde nichts importiert. Bei {where}: {problem}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop &quot;{title}&quot; is already in this library. Import it again and choose whether to keep both or to replace the one in the library.</source>
        <translation>Der Workshop „{title}“ ist bereits in dieser Bibliothek. Importieren Sie ihn erneut und wählen Sie, ob Sie beide behalten oder den Workshop in der Bibliothek ersetzen möchten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{filename}&quot; is not a readable image, or the file is damaged.</source>
        <translation>„{filename}“ ist kein lesbares Bild, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{filename}&quot; is a {format} image; Werkstatt takes JPEG, PNG, WebP and GIF. Save it as JPEG and add it again.</source>
        <translation>„{filename}“ ist ein {format}-Bild; Werkstatt nimmt JPEG, PNG, WebP und GIF an. Speichern Sie es als JPEG und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;{filename}&quot; is {size}; a photo may have at most {maximum}.</source>
        <translation>„{filename}“ ist {size} groß; ein Foto darf höchstens {maximum} groß sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{filename}&quot; has more pixels than Werkstatt accepts (at most {maximum} megapixels).</source>
        <translation>„{filename}“ hat mehr Pixel, als Werkstatt annimmt (höchstens {maximum} Megapixel).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{filename}&quot; has too many pixels ({pixels} megapixels, at most {maximum}).</source>
        <translation>„{filename}“ hat zu viele Pixel ({pixels} Megapixel, höchstens {maximum}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These table rounds have no seating plan yet. Please make the seating plan first.</source>
        <translation>Für diese Tischrunden gibt es noch keinen Sitzplan. Bitte erstellen Sie zuerst den Sitzplan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkstatt could not use {path}: {reason}. Check that it exists and that you may read and write it.</source>
        <translation>Werkstatt konnte {path} nicht verwenden: {reason}. Prüfen Sie, ob es vorhanden ist und Sie es lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An unexpected error occurred ({type}). Everything Werkstatt showed as done is saved. Please report this error together with what you were doing.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten ({type}). Alles, was Werkstatt als erledigt gezeigt hat, ist gespeichert. Bitte melden Sie diesen Fehler zusammen mit dem, was Sie gerade getan haben.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../src/werkstatt/gui/export_options_dialog.py" line="+185"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(untitled phase)</source>
        <translation>(Phase ohne Titel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2 (break)</source>
        <translation>%1. %2 (Pause)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This workshop has no phases yet.</source>
        <translation>Dieser Workshop hat noch keine Phasen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Protocol of “%1”</source>
        <translation>Protokoll von „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.ui" line="+14"/>
        <source>Protocol options</source>
        <translation>Einstellungen für das Protokoll</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;DF, ready to print or pass on</source>
        <translation>&amp;PDF, zum Drucken oder Weitergeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Word document (.docx), for clients who edit the protocol</source>
        <translation>&amp;Word-Dokument (.docx), für Auftraggebende, die das Protokoll weiterbearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Include &amp;names (card authors, feedback names, moderators, client)</source>
        <translation>&amp;Namen aufnehmen (Verfasser:innen von Karten, Namen im Blitzlicht, Moderation, Auftraggeber)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The protocol is often published or passed on. Include names only when everyone named has agreed.</source>
        <translation>Das Protokoll wird oft veröffentlicht oder weitergegeben. Nehmen Sie Namen nur auf, wenn alle Genannten zugestimmt haben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include the moderator&apos;s &amp;scripts</source>
        <translation>Moderations&amp;skripte aufnehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scripts are the team&apos;s working notes; a protocol for the public usually leaves them out.</source>
        <translation>Die Skripte sind Arbeitsnotizen des Moderationsteams; ein Protokoll für die Öffentlichkeit lässt sie meist weg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include &amp;photos</source>
        <translation>&amp;Fotos aufnehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each phase&apos;s photos appear after its results, with their captions.</source>
        <translation>Die Fotos jeder Phase erscheinen mit ihren Bildunterschriften nach den Ergebnissen der Phase.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;hases in the protocol:</source>
        <translation>P&amp;hasen im Protokoll:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle ankreuzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick n&amp;one</source>
        <translation>&amp;Keine ankreuzen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only the ticked phases get a section; the run sheet always lists every phase.</source>
        <translation>Nur die angekreuzten Phasen erhalten einen eigenen Abschnitt; der Ablaufplan führt immer alle Phasen auf.</translation>
    </message>
</context>
<context>
    <name>FeedbackPresenter</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/feedback.py" line="+496"/>
        <source>Ratings: %1 · mean %2</source>
        <translation>Bewertungen: %1 · Mittelwert %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+%1 earlier</source>
        <translation>+%1 frühere</translation>
    </message>
</context>
<context>
    <name>FeedbackWidget</name>
    <message>
        <location line="-362"/>
        <source>Record &amp;names</source>
        <translation>&amp;Namen festhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names are personal data: only with the person&apos;s consent</source>
        <translation>Namen sind personenbezogene Daten: nur mit Einverständnis der Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data: only with the person&apos;s consent</source>
        <translation>Personenbezogene Daten: nur mit Einverständnis der Person</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Number keys add a rating · Del deletes the selected entry · Ctrl+Z undoes</source>
        <translation>Zifferntasten fügen eine Bewertung hinzu · Entf löscht den ausgewählten Eintrag · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter adds the line · ↑/↓ to the list: F2 edits, Del deletes · Ctrl+Z undoes</source>
        <translation>Eingabetaste fügt die Zeile hinzu · ↑/↓ zur Liste: F2 bearbeitet, Entf löscht · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type what the person said and press Enter</source>
        <translation>Aussage der Person eintippen und mit der Eingabetaste hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional: what the person said — Enter adds it to the latest rating</source>
        <translation>Optional: Aussage der Person – die Eingabetaste fügt sie der letzten Bewertung hinzu</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add rating %1</source>
        <translation>Bewertung %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Comment “%1”</source>
        <translation>Kommentar „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 entries</source>
        <translation>%1 Einträge löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 rating</source>
        <translation>1 Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ratings</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · mean %2 of %3</source>
        <translation>%1 · Mittelwert %2 von %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 statement</source>
        <translation>1 Aussage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 statements</source>
        <translation>%1 Aussagen</translation>
    </message>
</context>
<context>
    <name>IdeaBlock</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reality_check.py" line="+190"/>
        <source>Remove idea</source>
        <translation>Idee entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this idea and what was written for it (Ctrl+Shift+Del)</source>
        <translation>Diese Idee samt allem, was dazu notiert wurde, entfernen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personal data: names only with the person&apos;s consent</source>
        <translation>Personenbezogene Daten: Namen nur mit Einverständnis der Person</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <location filename="../../src/werkstatt/gui/library_commands.py" line="+68"/>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../src/werkstatt/gui/library_page.py" line="+99"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import workshop file…</source>
        <translation>Workshop-Datei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport as file…</source>
        <translation>Als Datei e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, method, place, people…</source>
        <translation>Titel, Methode, Ort, Personen suchen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New workshop…</source>
        <translation>Neuer Workshop…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a workshop from a .werkstatt file (or drop the file onto this window)</source>
        <translation>Einen Workshop aus einer .werkstatt-Datei hinzufügen (oder die Datei auf dieses Fenster ziehen)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No workshops yet</source>
        <translation>Noch keine Workshops</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from a method – World Café, Open Space or Zukunftswerkstatt. Werkstatt fills in the phases with questions and a moderation script; you adapt them to your event.</source>
        <translation>Beginnen Sie mit einer Methode – World Café, Open Space oder Zukunftswerkstatt. Werkstatt legt die Phasen mit Fragen und Moderationsskript an; Sie passen sie an Ihre Veranstaltung an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create your first workshop</source>
        <translation>Ersten Workshop anlegen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Got a workshop from a colleague? Drop its .werkstatt file here, or use “Import workshop file…”.</source>
        <translation>Einen Workshop von einer Kollegin oder einem Kollegen bekommen? Ziehen Sie die .werkstatt-Datei hierher oder nutzen Sie „Workshop-Datei importieren…“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show all workshops</source>
        <translation>Alle Workshops zeigen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No workshop matches “%1”.</source>
        <translation>Kein Workshop passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 workshop</source>
        <translation>1 Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 workshops</source>
        <translation>%1 Workshops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import workshop files</source>
        <translation>Workshop-Dateien importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkstatt workshops (*.werkstatt)</source>
        <translation>Werkstatt-Workshops (*.werkstatt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete the workshop “%1” with all its phases and results?

You can undo this with Ctrl+Z.</source>
        <translation>Den Workshop „%1“ mit allen Phasen und Ergebnissen löschen?

Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” deleted — Ctrl+Z to undo.</source>
        <translation>„%1“ gelöscht – Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/werkstatt/gui/main_window.py" line="+70"/>
        <source>&amp;Back to the library</source>
        <translation>&amp;Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>W&amp;orkshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Werkstatt</source>
        <translation>Ü&amp;ber Werkstatt</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new template (offered for new workshops):</source>
        <translation>Name der neuen Vorlage (wird für neue Workshops angeboten):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as template “%1”.</source>
        <translation>Als Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Werkstatt will use %1 from its next start.</source>
        <translation>Werkstatt verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Werkstatt %1

Plan and moderate participation workshops – World Café, Open Space, Zukunftswerkstatt – and publish their protocol.</source>
        <translation>Werkstatt %1

Beteiligungsworkshops planen und moderieren – World Café, Open Space, Zukunftswerkstatt – und ihre Dokumentation veröffentlichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Werkstatt</source>
        <translation>Über Werkstatt</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/run_sheet_panel.py" line="+95"/>
        <source>5 minutes shorter</source>
        <translation>5 Minuten kürzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5 minutes longer</source>
        <translation>5 Minuten länger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../src/werkstatt/gui/new_workshop_dialog.py" line="+56"/>
        <source>%1 (own template)</source>
        <translation>%1 (eigene Vorlage)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create workshop</source>
        <translation>Workshop anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.ui" line="+14"/>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a method and give the workshop a title. Everything else can be filled in or changed later.</source>
        <translation>Wählen Sie eine Methode und geben Sie dem Workshop einen Titel. Alles andere können Sie später ergänzen oder ändern.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Future of the Nordstadt neighbourhood</source>
        <translation>z. B. Zukunft der Nordstadt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Client:</source>
        <translation>&amp;Auftraggeber:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>M&amp;oderators:</source>
        <translation>Moderat&amp;ion:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xpected participants:</source>
        <translation>&amp;Erwartete Teilnehmende:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Sprache der Texte:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language of the questions and scripts the phases start with</source>
        <translation>Die Sprache der Fragen und Skripte, mit denen die Phasen beginnen</translation>
    </message>
</context>
<context>
    <name>NewsWall</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reports/news_wall.py" line="+106"/>
        <source>The session reports appear here as soon as they are in.</source>
        <translation>Die Session-Berichte erscheinen hier, sobald sie eingegangen sind.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants: %1</source>
        <translation>Teilnehmende: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convened by %1</source>
        <translation>Einberufen von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report of this session is not in yet.</source>
        <translation>Der Bericht dieser Session ist noch nicht eingegangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n of %1 report(s) in</source>
        <translation>
            <numerusform>Berichte eingegangen: %n von %1</numerusform>
            <numerusform>Berichte eingegangen: %n von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>Bericht %1 von %n</numerusform>
            <numerusform>Bericht %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · chosen by the moderator</source>
        <translation>%1 · von der Moderation ausgewählt</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/rounds/notes_panel.py" line="+96"/>
        <source>R&amp;ound:</source>
        <extracomment>Lines in sight; more scroll. The room left is the grid&apos;s, whose rows are the tables (on a laptop a taller editor left one row of them).</extracomment>
        <translation>R&amp;unde:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start round</source>
        <translation>Runde sta&amp;rten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange tables</source>
        <translation>&amp;Tischwechsel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;End the rounds</source>
        <translation>Runden b&amp;eenden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The host&apos;s key points; Ctrl+Enter saves and goes on to the next table. Photos of the tablecloths go into the photo strip below.</source>
        <translation>Kernpunkte der Gastgeber:in; Strg+Enter speichert und geht zum nächsten Tisch. Fotos der Tischdecken fügen Sie unten in der Fotoleiste hinzu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Key points of %1 (%2), round %3:</source>
        <translation>Kernpunkte von %1 (%2), Runde %3:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key points of %1, round %2</source>
        <translation>Kernpunkte von %1, Runde %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The time of round %1 of %2 is up.</source>
        <translation>Die Zeit von Runde %1 von %2 ist um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 of %2 is running.</source>
        <translation>Runde %1 von %2 läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change of tables is over: round %1 of %2 can start.</source>
        <translation>Der Tischwechsel ist vorbei: Runde %1 von %2 kann beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing tables for round %1 of %2.</source>
        <translation>Tischwechsel für Runde %1 von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %2 rounds are over.</source>
        <translation>Alle %2 Runden sind beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 of %2 has not started yet.</source>
        <translation>Runde %1 von %2 hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each table has its own question (see the table cards).</source>
        <translation>Jeder Tisch hat eine eigene Frage (siehe Tischkarten).</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <location filename="../../src/werkstatt/gui/plan_editor/phase_form.py" line="+79"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the participants see on the projector</source>
        <translation>Was die Teilnehmenden am Beamer sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you say and do; only you see it</source>
        <translation>Was Sie sagen und tun; nur Sie sehen es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings of this kind</source>
        <translation>Einstellungen dieser Phasenart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned &amp;minutes</source>
        <translation>Geplante &amp;Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant &amp;question</source>
        <translation>&amp;Frage an die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator &amp;script</source>
        <translation>Moderations&amp;skript</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a phase in the list, or add one with Insert.</source>
        <translation>Wählen Sie eine Phase in der Liste oder fügen Sie mit Einfg eine hinzu.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <location filename="../../src/werkstatt/methods/kinds.py" line="+66"/>
        <source>Briefing</source>
        <extracomment>for a phase_ref: &quot;&quot; means the nearest *following* phase of a fitting kind (a phase that fills a later one) instead of the nearest preceding one</extracomment>
        <translation>Einführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card collection</source>
        <translation>Kartenabfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clustering</source>
        <translation>Clustern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot voting</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rounds</source>
        <translation>Tischrunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda wall</source>
        <translation>Marktplatz (Agenda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session reports</source>
        <translation>Session-Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning criticism into visions</source>
        <translation>Kritik positiv umformulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reality check</source>
        <translation>Realitätscheck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback round</source>
        <translation>Blitzlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>PhaseSettings</name>
    <message>
        <location line="+7"/>
        <source>Show the timer on the projector</source>
        <translation>Timer am Beamer zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top results of the dot voting in phase</source>
        <translation>Spitzenergebnisse der Punktabfrage in Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the nearest dot voting before this phase.</source>
        <translation>Leer: die nächstgelegene Punktabfrage vor dieser Phase.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many of the top results</source>
        <translation>Wie viele Spitzenergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results sharing the last place are all taken.</source>
        <translation>Ergebnisse, die sich den letzten Platz teilen, werden alle übernommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Characters per card at most</source>
        <translation>Höchstens Zeichen pro Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short statements read well from the back of the room.</source>
        <translation>Kurze Aussagen lassen sich auch aus der letzten Reihe gut lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record who wrote a card</source>
        <translation>Festhalten, wer eine Karte geschrieben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names are personal data; leave this off unless needed.</source>
        <translation>Namen sind personenbezogene Daten; lassen Sie das aus, wenn es nicht nötig ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cards from phase</source>
        <translation>Karten aus Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the nearest card collection before this phase.</source>
        <translation>Leer: die nächstgelegene Kartenabfrage vor dieser Phase.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote on the results of phase</source>
        <translation>Punkte auf die Ergebnisse von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the nearest clustering, card collection or session reports before this phase.</source>
        <translation>Leer: die nächste Clusterung, Kartenabfrage oder die nächsten Session-Berichte vor dieser Phase.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dots per item at most (0 = no limit)</source>
        <translation>Höchstens Punkte pro Karte oder Cluster (0 = unbegrenzt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People voting (0 = not counted)</source>
        <translation>Abstimmende Personen (0 = nicht gezählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a number, the tally compares the dots cast with the dots handed out.</source>
        <translation>Mit einer Zahl vergleicht die Auszählung die abgegebenen mit den ausgeteilten Punkten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two dot colours: important and urgent</source>
        <translation>Zwei Punktfarben: wichtig und dringlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the tally while voting</source>
        <translation>Zwischenstand während der Abstimmung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visible tally draws late voters to the leaders.</source>
        <translation>Ein sichtbarer Zwischenstand lenkt Spätentschlossene zu den Spitzenreitern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants (hosts included)</source>
        <translation>Teilnehmende (einschließlich Gastgebende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seating plan gives everyone a badge number 1 … N.</source>
        <translation>Der Sitzplan gibt allen eine Nummer 1 … N.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes per round</source>
        <translation>Minuten pro Runde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes to change tables</source>
        <translation>Minuten für den Tischwechsel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One question for all rounds</source>
        <translation>Eine Frage für alle Runden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A question per round (one per line)</source>
        <translation>Eine Frage pro Runde (eine pro Zeile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A question per table (one per line)</source>
        <translation>Eine Frage pro Tisch (eine pro Zeile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table hosts stay at their table</source>
        <translation>Gastgeber:innen bleiben an ihrem Tisch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time slots</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes per slot</source>
        <translation>Minuten pro Zeitfenster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes between slots</source>
        <translation>Minuten zwischen den Zeitfenstern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rooms and spaces</source>
        <translation>Räume und Orte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names of the spaces (comma-separated)</source>
        <translation>Namen der Orte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces without a name are numbered.</source>
        <translation>Orte ohne Namen werden durchnummeriert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions from the agenda wall of phase</source>
        <translation>Sessions vom Marktplatz der Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the nearest agenda wall before this phase.</source>
        <translation>Leer: der nächstgelegene Marktplatz vor dieser Phase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number of participants</source>
        <translation>Zahl der Teilnehmenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of participants</source>
        <translation>Namen der Teilnehmenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants in a report</source>
        <translation>Teilnehmende in einem Bericht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the statements to phase</source>
        <translation>Zukunftsbilder übernehmen in Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the nearest card collection after this phase.</source>
        <translation>Leer: die nächstgelegene Kartenabfrage nach dieser Phase.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Projects from the results of phase</source>
        <translation>Vorhaben aus den Ergebnissen der Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the nearest dot voting, clustering or session reports before this phase.</source>
        <translation>Leer: die nächste Punktabfrage, Clusterung oder die nächsten Session-Berichte vor dieser Phase.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top results to take over (0 = none)</source>
        <translation>Zu übernehmende Spitzenergebnisse (0 = keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One sentence from each person</source>
        <translation>Ein Satz von jeder Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood rating on a scale</source>
        <translation>Stimmungsbild auf einer Skala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback as</source>
        <translation>Feedback als</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points on the scale</source>
        <translation>Stufen der Skala</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <location filename="../../src/werkstatt/gui/plan_editor/phase_model.py" line="+78"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../src/werkstatt/gui/photos/importer.py" line="+122"/>
        <source>Add 1 photo</source>
        <extracomment>The file dialog&apos;s filter; a file of another kind that is dropped is checked all the same. (file name, what went wrong) for every file that was not added</extracomment>
        <translation>1 Foto hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %n photos</source>
        <translation>%n Fotos hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 file could not be added as a photo:</source>
        <translation>1 Datei konnte nicht als Foto hinzugefügt werden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n files could not be added as photos:</source>
        <translation>%n Dateien konnten nicht als Fotos hinzugefügt werden:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding photos …</source>
        <translation>Fotos werden hinzugefügt&#xa0;…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding photo %1 of %2: %3</source>
        <translation>Foto %1 von %2 wird hinzugefügt: %3</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/gui/photos/strip.py" line="+225"/>
        <source>(no caption)</source>
        <extracomment>the moderator unfolded the row (for the session, not per phase) photos were just added to this phase: shown although folded the running import (tests await it)</extracomment>
        <translation>(keine Bildunterschrift)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show or hide the photos</source>
        <translation>Fotos zeigen oder ausblenden</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+15"/>
        <source>Show on the projector</source>
        <translation>Am Beamer zeigen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>F2: edit the caption · Ctrl+←/→: move · Del: delete · Ctrl+P: on the projector · Esc: off the projector</source>
        <translation>F2: Bildunterschrift bearbeiten · Strg+←/→: verschieben · Entf: löschen · Strg+P: an den Beamer · Esc: vom Beamer nehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show or hide the photos (Ctrl+Shift+F)</source>
        <translation>Fotos ein- oder ausblenden (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photos of flipcharts and pinboards (Ctrl+Shift+P, or drag them here)</source>
        <translation>Fotos von Flipcharts und Pinnwänden hinzufügen (Strg+Umschalt+P oder hierher ziehen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the selected photo on the projector instead of the live results (Ctrl+P; Ctrl+P or Esc: off)</source>
        <translation>Das ausgewählte Foto statt der aktuellen Ergebnisse am Beamer zeigen (Strg+P; Strg+P oder Esc: aus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add photos of flipcharts and pinboards from files (Ctrl+Shift+P)</source>
        <translation>Fotos von Flipcharts und Pinnwänden aus Dateien hinzufügen (Strg+Umschalt+P)</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change the caption of a photo</source>
        <translation>Bildunterschrift eines Fotos ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move a photo</source>
        <translation>Foto verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n photo(s)</source>
        <translation>
            <numerusform>%n Foto löschen</numerusform>
            <numerusform>%n Fotos löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/werkstatt/gui/plan_editor/texts.py" line="+39"/>
        <source> (+%1)</source>
        <comment>days after the first day</comment>
        <translation> (+%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/gui/plan_editor/editor.py" line="+60"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant question</source>
        <translation>Frage an die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderator script</source>
        <translation>Moderationsskript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned minutes</source>
        <translation>geplante Minuten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Add phase</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a phase after the selected one (Insert)</source>
        <translation>Eine Phase nach der ausgewählten einfügen (Einfg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add phase…</source>
        <translation>Phase hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move phase up</source>
        <translation>Phase nach oben schieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move phase down</source>
        <translation>Phase nach unten schieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Phases</source>
        <translation>&amp;Phasen</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Add phase “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove phase “%1”</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move phase “%1”</source>
        <translation>Phase „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change kind of “%1” to %2</source>
        <translation>Art von „%1“ in %2 ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change settings of “%1”</source>
        <translation>Einstellungen von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/presenter_window.py" line="+38"/>
        <source>Projector – %1</source>
        <translation>Beamer – %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Blank the projector</source>
        <translation>Beamer schwarz schalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous phase</source>
        <translation>Vorherige Phase</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../src/werkstatt/protocol/printables/open_space.py" line="+149"/>
        <location line="+25"/>
        <source>Agenda</source>
        <extracomment>Spaces side by side on one agenda page; a wider wall continues on the next page. the size all cells share at least (see _agenda_page)</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agenda wall has no time slots or spaces yet.</source>
        <translation>Die Agenda-Wand hat noch keine Zeitfenster und Räume.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+22"/>
        <source>Session report</source>
        <translation>Session-Bericht</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No session is on the agenda wall yet.</source>
        <translation>An der Agenda-Wand hängt noch keine Session.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Convener</source>
        <translation>Einberufer:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Participants (number or names)</source>
        <translation>Teilnehmende (Anzahl oder Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps and recommendations</source>
        <translation>Nächste Schritte und Empfehlungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please hand in the completed report at the news wall.</source>
        <translation>Bitte geben Sie den ausgefüllten Bericht an der Nachrichtenwand ab.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/printables/world_cafe.py" line="+236"/>
        <source>Route cards</source>
        <extracomment>Printers leave the page&apos;s edge white; the cards are cut inside this margin.</extracomment>
        <translation>Laufkarten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No. {badge}</source>
        <translation>Nr. {badge}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Host of table {number}</source>
        <translation>Gastgeber:in von Tisch {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round {round}: –</source>
        <translation>Runde {round}: –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round {round}: Table {table}</source>
        <translation>Runde {round}: Tisch {table}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Table cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Table {number}</source>
        <translation>Tisch {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host: {name}</source>
        <translation>Gastgeber:in: {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/werkstatt/protocol/printables/world_cafe_plan.py" line="+110"/>
        <source>Round {round}</source>
        <translation>Runde {round}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seats: {badges}</source>
        <translation>Nummern: {badges}</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/printables/world_cafe_plan.py" line="-67"/>
        <source>Seating plan</source>
        <translation>Sitzplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By person</source>
        <translation>Nach Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By table</source>
        <translation>Nach Tisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>* the table&apos;s host</source>
        <translation>* Gastgeber:in des Tisches</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{participants} participants, {tables} tables, {rounds} rounds; each person meets {average} new people on average</source>
        <translation>Teilnehmende: {participants}, Tische: {tables}, Runden: {rounds}; jede Person trifft im Durchschnitt {average} neue Personen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Nummern</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/marketplace.py" line="+49"/>
        <source>Title</source>
        <extracomment>proposal id, field name, new text a drag of a proposal: started (id), moved (global position), let go</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Convener</source>
        <translation>Einberufer:in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../../src/werkstatt/protocol/builder.py" line="+111"/>
        <location line="+18"/>
        <location filename="../../src/werkstatt/protocol/front_matter.py" line="+46"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/front_matter.py" line="-13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/werkstatt/protocol/sections/agenda.py" line="+81"/>
        <source>Time</source>
        <extracomment>A wall with more spaces than slots is printed with the slots as columns, at most this many side by side.</extracomment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/builder.py" line="-37"/>
        <source>Created on {date} at {time} with {app} {version}</source>
        <translation>Erstellt am {date} um {time}&#xa0;Uhr mit {app} {version}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>held {span}</source>
        <translation>durchgeführt {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned {span}</source>
        <translation>geplant {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned {minutes} min</source>
        <translation>geplant {minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title} – skipped</source>
        <translation>{title} – ausgelassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown to the participants</source>
        <translation>Text für die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question to the participants</source>
        <translation>Frage an die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the moderation</source>
        <translation>Hinweise für die Moderation</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/cards.py" line="+18"/>
        <source>Cards ({count})</source>
        <translation>Karten ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cards were written.</source>
        <translation>Es wurden keine Karten geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/feedback.py" line="+51"/>
        <source>No feedback was recorded.</source>
        <translation>Im Blitzlicht wurde nichts festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/common.py" line="+26"/>
        <source>from the criticism: {origin}</source>
        <translation>aus der Kritik: {origin}</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/feedback.py" line="-25"/>
        <source>Mean {mean} on a scale from 1 to {points} (ratings: {count})</source>
        <translation>Mittelwert {mean} auf einer Skala von 1 bis {points} (Bewertungen: {count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mood</source>
        <translation>Stimmungsbild</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/front_matter.py" line="+17"/>
        <location line="+43"/>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan of this workshop has no phases.</source>
        <translation>Der Ablauf dieser Veranstaltung enthält keine Phasen.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/implementation.py" line="+44"/>
        <location line="+58"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Allies</source>
        <translation>Verbündete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No idea was checked.</source>
        <translation>Es wurde keine Idee geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reality check ({count})</source>
        <translation>Realitätscheck ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from: {source}</source>
        <translation>Herkunft: {source}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No actions were agreed.</source>
        <translation>Es wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/front_matter.py" line="+5"/>
        <location filename="../../src/werkstatt/protocol/sections/implementation.py" line="+2"/>
        <location filename="../../src/werkstatt/protocol/sections/rounds.py" line="+151"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/implementation.py" line="+1"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action plan ({count})</source>
        <translation>Maßnahmenplan ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The names of the people responsible are left out of this protocol.</source>
        <translation>Die Namen der Verantwortlichen sind in diesem Protokoll nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/front_matter.py" line="-19"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Whole workshop</source>
        <translation>Gesamte Veranstaltung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times are local times. Difference: minutes by which a phase ended later (+) or earlier (−) than planned.</source>
        <translation>Alle Zeiten in Ortszeit. Abweichung: Minuten, um die eine Phase später (+) oder früher (−) als geplant endete.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/texts.py" line="+59"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weekday}, {day} {month} {year}</source>
        <translation>{weekday}, {day}.&#xa0;{month} {year}</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/board.py" line="+36"/>
        <source>{count} dots</source>
        <translation>Punkte: {count}</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/common.py" line="+27"/>
        <source>{count} cards</source>
        <translation>Karten: {count}</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/board.py" line="+29"/>
        <source>No cards were sorted.</source>
        <translation>Es wurden keine Karten sortiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clusters ({count}), ranked by the dot vote</source>
        <translation>Cluster ({count}), geordnet nach dem Ergebnis der Punktabfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters ({count})</source>
        <translation>Cluster ({count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No cards in this cluster.</source>
        <translation>Keine Karten in diesem Cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sorted</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No statements were reformulated.</source>
        <translation>Es wurden keine Aussagen umformuliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive statement</source>
        <translation>Zukunftsbild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statements ({count})</source>
        <translation>Umformulierungen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/linked_phases.py" line="+60"/>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Dringlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/werkstatt/protocol/sections/vote.py" line="+55"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/photos.py" line="+49"/>
        <source>The photo {filename} could not be read.</source>
        <extracomment>A camera JPEG is decoded at 1/2, 1/4 or 1/8 of its size, whichever gives PRINT_DPI; the next smaller scale is taken while it still gives this, which for a 12-megapixel landscape photo means decoding a quarter of the pixels (and 170 dpi on paper). Decoding and scaling a photo costs about as much as laying out a page of cards.</extracomment>
        <translation>Das Foto {filename} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos ({count})</source>
        <translation>Fotos ({count})</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/vote.py" line="-7"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results with the same number of dots share a rank.</source>
        <translation>Ergebnisse mit gleicher Punktzahl teilen sich einen Rang.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chart shows the first {shown} of {count} results with dots.</source>
        <translation>Das Diagramm zeigt die ersten {shown} von {count} Ergebnissen mit Punkten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dots cast: {cast} of {expected} ({people} people with {dots} dots each)</source>
        <translation>Abgegebene Punkte: {cast} von {expected} ({people} Personen mit je {dots} Punkten)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There was nothing to vote on.</source>
        <translation>Es gab nichts, worüber abgestimmt werden konnte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dots were cast.</source>
        <translation>Es wurden keine Punkte vergeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/agenda.py" line="+5"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Breaks: {breaks}</source>
        <translation>Pausen: {breaks}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposals not on the agenda ({count})</source>
        <translation>Nicht in die Agenda aufgenommene Anliegen ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged proposals ({count})</source>
        <translation>Zusammengelegte Anliegen ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{proposal} → merged into “{session}”</source>
        <translation>{proposal} → zusammengelegt mit „{session}“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sessions were proposed.</source>
        <translation>Es wurden keine Sessions vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda ({count} sessions)</source>
        <translation>Agenda (Sessions: {count})</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/reports.py" line="+97"/>
        <source>not on the agenda</source>
        <translation>nicht auf der Agenda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>convened by {convener}</source>
        <translation>einberufen von {convener}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} participants</source>
        <translation>Teilnehmende: {count}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Participants: {names}</source>
        <translation>Teilnehmende: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/werkstatt/protocol/sections/rounds.py" line="+41"/>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps and recommendations</source>
        <translation>Nächste Schritte und Empfehlungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report is empty.</source>
        <translation>Der Bericht ist leer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No session reports were recorded.</source>
        <translation>Es wurden keine Session-Berichte erfasst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} (withdrawn from the agenda)</source>
        <translation>{title} (von der Agenda zurückgezogen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session no longer on the agenda</source>
        <translation>Eine Session, die nicht mehr auf der Agenda steht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No report received.</source>
        <translation>Kein Bericht eingegangen.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/sections/rounds.py" line="-132"/>
        <source>Table {number}</source>
        <translation>Tisch {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host of table {number}</source>
        <translation>Gastgeber:in von Tisch {number}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{participants} participants at {tables} tables, {rounds} rounds of {minutes} min</source>
        <translation>Teilnehmende: {participants}, Tische: {tables}, Runden: {rounds} zu je {minutes} Min.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One question for all rounds: {question}</source>
        <translation>Eine Frage für alle Runden: {question}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+39"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host</source>
        <translation>Gastgeber:in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables ({count})</source>
        <translation>Tische ({count})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key points were noted at the tables.</source>
        <translation>An den Tischen wurden keine Kernpunkte festgehalten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New people met per person (average)</source>
        <translation>Neue Begegnungen pro Person (Durchschnitt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs who met more than once</source>
        <translation>Paare, die sich mehrfach begegnet sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated encounters</source>
        <translation>Wiederholte Begegnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seating plan</source>
        <translation>Sitzplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the seating plan achieved</source>
        <translation>Was der Sitzplan erreicht hat</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <location filename="../../src/werkstatt/gui/export.py" line="+99"/>
        <source>Save the protocol as a Word document</source>
        <translation>Protokoll als Word-Dokument speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the protocol as PDF</source>
        <translation>Protokoll als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The protocol is saved in {path}. No program to open Word documents could be started; open the file from there.</source>
        <translation>Das Protokoll ist unter {path} gespeichert. Es ließ sich kein Programm zum Öffnen von Word-Dokumenten starten; öffnen Sie die Datei bitte von dort aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The protocol is saved in {path}. No program to show PDF files could be started; open the file from there.</source>
        <translation>Das Protokoll ist unter {path} gespeichert. Es ließ sich kein Programm zum Anzeigen von PDF-Dateien starten; öffnen Sie die Datei bitte von dort aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the protocol to {name} …</source>
        <translation>Das Protokoll wird als „{name}“ gespeichert&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>ProtocolPreview</name>
    <message>
        <location filename="../../src/werkstatt/gui/protocol_preview.py" line="+180"/>
        <source>Preview of the protocol</source>
        <translation>Vorschau des Protokolls</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Preview of the first pages: only the first %n ticked phase(s) are shown here; the exported protocol has all of them.</source>
        <translation>Vorschau der ersten Seiten: Hier sind nur die ersten %n angekreuzten Phasen zu sehen; das exportierte Protokoll enthält alle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+101"/>
        <source>Preview of the first pages.</source>
        <translation>Vorschau der ersten Seiten.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>The Word document has the same content; Word lays out its pages itself.</source>
        <translation>Das Word-Dokument hat denselben Inhalt; die Seitenaufteilung übernimmt Word selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the preview …</source>
        <translation>Die Vorschau wird vorbereitet&#xa0;…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The preview could not be shown.</source>
        <translation>Die Vorschau konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>RealityCheck</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reality_check.py" line="-137"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allies</source>
        <translation>Verbündete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What does it need: money, rooms, time, know-how?</source>
        <translation>Was wird gebraucht: Geld, Räume, Zeit, Know-how?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who would help: groups, offices, people?</source>
        <translation>Wer würde helfen: Gruppen, Ämter, Personen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stands in the way?</source>
        <translation>Was steht im Weg?</translation>
    </message>
</context>
<context>
    <name>RealityCheckPresenter</name>
    <message>
        <location line="+319"/>
        <source>The top ideas appear here with what they need, who helps, what hinders.</source>
        <translation>Die bestplatzierten Ideen erscheinen hier: was sie brauchen, wer hilft, was hindert.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+42"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>+ %n more idea(s)</source>
        <translation>
            <numerusform>+ %n weitere Idee</numerusform>
            <numerusform>+ %n weitere Ideen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RealityCheckWidget</name>
    <message>
        <location line="-266"/>
        <source>No top results yet: vote first, or check an idea of your own below.</source>
        <translation>Noch keine Spitzenergebnisse: Führen Sie zuerst die Punktabfrage durch oder prüfen Sie unten eine eigene Idee.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another idea to check: type it and press Enter</source>
        <translation>Weitere Idee prüfen: eintippen und Enter drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Another idea</source>
        <translation>Weitere Idee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tab goes to the next field and keeps what was typed · Ctrl+Enter keeps it too · Ctrl+Shift+Del removes an idea of your own · * Allies: personal data, names only with consent · Ctrl+Z undoes</source>
        <translation>Tab springt zum nächsten Feld und übernimmt die Eingabe · Strg+Enter übernimmt ebenfalls · Strg+Umschalt+Entf entfernt eine eigene Idee · * Verbündete: personenbezogene Daten, Namen nur mit Einverständnis · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+6"/>
        <location line="+11"/>
        <source>Check “%1”</source>
        <translation>„%1“ prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Reformulate</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reformulate.py" line="+128"/>
        <source>Turn “%1” positive</source>
        <extracomment>What a statement is the statement of: (&quot;cluster&quot;, id), (&quot;card&quot;, id) or, for cards of older data without ids, (&quot;text&quot;, the criticism&apos;s wording).</extracomment>
        <translation>„%1“ positiv umformulieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the statement for “%1”</source>
        <translation>Zukunftsbild zu „%1“ ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the statement for “%1”</source>
        <translation>Zukunftsbild zu „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>ReformulatePresenter</name>
    <message>
        <location line="+294"/>
        <source>The top criticisms appear here once the dots are counted.</source>
        <extracomment>the statements&apos; size now; the pairs shown (indexes into ``pairs``)</extracomment>
        <translation>Die Kritikpunkte mit den meisten Punkten erscheinen hier, sobald ausgezählt ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>+ %n more criticism(s)</source>
        <translation>
            <numerusform>+ %n weiterer Kritikpunkt</numerusform>
            <numerusform>+ %n weitere Kritikpunkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReformulateWidget</name>
    <message>
        <location line="-247"/>
        <source>Turn each criticism into a positive statement: how should it be instead?</source>
        <translation>Formulieren Sie jede Kritik als Zukunftsbild: Wie soll es stattdessen sein?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter takes the statement over and goes to the next · Ctrl+Z undoes</source>
        <translation>Enter übernimmt das Zukunftsbild und springt zur nächsten Kritik · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The dot voting has no dots yet. Count the dots first; the top criticisms then appear here.</source>
        <translation>Die Punktabfrage hat noch keine Punkte. Zählen Sie zuerst die Punkte aus; dann erscheinen hier die Kritikpunkte mit den meisten Punkten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No card collection follows this phase: add one to the plan (the Phantasiephase) to take the statements to.</source>
        <translation>Auf diese Phase folgt keine Kartenabfrage: Fügen Sie im Plan eine hinzu (die Phantasiephase), in die die Zukunftsbilder übernommen werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Positive statement</source>
        <translation>Zukunftsbild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reports/form.py" line="+162"/>
        <source>Personal data: names only with the person&apos;s consent</source>
        <translation>Personenbezogene Daten: Namen nur mit Einverständnis der Person</translation>
    </message>
</context>
<context>
    <name>ReportsWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reports/moderator.py" line="+111"/>
        <source>Only missing reports</source>
        <translation>Nur fehlende Berichte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sessions yet: place the proposals on the agenda wall first; their reports are typed here.</source>
        <translation>Noch keine Sessions: Platzieren Sie zuerst die Anliegen an der Agenda-Wand; ihre Berichte werden dann hier eingetragen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show on projector</source>
        <translation>Am Beamer zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this report on the news wall; press again to let the reports take turns (%1)</source>
        <translation>Diesen Bericht auf der Nachrichtenwand festhalten; erneut drücken, damit die Berichte wieder wechseln (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next report on the news wall every</source>
        <translation>Nächster Bericht auf der Nachrichtenwand alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> Sek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds per report on the news wall</source>
        <translation>Sekunden pro Bericht auf der Nachrichtenwand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tab goes to the next field and keeps what was typed · Ctrl+Enter keeps it too · Ctrl+Down / Ctrl+Up: next / previous session · Ctrl+Shift+P shows the report on the projector · Ctrl+Z undoes · Photos of a session&apos;s flip chart: add them in the photo strip with the session&apos;s title as caption</source>
        <translation>Tab springt zum nächsten Feld und übernimmt die Eingabe · Strg+Enter übernimmt ebenfalls · Strg+↓ / Strg+↑: nächste / vorherige Session · Strg+Umschalt+P zeigt den Bericht am Beamer · Strg+Z macht rückgängig · Fotos vom Flipchart einer Session: in der Fotoleiste hinzufügen, mit dem Titel der Session als Bildunterschrift</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Report in</source>
        <translation>Bericht eingegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report missing</source>
        <translation>Bericht fehlt</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n of %1 report(s) still missing</source>
        <translation>
            <numerusform>%n von %1 Berichten fehlt noch</numerusform>
            <numerusform>%n von %1 Berichten fehlen noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n report(s) are in</source>
        <translation>
            <numerusform>%n von %n Bericht eingegangen</numerusform>
            <numerusform>Alle %n Berichte sind eingegangen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session selected</source>
        <translation>Keine Session ausgewählt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove the report on “%1”</source>
        <translation>Bericht zu „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on “%1”</source>
        <translation>Bericht zu „%1“</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/rounds/labels.py" line="+21"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host of table %1</source>
        <translation>Gastgeber:in an Tisch %1</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/rounds/printing.py" line="+77"/>
        <source>Save the printable as PDF</source>
        <translation>Druckvorlage als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The printable is saved in {path}. No program to show PDF files could be started; open the file from there.</source>
        <translation>Die Druckvorlage ist unter {path} gespeichert. Es ließ sich kein Programm zum Anzeigen von PDF-Dateien starten; öffnen Sie die Datei bitte von dort aus.</translation>
    </message>
</context>
<context>
    <name>RoundsPresenter</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/rounds/presenter.py" line="+120"/>
        <location line="+48"/>
        <source>Please change tables now</source>
        <translation>Bitte wechseln Sie jetzt die Tische</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Round %1: find your badge number and your table.</source>
        <translation>Runde %1: Suchen Sie Ihre Nummer und Ihren Tisch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thank you for the conversations!</source>
        <translation>Vielen Dank für die Gespräche!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round %1 of %2: time is up – please come to an end</source>
        <translation>Runde %1 von %2: Die Zeit ist um – bitte kommen Sie zum Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your question is on your table card.</source>
        <translation>Ihre Frage steht auf Ihrer Tischkarte.</translation>
    </message>
</context>
<context>
    <name>RoundsWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/rounds/__init__.py" line="+38"/>
        <source>Set-up &amp;&amp; seating plan</source>
        <translation>Vorbereitung &amp;&amp; Sitzplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds &amp;&amp; notes</source>
        <translation>Runden &amp;&amp; Notizen</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/run_page.py" line="+92"/>
        <source>Question for the participants</source>
        <extracomment>The script box&apos;s first height, in lines of text (the handle makes it taller). ... for kinds whose working area needs the room (a board, a wall, a table to fill): on a 1366×768 laptop six lines of script left a pinboard 20 px. the moderator sized the script box (dragged, or restored from last time): the kinds&apos; default heights no longer apply</extracomment>
        <translation>Frage an die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your script – only on this screen</source>
        <translation>Ihr Moderationsskript – nur auf diesem Bildschirm</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous phase</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip this phase</source>
        <translation>Diese Phase überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Start the workshop</source>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Finish the workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Reopen the workshop</source>
        <translation>Workshop wieder aufnehmen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Start / pause the timer</source>
        <translation>Timer starten / pausieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Break of %1 min</source>
        <translation>%1&#xa0;Min. Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a break here</source>
        <translation>Hier eine Pause einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip phase</source>
        <translation>Phase überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a break</source>
        <translation>Pause einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The workshop has not started yet. “Start the workshop” records the start time and opens the first phase; the projector (F5) shows its title and question.</source>
        <translation>Der Workshop hat noch nicht begonnen. „Workshop starten“ hält den Beginn fest und öffnet die erste Phase; der Beamer (F5) zeigt ihren Titel und ihre Frage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break. The projector shows the title and, once started, the timer.</source>
        <translation>Pause. Der Beamer zeigt den Titel, nach dem Start auch den Timer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No working area for this kind of phase (%1): the projector shows its title and question.</source>
        <translation>Für diese Phasenart (%1) gibt es keinen Arbeitsbereich: Der Beamer zeigt Titel und Frage der Phase.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This workshop has no phases.</source>
        <translation>Dieser Workshop hat keine Phasen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase %1 of %2 · %3</source>
        <translation>Phase %1 von %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workshop is finished</source>
        <translation>der Workshop ist beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started yet</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no question for the participants)</source>
        <translation>(keine Frage an die Teilnehmenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no script for this phase)</source>
        <translation>(kein Moderationsskript für diese Phase)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Finish the workshop now? The current phase ends at this moment.</source>
        <translation>Den Workshop jetzt beenden? Die laufende Phase endet in diesem Moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen the finished workshop? Its last phase runs on and its recorded end is cleared.</source>
        <translation>Den beendeten Workshop wieder aufnehmen? Seine letzte Phase läuft weiter, das festgehaltene Ende wird gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/session.py" line="+341"/>
        <source>Change the duration of “%1” to %2 min</source>
        <translation>Dauer von „%1“ auf %2&#xa0;Min. ändern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a break of %1 min</source>
        <translation>Pause von %1&#xa0;Min. einfügen</translation>
    </message>
</context>
<context>
    <name>RunSheetPanel</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/run_sheet_panel.py" line="-37"/>
        <source>No start time: the run sheet has no clock times.</source>
        <extracomment>Below this width (a laptop&apos;s right-hand column) the planned times and the duration editors give way to the phases&apos; titles: the planned times stay in each line&apos;s tooltip, the durations are changed from the context menu.</extracomment>
        <translation>Keine Anfangszeit: Der Ablaufplan hat keine Uhrzeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%2 min behind: the end moves to %1</source>
        <translation>%2&#xa0;Min. im Verzug: Das Ende verschiebt sich auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 min ahead: the end moves to %1</source>
        <translation>%2&#xa0;Min. voraus: Das Ende rückt vor auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time: the end stays at %1</source>
        <translation>Im Zeitplan: Das Ende bleibt bei %1&#xa0;Uhr</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual / expected</source>
        <translation>Ist / erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+210"/>
        <source>Go to this phase</source>
        <translation>Zu dieser Phase wechseln</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+206"/>
        <source>5 minutes longer</source>
        <translation>5 Minuten länger</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+207"/>
        <source>5 minutes shorter</source>
        <translation>5 Minuten kürzer</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Double-click a phase to go there. −5 / +5 change phases still to come.</source>
        <translation>Doppelklick auf eine Phase wechselt dorthin. −5 / +5 ändern die Dauer der kommenden Phasen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 min</source>
        <translation>%1&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Double-click a phase to go there; + and − or a right-click change the duration of the chosen phase if it is still to come.</source>
        <translation>Doppelklick auf eine Phase wechselt dorthin; + und − oder ein Rechtsklick ändern die Dauer der gewählten Phase, wenn sie noch kommt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Leave this phase out</source>
        <translation>Diese Phase auslassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take this phase back in</source>
        <translation>Diese Phase wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>RunSheetView</name>
    <message>
        <location filename="../../src/werkstatt/gui/plan_editor/runsheet_view.py" line="+28"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Total %1. The workshop has no start time yet, so the phases have no clock times.</source>
        <translation>Insgesamt %1. Der Workshop hat noch keine Anfangszeit, daher haben die Phasen keine Uhrzeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start %1 · total %2 · planned end %3</source>
        <translation>Beginn %1 · insgesamt %2 · geplantes Ende %3</translation>
    </message>
</context>
<context>
    <name>SessionReports</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reports/form.py" line="-130"/>
        <source>Participants (names) *</source>
        <translation>Teilnehmende (Namen) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations and next steps</source>
        <translation>Empfehlungen und nächste Schritte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who took part – personal data: names only with consent</source>
        <translation>Wer teilgenommen hat – personenbezogene Daten: Namen nur mit Einverständnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was discussed: the main points</source>
        <translation>Worüber gesprochen wurde: die wichtigsten Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the session agreed on or found out</source>
        <translation>Was die Session vereinbart oder herausgefunden hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should happen next, who wants to carry it on</source>
        <translation>Was als Nächstes geschehen soll, wer es weiterführen möchte</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/reports/moderator.py" line="-252"/>
        <source>Convener: %1</source>
        <translation>Einberufer:in: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No convener named</source>
        <translation>Einberufer:in nicht angegeben</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../src/werkstatt/gui/plan_editor/settings_form.py" line="+73"/>
        <source>This kind of phase has no settings.</source>
        <translation>Diese Phasenart hat keine Einstellungen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Automatic: %1. %2</source>
        <translation>Automatisch: %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic: none found before this phase</source>
        <translation>Automatisch: keine vor dieser Phase gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(removed phase: %1)</source>
        <translation>(entfernte Phase: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown value: %1)</source>
        <translation>(unbekannter Wert: %1)</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/rounds/setup_panel.py" line="+111"/>
        <source>Everyone, hosts included; badges 1 … N.</source>
        <extracomment>the command&apos;s text, the set-up the search started from, the re-plan&apos;s participants, and what the search was made for (see _basis) the last printable being written (tests await it)</extracomment>
        <translation>Alle Personen, einschließlich Gastgebende; Nummern 1 … N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tables:</source>
        <translation>T&amp;ische:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;hosts stay at their table</source>
        <translation>&amp;Gastgebende bleiben an ihrem Tisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change whether hosts stay</source>
        <translation>Ändern, ob Gastgebende am Tisch bleiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Names or pseudonyms by badge, one per line (optional, personal data):</source>
        <translation>&amp;Namen oder Pseudonyme nach Nummer, einer pro Zeile (optional, personenbezogene Daten):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without names the badges 1 … N are used.</source>
        <translation>Ohne Namen werden die Nummern 1 … N verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table names and hosts (a host from the names list; personal data):</source>
        <translation>Tischnamen und Gastgebende (Gastgeber:in aus der Namensliste; personenbezogene Daten):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Gastgeber:in</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Create seating plan</source>
        <translation>Sitzplan &amp;erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll a&amp;gain</source>
        <translation>Neu &amp;würfeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another plan for the same numbers</source>
        <translation>Ein anderer Plan mit denselben Zahlen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arrived late / did not come</source>
        <translation>Später gekommen / nicht erschienen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From &amp;round:</source>
        <translation>Ab R&amp;unde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 4, 17, 23</source>
        <translation>z.&#xa0;B. 4, 17, 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Absent badges:</source>
        <translation>&amp;Abwesende (Nummern):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 31, 32</source>
        <translation>z.&#xa0;B. 31, 32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Late arrivals (badges):</source>
        <translation>&amp;Später Gekommene (Nummern):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-&amp;plan the remaining rounds</source>
        <translation>Restliche Runden neu &amp;planen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printables (PDF, A4)</source>
        <translation>Druckvorlagen (PDF, A4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;names</source>
        <translation>Namen &amp;drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route cards (4 per page)</source>
        <translation>Laufkarten (4 pro Seite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route cards (8 per page)</source>
        <translation>Laufkarten (8 pro Seite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole plan</source>
        <translation>Gesamter Sitzplan</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Empty: the table&apos;s number</source>
        <translation>Leer: die Nummer des Tisches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: “Host of table n”</source>
        <translation>Leer: „Gastgeber:in an Tisch n“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One question for all rounds:</source>
        <translation>Eine Frage für alle Runden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A question per table:</source>
        <translation>Eine Frage pro Tisch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A question per round:</source>
        <translation>Eine Frage pro Runde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No question yet: write it in the plan.</source>
        <translation>Noch keine Frage: Schreiben Sie sie in den Plan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 to %2 people per table: World Café conversations work best with 4 to 6.</source>
        <translation>%1 bis %2 Personen pro Tisch: World-Café-Gespräche gelingen am besten mit 4 bis 6.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the seating plan first.</source>
        <translation>Erstellen Sie zuerst den Sitzplan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No seating plan yet: “Create seating plan” makes one in a few seconds.</source>
        <translation>Noch kein Sitzplan: „Sitzplan erstellen“ legt in wenigen Sekunden einen an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody meets anyone twice.</source>
        <translation>Niemand trifft jemanden zweimal.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pair(s) meet more than once.</source>
        <translation>
            <numerusform>%n Paar trifft sich mehr als einmal.</numerusform>
            <numerusform>%n Paare treffen sich mehr als einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On average everyone meets %1 other people.</source>
        <translation>Im Durchschnitt trifft jede Person %1 andere Personen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>★ host, stays at the table.</source>
        <translation>★ Gastgeber:in, bleibt am Tisch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the participants to %1</source>
        <translation>Teilnehmende auf %1 ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the tables to %1</source>
        <translation>Tische auf %1 ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the rounds to %1</source>
        <translation>Runden auf %1 ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the names</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change the tables’ names and hosts</source>
        <translation>Tischnamen und Gastgebende ändern</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Roll the seating plan again</source>
        <translation>Sitzplan neu würfeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the seating plan</source>
        <translation>Sitzplan erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please write badge numbers separated by commas, e.g. 4, 17, 23.</source>
        <translation>Bitte geben Sie die Nummern durch Kommas getrennt ein, z.&#xa0;B. 4, 17, 23.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-plan from round %1</source>
        <translation>Ab Runde %1 neu planen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The set-up changed while the seating plan was being made; the plan was not stored. Please create it again.</source>
        <translation>Die Vorbereitung wurde geändert, während der Sitzplan erstellt wurde; der Plan wurde nicht gespeichert. Bitte erstellen Sie ihn noch einmal.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/vote/tally_table.py" line="+133"/>
        <source>Rank</source>
        <extracomment>target id, criterion, dots: the moderator edited a cell with the spin box</extracomment>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>Karte / Cluster</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Shares this rank with another item</source>
        <translation>Gleichstand: teilt sich diesen Rang mit einem anderen Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More dots than the people voting can give one item</source>
        <translation>Mehr Punkte, als die Abstimmenden einem Eintrag geben können</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/timer_widget.py" line="+55"/>
        <location line="+79"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>+1 min</source>
        <translation>+1&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute for this phase</source>
        <translation>Eine Minute mehr für diese Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+5 min</source>
        <translation>+5&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five more minutes for this phase</source>
        <translation>Fünf Minuten mehr für diese Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the phase&apos;s planned time, paused</source>
        <translation>Zurück auf die geplante Zeit der Phase, pausiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Space: start / pause</source>
        <translation>Leertaste: Start / Pause</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+22"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Gong on</source>
        <translation>Gong an</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Time is up – overtime</source>
        <translation>Zeit abgelaufen – Überziehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gong muted</source>
        <translation>Gong aus</translation>
    </message>
</context>
<context>
    <name>TopResults</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/top_results.py" line="+32"/>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n dots</source>
        <translation>%n Punkte</translation>
    </message>
</context>
<context>
    <name>TypeAheadBox</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/board/type_ahead.py" line="+51"/>
        <source>Cluster name</source>
        <translation>Name des Clusters</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>File %n selected card(s) in:</source>
        <translation>
            <numerusform>%n ausgewählte Karte einordnen in:</numerusform>
            <numerusform>%n ausgewählte Karten einordnen in:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New cluster “%1”</source>
        <translation>Neuer Cluster „%1“</translation>
    </message>
</context>
<context>
    <name>VoteCriteria</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/vote/criteria.py" line="+19"/>
        <source>important</source>
        <translation>wichtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent</source>
        <translation>dringlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>VotePresenter</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/vote/presenter.py" line="+65"/>
        <source>The dots are being counted …</source>
        <translation>Die Punkte werden ausgezählt&#xa0;…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to vote on yet</source>
        <translation>Noch nichts zur Abstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dots counted yet</source>
        <translation>Noch keine Punkte ausgezählt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>VoteWidget</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/vote/moderator.py" line="+122"/>
        <source>&amp;People voting:</source>
        <translation>&amp;Abstimmende:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a number, the tally compares the dots cast with the dots handed out.</source>
        <translation>Mit einer Zahl vergleicht die Auszählung die abgegebenen mit den ausgeteilten Punkten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the result on the projector, or hide it again (Ctrl+R)</source>
        <translation>Ergebnis am Beamer zeigen oder wieder ausblenden (Strg+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Digits type the dots · + / − add or take one · ↑/↓ or Enter: next item · Backspace takes back a digit · Ctrl+R shows the result · Ctrl+Z undoes</source>
        <translation>Ziffern geben die Punkte ein · + / − zählt einen dazu oder ab · ↑/↓ oder Enter: nächster Eintrag · Rücktaste nimmt eine Ziffer zurück · Strg+R zeigt das Ergebnis · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hide the result</source>
        <translation>Ergebnis ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the result</source>
        <translation>Ergebnis zeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is nothing to vote on: no clustering or card collection comes before this phase. Add one in the plan, or choose one in this phase&apos;s settings.</source>
        <translation>Es gibt nichts abzustimmen: Vor dieser Phase liegt weder eine Clusterung noch eine Kartenabfrage. Fügen Sie im Plan eine hinzu oder wählen Sie eine in den Einstellungen dieser Phase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has no clusters yet. Sort the cards into clusters there first; then the dots on each cluster are counted here.</source>
        <translation>„%1“ hat noch keine Cluster. Sortieren Sie dort zuerst die Karten in Cluster; dann werden hier die Punkte auf jedem Cluster ausgezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has no cards yet. Collect the cards there first; then the dots on each card are counted here.</source>
        <translation>„%1“ hat noch keine Karten. Sammeln Sie dort zuerst die Karten; dann werden hier die Punkte auf jeder Karte ausgezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dots on the session reports of “%1” cannot be counted yet. Choose a clustering or card collection in this phase&apos;s settings.</source>
        <translation>Punkte auf den Session-Berichten von „%1“ lassen sich noch nicht auszählen. Wählen Sie in den Einstellungen dieser Phase eine Clusterung oder Kartenabfrage.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n dot(s) cast</source>
        <translation>
            <numerusform>%n Punkt vergeben</numerusform>
            <numerusform>%n Punkte vergeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 dots cast · %3 missing</source>
        <translation>%1 von %2 Punkten vergeben · %3 zu wenig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 dots cast · %3 too many</source>
        <translation>%1 von %2 Punkten vergeben · %3 zu viel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 dots cast · complete</source>
        <translation>%1 von %2 Punkten vergeben · vollständig</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n item(s) with more dots than %1 people can give (at most %2 each): please count again.</source>
        <translation>
            <numerusform>%n Eintrag mit mehr Punkten, als %1 Personen vergeben können (je Person höchstens %2): Bitte zählen Sie noch einmal.</numerusform>
            <numerusform>%n Einträge mit mehr Punkten, als %1 Personen vergeben können (je Person höchstens %2): Bitte zählen Sie noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Count the dots of “%1”</source>
        <translation>Punkte für „%1“ zählen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change the number of people voting</source>
        <translation>Zahl der Abstimmenden ändern</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../src/werkstatt/gui/kinds/agenda/wall_view.py" line="+436"/>
        <source>Time slot %1 …</source>
        <extracomment>proposal id, target cell, swap (Shift held) — a drop or Enter proposal id: Del on a selected session the session kept (in the framed cell), the one merged into it a dragged proposal let go outside the wall: id, global position &quot;slot&quot; or &quot;space&quot;, its id, global position (a header&apos;s context menu) the selected proposal changed (None: nothing selected) the keyboard&apos;s way to the headers&apos; menus: the framed cell&apos;s slot and space</extracomment>
        <translation>Zeitfenster %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space “%1” …</source>
        <translation>Raum „%1“ …</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../../src/werkstatt/gui/workshop_details_dialog.py" line="+116"/>
        <source>Save</source>
        <extracomment>The preview of the logo in the dialog, in pixels (about the cover&apos;s 4 × 2.5 cm).</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JPEG, PNG, WebP or GIF image of at most 5 MB, shown top right on the cover</source>
        <translation>Ein JPEG-, PNG-, WebP- oder GIF-Bild von höchstens 5 MB, oben rechts auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the cover without a logo</source>
        <translation>Das Deckblatt ohne Logo drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo for the cover:</source>
        <translation>Logo für das Deckblatt:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a logo for the cover</source>
        <translation>Logo für das Deckblatt wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Details of “%1”</source>
        <translation>Angaben zu „%1“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit details of “%1”</source>
        <translation>Angaben zu „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_details.ui" line="+14"/>
        <source>Workshop details</source>
        <translation>Angaben zum Workshop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The facts of the workshop. The run sheet and the protocol follow what you enter here; you can undo the change with Ctrl+Z.</source>
        <translation>Die Eckdaten des Workshops. Ablaufplan und Protokoll richten sich nach dem, was Sie hier eintragen; mit Strg+Z können Sie die Änderung rückgängig machen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leave unticked while the date is not yet fixed</source>
        <translation>Nicht ankreuzen, solange das Datum noch nicht feststeht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Leave unticked while the start time is not yet fixed</source>
        <translation>Nicht ankreuzen, solange die Anfangszeit noch nicht feststeht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Client:</source>
        <translation>&amp;Auftraggeber:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>M&amp;oderators:</source>
        <translation>Moderat&amp;ion:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;xpected participants:</source>
        <translation>&amp;Erwartete Teilnehmende:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room booking, accessibility, interpreters, catering …</source>
        <translation>Raumbuchung, Barrierefreiheit, Dolmetschen, Verpflegung …</translation>
    </message>
</context>
<context>
    <name>WorkshopFiles</name>
    <message>
        <location filename="../../src/werkstatt/gui/workshop_files.py" line="+53"/>
        <source>Workshop file</source>
        <translation>Workshop-Datei</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the workshop as a file</source>
        <translation>Workshop als Datei exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkstatt workshops (*.werkstatt)</source>
        <translation>Werkstatt-Workshops (*.werkstatt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing {name} …</source>
        <translation>„{name}“ wird gespeichert&#xa0;…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{title}” is saved in {path}. Give this file to a colleague: Werkstatt imports it with all phases, results and photos.</source>
        <translation>„{title}“ ist in {path} gespeichert. Geben Sie diese Datei an eine Kollegin oder einen Kollegen weiter: Werkstatt importiert sie mit allen Phasen, Ergebnissen und Fotos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+10"/>
        <source>Reading {name} …</source>
        <translation>„{name}“ wird gelesen&#xa0;…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The workshop “{title}” is already in this library.

Keep both: the file becomes a second workshop beside it.
Replace: the workshop in the library is removed for good and the file&apos;s takes its place (this cannot be undone).</source>
        <translation>Der Workshop „{title}“ ist bereits in dieser Bibliothek.

Beide behalten: Die Datei wird ein zweiter Workshop daneben.
Ersetzen: Der Workshop in der Bibliothek wird endgültig entfernt und der aus der Datei tritt an seine Stelle (das lässt sich nicht rückgängig machen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../src/werkstatt/gui/workshop_page.py" line="+64"/>
        <source>← Library</source>
        <translation>← Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all workshops (Alt+Left)</source>
        <translation>Zurück zu allen Workshops (Alt+Links)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Details…</source>
        <translation>Angaben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date, start time, place, client, moderators (Ctrl+I)</source>
        <translation>Datum, Beginn, Ort, Auftraggeber, Moderation (Strg+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Switch between plan and run</source>
        <translation>Zwischen Plan und Durchführung wechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+48"/>
        <source>Start the workshop</source>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Open the projector</source>
        <translation>Beamerfenster öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave projector full screen</source>
        <translation>Vollbild am Beamer verlassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close projector</source>
        <translation>Beamer-Fenster schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blank the projector</source>
        <translation>Beamer schwarz schalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Export protocol…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Edit details…</source>
        <translation>Angaben bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan or run the workshop (F6)</source>
        <translation>Workshop planen oder durchführen (F6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the start and open the first phase</source>
        <translation>Den Beginn festhalten und die erste Phase öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the projector window (F5)</source>
        <translation>Beamerfenster zeigen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The protocol as PDF (Ctrl+E)</source>
        <translation>Das Protokoll als PDF (Strg+E)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>at %1</source>
        <translation>um %1 Uhr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <location filename="../../src/werkstatt/gui/workshop_table_model.py" line="+49"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Client: %1</source>
        <translation>Auftraggeber: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderators: %1</source>
        <translation>Moderation: %1</translation>
    </message>
</context>
</TS>
