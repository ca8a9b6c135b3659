<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>ActorForm</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>Participation stage</source>
            <translation>Partizipationsstufe</translation>
        </message>
        <message>
            <source>Influence (0–10)</source>
            <translation>Einfluss (0–10)</translation>
        </message>
        <message>
            <source>Attitude to the strategy</source>
            <translation>Haltung zur Strategie</translation>
        </message>
        <message>
            <source>Reached in the process</source>
            <translation>Im Prozess erreicht</translation>
        </message>
        <message>
            <source>Key actor</source>
            <translation>Schlüsselakteur</translation>
        </message>
        <message>
            <source>Dots (priority votes)</source>
            <translation>Punkte (Prioritäten)</translation>
        </message>
        <message>
            <source>Tags (comma-separated)</source>
            <translation>Schlagworte (durch Komma getrennt)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Position (x, y)</source>
            <translation>Position (x, y)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Contact person — personal data</source>
            <translation>Ansprechperson — personenbezogene Daten</translation>
        </message>
        <message>
            <source>Personal data under the GDPR: left out of anonymised exports, erasable everywhere. Store it only with the person's consent.</source>
            <translation>Personenbezogene Daten nach DSGVO: in anonymisierten Exporten weggelassen, überall löschbar. Nur mit Einwilligung der Person speichern.</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— keine —</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <source>Catalogues of this project</source>
            <translation>Kataloge dieses Projekts</translation>
        </message>
        <message>
            <source>Edit catalogues</source>
            <translation>Kataloge bearbeiten</translation>
        </message>
        <message>
            <source>Edit catalogue: {0}</source>
            <translation>Katalog bearbeiten: {0}</translation>
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>Es wurde nichts geändert: {0}</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Label (German)</source>
            <translation>Bezeichnung (Deutsch)</translation>
        </message>
        <message>
            <source>Label (English)</source>
            <translation>Bezeichnung (Englisch)</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Linie</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Verwendet</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
    </context>
    <context>
        <name>ClusterForm</name>
        <message>
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Dots (priority votes)</source>
            <translation>Punkte (Prioritäten)</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Dissolve cluster (the actors stay)</source>
            <translation>Cluster auflösen (die Akteure bleiben)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add actor {0}</source>
            <translation>Akteur {0} hinzufügen</translation>
        </message>
        <message>
            <source>Add actors ({0})</source>
            <translation>Akteure hinzufügen ({0})</translation>
        </message>
        <message>
            <source>Edit actor {0}</source>
            <translation>Akteur {0} bearbeiten</translation>
        </message>
        <message>
            <source>Edit actors ({0})</source>
            <translation>Akteure bearbeiten ({0})</translation>
        </message>
        <message>
            <source>Move actors ({0})</source>
            <translation>Akteure verschieben ({0})</translation>
        </message>
        <message>
            <source>Add tie</source>
            <translation>Beziehung hinzufügen</translation>
        </message>
        <message>
            <source>Add ties ({0})</source>
            <translation>Beziehungen hinzufügen ({0})</translation>
        </message>
        <message>
            <source>Edit tie</source>
            <translation>Beziehung bearbeiten</translation>
        </message>
        <message>
            <source>Delete actors ({0})</source>
            <translation>Akteure löschen ({0})</translation>
        </message>
        <message>
            <source>Delete ties ({0})</source>
            <translation>Beziehungen löschen ({0})</translation>
        </message>
        <message>
            <source>Group as cluster {0}</source>
            <translation>Als Cluster {0} gruppieren</translation>
        </message>
        <message>
            <source>Edit cluster {0}</source>
            <translation>Cluster {0} bearbeiten</translation>
        </message>
        <message>
            <source>Dissolve cluster</source>
            <translation>Cluster auflösen</translation>
        </message>
        <message>
            <source>Edit project info</source>
            <translation>Projektangaben bearbeiten</translation>
        </message>
        <message>
            <source>Edit catalogue</source>
            <translation>Katalog bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Actor: {0}</source>
            <translation>Akteur: {0}</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Cluster: {0}</source>
            <translation>Cluster: {0}</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Kein Projekt geöffnet.</translation>
        </message>
        <message>
            <source>Selected: {0} actors and {1} ties.

