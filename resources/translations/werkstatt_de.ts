<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/werkstatt/app.py" line="+148"/>
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
        <location line="+14"/>
        <source>write the PDF protocol of a workshop</source>
        <translation>das PDF-Protokoll eines Workshops erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the PDF protocol of a workshop (its ID as `werkstatt list` shows it), in the workshop&apos;s language. Works while the window has the library open.</source>
        <translation>Erstellt das PDF-Protokoll eines Workshops (Nr. wie von „werkstatt list“ angezeigt) in der Sprache des Workshops. Das geht auch, während das Fenster die Bibliothek geöffnet hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WORKSHOP_ID</source>
        <translation>WORKSHOP_NR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workshop&apos;s ID</source>
        <translation>die Nr. des Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF file to write (replaced if it exists)</source>
        <translation>die zu schreibende PDF-Datei (eine vorhandene wird ersetzt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>leave out personal names (card authors, feedback names, moderators, client), e.g. for publishing</source>
        <translation>Personennamen weglassen (Verfasser:innen von Karten, Namen im Blitzlicht, Moderation, Auftraggeber), z.&#xa0;B. zur Veröffentlichung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>include the moderator scripts (for the team, not the public)</source>
        <translation>die Moderationsskripte aufnehmen (für das Team, nicht für die Öffentlichkeit)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Werkstatt window cannot open because Qt could not be loaded ({detail}). On Debian or Ubuntu, bash packaging/werkstatt.sh start installs what is missing. The command line (werkstatt list) works without it.</source>
        <translation>Das Werkstatt-Fenster lässt sich nicht öffnen, weil Qt nicht geladen werden konnte ({detail}). Unter Debian oder Ubuntu installiert „bash packaging/werkstatt.sh start“ das Fehlende. Die Befehlszeile (werkstatt list) funktioniert auch ohne.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/cli.py" line="+79"/>
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
        <location line="+53"/>
        <source>There is no Werkstatt library in {path}, so there is no workshop {id} either. Choose the data folder with --data-dir.</source>
        <translation>In {path} gibt es keine Werkstatt-Bibliothek, also auch keinen Workshop {id}. Wählen Sie den Datenordner mit --data-dir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The protocol of &quot;{title}&quot; is in {path}.</source>
        <translation>Das Protokoll von „{title}“ liegt in {path}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/werkstatt/messages.py" line="+99"/>
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
        <location line="+17"/>
        <source>{what} {key} does not exist (any more).</source>
        <translation>{what} {key} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location line="-132"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-171"/>
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
        <location line="+16"/>
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
        <source>Expected participants</source>
        <translation>Erwartete Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>The language &quot;{language}&quot; (from {origin}) is not available. Choose de (German) or en (English).</source>
        <translation>Die Sprache „{language}“ (aus {origin}) gibt es nicht. Wählen Sie de (Deutsch) oder en (Englisch).</translation>
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
        <location filename="../../src/werkstatt/gui/export_options_dialog.py" line="+95"/>
        <source>Protocol of “%1”</source>
        <translation>Protokoll von „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.ui" line="+14"/>
        <source>Protocol options</source>
        <translation>Einstellungen für das Protokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include &amp;names (card authors, feedback names, moderators, client)</source>
        <translation>&amp;Namen aufnehmen (Verfasser:innen von Karten, Namen im Blitzlicht, Moderation, Auftraggeber)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The protocol is often published or passed on. Include names only when everyone named has agreed.</source>
        <translation>Das Protokoll wird oft veröffentlicht oder weitergegeben. Nehmen Sie Namen nur auf, wenn alle Genannten zugestimmt haben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Include the moderator&apos;s &amp;scripts</source>
        <translation>Moderations&amp;skripte aufnehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scripts are the team&apos;s working notes; a protocol for the public usually leaves them out.</source>
        <translation>Die Skripte sind Arbeitsnotizen des Moderationsteams; ein Protokoll für die Öffentlichkeit lässt sie meist weg.</translation>
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
        <location filename="../../src/werkstatt/gui/library_page.py" line="+84"/>
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
        <location line="+10"/>
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
        <location line="+62"/>
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
        <location line="+26"/>
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
        <location line="-15"/>
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
        <location line="+9"/>
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
        <location filename="../../src/werkstatt/gui/run/run_sheet_panel.py" line="+82"/>
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
        <location filename="../../src/werkstatt/methods/kinds.py" line="+62"/>
        <source>Briefing</source>
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
        <location line="+10"/>
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
        <location filename="../../src/werkstatt/gui/run/presenter_window.py" line="+37"/>
        <source>Projector – %1</source>
        <translation>Beamer – %1</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>Protocol</name>
    <message>
        <location filename="../../src/werkstatt/protocol/cover.py" line="+30"/>
        <location filename="../../src/werkstatt/protocol/pdf.py" line="+84"/>
        <location line="+21"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
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
        <location filename="../../src/werkstatt/protocol/pdf.py" line="-17"/>
        <source>Created on {date} at {time} with {app} {version}</source>
        <translation>Erstellt am {date} um {time}&#xa0;Uhr mit {app} {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/phase_sections.py" line="+54"/>
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
        <location line="+17"/>
        <source>{title} – skipped</source>
        <translation>{title} – ausgelassen</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+10"/>
        <source>Cards ({count})</source>
        <translation>Karten ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cards were written.</source>
        <translation>Es wurden keine Karten geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>No feedback was recorded.</source>
        <translation>Im Blitzlicht wurde nichts festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/results.py" line="+201"/>
        <source>Mean {mean} on a scale from 1 to {points} (ratings: {count})</source>
        <translation>Mittelwert {mean} auf einer Skala von 1 bis {points} (Bewertungen: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mood</source>
        <translation>Stimmungsbild</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../../src/werkstatt/protocol/runsheet_table.py" line="+22"/>
        <location line="+46"/>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan of this workshop has no phases.</source>
        <translation>Der Ablauf dieser Veranstaltung enthält keine Phasen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Whole workshop</source>
        <translation>Gesamte Veranstaltung</translation>
    </message>
    <message>
        <location line="+35"/>
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
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <location filename="../../src/werkstatt/gui/export.py" line="+86"/>
        <source>Save the protocol as PDF</source>
        <translation>Protokoll als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The protocol is saved in {path}. No program to show PDF files could be started; open the file from there.</source>
        <translation>Das Protokoll ist unter {path} gespeichert. Es ließ sich kein Programm zum Anzeigen von PDF-Dateien starten; öffnen Sie die Datei bitte von dort aus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Writing the protocol to {name} …</source>
        <translation>Das Protokoll wird als „{name}“ gespeichert&#xa0;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/werkstatt/gui/run/run_page.py" line="+71"/>
        <source>Question for the participants</source>
        <extracomment>The script box&apos;s first height, in lines of text (the handle makes it taller).</extracomment>
        <translation>Frage an die Teilnehmenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your script – only on this screen</source>
        <translation>Ihr Moderationsskript – nur auf diesem Bildschirm</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location line="+147"/>
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
        <location line="+133"/>
        <source>Go to this phase</source>
        <translation>Zu dieser Phase wechseln</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Double-click a phase to go there. −5 / +5 change phases still to come.</source>
        <translation>Doppelklick auf eine Phase wechselt dorthin. −5 / +5 ändern die Dauer der kommenden Phasen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 min</source>
        <translation>%1&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+49"/>
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
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../../src/werkstatt/gui/workshop_details_dialog.py" line="+78"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Details of “%1”</source>
        <translation>Angaben zu „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
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