Select a single actor or tie to edit it.</source>
            <translation>Ausgewählt: {0} Akteure und {1} Beziehungen.

Wählen Sie einen einzelnen Akteur oder eine einzelne Beziehung, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select an actor, a tie or a cluster heading on the map to see and edit everything about it here.</source>
            <translation>Wählen Sie auf der Karte einen Akteur, eine Beziehung oder die Überschrift eines Clusters: Hier sehen und bearbeiten Sie dann alles dazu.</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation type="vanished">Akteur</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>supportive</source>
            <translation>unterstützend</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritisch</translation>
        </message>
        <message>
            <source>undirected</source>
            <translation>ungerichtet</translation>
        </message>
        <message>
            <source>directed (from → to)</source>
            <translation>gerichtet (von → nach)</translation>
        </message>
        <message>
            <source>mutual</source>
            <translation>wechselseitig</translation>
        </message>
        <message>
            <source>1 – weak</source>
            <translation>1 – schwach</translation>
        </message>
        <message>
            <source>2 – medium</source>
            <translation>2 – mittel</translation>
        </message>
        <message>
            <source>3 – strong</source>
            <translation>3 – stark</translation>
        </message>
        <message>
            <source>Actor categories</source>
            <translation>Akteurskategorien</translation>
        </message>
        <message>
            <source>Tie kinds</source>
            <translation>Beziehungsarten</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>Districts</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <source>Participation stages</source>
            <translation>Partizipationsstufen</translation>
        </message>
        <message>
            <source>solid</source>
            <translation>durchgezogen</translation>
        </message>
        <message>
            <source>dashed</source>
            <translation>gestrichelt</translation>
        </message>
        <message>
            <source>dotted</source>
            <translation>gepunktet</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Actors by category (fill)</source>
            <translation>Akteure nach Kategorie (Füllfarbe)</translation>
        </message>
        <message>
            <source>Ties by kind (line)</source>
            <translation>Beziehungen nach Art (Linie)</translation>
        </message>
        <message>
            <source>Attitude to the strategy (outline)</source>
            <translation>Haltung zur Strategie (Rand)</translation>
        </message>
        <message>
            <source>Size and marks</source>
            <translation>Größe und Zeichen</translation>
        </message>
        <message>
            <source>larger circle: more influence (0–10)</source>
            <translation>größerer Kreis: mehr Einfluss (0–10)</translation>
        </message>
        <message>
            <source>arrow: directed tie; thicker line: stronger tie</source>
            <translation>Pfeil: gerichtete Beziehung; dickere Linie: stärkere Beziehung</translation>
        </message>
    </context>
    <context>
        <name>LegendWidget</name>
        <message>
            <source>No project is open.</source>
            <translation>Kein Projekt geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>An&amp;ordnung</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Project info</source>
            <translation>Projektangaben</translation>
        </message>
        <message>
            <source>Editing</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Layout and view</source>
            <translation>Anordnung und Ansicht</translation>
        </message>
        <message>
            <source>New ties:</source>
            <translation>Neue Beziehungen:</translation>
        </message>
        <message>
            <source>Kind of the next tie you draw (number keys 1–9 choose)</source>
            <translation>Art der nächsten Beziehung, die Sie zeichnen (Zifferntasten 1–9 wählen)</translation>
        </message>
        <message>
            <source>NetMap — who works with whom in our town?

Create a new project (Ctrl+N) or open one (Ctrl+O).</source>
            <translation>NetMap — wer arbeitet in unserer Stadt mit wem?

Legen Sie ein neues Projekt an (Strg+N) oder öffnen Sie eines (Strg+O).</translation>
        </message>
        <message>
            <source>{0} (read-only)</source>
            <translation>{0} (schreibgeschützt)</translation>
        </message>
        <message>
            <source>{0} actors · {1} ties · {2} clusters</source>
            <translation>{0} Akteure · {1} Beziehungen · {2} Cluster</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>schreibgeschützt</translation>
        </message>
        <message>
            <source>Open project read-only</source>
            <translation>Projekt schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>The project could not be created: {0}</source>
            <translation>Das Projekt konnte nicht angelegt werden: {0}</translation>
        </message>
        <message>
            <source>The project could not be opened: {0}</source>
            <translation>Das Projekt konnte nicht geöffnet werden: {0}</translation>
        </message>
        <message>
            <source>The map was updated with changes made elsewhere.</source>
            <translation>Die Karte wurde mit Änderungen von anderer Stelle aktualisiert.</translation>
        </message>
        <message>
            <source>The project cannot be reached at the moment: {0}</source>
            <translation>Das Projekt ist im Moment nicht erreichbar: {0}</translation>
        </message>
        <message>
            <source>Opened read-only: you can look, but not change the map.</source>
            <translation>Schreibgeschützt geöffnet: Sie können die Karte ansehen, aber nicht ändern.</translation>
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>Es wurde nichts geändert: {0}</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
        </message>
        <message>
            <source>&amp;Undo: {0}</source>
            <translation>&amp;Rückgängig: {0}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo: {0}</source>
            <translation>&amp;Wiederholen: {0}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>New ties: {0}</source>
            <translation>Neue Beziehungen: {0}</translation>
        </message>
        <message>
            <source>About NetMap</source>
            <translation>Über NetMap</translation>
        </message>
        <message>
            <source>&lt;h3&gt;NetMap {0}&lt;/h3&gt;&lt;p&gt;Participatory stakeholder network analysis for towns and counties: map who works with whom, see who connects, who is missing and where the network would break.&lt;/p&gt;&lt;p&gt;After the method of the WIR programme's handbook (Hesse).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;NetMap {0}&lt;/h3&gt;&lt;p&gt;Partizipative Netzwerkanalyse für Städte, Gemeinden und Landkreise: Zeigen Sie, wer mit wem zusammenarbeitet, wer verbindet, wer fehlt und wo das Netz reißen würde.&lt;/p&gt;&lt;p&gt;Nach der Methode des Handbuchs zum Landesprogramm WIR (Hessen).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Kind of the next tie</source>
            <translation>Art der nächsten Beziehung</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>The layouts are not available in this installation.</source>
            <translation type="vanished">Die Anordnungen sind in dieser Installation nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>The layout could not be computed: {0}</source>
            <translation>Die Anordnung konnte nicht berechnet werden: {0}</translation>
        </message>
        <message>
            <source>This project is open read-only; it cannot be changed.</source>
            <translation>Dieses Projekt ist schreibgeschützt geöffnet und kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>The clipboard holds no actors to paste.</source>
            <translation>Die Zwischenablage enthält keine Akteure zum Einfügen.</translation>
        </message>
        <message>
            <source>Paste actors ({0})</source>
            <translation>Akteure einfügen ({0})</translation>
        </message>
        <message>
            <source>Select the actors to group first (drag a frame around them).</source>
            <translation>Wählen Sie zuerst die Akteure aus, die gruppiert werden sollen (ziehen Sie einen Rahmen um sie).</translation>
        </message>
        <message>
            <source>Cluster {0}</source>
            <translation>Cluster {0}</translation>
        </message>
        <message>
            <source>Add a dot</source>
            <translation>Punkt vergeben</translation>
        </message>
        <message>
            <source>Remove a dot</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>A layout is still being computed.</source>
            <translation>Eine Anordnung wird noch berechnet.</translation>
        </message>
        <message>
            <source>Select the key actor first, or mark one as key actor in the inspector.</source>
            <translation>Wählen Sie zuerst den Schlüsselakteur aus oder markieren Sie in den Eigenschaften einen Akteur als Schlüsselakteur.</translation>
        </message>
        <message>
            <source>This project has no districts yet: add them under File → Catalogues.</source>
            <translation>Dieses Projekt hat noch keine Sozialräume: Legen Sie sie unter Datei → Kataloge an.</translation>
        </message>
        <message>
            <source>Layout: key actor rings</source>
            <translation>Anordnung: Ringe um den Schlüsselakteur</translation>
        </message>
        <message>
            <source>Layout: sectors by category</source>
            <translation>Anordnung: Sektoren nach Kategorie</translation>
        </message>
        <message>
            <source>Layout: by district</source>
            <translation>Anordnung: nach Sozialraum</translation>
        </message>
        <message>
            <source>Layout: automatic</source>
            <translation>Anordnung: automatisch</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <source>without category</source>
            <translation>ohne Kategorie</translation>
        </message>
        <message>
            <source>without kind</source>
            <translation>ohne Art</translation>
        </message>
        <message>
            <source>supportive (solid green outline)</source>
            <translation>unterstützend (durchgezogener grüner Rand)</translation>
        </message>
        <message>
            <source>neutral (thin grey outline)</source>
            <translation>neutral (dünner grauer Rand)</translation>
        </message>
        <message>
            <source>critical (dashed red outline)</source>
            <translation>kritisch (gestrichelter roter Rand)</translation>
        </message>
        <message>
            <source>lowest value</source>
            <translation>niedrigster Wert</translation>
        </message>
        <message>
            <source>middle</source>
            <translation>Mitte</translation>
        </message>
        <message>
            <source>highest value</source>
            <translation>höchster Wert</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <source>Drag: move · Shift+drag to another actor: new tie · Double-click: edit</source>
            <translation>Ziehen: verschieben · Umschalt+Ziehen zu einem anderen Akteur: neue Beziehung · Doppelklick: bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>MapSession</name>
        <message>
            <source>This project is open read-only; it cannot be changed.</source>
            <translation>Dieses Projekt ist schreibgeschützt geöffnet und kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>Undo/redo was not possible: {0}. The undo history was cleared.</source>
            <translation>Rückgängig/Wiederholen war nicht möglich: {0}. Der Verlauf wurde geleert.</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>Network map</source>
            <translation>Netzwerkkarte</translation>
        </message>
        <message>
            <source>Actors by category (fill)</source>
            <translation>Akteure nach Kategorie (Füllfarbe)</translation>
        </message>
        <message>
            <source>Actors by the measure shown (fill and size)</source>
            <translation>Akteure nach der gezeigten Kennzahl (Farbe und Größe)</translation>
        </message>
        <message>
            <source>Ties by kind (line)</source>
            <translation>Beziehungen nach Art (Linie)</translation>
        </message>
        <message>
            <source>Attitude to the strategy (outline)</source>
            <translation>Haltung zur Strategie (Rand)</translation>
        </message>
        <message>
            <source>Size and marks</source>
            <translation>Größe und Zeichen</translation>
        </message>
        <message>
            <source>Larger circle: more influence (0–10)</source>
            <translation>Größerer Kreis: mehr Einfluss (0–10)</translation>
        </message>
        <message>
            <source>Star and ring: key actor</source>
            <translation>Stern und Ring: Schlüsselakteur</translation>
        </message>
        <message>
            <source>Number in a dark dot: priority dots</source>
            <translation>Zahl im dunklen Punkt: Prioritätspunkte</translation>
        </message>
        <message>
            <source>Arrow: directed tie; arrows at both ends: mutual; thicker: stronger</source>
            <translation>Pfeil: gerichtete Beziehung; Pfeile an beiden Enden: wechselseitig; dicker: stärker</translation>
        </message>
        <message>
            <source>Coloured area with a heading: cluster</source>
            <translation>Farbige Fläche mit Überschrift: Cluster</translation>
        </message>
        <message>
            <source>Magenta halo: the network breaks if this actor leaves</source>
            <translation>Magenta Schein: Das Netz reißt, wenn dieser Akteur wegfällt</translation>
        </message>
        <message>
            <source>Main findings</source>
            <translation>Wichtigste Ergebnisse</translation>
        </message>
        <message>
            <source>{actors} actors, {ties} ties, {components} connected parts, density {density}</source>
            <translation>{actors} Akteure, {ties} Beziehungen, {components} zusammenhängende Teile, Dichte {density}</translation>
        </message>
        <message>
            <source>Who connects?</source>
            <translation>Wer verbindet?</translation>
        </message>
        <message>
            <source>Many shortest paths between other actors run through them.</source>
            <translation>Viele kürzeste Wege zwischen anderen Akteuren führen über sie.</translation>
        </message>
        <message>
            <source>Where does the network break?</source>
            <translation>Wo reißt das Netz?</translation>
        </message>
        <message>
            <source>If one of these actors leaves, others lose every connection.</source>
            <translation>Fällt einer dieser Akteure weg, verlieren andere jede Verbindung.</translation>
        </message>
        <message>
            <source>{name} (cuts off {count})</source>
            <translation>{name} (trennt {count} ab)</translation>
        </message>
        <message>
            <source>Who is missing?</source>
            <translation>Wer fehlt?</translation>
        </message>
        <message>
            <source>Categories without any actor: {names}</source>
            <translation>Kategorien ohne Akteur: {names}</translation>
        </message>
        <message>
            <source>Actors without ties: {names}</source>
            <translation>Akteure ohne Beziehungen: {names}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>und {count} weitere</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich verändert hat</translation>
        </message>
        <message>
            <source>Green halo: new</source>
            <translation>Grüner Schein: neu</translation>
        </message>
        <message>
            <source>Amber halo: changed</source>
            <translation>Gelber Schein: verändert</translation>
        </message>
        <message>
            <source>Grey and dashed: no longer there</source>
            <translation>Grau und gestrichelt: nicht mehr da</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <source>Connected parts</source>
            <translation>Zusammenhängende Teile</translation>
        </message>
        <message>
            <source>Actors without ties</source>
            <translation>Akteure ohne Beziehungen</translation>
        </message>
        <message>
            <source>Made with NetMap on {date}</source>
            <translation>Erstellt mit NetMap am {date}</translation>
        </message>
        <message>
            <source>Facilitation: {name}</source>
            <translation>Moderation: {name}</translation>
        </message>
        <message>
            <source>Anonymised: no personal data</source>
            <translation>Anonymisiert: keine personenbezogenen Daten</translation>
        </message>
    </context>
    <context>
        <name>ProjectInfoDialog</name>
        <message>
            <source>Project info</source>
            <translation>Projektangaben</translation>
        </message>
        <message>
            <source>Project name</source>
            <translation>Projektname</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Stadt/Gemeinde</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Datum des Workshops</translation>
        </message>
        <message>
            <source>Language of posters and reports</source>
            <translation>Sprache von Plakaten und Berichten</translation>
        </message>
        <message>
            <source>a workshop date is set</source>
            <translation>Workshopdatum festgelegt</translation>
        </message>
    </context>
    <context>
        <name>ProjectInfoPanel</name>
        <message>
            <source>Edit project info…</source>
            <translation>Projektangaben bearbeiten…</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Kein Projekt geöffnet.</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Stadt/Gemeinde</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Datum des Workshops</translation>
        </message>
        <message>
            <source>Language of posters and reports</source>
            <translation>Sprache von Plakaten und Berichten</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>Momentaufnahmen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(schreibgeschützt)</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>NetMap projects (*.netmap)</source>
            <translation>NetMap-Projekte (*.netmap)</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <source>Project in use</source>
            <translation>Projekt wird gerade benutzt</translation>
        </message>
        <message>
            <source>“{0}” is open in NetMap by {1} on the computer {2} (since {3}).</source>
            <translation>„{0}“ ist in NetMap geöffnet von {1} am Rechner {2} (seit {3}).</translation>
        </message>
        <message>
            <source>You can open it read-only: you see the map and follow their changes, but cannot change it.</source>
            <translation>Sie können es schreibgeschützt öffnen: Sie sehen die Karte und verfolgen die Änderungen, können aber selbst nichts ändern.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <source>New actor:</source>
            <translation>Neuer Akteur:</translation>
        </message>
        <message>
            <source>type a name, then Enter</source>
            <translation>Namen eingeben, dann Enter</translation>
        </message>
        <message>
            <source>Category of “{0}”:</source>
            <translation>Kategorie von „{0}“:</translation>
        </message>
        <message>
            <source>first letters, then Enter</source>
            <translation>Anfangsbuchstaben, dann Enter</translation>
        </message>
        <message>
            <source>Enter: without a category · Esc: back to the name</source>
            <translation>Enter: ohne Kategorie · Esc: zurück zum Namen</translation>
        </message>
        <message>
            <source>no category matches</source>
            <translation>keine Kategorie passt</translation>
        </message>
        <message>
            <source>(Tab: next)</source>
            <translation>(Tab: nächste)</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <source>Separate parts</source>
            <translation>Getrennte Teilnetze</translation>
        </message>
        <message>
            <source>Actors without ties</source>
            <translation>Akteure ohne Beziehungen</translation>
        </message>
        <message>
            <source>Categories covered</source>
            <translation>Vertretene Kategorien</translation>
        </message>
        <message>
            <source>Share of actors reached</source>
            <translation>Anteil erreichter Akteure</translation>
        </message>
        <message>
            <source>Average participation stage</source>
            <translation>Mittlere Partizipationsstufe</translation>
        </message>
        <message>
            <source>Actors at the lowest stages</source>
            <translation>Akteure auf den untersten Stufen</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>district</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <source>fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>participation stage</source>
            <translation>Partizipationsstufe</translation>
        </message>
        <message>
            <source>influence</source>
            <translation>Einfluss</translation>
        </message>
        <message>
            <source>attitude</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>Schlagworte</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>Ansprechperson</translation>
        </message>
        <message>
            <source>key actor</source>
            <translation>Schlüsselakteur</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>field of action</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <source>Changes from {a} to {b}</source>
            <translation>Veränderungen von {a} zu {b}</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>New actors</source>
            <translation>Neue Akteure</translation>
        </message>
        <message>
            <source>Actors no longer on the map</source>
            <translation>Akteure, die nicht mehr auf der Karte sind</translation>
        </message>
        <message>
            <source>Changed actors</source>
            <translation>Veränderte Akteure</translation>
        </message>
        <message>
            <source>New ties</source>
            <translation>Neue Beziehungen</translation>
        </message>
        <message>
            <source>Ties that ended</source>
            <translation>Beendete Beziehungen</translation>
        </message>
        <message>
            <source>Changed ties</source>
            <translation>Veränderte Beziehungen</translation>
        </message>
        <message>
            <source>Who gained or lost most as a connector</source>
            <translation>Wer als Verbinder am meisten gewonnen oder verloren hat</translation>
        </message>
        <message>
            <source>{name}: ties {before} → {after}, brokerage {b0} → {b1}</source>
            <translation>{name}: Beziehungen {before} → {after}, Vermittlung {b0} → {b1}</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>und {n} weitere</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>{actors} actors, {ties} ties, density {density}, {components} separate part(s), {isolates} without ties</source>
            <translation>{actors} Akteure, {ties} Beziehungen, Dichte {density}, {components} getrennte(s) Teilnetz(e), {isolates} ohne Beziehungen</translation>
        </message>
        <message>
            <source>Most ties</source>
            <translation>Die meisten Beziehungen</translation>
        </message>
        <message>
            <source>Who connects</source>
            <translation>Wer verbindet</translation>
        </message>
        <message>
            <source>Who reaches everyone fastest</source>
            <translation>Wer alle am schnellsten erreicht</translation>
        </message>
        <message>
            <source>Single points of failure</source>
            <translation>Wo das Netz reißt, wenn jemand wegfällt</translation>
        </message>
        <message>
            <source>cuts off {names}</source>
            <translation>trennt {names} ab</translation>
        </message>
        <message>
            <source>Categories with no actor</source>
            <translation>Kategorien ohne Akteur</translation>
        </message>
        <message>
            <source>Categories only on the edge</source>
            <translation>Kategorien nur am Rand</translation>
        </message>
        <message>
            <source>Districts without actors</source>
            <translation>Sozialräume ohne Akteure</translation>
        </message>
        <message>
            <source>Fields of action without a tie</source>
            <translation>Handlungsfelder ohne Beziehung</translation>
        </message>
        <message>
            <source>Not reached or only at the lowest stages</source>
            <translation>Nicht erreicht oder nur auf den untersten Stufen</translation>
        </message>
        <message>
            <source>Groups with no tie between them</source>
            <translation>Gruppen ohne Beziehung zueinander</translation>
        </message>
        <message>
            <source>best placed to bridge: {names}</source>
            <translation>am besten geeignet als Brücke: {names}</translation>
        </message>
        <message>
            <source>{name}: {share} of all shortest paths run through it</source>
            <translation>{name}: {share} aller kürzesten Wege führen hier durch</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>Alle Sozialräume</translation>
        </message>
        <message>
            <source>All fields of action</source>
            <translation>Alle Handlungsfelder</translation>
        </message>
        <message>
            <source>Filter: name, notes, tags…</source>
            <translation>Filter: Name, Notizen, Schlagworte…</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Partizipation</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Einfluss</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Field of action</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>district</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <source>fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>participation stage</source>
            <translation>Partizipationsstufe</translation>
        </message>
        <message>
            <source>influence</source>
            <translation>Einfluss</translation>
        </message>
        <message>
            <source>attitude</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>Schlagworte</translation>
        </message>
        <message>
            <source>position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>Ansprechperson</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>key actor</source>
            <translation>Schlüsselakteur</translation>
        </message>
        <message>
            <source>further attributes</source>
            <translation>weitere Merkmale</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>nach</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>field of action</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <source>members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>town</source>
            <translation>Stadt/Gemeinde</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>workshop date</source>
            <translation>Workshopdatum</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>another user</source>
            <translation>eine andere Person</translation>
        </message>
        <message>
            <source> at {0}</source>
            <translation> um {0}</translation>
        </message>
        <message>
            <source>“{0}” was removed by {1}{2} while you were editing it. Your change was not saved.</source>
            <translation>„{0}“ wurde von {1}{2} entfernt, während Sie es bearbeitet haben. Ihre Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>“{0}” was changed by {1}{2} while you were editing it. Your change was not saved.</source>
            <translation>„{0}“ wurde von {1}{2} geändert, während Sie es bearbeitet haben. Ihre Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>• {0}: now {1}</source>
            <translation>• {0}: jetzt {1}</translation>
        </message>
        <message>
            <source>• {0}: now {1} (yours: {2})</source>
            <translation>• {0}: jetzt {1} (Ihr Wert: {2})</translation>
        </message>
        <message>
            <source>What {0} changed:</source>
            <translation>Was {0} geändert hat:</translation>
        </message>
        <message>
            <source>Keep their version</source>
            <translation>Deren Fassung behalten</translation>
        </message>
        <message>
            <source>Apply my version</source>
            <translation>Meine Fassung übernehmen</translation>
        </message>
    </context>
    <context>
        <name>TieForm</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Field of action</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Swap from and to</source>
            <translation>Von und Nach tauschen</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— keine —</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Neues Projekt…</translation>
        </message>
        <message>
            <source>Create a new project file</source>
            <translation>Eine neue Projektdatei anlegen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a project</source>
            <translation>Ein Projekt öffnen</translation>
        </message>
        <message>
            <source>Open &amp;read-only…</source>
            <translation>&amp;Schreibgeschützt öffnen…</translation>
        </message>
        <message>
            <source>Open a project without changing it</source>
            <translation>Ein Projekt öffnen, ohne es zu ändern</translation>
        </message>
        <message>
            <source>Project &amp;info…</source>
            <translation>Projekt&amp;angaben…</translation>
        </message>
        <message>
            <source>Town, topic, facilitator, workshop date</source>
            <translation>Stadt, Thema, Moderation, Workshopdatum</translation>
        </message>
        <message>
            <source>&amp;Catalogues…</source>
            <translation>&amp;Kataloge…</translation>
        </message>
        <message>
            <source>Categories, tie kinds, fields of action, districts, participation stages</source>
            <translation>Kategorien, Beziehungsarten, Handlungsfelder, Sozialräume, Partizipationsstufen</translation>
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation>Projekt s&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Aus&amp;schneiden</translation>
        </message>
        <message>
            <source>Cut the selected actors with the ties among them</source>
            <translation>Die ausgewählten Akteure mit den Beziehungen zwischen ihnen ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the selected actors with the ties among them</source>
            <translation>Die ausgewählten Akteure mit den Beziehungen zwischen ihnen kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>Paste actors (or a list of names, one per line)</source>
            <translation>Akteure einfügen (oder eine Liste von Namen, einen pro Zeile)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected actors and ties</source>
            <translation>Die ausgewählten Akteure und Beziehungen löschen</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>&amp;Alles auswählen</translation>
        </message>
        <message>
            <source>&amp;New actor…</source>
            <translation>&amp;Neuer Akteur…</translation>
        </message>
        <message>
            <source>Type a name, Enter, the first letters of a category, Enter</source>
            <translation>Namen eingeben, Enter, die Anfangsbuchstaben einer Kategorie, Enter</translation>
        </message>
        <message>
            <source>&amp;Group as cluster</source>
            <translation>Als &amp;Cluster gruppieren</translation>
        </message>
        <message>
            <source>Group the selected actors as a cluster with a heading</source>
            <translation>Die ausgewählten Akteure als Cluster mit einer Überschrift gruppieren</translation>
        </message>
        <message>
            <source>Draw &amp;ties</source>
            <translation>&amp;Beziehungen zeichnen</translation>
        </message>
        <message>
            <source>Drag from actor to actor to draw a tie of the chosen kind (without this tool: Shift+drag)</source>
            <translation>Von Akteur zu Akteur ziehen, um eine Beziehung der gewählten Art zu zeichnen (ohne dieses Werkzeug: Umschalt+Ziehen)</translation>
        </message>
        <message>
            <source>Add a &amp;dot</source>
            <translation>&amp;Punkt vergeben</translation>
        </message>
        <message>
            <source>Put a priority dot on the selected actors or cluster</source>
            <translation>Einen Prioritätspunkt auf die ausgewählten Akteure oder den Cluster setzen</translation>
        </message>
        <message>
            <source>&amp;Remove a dot</source>
            <translation>Punkt ent&amp;fernen</translation>
        </message>
        <message>
            <source>Take a priority dot off</source>
            <translation>Einen Prioritätspunkt wegnehmen</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Fit the whole map</source>
            <translation>Ganze Karte &amp;zeigen</translation>
        </message>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Präsentation</translation>
        </message>
        <message>
            <source>Full screen for the projector (Esc leaves)</source>
            <translation>Vollbild für den Beamer (Esc beendet)</translation>
        </message>
        <message>
            <source>Leave presentation</source>
            <translation>Präsentation beenden</translation>
        </message>
        <message>
            <source>Key actor &amp;rings</source>
            <translation>&amp;Ringe um den Schlüsselakteur</translation>
        </message>
        <message>
            <source>The key actor in the centre, the others in rings by distance from it</source>
            <translation>Der Schlüsselakteur in der Mitte, die anderen in Ringen nach ihrer Entfernung zu ihm</translation>
        </message>
        <message>
            <source>&amp;Sectors by category</source>
            <translation>&amp;Sektoren nach Kategorie</translation>
        </message>
        <message>
            <source>One sector of the circle per category</source>
            <translation>Ein Kreissektor pro Kategorie</translation>
        </message>
        <message>
            <source>Group by &amp;district</source>
            <translation>Nach So&amp;zialraum gruppieren</translation>
        </message>
        <message>
            <source>One group per district</source>
            <translation>Eine Gruppe pro Sozialraum</translation>
        </message>
        <message>
            <source>&amp;Automatic layout</source>
            <translation>&amp;Automatisch anordnen</translation>
        </message>
        <message>
            <source>Place the selected actors (or all) near their neighbours</source>
            <translation>Die ausgewählten Akteure (oder alle) nahe bei ihren Nachbarn platzieren</translation>
        </message>
        <message>
            <source>&amp;About NetMap</source>
            <translation>&amp;Über NetMap</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Draw ties</source>
            <translation>Beziehungen zeichnen</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Dot +</source>
            <translation>Punkt +</translation>
        </message>
        <message>
            <source>Dot −</source>
            <translation>Punkt −</translation>
        </message>
        <message>
            <source>Rings</source>
            <translation>Ringe</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sektoren</translation>
        </message>
        <message>
            <source>Districts</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <source>Auto layout</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Zoom +</source>
            <translation>Zoom +</translation>
        </message>
        <message>
            <source>Zoom −</source>
            <translation>Zoom −</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Ganze Karte</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Präsentation</translation>
        </message>
    </context>
</TS>
