<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AboutDataDialog</name>
        <message>
            <source>About the data</source>
            <translation>Über die Daten</translation>
        </message>
        <message>
            <source>The map: actors with their attributes and notes, ties, clusters, positions, catalogues, and the project info (town, topic, the facilitator’s name).</source>
            <translation>Die Karte: Akteure mit ihren Merkmalen und Notizen, Beziehungen, Cluster, Positionen, Kataloge und die Projektangaben (Ort, Thema, Name der Moderation).</translation>
        </message>
        <message>
            <source>Snapshots: dated, read-only copies of the whole map, contact persons included.</source>
            <translation>Momentaufnahmen: datierte, unveränderliche Kopien der ganzen Karte, einschließlich der Ansprechpersonen.</translation>
        </message>
        <message>
            <source>Contact persons: name, role, e-mail and phone of a person at an actor. These are personal data (GDPR): keep them only with the person’s consent or another legal basis, and only as long as they are needed.</source>
            <translation>Ansprechpersonen: Name, Funktion, E-Mail und Telefon einer Person bei einem Akteur. Das sind personenbezogene Daten (DSGVO): Speichern Sie sie nur mit Einwilligung der Person oder auf einer anderen Rechtsgrundlage und nur so lange, wie sie gebraucht werden.</translation>
        </message>
        <message>
            <source>Who last changed each actor, tie and cluster, and when (user name and computer name).</source>
            <translation>Wer jeden Akteur, jede Beziehung und jedes Cluster zuletzt geändert hat und wann (Benutzername und Rechnername).</translation>
        </message>
        <message>
            <source>What a NetMap project stores</source>
            <translation>Was ein NetMap-Projekt speichert</translation>
        </message>
        <message>
            <source>Open a project to see where its data are stored.</source>
            <translation>Öffnen Sie ein Projekt, um zu sehen, wo seine Daten gespeichert sind.</translation>
        </message>
        <message>
            <source>This project: {0} actors, {1} snapshots, {2} contact persons ({3} on the current map, {4} only in snapshots).</source>
            <translation>Dieses Projekt: {0} Akteure, {1} Momentaufnahmen, {2} Ansprechpersonen ({3} auf der aktuellen Karte, {4} nur in Momentaufnahmen).</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Exports (workbooks, CSV, GraphML, GEXF, web pages, posters) are copies outside the project. Web pages and posters are anonymised unless you choose otherwise; the other formats keep contact persons unless you anonymise them.</source>
            <translation>Exporte (Arbeitsmappen, CSV, GraphML, GEXF, Webseiten, Poster) sind Kopien außerhalb des Projekts. Webseiten und Poster werden anonymisiert, wenn Sie nichts anderes wählen; die anderen Formate enthalten die Ansprechpersonen, wenn Sie sie nicht anonymisieren.</translation>
        </message>
        <message>
            <source>Edit › Erase a person… removes a contact person from the map and from every snapshot, and rebuilds the project file so that no trace of the data remains in it. The undo history is cleared, since it still holds the data.</source>
            <translation>Bearbeiten › Person löschen… entfernt eine Ansprechperson von der Karte und aus jeder Momentaufnahme und baut die Projektdatei neu auf, sodass keine Spur der Daten darin bleibt. Der Rückgängig-Verlauf wird geleert, weil er die Daten noch enthält.</translation>
        </message>
        <message>
            <source>Backups and files exported before are not changed: delete them, or erase the person there too. On the command line:</source>
            <translation>Sicherungen und früher exportierte Dateien bleiben unverändert: Löschen Sie sie oder entfernen Sie die Person auch dort. Auf der Kommandozeile:</translation>
        </message>
        <message>
            <source>Erasing a person</source>
            <translation>Eine Person löschen</translation>
        </message>
        <message>
            <source>On the database server:</source>
            <translation>Auf dem Datenbankserver:</translation>
        </message>
        <message>
            <source>The server’s administrators keep its logs and backups. Before NetMap upgrades a project’s format it keeps a copy on the server, as a schema named after the project with .bak- and the version.</source>
            <translation>Die Administratoren des Servers verwalten seine Protokolle und Sicherungen. Bevor NetMap das Format eines Projekts aktualisiert, legt es eine Kopie auf dem Server an, als Schema mit dem Namen des Projekts, .bak- und der Version.</translation>
        </message>
        <message>
            <source>Project file:</source>
            <translation>Projektdatei:</translation>
        </message>
        <message>
            <source>While the project is open, a lock file beside it says who has it open (user name, computer, since when):</source>
            <translation>Solange das Projekt geöffnet ist, sagt eine Sperrdatei daneben, wer es geöffnet hat (Benutzername, Rechner, seit wann):</translation>
        </message>
        <message>
            <source>Backups made before NetMap upgraded the file’s format, beside it as {0}.bak-*: full copies of the project as it was.</source>
            <translation>Sicherungen, die NetMap vor dem Aktualisieren des Dateiformats angelegt hat, daneben als {0}.bak-*: vollständige Kopien des Projekts im früheren Zustand.</translation>
        </message>
        <message>
            <source>Found now:</source>
            <translation>Derzeit vorhanden:</translation>
        </message>
        <message>
            <source>There are none at present.</source>
            <translation>Derzeit gibt es keine.</translation>
        </message>
    </context>
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
        <name>AnalysisPanel</name>
        <message>
            <source>Most ties (degree)</source>
            <translation>Die meisten Beziehungen (Grad)</translation>
        </message>
        <message>
            <source>Who connects (betweenness)</source>
            <translation>Wer verbindet (Betweenness)</translation>
        </message>
        <message>
            <source>Who reaches everyone fastest (closeness)</source>
            <translation>Wer alle am schnellsten erreicht (Closeness)</translation>
        </message>
        <message>
            <source>Well-connected contacts (eigenvector)</source>
            <translation>Gut vernetzte Kontakte (Eigenvektor)</translation>
        </message>
        <message>
            <source>Where the ties lead (PageRank)</source>
            <translation>Wohin die Beziehungen führen (PageRank)</translation>
        </message>
        <message>
            <source>Little room to broker (constraint)</source>
            <translation>Wenig Raum zum Vermitteln (Constraint)</translation>
        </message>
        <message>
            <source>Separate circles reached (effective size)</source>
            <translation>Erreichte getrennte Kreise (effektive Größe)</translation>
        </message>
        <message>
            <source>Brokers between others (brokerage)</source>
            <translation>Vermittelt zwischen anderen (Brokerage)</translation>
        </message>
        <message>
            <source>and {0} more</source>
            <translation>und {0} weitere</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>All kinds of ties</source>
            <translation>Alle Arten von Beziehungen</translation>
        </message>
        <message>
            <source>Map:</source>
            <translation>Karte:</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>Ties:</source>
            <translation>Beziehungen:</translation>
        </message>
        <message>
            <source>Analyse all ties, or only the ties of one kind</source>
            <translation>Alle Beziehungen analysieren oder nur die einer Art</translation>
        </message>
        <message>
            <source>With direction</source>
            <translation>Mit Richtung</translation>
        </message>
        <message>
            <source>Count who informs, funds or instructs whom; otherwise every tie counts both ways</source>
            <translation>Berücksichtigt, wer wen informiert, fördert oder anweist; sonst zählt jede Beziehung in beide Richtungen</translation>
        </message>
        <message>
            <source>Strength counts</source>
            <translation>Stärke zählt</translation>
        </message>
        <message>
            <source>Strong ties (3) count more than weak ones (1)</source>
            <translation>Starke Beziehungen (3) zählen mehr als schwache (1)</translation>
        </message>
        <message>
            <source>Rank by:</source>
            <translation>Rangfolge nach:</translation>
        </message>
        <message>
            <source>Find an actor…</source>
            <translation>Akteur suchen…</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangliste</translation>
        </message>
        <message>
            <source>Who is central, who connects?</source>
            <translation>Wer ist zentral, wer verbindet?</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Lücken</translation>
        </message>
        <message>
            <source>Who is missing, where is the network weak?</source>
            <translation>Wer fehlt, wo ist das Netz schwach?</translation>
        </message>
        <message>
            <source>What if …</source>
            <translation>Was wäre, wenn …</translation>
        </message>
        <message>
            <source>As entered (influence and category)</source>
            <translation>Wie erfasst (Einfluss und Kategorie)</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Kein Projekt geöffnet.</translation>
        </message>
        <message>
            <source>The analysis failed: {0}</source>
            <translation>Die Analyse ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n Akteur</numerusform>
                <numerusform>%n Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n Beziehung</numerusform>
                <numerusform>%n Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n separate parts</source>
            <translation>
                <numerusform>%n getrenntes Teilnetz</numerusform>
                <numerusform>%n getrennte Teilnetze</numerusform>
            </translation>
        </message>
        <message>
            <source>density {0}</source>
            <translation>Dichte {0}</translation>
        </message>
        <message>
            <source>average distance {0}</source>
            <translation>mittlere Entfernung {0}</translation>
        </message>
        <message>
            <source>Separate parts</source>
            <translation>Getrennte Teilnetze</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <source>Average distance</source>
            <translation>Mittlere Entfernung</translation>
        </message>
        <message>
            <source>(Lowest first: the most room to broker.)</source>
            <translation>(Niedrigster Wert zuerst: wer am meisten Raum zum Vermitteln hat.)</translation>
        </message>
        <message>
            <source>Size and colour of the circles on the map: as entered (influence and category) or by a measure of the analysis</source>
            <translation>Größe und Farbe der Kreise auf der Karte: wie erfasst (Einfluss und Kategorie) oder nach einer Kennzahl der Analyse</translation>
        </message>
        <message>
            <source>{0} actors · {1} ties · {2} separate part(s) · density {3} · average distance {4}</source>
            <translation type="vanished">{0} Akteure · {1} Beziehungen · {2} getrennte(s) Teilnetz(e) · Dichte {3} · mittlere Entfernung {4}</translation>
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
            <source>Edit tie</source>
            <translation>Beziehung bearbeiten</translation>
        </message>
        <message>
            <source>Edit cluster {0}</source>
            <translation>Cluster {0} bearbeiten</translation>
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
        <message>
            <source>Decide on a proposal</source>
            <translation>Über einen Vorschlag entscheiden</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Current map (today)</source>
            <translation>Aktuelle Karte (heute)</translation>
        </message>
        <message>
            <source>There are no snapshots yet. Take one (Ctrl+Shift+S) to compare the map with it later.</source>
            <translation>Es gibt noch keine Momentaufnahmen. Halten Sie eine fest (Strg+Umschalt+S), um die Karte später damit zu vergleichen.</translation>
        </message>
        <message>
            <source>Choose two different states to compare.</source>
            <translation>Wählen Sie zwei verschiedene Stände zum Vergleichen.</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Wird verglichen…</translation>
        </message>
        <message>
            <source>The comparison failed: {0}</source>
            <translation>Der Vergleich ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>current map</source>
            <translation>aktuelle Karte</translation>
        </message>
        <message>
            <source>“{0}”</source>
            <translation>„{0}“</translation>
        </message>
        <message>
            <source>{0} → {1}: {2} new actors, {3} no longer on the map, {4} changed; {5} new ties, {6} ended, {7} changed.</source>
            <translation>{0} → {1}: {2} neue Akteure, {3} nicht mehr auf der Karte, {4} verändert; {5} neue Beziehungen, {6} beendet, {7} verändert.</translation>
        </message>
        <message>
            <source>Before: {0}</source>
            <translation>Vorher: {0}</translation>
        </message>
        <message>
            <source>After: {0}</source>
            <translation>Nachher: {0}</translation>
        </message>
        <message>
            <source>Current map</source>
            <translation>Aktuelle Karte</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>no longer there</source>
            <translation>nicht mehr dabei</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>verändert</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>Was sie aussagt</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Actors ({0})</source>
            <translation>Akteure ({0})</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Zu</translation>
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
            <source>Ties ({0})</source>
            <translation>Beziehungen ({0})</translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Ties before</source>
            <translation>Beziehungen vorher</translation>
        </message>
        <message>
            <source>Ties after</source>
            <translation>Beziehungen nachher</translation>
        </message>
        <message>
            <source>Ties ±</source>
            <translation>Beziehungen ±</translation>
        </message>
        <message>
            <source>Connector before</source>
            <translation>Vermittlung vorher</translation>
        </message>
        <message>
            <source>Connector after</source>
            <translation>Vermittlung nachher</translation>
        </message>
        <message>
            <source>Connector ±</source>
            <translation>Vermittlung ±</translation>
        </message>
        <message>
            <source>Who gained or lost ({0})</source>
            <translation>Wer gewinnt, wer verliert ({0})</translation>
        </message>
        <message>
            <source>The report is on the clipboard: paste it into your council report.</source>
            <translation>Der Bericht ist in der Zwischenablage: Fügen Sie ihn in Ihre Vorlage für den Rat ein.</translation>
        </message>
        <message>
            <source>Compare – what has changed?</source>
            <translation>Vergleichen – was hat sich verändert?</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>Vorher:</translation>
        </message>
        <message>
            <source>After:</source>
            <translation>Nachher:</translation>
        </message>
        <message>
            <source>Swap before and after</source>
            <translation>Vorher und nachher tauschen</translation>
        </message>
        <message>
            <source>Show the changes on the map</source>
            <translation>Veränderungen auf der Karte zeigen</translation>
        </message>
        <message>
            <source>New actors and ties in green, changed ones in amber, those no longer there as grey dashed outlines</source>
            <translation>Neue Akteure und Beziehungen grün, veränderte gelb, nicht mehr vorhandene als graue gestrichelte Umrisse</translation>
        </message>
        <message>
            <source>Copy as text report</source>
            <translation>Als Textbericht kopieren</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
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
            <source>Who gained or lost</source>
            <translation>Wer gewinnt, wer verliert</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Who gained or lost most as a connector: ties are the direct relationships of an actor; the connector value (betweenness) says how often an actor lies on the shortest path between two others – who links groups that would otherwise know nothing of each other. Biggest changes first.</source>
            <translation>Wer als Verbindungsglied am meisten gewonnen oder verloren hat: Beziehungen sind die direkten Verbindungen eines Akteurs; die Vermittlung (Betweenness) sagt, wie oft ein Akteur auf dem kürzesten Weg zwischen zwei anderen liegt – wer Gruppen verbindet, die sonst nichts voneinander wüssten. Größte Veränderungen zuerst.</translation>
        </message>
        <message>
            <source>Zoom and scroll one map, the other follows. Left: grey halo – no longer there. Right: green – new, amber – changed.</source>
            <translation>Zoomen und verschieben Sie eine Karte, die andere folgt. Links: grauer Ring – nicht mehr dabei. Rechts: grün – neu, gelb – verändert.</translation>
        </message>
        <message>
            <source>{0} percentage points</source>
            <translation>{0} Prozentpunkte</translation>
        </message>
        <message>
            <source>How many actors are on the map.</source>
            <translation>Wie viele Akteure auf der Karte stehen.</translation>
        </message>
        <message>
            <source>How many relationships between actors are on the map.</source>
            <translation>Wie viele Beziehungen zwischen Akteuren auf der Karte stehen.</translation>
        </message>
        <message>
            <source>Which share of all possible relationships exists: higher means a more closely knit network.</source>
            <translation>Welcher Anteil aller möglichen Beziehungen besteht: höher heißt ein enger geknüpftes Netz.</translation>
        </message>
        <message>
            <source>Into how many parts without any tie between them the network falls: 1 means everyone is connected, directly or indirectly.</source>
            <translation>In wie viele Teile ohne jede Verbindung untereinander das Netz zerfällt: 1 heißt, alle sind direkt oder über andere verbunden.</translation>
        </message>
        <message>
            <source>Actors without any tie: on the map, but not in the network.</source>
            <translation>Akteure ohne jede Beziehung: auf der Karte, aber nicht im Netz.</translation>
        </message>
        <message>
            <source>How many of the catalogue's actor categories have at least one actor: who is missing?</source>
            <translation>Wie viele Akteursgruppen des Katalogs mindestens einen Akteur haben: Wer fehlt?</translation>
        </message>
        <message>
            <source>Which share of the actors the strategy process has reached.</source>
            <translation>Welchen Anteil der Akteure der Strategieprozess erreicht hat.</translation>
        </message>
        <message>
            <source>How far the actors take part on average, on the participation ladder from decoration to self-organisation (higher is more).</source>
            <translation>Wie weit die Akteure im Mittel beteiligt sind, auf der Stufenleiter der Partizipation von Dekoration bis Selbstorganisation (höher ist mehr).</translation>
        </message>
        <message>
            <source>Actors at the stages decoration or instruction: not taking part yet.</source>
            <translation>Akteure auf den Stufen Dekoration oder Anweisung: noch nicht beteiligt.</translation>
        </message>
        <message>
            <source>further data</source>
            <translation>weitere Angaben</translation>
        </message>
    </context>
    <context>
        <name>ErasePersonDialog</name>
        <message>
            <source>current map</source>
            <translation>aktuelle Karte</translation>
        </message>
        <message>
            <source>snapshot “{0}”</source>
            <translation>Momentaufnahme „{0}“</translation>
        </message>
        <message>
            <source>Erase a person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <source>Erase “{0}” from the map and from every snapshot?</source>
            <translation>„{0}“ von der Karte und aus jeder Momentaufnahme löschen?</translation>
        </message>
        <message>
            <source>Found at: {0}. This cannot be undone, and the undo history will be cleared.</source>
            <translation>Gefunden in: {0}. Das lässt sich nicht rückgängig machen, und der Rückgängig-Verlauf wird geleert.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>“{0}” could not be erased; nothing was changed: {1}</source>
            <translation>„{0}“ konnte nicht gelöscht werden; nichts wurde verändert: {1}</translation>
        </message>
        <message>
            <source>“{0}” was erased from: {1}. The undo history was cleared. Backups and earlier exports are not changed.</source>
            <translation>„{0}“ wurde gelöscht aus: {1}. Der Rückgängig-Verlauf wurde geleert. Sicherungen und frühere Exporte bleiben unverändert.</translation>
        </message>
        <message>
            <source>Contact persons are personal data. Choose the person to erase: they are removed from the current map and from every snapshot, and no trace of them stays in the project file.</source>
            <translation>Ansprechpersonen sind personenbezogene Daten. Wählen Sie die Person, die gelöscht werden soll: Sie wird von der aktuellen Karte und aus jeder Momentaufnahme entfernt, und keine Spur von ihr bleibt in der Projektdatei.</translation>
        </message>
        <message>
            <source>Filter by name or actor</source>
            <translation>Nach Name oder Akteur filtern</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Ansprechperson</translation>
        </message>
        <message>
            <source>Contact of</source>
            <translation>Ansprechperson bei</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Gefunden in</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Löschen…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>categories (Kategorien)</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>districts (Sozialräume)</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <source>participation stages (Beteiligungsstufen)</source>
            <translation>Beteiligungsstufen</translation>
        </message>
        <message>
            <source>tie kinds (Beziehungsarten)</source>
            <translation>Beziehungsarten</translation>
        </message>
        <message>
            <source>fields of action (Handlungsfelder)</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>{0!r} is not a command; did you mean {1}?</source>
            <translation>{0!r} ist kein Befehl; meinten Sie {1}?</translation>
        </message>
        <message>
            <source>{0!r} is neither a command ({1}) nor a project (an existing file, a .netmap file or a postgresql:// address)</source>
            <translation>{0!r} ist weder ein Befehl ({1}) noch ein Projekt (eine vorhandene Datei, eine .netmap-Datei oder eine postgresql://-Adresse)</translation>
        </message>
        <message>
            <source>{0}: the results protocol is a .pdf</source>
            <translation>{0}: das Ergebnisprotokoll ist eine .pdf-Datei</translation>
        </message>
        <message>
            <source>{0}: the folder does not exist</source>
            <translation>{0}: der Ordner existiert nicht</translation>
        </message>
        <message>
            <source>a project of that name already exists</source>
            <translation>ein Projekt mit diesem Namen gibt es schon</translation>
        </message>
        <message>
            <source>a file of that name already exists</source>
            <translation>eine Datei mit diesem Namen gibt es schon</translation>
        </message>
        <message>
            <source>its folder does not exist</source>
            <translation>der Ordner dafür existiert nicht</translation>
        </message>
        <message>
            <source>{0} is not a NetMap project: {1}</source>
            <translation>{0} ist kein NetMap-Projekt: {1}</translation>
        </message>
        <message>
            <source>{0} is not a NetMap project</source>
            <translation>{0} ist kein NetMap-Projekt</translation>
        </message>
        <message>
            <source>{0} was saved by a newer version of NetMap (schema {1}; this version knows up to {2}). Please update NetMap to open it.</source>
            <translation>{0} wurde mit einer neueren Version von NetMap gespeichert (Schema {1}; diese Version kennt höchstens Schema {2}). Bitte aktualisieren Sie NetMap, um es zu öffnen.</translation>
        </message>
        <message>
            <source>{0} is already open by {1} on {2} (since {3}); it can be opened read-only. If NetMap no longer runs there, delete the lock file {4} to take the project over</source>
            <translation>{0} ist bereits von {1} am Rechner {2} geöffnet (seit {3}); es kann schreibgeschützt geöffnet werden. Wenn NetMap dort nicht mehr läuft, löschen Sie die Sperrdatei {4}, um das Projekt zu übernehmen</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the file is write-protected</source>
            <translation>die Datei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>the file could not be read or written</source>
            <translation>die Datei konnte nicht gelesen oder geschrieben werden</translation>
        </message>
        <message>
            <source>{0}: the disk is full; nothing was changed. Free some space on the disk and try again</source>
            <translation>{0}: Der Datenträger ist voll; nichts wurde geändert. Schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{0}: the file cannot be written (the file or its folder is write-protected); nothing was changed. Ask for write access, or open the project read-only</source>
            <translation>{0}: Die Datei kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt); nichts wurde geändert. Bitten Sie um Schreibrechte oder öffnen Sie das Projekt schreibgeschützt</translation>
        </message>
        <message>
            <source>{0}: the file is damaged ({1}); nothing was changed. Restore it from a backup (a copy NAME.netmap.bak-… beside it, or your own backups)</source>
            <translation>{0}: Die Datei ist beschädigt ({1}); nichts wurde geändert. Stellen Sie sie aus einer Sicherung wieder her (eine Kopie NAME.netmap.bak-… daneben oder Ihre eigenen Sicherungen)</translation>
        </message>
        <message>
            <source>{0}: the file could not be read or written ({1}); nothing was changed. Check the disk or the network connection and try again</source>
            <translation>{0}: Die Datei konnte nicht gelesen oder geschrieben werden ({1}); nichts wurde geändert. Prüfen Sie den Datenträger oder die Netzwerkverbindung und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{0}: {1!r} was erased and the erased entries were overwritten, but the file could not be rebuilt afterwards ({2}). Nothing else needs to be done; free some space on the disk when you can</source>
            <translation>{0}: {1!r} wurde gelöscht und die gelöschten Einträge wurden überschrieben, aber die Datei konnte danach nicht neu aufgebaut werden ({2}). Sonst ist nichts zu tun; schaffen Sie bei Gelegenheit Platz auf dem Datenträger</translation>
        </message>
        <message>
            <source>{0} is open read-only; changes are not possible</source>
            <translation>{0} ist schreibgeschützt geöffnet; Änderungen sind nicht möglich</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>no snapshot labelled {0!r} (snapshots: {1})</source>
            <translation>keine Momentaufnahme mit der Bezeichnung {0!r} (Momentaufnahmen: {1})</translation>
        </message>
        <message>
            <source>{0} is not a valid project location: {1}</source>
            <translation>{0} ist kein gültiger Speicherort für ein Projekt: {1}</translation>
        </message>
        <message>
            <source>{0}: the database server cannot be used ({1})</source>
            <translation>{0}: der Datenbankserver kann nicht genutzt werden ({1})</translation>
        </message>
        <message>
            <source>{0}: the database user {1} may not create projects in this database; an administrator can allow it with: {2}</source>
            <translation>{0}: Der Datenbankbenutzer {1} darf in dieser Datenbank keine Projekte anlegen; eine Administratorin oder ein Administrator kann es erlauben mit: {2}</translation>
        </message>
        <message>
            <source>{0}: the database user {1} may not open this project; an administrator can allow it with: {2}</source>
            <translation>{0}: Der Datenbankbenutzer {1} darf dieses Projekt nicht öffnen; eine Administratorin oder ein Administrator kann es erlauben mit: {2}</translation>
        </message>
        <message>
            <source>{0}: {1} has an edit open that does not finish, so your edit had to wait; nothing was changed, please try again</source>
            <translation>{0}: {1} hat eine Änderung begonnen, die nicht abgeschlossen wird, daher musste Ihre Änderung warten; es wurde nichts geändert, bitte versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{0}: another user has an edit open that does not finish, so your edit had to wait; nothing was changed, please try again</source>
            <translation>{0}: Eine andere Person hat eine Änderung begonnen, die nicht abgeschlossen wird, daher musste Ihre Änderung warten; es wurde nichts geändert, bitte versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{0} is now {1}</source>
            <translation>{0} ist jetzt {1}</translation>
        </message>
        <message>
            <source>nothing was removed</source>
            <translation>es wurde nichts entfernt</translation>
        </message>
        <message>
            <source>your edit was not saved</source>
            <translation>Ihre Änderung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>your edit was not saved and can be applied again</source>
            <translation>Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0}; {1}</source>
            <translation>{0}; {1}</translation>
        </message>
        <message>
            <source>actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>tie</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>project info</source>
            <translation>Projektangaben</translation>
        </message>
        <message>
            <source>catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>name</source>
            <translation>der Name</translation>
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
            <source>{0} {1!r} was removed by {2} at {3} while you were editing it</source>
            <translation>{2} hat {0} {1!r} am {3} entfernt, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by {2} while you were editing it</source>
            <translation>{2} hat {0} {1!r} entfernt, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by another user at {3} while you were editing it</source>
            <translation>eine andere Person hat {0} {1!r} am {3} entfernt, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by another user while you were editing it</source>
            <translation>eine andere Person hat {0} {1!r} entfernt, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it ({4})</source>
            <translation>{2} hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben ({4})</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it ({4})</source>
            <translation>{2} hat {0} {1!r} geändert, während Sie daran gearbeitet haben ({4})</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it ({4})</source>
            <translation>eine andere Person hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben ({4})</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it ({4})</source>
            <translation>eine andere Person hat {0} {1!r} geändert, während Sie daran gearbeitet haben ({4})</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it</source>
            <translation>{2} hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it</source>
            <translation>{2} hat {0} {1!r} geändert, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it</source>
            <translation>eine andere Person hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it</source>
            <translation>eine andere Person hat {0} {1!r} geändert, während Sie daran gearbeitet haben</translation>
        </message>
        <message>
            <source>attribute name</source>
            <translation>der Name eines Merkmals</translation>
        </message>
        <message>
            <source>cluster name</source>
            <translation>der Name des Clusters</translation>
        </message>
        <message>
            <source>description</source>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>das Schlagwort</translation>
        </message>
        <message>
            <source>contact name</source>
            <translation>der Name der Ansprechperson</translation>
        </message>
        <message>
            <source>contact role</source>
            <translation>die Funktion der Ansprechperson</translation>
        </message>
        <message>
            <source>contact email</source>
            <translation>die E-Mail-Adresse der Ansprechperson</translation>
        </message>
        <message>
            <source>contact phone</source>
            <translation>die Telefonnummer der Ansprechperson</translation>
        </message>
        <message>
            <source>category label</source>
            <translation>die Bezeichnung der Kategorie</translation>
        </message>
        <message>
            <source>tie kind label</source>
            <translation>die Bezeichnung der Beziehungsart</translation>
        </message>
        <message>
            <source>field label</source>
            <translation>die Bezeichnung des Handlungsfelds</translation>
        </message>
        <message>
            <source>district label</source>
            <translation>die Bezeichnung des Sozialraums</translation>
        </message>
        <message>
            <source>stage label</source>
            <translation>die Bezeichnung der Partizipationsstufe</translation>
        </message>
        <message>
            <source>the {0} is empty</source>
            <translation>{0} ist leer</translation>
        </message>
        <message>
            <source>the {0} is {1:,} characters long; NetMap accepts at most {2} (it begins {3!r})</source>
            <translation>{0} ist {1} Zeichen lang; NetMap akzeptiert höchstens {2} (Anfang: {3!r})</translation>
        </message>
        <message>
            <source>the {0} is {1:,} characters long; NetMap accepts at most {2:,}</source>
            <translation>{0} ist {1} Zeichen lang; NetMap akzeptiert höchstens {2}</translation>
        </message>
        <message>
            <source>value of {0!r}</source>
            <translation>der Wert von {0!r}</translation>
        </message>
        <message>
            <source>the file holds more than {0:,} actors</source>
            <translation>die Datei enthält mehr als {0} Akteure</translation>
        </message>
        <message>
            <source>the file holds more than {0:,} ties</source>
            <translation>die Datei enthält mehr als {0} Beziehungen</translation>
        </message>
        <message>
            <source>the tie refers to an actor that does not exist ({0})</source>
            <translation>die Beziehung verweist auf einen Akteur, den es nicht gibt ({0})</translation>
        </message>
        <message>
            <source>the weight {0!r} is not a number</source>
            <translation>das Gewicht {0!r} ist keine Zahl</translation>
        </message>
        <message>
            <source>this should be an edge list but has no from/to columns</source>
            <translation>dies sollte eine Kantenliste sein, hat aber keine Spalten from/to</translation>
        </message>
        <message>
            <source>the CSV is broken ({0})</source>
            <translation>die CSV-Datei ist fehlerhaft ({0})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the node list has no name column (Name, Label, Akteur ...) and no Id column</source>
            <translation>die Knotenliste hat weder eine Namensspalte (Name, Label, Akteur ...) noch eine Spalte Id</translation>
        </message>
        <message>
            <source>the row has neither a name nor an id</source>
            <translation>die Zeile hat weder einen Namen noch eine ID</translation>
        </message>
        <message>
            <source>the cell is empty; every tie needs both actors</source>
            <translation>die Zelle ist leer; jede Beziehung braucht beide Akteure</translation>
        </message>
        <message>
            <source>the name {0!r} belongs to several actors; use their ids</source>
            <translation>der Name {0!r} gehört zu mehreren Akteuren; verwenden Sie deren IDs</translation>
        </message>
        <message>
            <source>unknown actor {0!r}</source>
            <translation>unbekannter Akteur {0!r}</translation>
        </message>
        <message>
            <source>sheet {0}</source>
            <translation>Tabelle {0}</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>Zeile {0}</translation>
        </message>
        <message>
            <source>line {0}</source>
            <translation>Zeile {0}</translation>
        </message>
        <message>
            <source>column {0}</source>
            <translation>Spalte {0}</translation>
        </message>
        <message>
            <source>old Excel workbooks (.xls) are not supported: save the file as .xlsx in Excel and import that</source>
            <translation>alte Excel-Arbeitsmappen (.xls) werden nicht unterstützt: Speichern Sie die Datei in Excel als .xlsx und importieren Sie diese</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheets are not supported: save the file as .xlsx and import that</source>
            <translation>OpenDocument-Tabellendokumente werden nicht unterstützt: Speichern Sie die Datei als .xlsx und importieren Sie diese</translation>
        </message>
        <message>
            <source>GML is not supported: save the network as GraphML (.graphml) and import that</source>
            <translation>GML wird nicht unterstützt: Speichern Sie das Netzwerk als GraphML (.graphml) und importieren Sie diese Datei</translation>
        </message>
        <message>
            <source>NetDraw VNA is not supported: save the network as UCINET DL (.dl) or Pajek (.net)</source>
            <translation>NetDraw VNA wird nicht unterstützt: Speichern Sie das Netzwerk als UCINET DL (.dl) oder Pajek (.net)</translation>
        </message>
        <message>
            <source>NetMap cannot import {0}; it imports {1}</source>
            <translation>NetMap kann keine {0}-Dateien importieren; es importiert {1}</translation>
        </message>
        <message>
            <source>NetMap cannot import files without extension; it imports {0}</source>
            <translation>NetMap kann keine Dateien ohne Endung importieren; es importiert {0}</translation>
        </message>
        <message>
            <source>the workbook is neither a NetMap workbook (sheet Akteure or Actors) nor a Kumu workbook (sheets Elements and Connections); its sheets are: {0}</source>
            <translation>die Arbeitsmappe ist weder eine NetMap-Arbeitsmappe (Tabelle Akteure oder Actors) noch eine Kumu-Arbeitsmappe (Tabellen Elements und Connections); ihre Tabellen sind: {0}</translation>
        </message>
        <message>
            <source>the workbook is neither a NetMap workbook (sheet Akteure or Actors) nor a Kumu workbook (sheets Elements and Connections); its sheets are: none</source>
            <translation>die Arbeitsmappe ist weder eine NetMap-Arbeitsmappe (Tabelle Akteure oder Actors) noch eine Kumu-Arbeitsmappe (Tabellen Elements und Connections); sie enthält keine Tabellen</translation>
        </message>
        <message>
            <source>Kumu JSON blueprints are not supported (an internal Kumu format without a specification); in Kumu, export the project as an Excel workbook (Elements/Connections) and import that</source>
            <translation>Kumu-JSON-Blueprints werden nicht unterstützt (ein internes Format von Kumu ohne Spezifikation); exportieren Sie das Projekt in Kumu als Excel-Arbeitsmappe (Elements/Connections) und importieren Sie diese</translation>
        </message>
        <message>
            <source>JSON files are not supported; import GraphML, GEXF, CSV or an Excel workbook instead</source>
            <translation>JSON-Dateien werden nicht unterstützt; importieren Sie stattdessen GraphML, GEXF, CSV oder eine Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>NetMap cannot export {0}; it exports {1}</source>
            <translation>NetMap kann keine {0}-Dateien exportieren; es exportiert {1}</translation>
        </message>
        <message>
            <source>NetMap cannot export files without extension; it exports {0}</source>
            <translation>NetMap kann keine Dateien ohne Endung exportieren; es exportiert {0}</translation>
        </message>
        <message>
            <source>this is not a GEXF file (its root element is &lt;{0}&gt;)</source>
            <translation>dies ist keine GEXF-Datei (ihr Wurzelelement ist &lt;{0}&gt;)</translation>
        </message>
        <message>
            <source>the file holds no graph</source>
            <translation>die Datei enthält keinen Graphen</translation>
        </message>
        <message>
            <source>edge {0!r}</source>
            <translation>Kante {0!r}</translation>
        </message>
        <message>
            <source>the node id is used twice</source>
            <translation>die Knoten-ID kommt zweimal vor</translation>
        </message>
        <message>
            <source>the edge refers to a node that does not exist ({0!r})</source>
            <translation>die Kante verweist auf einen Knoten, den es nicht gibt ({0!r})</translation>
        </message>
        <message>
            <source>the parent node does not exist ({0!r})</source>
            <translation>den übergeordneten Knoten gibt es nicht ({0!r})</translation>
        </message>
        <message>
            <source>nodes are nested more than {0} levels deep</source>
            <translation>Knoten sind mehr als {0} Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>node {0!r}</source>
            <translation>Knoten {0!r}</translation>
        </message>
        <message>
            <source>node number {0}</source>
            <translation>Knoten Nr. {0}</translation>
        </message>
        <message>
            <source>the node has no id</source>
            <translation>der Knoten hat keine ID</translation>
        </message>
        <message>
            <source>the position is not a number</source>
            <translation>die Position ist keine Zahl</translation>
        </message>
        <message>
            <source>the file has {0:,} time points; NetMap reads at most {1:,}</source>
            <translation>die Datei hat {0} Zeitpunkte; NetMap liest höchstens {1}</translation>
        </message>
        <message>
            <source>unknown edge type {0!r} (directed, undirected or mutual)</source>
            <translation>unbekannter Kantentyp {0!r} (directed, undirected oder mutual)</translation>
        </message>
        <message>
            <source>this is not a GraphML file (its root element is &lt;{0}&gt;)</source>
            <translation>dies ist keine GraphML-Datei (ihr Wurzelelement ist &lt;{0}&gt;)</translation>
        </message>
        <message>
            <source>the r/g/b colour is not three numbers 0-255</source>
            <translation>die r/g/b-Farbe besteht nicht aus drei Zahlen von 0 bis 255</translation>
        </message>
        <message>
            <source>groups are nested more than {0} levels deep</source>
            <translation>Gruppen sind mehr als {0} Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>the yEd geometry is not a number</source>
            <translation>die yEd-Geometrie ist keine Zahl</translation>
        </message>
        <message>
            <source>the workbook has neither an Elements nor a Connections sheet (Kumu's layout)</source>
            <translation>die Arbeitsmappe hat weder eine Tabelle Elements noch eine Tabelle Connections (Aufbau von Kumu)</translation>
        </message>
        <message>
            <source>the row has more than {0:,} columns</source>
            <translation>die Zeile hat mehr als {0} Spalten</translation>
        </message>
        <message>
            <source>the cell holds a formula ({0}); NetMap imports values only: replace the formulas by their values in Excel (copy, paste values) and import again</source>
            <translation>die Zelle enthält eine Formel ({0}); NetMap importiert nur Werte: Ersetzen Sie die Formeln in Excel durch ihre Werte (kopieren, als Werte einfügen) und importieren Sie erneut</translation>
        </message>
        <message>
            <source>the Elements sheet has no Label column</source>
            <translation>die Tabelle Elements hat keine Spalte Label</translation>
        </message>
        <message>
            <source>the element has no label</source>
            <translation>das Element hat keine Bezeichnung (Spalte Label)</translation>
        </message>
        <message>
            <source>the Connections sheet has no {0} column</source>
            <translation>die Tabelle Connections hat keine Spalte {0}</translation>
        </message>
        <message>
            <source>the cell is empty; every connection needs both elements</source>
            <translation>die Zelle ist leer; jede Verbindung braucht beide Elemente</translation>
        </message>
        <message>
            <source>unknown element {0!r} (not on the Elements sheet)</source>
            <translation>unbekanntes Element {0!r} (nicht in der Tabelle Elements)</translation>
        </message>
        <message>
            <source>several elements are called {0!r}; give them IDs</source>
            <translation>mehrere Elemente heißen {0!r}; geben Sie ihnen IDs</translation>
        </message>
        <message>
            <source>this is not a Pajek network: it has no *Vertices section</source>
            <translation>dies ist kein Pajek-Netzwerk: Der Abschnitt *Vertices fehlt</translation>
        </message>
        <message>
            <source>the file has no network {0!r} (its networks: {1})</source>
            <translation>die Datei enthält kein Netzwerk {0!r} (ihre Netzwerke: {1})</translation>
        </message>
        <message>
            <source>a network has one *Vertices section</source>
            <translation>ein Netzwerk hat nur einen Abschnitt *Vertices</translation>
        </message>
        <message>
            <source>*{0} comes before *Vertices</source>
            <translation>*{0} steht vor *Vertices</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>{0!r} is not {1}</source>
            <translation>{0!r} ist nicht {1}</translation>
        </message>
        <message>
            <source>*Vertices needs the number of vertices</source>
            <translation>*Vertices braucht die Anzahl der Knoten</translation>
        </message>
        <message>
            <source>*Vertices {0}: NetMap reads 1 to {1:,} vertices</source>
            <translation>*Vertices {0}: NetMap liest 1 bis {1} Knoten</translation>
        </message>
        <message>
            <source>a vertex line must start with its number, not {0!r}</source>
            <translation>eine Knotenzeile muss mit der Nummer des Knotens beginnen, nicht mit {0!r}</translation>
        </message>
        <message>
            <source>vertex {0} is not among the {1} declared</source>
            <translation>Knoten {0} gehört nicht zu den {1} angegebenen Knoten</translation>
        </message>
        <message>
            <source>{0!r} is not a vertex number</source>
            <translation>{0!r} ist keine Knotennummer</translation>
        </message>
        <message>
            <source>a tie needs two vertex numbers</source>
            <translation>eine Beziehung braucht zwei Knotennummern</translation>
        </message>
        <message>
            <source>the matrix has {0:,} values; {1} vertices need {2:,}</source>
            <translation>die Matrix hat {0} Werte; {1} Knoten brauchen {2}</translation>
        </message>
        <message>
            <source>the matrix has {0:,} values; it needs {1:,}</source>
            <translation>die Matrix hat {0} Werte; sie braucht {1}</translation>
        </message>
        <message>
            <source>{0!r} in the matrix is not a number</source>
            <translation>{0!r} in der Matrix ist keine Zahl</translation>
        </message>
        <message>
            <source>the text is neither UTF-8 nor Windows-1252 (byte {0:#04x} at position {1}); save the file as UTF-8 and import it again</source>
            <translation>der Text ist weder UTF-8 noch Windows-1252 (Byte {0:#04x} an Position {1}); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>die Datei existiert nicht</translation>
        </message>
        <message>
            <source>the file cannot be read ({0})</source>
            <translation>die Datei kann nicht gelesen werden ({0})</translation>
        </message>
        <message>
            <source>this is not a file</source>
            <translation>dies ist keine Datei</translation>
        </message>
        <message>
            <source>the file is {0:,.0f} MB large; NetMap imports files up to {1:,.0f} MB</source>
            <translation>die Datei ist {0:,.0f} MB groß; NetMap importiert Dateien bis {1:,.0f} MB</translation>
        </message>
        <message>
            <source>the file is nested too deeply</source>
            <translation>die Datei ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>the file is too large to read</source>
            <translation>die Datei ist zu groß, um sie zu lesen</translation>
        </message>
        <message>
            <source>the file is damaged: a compressed part of it cannot be unpacked</source>
            <translation>die Datei ist beschädigt: ein komprimierter Teil lässt sich nicht entpacken</translation>
        </message>
        <message>
            <source>the file cannot be read ({0}: {1})</source>
            <translation>die Datei kann nicht gelesen werden ({0}: {1})</translation>
        </message>
        <message>
            <source>the file declares XML entities, which NetMap refuses (they can blow a small file up to gigabytes: 'billion laughs')</source>
            <translation>die Datei deklariert XML-Entitäten, die NetMap ablehnt (sie können eine kleine Datei auf Gigabytes aufblähen: 'billion laughs')</translation>
        </message>
        <message>
            <source>the file refers to external XML resources, which NetMap refuses to fetch</source>
            <translation>die Datei verweist auf externe XML-Ressourcen, die NetMap nicht abruft</translation>
        </message>
        <message>
            <source>the XML is refused ({0})</source>
            <translation>das XML wird abgelehnt ({0})</translation>
        </message>
        <message>
            <source>the XML declares an encoding that does not exist ({0})</source>
            <translation>das XML gibt eine Zeichenkodierung an, die es nicht gibt ({0})</translation>
        </message>
        <message>
            <source>the XML is broken or incomplete ({0}, column {1})</source>
            <translation>das XML ist fehlerhaft oder unvollständig ({0}, Spalte {1})</translation>
        </message>
        <message>
            <source>this is not an Excel workbook (.xlsx): the file is not a zip archive</source>
            <translation>dies ist keine Excel-Arbeitsmappe (.xlsx): Die Datei ist kein ZIP-Archiv</translation>
        </message>
        <message>
            <source>the workbook holds {0:,} parts; refused as a possible zip bomb</source>
            <translation>die Arbeitsmappe enthält {0} Teile; abgelehnt als mögliche ZIP-Bombe</translation>
        </message>
        <message>
            <source>the workbook part {0} would inflate {1:,.0f} times to {2:,.0f} MB; refused as a zip bomb</source>
            <translation>der Teil {0} der Arbeitsmappe würde sich beim Entpacken auf das {1:,.0f}-Fache vergrößern, auf {2:,.0f} MB; abgelehnt als ZIP-Bombe</translation>
        </message>
        <message>
            <source>the workbook would inflate to {0:,.0f} MB (at most {1:,.0f} MB); refused as a possible zip bomb</source>
            <translation>die Arbeitsmappe würde sich beim Entpacken auf {0:,.0f} MB vergrößern (höchstens {1:,.0f} MB); abgelehnt als mögliche ZIP-Bombe</translation>
        </message>
        <message>
            <source>this is not an Excel workbook (.xlsx): xl/workbook.xml is missing</source>
            <translation>dies ist keine Excel-Arbeitsmappe (.xlsx): xl/workbook.xml fehlt</translation>
        </message>
        <message>
            <source>the workbook is damaged ({0})</source>
            <translation>die Arbeitsmappe ist beschädigt ({0})</translation>
        </message>
        <message>
            <source>the workbook's list of sheets is broken or refused</source>
            <translation>die Liste der Tabellen in der Arbeitsmappe ist fehlerhaft oder wurde abgelehnt</translation>
        </message>
        <message>
            <source>the workbook cannot be opened ({0}: {1})</source>
            <translation>die Arbeitsmappe kann nicht geöffnet werden ({0}: {1})</translation>
        </message>
        <message>
            <source>this is not a UCINET DL file: it does not begin with DL</source>
            <translation>dies ist keine UCINET-DL-Datei: Sie beginnt nicht mit DL</translation>
        </message>
        <message>
            <source>the file has no DATA: section</source>
            <translation>die Datei hat keinen Abschnitt DATA:</translation>
        </message>
        <message>
            <source>FORMAT = {0} is not supported (NetMap reads {1})</source>
            <translation>FORMAT = {0} wird nicht unterstützt (NetMap liest {1})</translation>
        </message>
        <message>
            <source>the header declares no number of actors (N=)</source>
            <translation>der Dateikopf gibt keine Anzahl der Akteure an (N=)</translation>
        </message>
        <message>
            <source>NetMap reads at most {0:,} actors</source>
            <translation>NetMap liest höchstens {0} Akteure</translation>
        </message>
        <message>
            <source>NetMap reads at most {0} matrices (NM=)</source>
            <translation>NetMap liest höchstens {0} Matrizen (NM=)</translation>
        </message>
        <message numerus="yes">
            <source>the data has {0:,} more values than %n matrices of this size</source>
            <translation>
                <numerusform>die Daten enthalten {0} Werte mehr, als in %n Matrix dieser Größe passen</numerusform>
                <numerusform>die Daten enthalten {0} Werte mehr, als in %n Matrizen dieser Größe passen</numerusform>
            </translation>
        </message>
        <message>
            <source>the header gives {0} labels for {1} actors</source>
            <translation>der Dateikopf nennt {0} Bezeichnungen für {1} Akteure</translation>
        </message>
        <message>
            <source>{0!r} is not an actor number</source>
            <translation>{0!r} ist keine Akteursnummer</translation>
        </message>
        <message>
            <source>actor {0} is not among the {1} declared (N={1})</source>
            <translation>Akteur {0} gehört nicht zu den {1} angegebenen Akteuren (N={1})</translation>
        </message>
        <message>
            <source>more matrices than the {0} declared (NM=)</source>
            <translation>mehr Matrizen als die {0} angegebenen (NM=)</translation>
        </message>
        <message>
            <source>a line needs at least two actors</source>
            <translation>eine Zeile braucht mindestens zwei Akteure</translation>
        </message>
        <message>
            <source>the text is longer than {0:,} characters</source>
            <translation>der Text ist länger als {0} Zeichen</translation>
        </message>
        <message>
            <source>the text is longer than {0} characters</source>
            <translation>der Text ist länger als {0} Zeichen</translation>
        </message>
        <message>
            <source>the name is missing</source>
            <translation>der Name fehlt</translation>
        </message>
        <message>
            <source>the ID is longer than {0} characters</source>
            <translation>die ID ist länger als {0} Zeichen</translation>
        </message>
        <message>
            <source>{0!r} is not in the list of {1}</source>
            <translation>{0!r} steht nicht in der Liste der {1}</translation>
        </message>
        <message>
            <source>{0!r} is not a whole number from {1} to {2}</source>
            <translation>{0!r} ist keine ganze Zahl von {1} bis {2}</translation>
        </message>
        <message>
            <source>{0!r} is not a number</source>
            <translation>{0!r} ist keine Zahl</translation>
        </message>
        <message>
            <source>{0!r} is neither yes nor no</source>
            <translation>{0!r} ist weder ja noch nein</translation>
        </message>
        <message>
            <source>{0!r} is not one of: {1}</source>
            <translation>{0!r} ist keiner dieser Werte: {1}</translation>
        </message>
        <message>
            <source>{0!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
            <translation>{0!r} ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)</translation>
        </message>
        <message>
            <source>this new row (no ID) has the name {0!r} of the actor in row {1}: give the new actor a name of its own, or delete one of the two rows if they are the same actor</source>
            <translation>diese neue Zeile (ohne ID) trägt den Namen {0!r} des Akteurs in Zeile {1}: Geben Sie dem neuen Akteur einen eigenen Namen, oder löschen Sie eine der beiden Zeilen, wenn es derselbe Akteur ist</translation>
        </message>
        <message>
            <source>the name {0!r} belonged to the actor whose ID is now in row {1}; were the columns sorted separately? Sort whole rows, or put names and IDs back together</source>
            <translation>der Name {0!r} gehörte dem Akteur, dessen ID jetzt in Zeile {1} steht; wurden die Spalten einzeln sortiert? Sortieren Sie ganze Zeilen, oder bringen Sie Namen und IDs wieder zusammen</translation>
        </message>
        <message>
            <source>no actor sheet: a NetMap workbook has a sheet 'Akteure' (or 'Actors')</source>
            <translation>keine Tabelle mit Akteuren: Eine NetMap-Arbeitsmappe hat eine Tabelle 'Akteure' (oder 'Actors')</translation>
        </message>
        <message>
            <source>the sheet has more than {0:,} rows</source>
            <translation>die Tabelle hat mehr als {0} Zeilen</translation>
        </message>
        <message>
            <source>the row has more than {0} columns</source>
            <translation>die Zeile hat mehr als {0} Spalten</translation>
        </message>
        <message>
            <source>cell {0}{1} holds a formula ({2}); NetMap does not import formulas: replace them by their values (copy, paste values)</source>
            <translation>Zelle {0}{1} enthält eine Formel ({2}); NetMap importiert keine Formeln: Ersetzen Sie sie durch ihre Werte (kopieren, als Werte einfügen)</translation>
        </message>
        <message>
            <source>the header row is missing</source>
            <translation>die Kopfzeile fehlt</translation>
        </message>
        <message>
            <source>the header {0!r} appears twice</source>
            <translation>die Spaltenüberschrift {0!r} kommt zweimal vor</translation>
        </message>
        <message>
            <source>the column {0} is missing (renamed or deleted?); this sheet needs the columns {1}</source>
            <translation>die Spalte {0} fehlt (umbenannt oder gelöscht?); diese Tabelle braucht die Spalten {1}</translation>
        </message>
        <message>
            <source>; columns NetMap does not know: {0}</source>
            <translation>; Spalten, die NetMap nicht kennt: {0}</translation>
        </message>
        <message>
            <source>there is a value in a column without a header: give the column a header (a NetMap one or your own) or delete it</source>
            <translation>in einer Spalte ohne Überschrift steht ein Wert: Geben Sie der Spalte eine Überschrift (eine von NetMap oder eine eigene) oder löschen Sie sie</translation>
        </message>
        <message>
            <source>the list entry is too long</source>
            <translation>der Listeneintrag ist zu lang</translation>
        </message>
        <message>
            <source>the column 'Name' is missing</source>
            <translation>die Spalte 'Name' fehlt</translation>
        </message>
        <message>
            <source>the ID {0!r} appears twice (rows {1} and {2})</source>
            <translation>die ID {0!r} kommt zweimal vor (Zeilen {1} und {2})</translation>
        </message>
        <message>
            <source>the column {0!r} is missing</source>
            <translation>die Spalte {0!r} fehlt</translation>
        </message>
        <message>
            <source>the tie refers to an unknown actor ID {0!r}</source>
            <translation>die Beziehung verweist auf eine unbekannte Akteurs-ID {0!r}</translation>
        </message>
        <message>
            <source>the name {0!r} belongs to another actor than the ID {1!r} ({2!r}); were the columns sorted separately? Put names and IDs back together</source>
            <translation>der Name {0!r} gehört zu einem anderen Akteur als die ID {1!r} ({2!r}); wurden die Spalten einzeln sortiert? Bringen Sie Namen und IDs wieder zusammen</translation>
        </message>
        <message>
            <source>the tie names no actor here (neither a name nor an ID)</source>
            <translation>die Beziehung nennt hier keinen Akteur (weder einen Namen noch eine ID)</translation>
        </message>
        <message>
            <source>the tie refers to an unknown actor {0!r}</source>
            <translation>die Beziehung verweist auf einen unbekannten Akteur {0!r}</translation>
        </message>
        <message>
            <source>{0} actors are called {1!r}: give the tie the actor's ID</source>
            <translation>{0} Akteure heißen {1!r}: Geben Sie bei der Beziehung die ID des Akteurs an</translation>
        </message>
        <message>
            <source>the language must be 'de' or 'en', not {0!r}</source>
            <translation>die Sprache muss 'de' oder 'en' sein, nicht {0!r}</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>die Angabe ist leer</translation>
        </message>
        <message>
            <source>{0}:// is not supported; use a .netmap file or postgresql://USER@HOST:PORT/DATABASE#PROJECT</source>
            <translation>{0}:// wird nicht unterstützt; verwenden Sie eine .netmap-Datei oder postgresql://BENUTZER@SERVER:PORT/DATENBANK#PROJEKT</translation>
        </message>
        <message>
            <source>the address cannot be read ({0})</source>
            <translation>die Adresse kann nicht gelesen werden ({0})</translation>
        </message>
        <message>
            <source>the database name is missing (postgresql://USER@HOST:PORT/DATABASE#PROJECT)</source>
            <translation>der Name der Datenbank fehlt (postgresql://BENUTZER@SERVER:PORT/DATENBANK#PROJEKT)</translation>
        </message>
        <message>
            <source>the project name after '#' is missing</source>
            <translation>der Projektname nach '#' fehlt</translation>
        </message>
        <message>
            <source>the project name is longer than {0} bytes</source>
            <translation>der Projektname ist länger als {0} Byte</translation>
        </message>
        <message>
            <source>the project name contains a control character</source>
            <translation>der Projektname enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>{0!r} cannot be a project name (reserved by PostgreSQL or NetMap)</source>
            <translation>{0!r} kann kein Projektname sein (von PostgreSQL oder NetMap reserviert)</translation>
        </message>
        <message>
            <source>the tie kind {0!r} is ambiguous; it may be: {1}</source>
            <translation>die Beziehungsart {0!r} ist mehrdeutig; in Frage kommen: {1}</translation>
        </message>
        <message>
            <source>unknown tie kind {0!r} (kinds: {1})</source>
            <translation>unbekannte Beziehungsart {0!r} (Beziehungsarten: {1})</translation>
        </message>
        <message>
            <source>the snapshot label {0!r} is ambiguous; it may be: {1}</source>
            <translation>der Name der Momentaufnahme {0!r} ist mehrdeutig; in Frage kommen: {1}</translation>
        </message>
        <message>
            <source>influence {0} is outside 0-10</source>
            <translation>der Einfluss {0} liegt nicht zwischen 0 und 10</translation>
        </message>
        <message>
            <source>there is no actor with id {0}</source>
            <translation>es gibt keinen Akteur mit der ID {0}</translation>
        </message>
        <message>
            <source>no actors with ids {0}</source>
            <translation>keine Akteure mit den IDs {0}</translation>
        </message>
        <message>
            <source>name the contact person to erase</source>
            <translation>nennen Sie die Ansprechperson, die gelöscht werden soll</translation>
        </message>
        <message>
            <source>no contact person named {0!r} on the map or in any snapshot</source>
            <translation>keine Ansprechperson namens {0!r} auf der Karte oder in einer Momentaufnahme</translation>
        </message>
        <message>
            <source>the project name</source>
            <translation>der Projektname</translation>
        </message>
        <message>
            <source>the town</source>
            <translation>der Name der Stadt/Gemeinde</translation>
        </message>
        <message>
            <source>the topic</source>
            <translation>das Thema</translation>
        </message>
        <message>
            <source>the facilitator</source>
            <translation>der Name der Moderation</translation>
        </message>
        <message>
            <source>language {0!r} is not one of de, en</source>
            <translation>die Sprache {0!r} ist weder de noch en</translation>
        </message>
        <message>
            <source>catalogue keys must be unique and not empty</source>
            <translation>Katalogschlüssel müssen eindeutig und dürfen nicht leer sein</translation>
        </message>
        <message>
            <source>a catalogue label</source>
            <translation>eine Katalogbezeichnung</translation>
        </message>
        <message>
            <source>the entries {0} are still used on the map and cannot be removed</source>
            <translation>die Einträge {0} werden auf der Karte noch verwendet und können nicht entfernt werden</translation>
        </message>
        <message>
            <source>{0!r} is not a kind of source (kinds: {1})</source>
            <translation>{0!r} ist keine Art von Quelle (Arten: {1})</translation>
        </message>
        <message>
            <source>{0!r} is not a date of the form YYYY-MM-DD</source>
            <translation>{0!r} ist kein Datum der Form JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>some of these actors do not exist</source>
            <translation>einige dieser Akteure gibt es nicht</translation>
        </message>
        <message>
            <source>there is no cluster with id {0}</source>
            <translation>kein Cluster mit der ID {0} vorhanden</translation>
        </message>
        <message>
            <source>{0} is {1:,} characters long; at most {2:,} are allowed</source>
            <translation>{0} ist {1} Zeichen lang; erlaubt sind höchstens {2}</translation>
        </message>
        <message>
            <source>{0} contains the control character U+{1:04X}</source>
            <translation>{0} enthält das Steuerzeichen U+{1:04X}</translation>
        </message>
        <message>
            <source>the number of participants</source>
            <translation>die Zahl der Teilnehmenden</translation>
        </message>
        <message>
            <source>the workshop step</source>
            <translation>der Schritt des Workshops</translation>
        </message>
        <message>
            <source>the dots per participant</source>
            <translation>die Punkte je Teilnehmerin/Teilnehmer</translation>
        </message>
        <message>
            <source>{0} must be between 0 and {1}, not {2}</source>
            <translation>{0} muss zwischen 0 und {1} liegen, nicht bei {2}</translation>
        </message>
        <message>
            <source>the open questions</source>
            <translation>die offenen Fragen</translation>
        </message>
        <message>
            <source>{0} {1!r} is not in the project's catalogue</source>
            <translation>{0} {1!r} steht nicht im Katalog des Projekts</translation>
        </message>
        <message>
            <source>an actor needs a name</source>
            <translation>ein Akteur braucht einen Namen</translation>
        </message>
        <message>
            <source>the actor's name</source>
            <translation>der Name des Akteurs</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>das Feld „Notizen“</translation>
        </message>
        <message>
            <source>a tag</source>
            <translation>ein Schlagwort</translation>
        </message>
        <message>
            <source>the contact's name</source>
            <translation>der Name der Ansprechperson</translation>
        </message>
        <message>
            <source>the contact's role</source>
            <translation>die Funktion der Ansprechperson</translation>
        </message>
        <message>
            <source>the contact's e-mail</source>
            <translation>die E-Mail-Adresse der Ansprechperson</translation>
        </message>
        <message>
            <source>the contact's phone</source>
            <translation>die Telefonnummer der Ansprechperson</translation>
        </message>
        <message>
            <source>dots cannot be negative</source>
            <translation>Punkte können nicht negativ sein</translation>
        </message>
        <message>
            <source>a tie must join two actors of the map</source>
            <translation>eine Beziehung muss zwei Akteure der Karte verbinden</translation>
        </message>
        <message>
            <source>a tie must join two different actors</source>
            <translation>eine Beziehung muss zwei verschiedene Akteure verbinden</translation>
        </message>
        <message>
            <source>strength {0} is outside 1-3</source>
            <translation>die Stärke {0} liegt nicht zwischen 1 und 3</translation>
        </message>
        <message>
            <source>tie kind</source>
            <translation>Beziehungsart</translation>
        </message>
        <message>
            <source>a cluster needs a heading</source>
            <translation>ein Cluster braucht eine Überschrift</translation>
        </message>
        <message>
            <source>the cluster's heading</source>
            <translation>die Überschrift des Clusters</translation>
        </message>
        <message>
            <source>cluster members {0} are not actors of the map</source>
            <translation>die Cluster-Mitglieder {0} sind keine Akteure der Karte</translation>
        </message>
        <message>
            <source>the upgrade would break references between its tables; the file was not changed</source>
            <translation>die Aktualisierung würde Verweise zwischen ihren Tabellen zerstören; die Datei wurde nicht geändert</translation>
        </message>
        <message>
            <source>the database holds no project of that name</source>
            <translation>die Datenbank enthält kein Projekt mit diesem Namen</translation>
        </message>
        <message>
            <source>the project is empty</source>
            <translation>das Projekt ist leer</translation>
        </message>
        <message>
            <source>it needs an upgrade, which is impossible read-only</source>
            <translation>es muss aktualisiert werden, was schreibgeschützt nicht möglich ist</translation>
        </message>
        <message>
            <source>it holds tables of another program</source>
            <translation>es enthält Tabellen eines anderen Programms</translation>
        </message>
        <message>
            <source>a project can only be renamed within its own database</source>
            <translation>ein Projekt kann nur innerhalb seiner eigenen Datenbank umbenannt werden</translation>
        </message>
        <message>
            <source>not a postgresql:// address</source>
            <translation>keine postgresql://-Adresse</translation>
        </message>
        <message>
            <source>it holds no NetMap tables</source>
            <translation>sie enthält keine NetMap-Tabellen</translation>
        </message>
        <message>
            <source>it names no schema version</source>
            <translation>sie nennt keine Schemaversion</translation>
        </message>
        <message>
            <source>the file is not a database</source>
            <translation>die Datei ist keine Datenbank</translation>
        </message>
        <message>
            <source>the database cannot be read ({0})</source>
            <translation>die Datenbank kann nicht gelesen werden ({0})</translation>
        </message>
        <message>
            <source>it is a database of another program</source>
            <translation>sie ist eine Datenbank eines anderen Programms</translation>
        </message>
        <message>
            <source>a crash left an unfinished change behind; open the project again</source>
            <translation>ein Absturz hat eine unvollendete Änderung hinterlassen; öffnen Sie das Projekt erneut</translation>
        </message>
        <message>
            <source>there is no {0} with id {1}</source>
            <translation>{0} mit der ID {1} gibt es nicht</translation>
        </message>
        <message>
            <source>the edit does not fit the map ({0})</source>
            <translation>die Änderung passt nicht zur Karte ({0})</translation>
        </message>
        <message>
            <source>{0}: the workbook was exported from the snapshot {1!r}, which this project does not have; importing it could undo later changes. Import it into a new project, or clear the row 'Exported from snapshot' on its project sheet to import it as the current map</source>
            <translation>{0}: die Arbeitsmappe wurde aus der Momentaufnahme {1!r} exportiert, die dieses Projekt nicht hat; ihr Import könnte spätere Änderungen rückgängig machen. Importieren Sie sie in ein neues Projekt, oder leeren Sie auf ihrem Blatt Projekt die Zeile 'Exportiert aus Momentaufnahme', um sie als aktuelle Karte zu importieren</translation>
        </message>
        <message>
            <source>{0}: NetMap cannot export files without an extension; it exports {1}</source>
            <translation>{0}: NetMap kann keine Dateien ohne Endung exportieren; es exportiert {1}</translation>
        </message>
        <message>
            <source>{0}: NetMap cannot export {1}; it exports {2}</source>
            <translation>{0}: NetMap kann keine {1}-Dateien exportieren; es exportiert {2}</translation>
        </message>
        <message>
            <source>{0}: the layout {1!r} is for {2} files</source>
            <translation>{0}: das Layout {1!r} ist für {2}-Dateien</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>a snapshot needs a label</source>
            <translation>eine Momentaufnahme braucht eine Bezeichnung</translation>
        </message>
        <message>
            <source>the snapshot's label</source>
            <translation>die Bezeichnung der Momentaufnahme</translation>
        </message>
        <message>
            <source>a snapshot labelled {0!r} exists already</source>
            <translation>eine Momentaufnahme mit der Bezeichnung {0!r} gibt es schon</translation>
        </message>
        <message>
            <source>the snapshot's note</source>
            <translation>die Notiz der Momentaufnahme</translation>
        </message>
        <message>
            <source>the data has {0:,} more values than {1} matrix(es) of this size</source>
            <translation type="vanished">die Daten enthalten {0} Werte mehr, als in {1} Matrix/Matrizen dieser Größe passen</translation>
        </message>
        <message>
            <source>{0} is already open by {1} on {2} (since {3}); it can be opened read-only</source>
            <translation type="vanished">{0} ist bereits von {1} am Rechner {2} geöffnet (seit {3}); es kann schreibgeschützt geöffnet werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">eine andere Person hat {0} {1!r} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by {2} at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">{2} hat {0} {1!r} am {3} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by {2} while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">{2} hat {0} {1!r} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by another user at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">eine andere Person hat {0} {1!r} am {3} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by another user while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">eine andere Person hat {0} {1!r} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation type="vanished">{2} hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation type="vanished">{2} hat {0} {1!r} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation type="vanished">eine andere Person hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation type="vanished">eine andere Person hat {0} {1!r} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">{2} hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">{2} hat {0} {1!r} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation type="vanished">eine andere Person hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
    </context>
    <context>
        <name>Explanation</name>
        <message>
            <source>How many others is this actor directly connected with?</source>
            <translation>Mit wie vielen anderen steht dieser Akteur direkt in Verbindung?</translation>
        </message>
        <message>
            <source>What share of all other actors is directly connected with this one?</source>
            <translation>Welcher Anteil aller anderen Akteure ist direkt mit diesem verbunden?</translation>
        </message>
        <message>
            <source>How many ties run from others to this actor?</source>
            <translation>Wie viele Verbindungen gehen von anderen zu diesem Akteur?</translation>
        </message>
        <message>
            <source>How many ties run from this actor to others?</source>
            <translation>Wie viele Verbindungen gehen von diesem Akteur zu anderen?</translation>
        </message>
        <message>
            <source>How many and how strong are this actor's ties, taken together?</source>
            <translation>Wie viele und wie starke Verbindungen hat dieser Akteur zusammengenommen?</translation>
        </message>
        <message>
            <source>Who links groups that would otherwise know nothing of each other?</source>
            <translation>Wer verbindet Gruppen, die sonst nichts voneinander wissen?</translation>
        </message>
        <message>
            <source>Who reaches everyone else in the fewest steps?</source>
            <translation>Wer erreicht alle anderen über die wenigsten Zwischenschritte?</translation>
        </message>
        <message>
            <source>Who is connected to actors who are well connected themselves?</source>
            <translation>Wer ist mit Akteuren verbunden, die selbst gut vernetzt sind?</translation>
        </message>
        <message>
            <source>Where do you most likely end up when you follow the ties through the network?</source>
            <translation>Bei wem landet man am ehesten, wenn man den Verbindungen im Netz folgt?</translation>
        </message>
        <message>
            <source>How far do this actor's contacts already know each other, leaving it little to broker?</source>
            <translation>Wie sehr kennen sich die Kontakte dieses Akteurs schon untereinander, sodass er wenig vermitteln kann?</translation>
        </message>
        <message>
            <source>How many separate circles does this actor have access to?</source>
            <translation>Zu wie vielen getrennten Kreisen hat dieser Akteur Zugang?</translation>
        </message>
        <message>
            <source>Which group, more closely tied within than to the rest, does this actor belong to?</source>
            <translation>Zu welcher Gruppe gehört dieser Akteur, die untereinander enger verbunden ist als mit dem Rest?</translation>
        </message>
        <message>
            <source>Does the network fall apart if this actor leaves?</source>
            <translation>Zerfällt das Netz, wenn dieser Akteur wegfällt?</translation>
        </message>
        <message>
            <source>How many actors lose their connection if this actor leaves?</source>
            <translation>Wie viele Akteure verlieren den Anschluss, wenn dieser Akteur wegfällt?</translation>
        </message>
        <message>
            <source>How deep inside the dense core of the network, rather than at its edge, is this actor?</source>
            <translation>Wie tief steckt dieser Akteur im dichten Kern des Netzes statt am Rand?</translation>
        </message>
        <message>
            <source>How often does this actor broker between two others who have no direct tie?</source>
            <translation>Wie oft vermittelt dieser Akteur zwischen zwei anderen, die keine direkte Verbindung haben?</translation>
        </message>
        <message>
            <source>How often does the actor broker within its own group?</source>
            <translation>Wie oft vermittelt der Akteur innerhalb der eigenen Gruppe?</translation>
        </message>
        <message>
            <source>How often does the actor broker between two members of another group?</source>
            <translation>Wie oft vermittelt der Akteur zwischen zwei Mitgliedern einer anderen Gruppe?</translation>
        </message>
        <message>
            <source>How often does the actor carry something from its own group to another group?</source>
            <translation>Wie oft trägt der Akteur etwas aus der eigenen Gruppe zu einer anderen Gruppe?</translation>
        </message>
        <message>
            <source>How often does the actor let something from outside into its own group?</source>
            <translation>Wie oft lässt der Akteur etwas von außen in die eigene Gruppe hinein?</translation>
        </message>
        <message>
            <source>How often does the actor link two other groups it does not belong to itself?</source>
            <translation>Wie oft verbindet der Akteur zwei andere Gruppen, zu denen er selbst nicht gehört?</translation>
        </message>
        <message>
            <source>What share of all possible ties actually exists?</source>
            <translation>Welcher Anteil aller möglichen Verbindungen besteht tatsächlich?</translation>
        </message>
        <message>
            <source>Into how many parts with no connection at all between them does the network fall?</source>
            <translation>In wie viele Teile, die keinerlei Verbindung zueinander haben, zerfällt das Netz?</translation>
        </message>
        <message>
            <source>Through how many steps do two actors reach each other on average?</source>
            <translation>Über wie viele Zwischenschritte erreichen sich zwei Akteure im Durchschnitt?</translation>
        </message>
        <message>
            <source>How clearly does the network split into groups that keep mostly to themselves?</source>
            <translation>Wie deutlich zerfällt das Netz in Gruppen, die vor allem unter sich bleiben?</translation>
        </message>
        <message>
            <source>How well do the hand-drawn clusters match the groups found in the ties?</source>
            <translation>Wie gut stimmen die von Hand gezeichneten Cluster mit den gefundenen Gruppen überein?</translation>
        </message>
        <message>
            <source>Which single tie holds two parts of the network together?</source>
            <translation>Welche einzelne Verbindung hält zwei Teile des Netzes zusammen?</translation>
        </message>
        <message>
            <source>What happens to the network if this actor leaves?</source>
            <translation>Was passiert mit dem Netz, wenn dieser Akteur wegfällt?</translation>
        </message>
        <message>
            <source>Which groups of actors are missing from the map altogether?</source>
            <translation>Welche Akteursgruppen fehlen ganz auf der Karte?</translation>
        </message>
        <message>
            <source>Who is on the map but connected to no one?</source>
            <translation>Wer steht auf der Karte, hat aber mit niemandem eine Verbindung?</translation>
        </message>
        <message>
            <source>Where does the network break if someone leaves?</source>
            <translation>Wo bricht das Netz, wenn jemand wegfällt?</translation>
        </message>
        <message>
            <source>Which groups of actors are only on the edge, with at most one tie per actor?</source>
            <translation>Welche Akteursgruppen sind nur am Rand, mit höchstens einer Verbindung je Akteur, dabei?</translation>
        </message>
        <message>
            <source>Which districts do not have a single actor yet?</source>
            <translation>In welchen Stadtteilen gibt es noch keinen einzigen Akteur?</translation>
        </message>
        <message>
            <source>Which fields of action have no tie at all yet?</source>
            <translation>In welchen Handlungsfeldern gibt es noch keine einzige Zusammenarbeit?</translation>
        </message>
        <message>
            <source>Who has not been reached by the process yet, or only been informed rather than involved?</source>
            <translation>Wer wurde vom Prozess noch nicht erreicht oder nur informiert, nicht beteiligt?</translation>
        </message>
        <message>
            <source>Which groups have no direct tie to each other, and who could bring them together?</source>
            <translation>Welche Gruppen haben keine direkte Verbindung zueinander, und wer könnte sie zusammenbringen?</translation>
        </message>
        <message>
            <source>How much does the network hang on its key actors?</source>
            <translation>Wie sehr hängt das Netz an den Schlüsselakteuren?</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>CSV: a list of actors and a list of ties</source>
            <translation>CSV: eine Liste der Akteure und eine der Beziehungen</translation>
        </message>
        <message>
            <source>GraphML for yEd, Gephi, igraph</source>
            <translation>GraphML für yEd, Gephi, igraph</translation>
        </message>
        <message>
            <source>GEXF for Gephi</source>
            <translation>GEXF für Gephi</translation>
        </message>
        <message>
            <source>Web page to click through (works offline)</source>
            <translation>Webseite zum Durchklicken (funktioniert offline)</translation>
        </message>
        <message>
            <source>Poster as PDF</source>
            <translation>Poster als PDF</translation>
        </message>
        <message>
            <source>Poster as SVG</source>
            <translation>Poster als SVG</translation>
        </message>
        <message>
            <source>Poster as PNG (300 dpi)</source>
            <translation>Poster als PNG (300 dpi)</translation>
        </message>
        <message>
            <source>NetMap workbook (to edit and import again)</source>
            <translation>NetMap-Arbeitsmappe (zum Bearbeiten und Wiedereinlesen)</translation>
        </message>
        <message>
            <source>Kumu (sheets Elements and Connections)</source>
            <translation>Kumu (Blätter Elements und Connections)</translation>
        </message>
        <message>
            <source>NetMap lists</source>
            <translation>NetMap-Listen</translation>
        </message>
        <message>
            <source>Gephi (nodes Id, Label; edges Source, Target)</source>
            <translation>Gephi (Knoten Id, Label; Kanten Source, Target)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Anonymised: contact persons (and on posters also notes and the facilitator's name) are left out.</source>
            <translation>Anonymisiert: Ansprechpersonen (und auf Postern auch Notizen und der Name der Moderation) werden weggelassen.</translation>
        </message>
        <message>
            <source>Posters never show contact persons; not anonymised, they show notes and the facilitator's name.</source>
            <translation>Poster zeigen nie Ansprechpersonen; nicht anonymisiert zeigen sie Notizen und den Namen der Moderation.</translation>
        </message>
        <message>
            <source>This file will contain personal data: the contact persons (name, role, e-mail, phone). Pass it on only to those who may see them.</source>
            <translation>Diese Datei wird personenbezogene Daten enthalten: die Ansprechpersonen (Name, Funktion, E-Mail, Telefon). Geben Sie sie nur an Personen weiter, die sie sehen dürfen.</translation>
        </message>
        <message>
            <source>The map has no contact persons: the file holds no personal data.</source>
            <translation>Die Karte hat keine Ansprechpersonen: Die Datei enthält keine personenbezogenen Daten.</translation>
        </message>
        <message>
            <source>Web pages and posters are made to be shown to others: anonymised by default.</source>
            <translation>Webseiten und Poster sind dafür gemacht, anderen gezeigt zu werden: Sie werden standardmäßig anonymisiert.</translation>
        </message>
        <message>
            <source>Workbooks and network files are working files you edit and import again: they keep contact persons unless you anonymise them.</source>
            <translation>Arbeitsmappen und Netzwerkdateien sind Arbeitsdateien, die Sie bearbeiten und wieder importieren: Sie enthalten die Ansprechpersonen, wenn Sie sie nicht anonymisieren.</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>Wählen Sie eine Datei für den Export.</translation>
        </message>
        <message>
            <source>Writing “{0}” …</source>
            <translation>„{0}“ wird geschrieben …</translation>
        </message>
        <message>
            <source>The map could not be exported: {0}</source>
            <translation>Die Karte konnte nicht exportiert werden: {0}</translation>
        </message>
        <message>
            <source>Export the map</source>
            <translation>Karte exportieren</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Map:</source>
            <translation>Karte:</translation>
        </message>
        <message>
            <source>Before/after:</source>
            <translation>Vorher/nachher:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>The current map</source>
            <translation>Die aktuelle Karte</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Kein Vergleich</translation>
        </message>
        <message>
            <source>Snapshot “{0}” ({1})</source>
            <translation>Momentaufnahme „{0}“ ({1})</translation>
        </message>
        <message>
            <source>“{0}” before, the chosen map after</source>
            <translation>„{0}“ vorher, die gewählte Karte nachher</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>Anonymise: leave out every contact person</source>
            <translation>Anonymisieren: alle Ansprechpersonen weglassen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Exported: {0}</source>
            <translation>Exportiert: {0}</translation>
        </message>
        <message>
            <source>The map could not be printed: {0}</source>
            <translation>Die Karte konnte nicht gedruckt werden: {0}</translation>
        </message>
        <message>
            <source>Print the map</source>
            <translation>Karte drucken</translation>
        </message>
    </context>
    <context>
        <name>Gaps</name>
        <message>
            <source>Missing groups of actors</source>
            <translation>Fehlende Akteursgruppen</translation>
        </message>
        <message>
            <source>Single points of failure</source>
            <translation>Wo das Netz reißt, wenn jemand wegfällt</translation>
        </message>
        <message>
            <source>Dependence on the key actors</source>
            <translation>Abhängigkeit von den Schlüsselakteuren</translation>
        </message>
        <message>
            <source>Actors without ties</source>
            <translation>Akteure ohne Beziehungen</translation>
        </message>
        <message>
            <source>Groups of actors only on the edge</source>
            <translation>Akteursgruppen nur am Rand</translation>
        </message>
        <message>
            <source>Not reached or barely involved</source>
            <translation>Nicht erreicht oder kaum beteiligt</translation>
        </message>
        <message>
            <source>Groups with no tie between them</source>
            <translation>Gruppen ohne Beziehung zueinander</translation>
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
            <translation type="vanished">Nicht erreicht oder nur auf den untersten Stufen</translation>
        </message>
    </context>
    <context>
        <name>GapsView</name>
        <message>
            <source>Group around {0}</source>
            <translation>Gruppe um {0}</translation>
        </message>
        <message>
            <source>Highlighted: the actors working in this field</source>
            <translation>Hervorgehoben: die Akteure, die in diesem Handlungsfeld arbeiten</translation>
        </message>
        <message>
            <source>{0} – cuts off {1}</source>
            <translation>{0} – trennt {1} ab</translation>
        </message>
        <message>
            <source>If {0} leaves, these lose their connection: {1}</source>
            <translation>Wenn {0} wegfällt, verlieren diese den Anschluss: {1}</translation>
        </message>
        <message>
            <source>all without ties</source>
            <translation>alle ohne Beziehungen</translation>
        </message>
        <message>
            <source>Best placed to bring them together: {0}</source>
            <translation>Am besten geeignet, sie zusammenzubringen: {0}</translation>
        </message>
        <message>
            <source>{0}: {1} of all shortest paths run through it</source>
            <translation>{0}: {1} aller kürzesten Wege führen hier durch</translation>
        </message>
        <message>
            <source>If they leave, these lose their connection: {0}</source>
            <translation>Fallen sie weg, verlieren diese den Anschluss: {0}</translation>
        </message>
        <message>
            <source>Not asked: no actor has one of the handbook's categories, so the map's groups are not the handbook's</source>
            <translation>Nicht geprüft: Kein Akteur hat eine Kategorie des Handbuchs, die Gruppen der Karte sind also nicht die des Handbuchs</translation>
        </message>
        <message>
            <source>Select a gap to see it on the map.</source>
            <translation>Wählen Sie eine Lücke aus, um sie auf der Karte zu sehen.</translation>
        </message>
        <message>
            <source>Groups of actors missing</source>
            <translation type="vanished">Fehlende Akteursgruppen</translation>
        </message>
        <message>
            <source>Groups only on the edge</source>
            <translation type="vanished">Akteursgruppen nur am Rand</translation>
        </message>
        <message>
            <source>Not reached or only informed</source>
            <translation type="vanished">Nicht erreicht oder nur informiert</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Self-loops left out (a tie from an actor to itself): %n</source>
            <translation>Schleifen ausgelassen (eine Beziehung eines Akteurs zu sich selbst): %n</translation>
        </message>
        <message>
            <source>Parallel ties of one kind between the same actors, kept (the analysis counts each pair once): %n</source>
            <translation>Parallele Beziehungen derselben Art zwischen denselben Akteuren, übernommen (die Analyse zählt jedes Paar einmal): %n</translation>
        </message>
        <message>
            <source>Hyperedges left out (a tie joins two actors): %n</source>
            <translation>Hyperkanten ausgelassen (eine Beziehung verbindet zwei Akteure): %n</translation>
        </message>
        <message>
            <source>Further graphs of the file left out (the first is read): %n</source>
            <translation>Weitere Graphen der Datei ausgelassen (der erste wird gelesen): %n</translation>
        </message>
        <message>
            <source>Further networks of the project file not imported: %n</source>
            <translation>Weitere Netzwerke der Projektdatei nicht importiert: %n</translation>
        </message>
        <message>
            <source>Permutations skipped (an order of vertices, not a network): %n</source>
            <translation>Permutationen übersprungen (eine Reihenfolge der Knoten, kein Netzwerk): %n</translation>
        </message>
        <message>
            <source>Time points not kept as snapshots: %n</source>
            <translation>Zeitpunkte, die keine Momentaufnahme werden: %n</translation>
        </message>
        <message>
            <source>Values of attributes NetMap does not carry, left out: %n</source>
            <translation>Werte von Attributen, die NetMap nicht übernimmt, ausgelassen: %n</translation>
        </message>
        <message>
            <source>imported from {0}</source>
            <translation>importiert aus {0}</translation>
        </message>
        <message numerus="yes">
            <source>Names normalised (invisible and text-direction characters removed, Unicode composed to NFC): %n</source>
            <translation>
                <numerusform>Vereinheitlichte Namen (unsichtbare und Schreibrichtungszeichen entfernt, Unicode zu NFC zusammengesetzt): %n</numerusform>
                <numerusform>Vereinheitlichte Namen (unsichtbare und Schreibrichtungszeichen entfernt, Unicode zu NFC zusammengesetzt): %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{0!r} (also {1})</source>
            <translation>{0!r} (auch {1})</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Actors the file names in several spellings, each kept as one actor (%n): {0}</source>
            <translation>
                <numerusform>Akteure, die die Datei verschieden schreibt, jeweils als ein Akteur übernommen (%n): {0}</numerusform>
                <numerusform>Akteure, die die Datei verschieden schreibt, jeweils als ein Akteur übernommen (%n): {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>keep as an attribute</source>
            <translation>als Attribut behalten</translation>
        </message>
        <message>
            <source>use as categories</source>
            <translation>als Kategorien verwenden</translation>
        </message>
        <message>
            <source>use as clusters</source>
            <translation>als Cluster verwenden</translation>
        </message>
        <message>
            <source>Excel workbooks: NetMap or Kumu</source>
            <translation>Excel-Arbeitsmappen: NetMap oder Kumu</translation>
        </message>
        <message>
            <source>CSV node or edge lists</source>
            <translation>CSV-Knoten- oder Kantenlisten</translation>
        </message>
        <message>
            <source>GraphML: yEd, Gephi, igraph</source>
            <translation>GraphML: yEd, Gephi, igraph</translation>
        </message>
        <message>
            <source>GEXF: Gephi</source>
            <translation>GEXF: Gephi</translation>
        </message>
        <message>
            <source>Pajek</source>
            <translation>Pajek</translation>
        </message>
        <message>
            <source>UCINET DL</source>
            <translation>UCINET DL</translation>
        </message>
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
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagworte</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Ansprechperson</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Key actor</source>
            <translation>Schlüsselakteur</translation>
        </message>
        <message>
            <source>Other attributes</source>
            <translation>Weitere Merkmale</translation>
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
            <source>All supported files</source>
            <translation>Alle unterstützten Dateien</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a map</source>
            <translation>Karte importieren</translation>
        </message>
        <message>
            <source>Reading “{0}” …</source>
            <translation>„{0}“ wird gelesen …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>“{0}” could not be imported; nothing was changed.</source>
            <translation>„{0}“ konnte nicht importiert werden; nichts wurde verändert.</translation>
        </message>
        <message>
            <source>Import “{0}”</source>
            <translation>Import „{0}“</translation>
        </message>
        <message>
            <source>Imported “{0}”: {1} new actors, {2} updated, {3} removed; {4} new ties. Undo takes it back.</source>
            <translation>„{0}“ importiert: {1} neue Akteure, {2} geändert, {3} entfernt; {4} neue Beziehungen. Rückgängig nimmt es zurück.</translation>
        </message>
    </context>
    <context>
        <name>ImportOptions</name>
        <message>
            <source>Network of the file:</source>
            <translation>Netzwerk der Datei:</translation>
        </message>
        <message>
            <source>Partition “{0}”:</source>
            <translation>Partition „{0}“:</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>Importvorschau</translation>
        </message>
        <message>
            <source>Importing “{0}” would change the map as listed below. Nothing is changed until you choose Import; afterwards Undo takes it back.</source>
            <translation>Der Import von „{0}“ würde die Karte wie unten aufgeführt ändern. Nichts wird verändert, bevor Sie Importieren wählen; danach nimmt Rückgängig es zurück.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Now → after the import</source>
            <translation>Jetzt → nach dem Import</translation>
        </message>
        <message>
            <source>Replace the map: remove the actors and ties that are not in the file (matched actors keep their position and their snapshots)</source>
            <translation>Karte ersetzen: Akteure und Beziehungen entfernen, die nicht in der Datei stehen (zugeordnete Akteure behalten ihre Position und ihre Momentaufnahmen)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… und {0} weitere</translation>
        </message>
        <message>
            <source>Category: {0}</source>
            <translation>Kategorie: {0}</translation>
        </message>
        <message>
            <source>New actors ({0})</source>
            <translation>Neue Akteure ({0})</translation>
        </message>
        <message>
            <source>Matched actors whose attributes differ ({0})</source>
            <translation>Zugeordnete Akteure mit abweichenden Merkmalen ({0})</translation>
        </message>
        <message>
            <source>Matched actors without differences ({0})</source>
            <translation>Zugeordnete Akteure ohne Abweichungen ({0})</translation>
        </message>
        <message>
            <source>Actors removed from the map ({0})</source>
            <translation>Von der Karte entfernte Akteure ({0})</translation>
        </message>
        <message>
            <source>Kind: {0}</source>
            <translation>Art: {0}</translation>
        </message>
        <message>
            <source>New ties ({0})</source>
            <translation>Neue Beziehungen ({0})</translation>
        </message>
        <message>
            <source>Ties whose attributes differ ({0})</source>
            <translation>Beziehungen mit abweichenden Merkmalen ({0})</translation>
        </message>
        <message>
            <source>Ties removed from the map ({0})</source>
            <translation>Von der Karte entfernte Beziehungen ({0})</translation>
        </message>
        <message>
            <source>New catalogue entries ({0})</source>
            <translation>Neue Katalogeinträge ({0})</translation>
        </message>
        <message>
            <source>New clusters ({0})</source>
            <translation>Neue Cluster ({0})</translation>
        </message>
        <message>
            <source>Clusters with other members ({0})</source>
            <translation>Cluster mit anderen Mitgliedern ({0})</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Kommune</translation>
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
            <translation>Workshop-Datum</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Changed project facts ({0})</source>
            <translation>Geänderte Projektangaben ({0})</translation>
        </message>
        <message>
            <source>Dated snapshots, one per time point of the file ({0})</source>
            <translation>Datierte Momentaufnahmen, eine je Zeitpunkt der Datei ({0})</translation>
        </message>
        <message>
            <source>Left out or kept as they are ({0})</source>
            <translation>Ausgelassen oder unverändert übernommen ({0})</translation>
        </message>
        <message>
            <source>{0} new actors, {1} matched ({2} with differences); {3} new ties, {4} changed.</source>
            <translation>{0} neue Akteure, {1} zugeordnet ({2} mit Abweichungen); {3} neue Beziehungen, {4} geändert.</translation>
        </message>
        <message>
            <source>The file holds {0} actors and {1} ties.</source>
            <translation>Die Datei enthält {0} Akteure und {1} Beziehungen.</translation>
        </message>
        <message>
            <source>Replacing removes {0} actors and {1} ties from the map.</source>
            <translation>Das Ersetzen entfernt {0} Akteure und {1} Beziehungen von der Karte.</translation>
        </message>
        <message>
            <source>The file holds nothing that is not on the map already: importing would change nothing.</source>
            <translation>Die Datei enthält nichts, was nicht schon auf der Karte ist: Der Import würde nichts ändern.</translation>
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
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite participants</source>
            <translation>Teilnehmende einladen</translation>
        </message>
        <message>
            <source>Participants can propose actors, ties, ratings and dots from their own phones. Their phones connect to this laptop over the network it is on, for example the room's Wi-Fi: choose that network below. Nothing goes to the internet; the map is served from this laptop, and only while this window is open. Proposals wait in the queue until you decide on them.</source>
            <translation>Die Teilnehmenden können mit ihren eigenen Handys Akteure, Beziehungen, Bewertungen und Punkte vorschlagen. Die Handys verbinden sich über das Netz, in dem dieser Laptop ist, zum Beispiel das WLAN des Raums: Wählen Sie dieses Netz unten aus. Nichts geht ins Internet; die Karte kommt von diesem Laptop, und nur solange dieses Fenster offen ist. Vorschläge warten in der Liste, bis Sie darüber entscheiden.</translation>
        </message>
        <message>
            <source>Network the phones are on</source>
            <translation>Netz, in dem die Handys sind</translation>
        </message>
        <message>
            <source>Only this computer (to try it out) – {0}</source>
            <translation>Nur dieser Computer (zum Ausprobieren) – {0}</translation>
        </message>
        <message>
            <source>Network “{0}” – phones in the same network can join ({1})</source>
            <translation>Netz „{0}“ – Handys im selben Netz können teilnehmen ({1})</translation>
        </message>
        <message>
            <source>Dots per phone:</source>
            <translation>Punkte pro Handy:</translation>
        </message>
        <message>
            <source>Start inviting</source>
            <translation>Einladung starten</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera, or type the address:</source>
            <translation>Scannen Sie den Code mit der Kamera Ihres Handys oder tippen Sie die Adresse ein:</translation>
        </message>
        <message>
            <source>Choose the network the phones are on.</source>
            <translation>Wählen Sie das Netz, in dem die Handys sind.</translation>
        </message>
        <message>
            <source>The invitation could not start: {0}</source>
            <translation>Die Einladung konnte nicht starten: {0}</translation>
        </message>
        <message>
            <source>Code: {0}</source>
            <translation>Code: {0}</translation>
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
        <message>
            <source>tower: the room's influence votes, filled to the median; red line: lowest to highest vote</source>
            <translation>Turm: Einflussstimmen des Raums, gefüllt bis zum Median; rote Linie: niedrigste bis höchste Stimme</translation>
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
        <name>LookBackPage</name>
        <message>
            <source>The map now is the copy to change: remove or change what did not exist in {0}.</source>
            <translation>Die Karte ist jetzt die Kopie zum Ändern: Entfernen oder ändern Sie, was es {0} noch nicht gab.</translation>
        </message>
        <message>
            <source>Year: </source>
            <translation>Jahr: </translation>
        </message>
        <message>
            <source>1. Start from a copy of today's map</source>
            <translation>1. Mit einer Kopie der heutigen Karte beginnen</translation>
        </message>
        <message>
            <source>2. Store it as the map of that year and compare</source>
            <translation>2. Als Karte dieses Jahres speichern und vergleichen</translation>
        </message>
        <message>
            <source>Cancel: back to today's map</source>
            <translation>Abbrechen: zurück zur heutigen Karte</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Invite participants…</source>
            <translation>&amp;Teilnehmende einladen…</translation>
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
        <name>MapEntry</name>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>MapFollower</name>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>Es wurde nichts geändert: {0}</translation>
        </message>
        <message>
            <source>Your change was stored, but the map could not be read back ({0}); it is shown as soon as the server answers.</source>
            <translation>Ihre Änderung wurde gespeichert, aber die Karte konnte nicht neu gelesen werden ({0}); sie wird angezeigt, sobald der Server wieder antwortet.</translation>
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n Akteur</numerusform>
                <numerusform>%n Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n Beziehung</numerusform>
                <numerusform>%n Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters</source>
            <translation>
                <numerusform>%n Cluster</numerusform>
                <numerusform>%n Cluster</numerusform>
            </translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>schreibgeschützt</translation>
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
        <message>
            <source>The previous edit is still being stored; please try again in a moment.</source>
            <translation type="vanished">Die vorige Änderung wird noch gespeichert; bitte versuchen Sie es gleich noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>“{0}”</source>
            <translation>„{0}“</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with %n ties</source>
            <translation>
                <numerusform>mit %n Beziehung</numerusform>
                <numerusform>mit %n Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n Beziehung</numerusform>
                <numerusform>%n Beziehungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleted: {0}</source>
            <translation>Gelöscht: {0}</translation>
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message>
            <source>Network monitoring: {0}</source>
            <translation>Netzwerk-Monitoring: {0}</translation>
        </message>
        <message>
            <source>Network monitoring</source>
            <translation>Netzwerk-Monitoring</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Grafik (*.svg)</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>The chart could not be exported: {0}</source>
            <translation>Das Diagramm konnte nicht exportiert werden: {0}</translation>
        </message>
        <message>
            <source>Exported: {0}</source>
            <translation>Exportiert: {0}</translation>
        </message>
        <message>
            <source>Monitoring – the network over time</source>
            <translation>Monitoring – das Netzwerk im Zeitverlauf</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>Include the current map (“today”)</source>
            <translation>Aktuelle Karte einbeziehen („heute“)</translation>
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation>Als PNG exportieren…</translation>
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation>Als SVG exportieren…</translation>
        </message>
        <message>
            <source>{0} snapshots from {1} to {2}</source>
            <translation>{0} Momentaufnahmen vom {1} bis zum {2}</translation>
        </message>
        <message>
            <source>“today”: the current map</source>
            <translation>„heute“: die aktuelle Karte</translation>
        </message>
        <message>
            <source>No snapshots yet: take a snapshot after each workshop, and this chart shows how the network develops.</source>
            <translation>Noch keine Momentaufnahmen: Halten Sie nach jedem Workshop eine fest, dann zeigt dieses Diagramm, wie sich das Netzwerk entwickelt.</translation>
        </message>
        <message>
            <source>Choose the indicators to show.</source>
            <translation>Wählen Sie die Kennzahlen aus, die gezeigt werden sollen.</translation>
        </message>
        <message>
            <source>Current map</source>
            <translation>Aktuelle Karte</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
    </context>
    <context>
        <name>OverlayBanner</name>
        <message>
            <source>Comparison with “{0}”: green – new since then, amber – changed, grey dashed – no longer there; everything else is muted.</source>
            <translation>Vergleich mit „{0}“: grün – seitdem neu, gelb – verändert, grau gestrichelt – nicht mehr dabei; alles andere ist blass.</translation>
        </message>
        <message>
            <source>End comparison</source>
            <translation>Vergleich beenden</translation>
        </message>
    </context>
    <context>
        <name>Participation</name>
        <message>
            <source>--approve takes a proposal number or all</source>
            <translation>--approve erwartet eine Vorschlagsnummer oder all</translation>
        </message>
        <message>
            <source>Proposal from the workshop on {0}</source>
            <translation>Vorschlag aus dem Workshop am {0}</translation>
        </message>
        <message>
            <source>there is no proposal number {0}</source>
            <translation>es gibt keinen Vorschlag Nummer {0}</translation>
        </message>
        <message>
            <source>proposal number {0} has been decided already</source>
            <translation>über Vorschlag Nummer {0} ist schon entschieden</translation>
        </message>
        <message>
            <source>an edited proposal must stay of its kind</source>
            <translation>ein bearbeiteter Vorschlag muss von seiner Art bleiben</translation>
        </message>
        <message>
            <source>only a proposed actor can be merged</source>
            <translation>nur ein vorgeschlagener Akteur kann zusammengeführt werden</translation>
        </message>
        <message>
            <source>(removed actor #{0})</source>
            <translation>(entfernter Akteur Nr. {0})</translation>
        </message>
        <message>
            <source>Actor “{0}”</source>
            <translation>Akteur „{0}“</translation>
        </message>
        <message>
            <source>Tie {0} – {1}</source>
            <translation>Beziehung {0} – {1}</translation>
        </message>
        <message>
            <source>influence {0}</source>
            <translation>Einfluss {0}</translation>
        </message>
        <message>
            <source>Rating of {0}: {1}</source>
            <translation>Bewertung von {0}: {1}</translation>
        </message>
        <message>
            <source>Dot on {0}</source>
            <translation>Punkt auf {0}</translation>
        </message>
        <message>
            <source>you have placed all your dots</source>
            <translation>Sie haben alle Ihre Punkte gesetzt</translation>
        </message>
        <message>
            <source>{0} must be text</source>
            <translation>{0} muss Text sein</translation>
        </message>
        <message>
            <source>{0} is missing</source>
            <translation>{0} fehlt</translation>
        </message>
        <message>
            <source>{0} must be a whole number</source>
            <translation>{0} muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>the actor is not on the map (any more)</source>
            <translation>der Akteur ist nicht (mehr) auf der Karte</translation>
        </message>
        <message>
            <source>a proposal must be a JSON object</source>
            <translation>ein Vorschlag muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>the kind must be one of actor, tie, rating, dot</source>
            <translation>die Art muss actor, tie, rating oder dot sein</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>der Name</translation>
        </message>
        <message>
            <source>the category</source>
            <translation>die Kategorie</translation>
        </message>
        <message>
            <source>the district</source>
            <translation>der Stadtteil</translation>
        </message>
        <message>
            <source>the first actor</source>
            <translation>der erste Akteur</translation>
        </message>
        <message>
            <source>the second actor</source>
            <translation>der zweite Akteur</translation>
        </message>
        <message>
            <source>the kind of tie</source>
            <translation>die Art der Beziehung</translation>
        </message>
        <message>
            <source>the influence</source>
            <translation>der Einfluss</translation>
        </message>
        <message>
            <source>the attitude</source>
            <translation>die Haltung</translation>
        </message>
        <message>
            <source>the attitude must be one of supportive, neutral, critical</source>
            <translation>die Haltung muss supportive, neutral oder critical sein</translation>
        </message>
        <message>
            <source>a rating needs an influence or an attitude</source>
            <translation>eine Bewertung braucht einen Einfluss oder eine Haltung</translation>
        </message>
        <message>
            <source>the actor</source>
            <translation>der Akteur</translation>
        </message>
        <message>
            <source>{0} is not an IPv4 address of this computer</source>
            <translation>{0} ist keine IPv4-Adresse dieses Computers</translation>
        </message>
        <message>
            <source>cannot serve on {0}:{1}: {2}</source>
            <translation>auf {0}:{1} kann nicht bereitgestellt werden: {2}</translation>
        </message>
        <message>
            <source>the proposal is too long</source>
            <translation>der Vorschlag ist zu lang</translation>
        </message>
        <message>
            <source>the proposal is not valid JSON</source>
            <translation>der Vorschlag ist kein gültiges JSON</translation>
        </message>
        <message>
            <source>the device token is missing</source>
            <translation>die Gerätekennung fehlt</translation>
        </message>
        <message>
            <source>too many proposals at once; please wait a moment</source>
            <translation>zu viele Vorschläge auf einmal; bitte kurz warten</translation>
        </message>
        <message>
            <source>the proposal could not be stored; please try again</source>
            <translation>der Vorschlag konnte nicht gespeichert werden; bitte noch einmal versuchen</translation>
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
            <source>{actors}, {ties}, {components}, density {density}</source>
            <translation>{actors}, {ties}, {components}, Dichte {density}</translation>
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
            <source>Separate parts</source>
            <translation>Getrennte Teilnetze</translation>
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
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n Akteur</numerusform>
                <numerusform>%n Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n Beziehung</numerusform>
                <numerusform>%n Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n separate parts</source>
            <translation>
                <numerusform>%n getrenntes Teilnetz</numerusform>
                <numerusform>%n getrennte Teilnetze</numerusform>
            </translation>
        </message>
        <message>
            <source>Categories without any actor: {names}</source>
            <translation type="vanished">Kategorien ohne Akteur: {names}</translation>
        </message>
        <message>
            <source>Actors without ties: {names}</source>
            <translation type="vanished">Akteure ohne Beziehungen: {names}</translation>
        </message>
        <message>
            <source>{actors} actors, {ties} ties, {components} connected parts, density {density}</source>
            <translation type="vanished">{actors} Akteure, {ties} Beziehungen, {components} zusammenhängende Teile, Dichte {density}</translation>
        </message>
        <message>
            <source>Connected parts</source>
            <translation type="vanished">Zusammenhängende Teile</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>The map could not be printed: {0}</source>
            <translation>Die Karte konnte nicht gedruckt werden: {0}</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier:</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>Ausrichtung:</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>US Legal</source>
            <translation>US Legal</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
    </context>
    <context>
        <name>ProjectController</name>
        <message>
            <source>Open project read-only</source>
            <translation>Projekt schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
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
            <source>Participants (a number, no names)</source>
            <translation>Teilnehmende (Anzahl, keine Namen)</translation>
        </message>
        <message>
            <source>Priority dots per participant</source>
            <translation>Prioritätspunkte je Person</translation>
        </message>
        <message>
            <source>Open questions (one per line)</source>
            <translation>Offene Fragen (eine je Zeile)</translation>
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
            <source>Participants</source>
            <translation>Teilnehmende</translation>
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
        <message>
            <source>“{0}” was opened by {1} on the computer {2} (since {3}); that computer has not been heard from for more than {4} minutes.</source>
            <translation>„{0}“ wurde von {1} am Rechner {2} geöffnet (seit {3}); von diesem Rechner kam seit mehr als {4} Minuten kein Lebenszeichen.</translation>
        </message>
        <message>
            <source>Perhaps NetMap crashed there or the computer lost the network. If {0} is still working on the map, opening it anyway lets both of you change it and work can be lost: ask {0} first if you can.</source>
            <translation>Vielleicht ist NetMap dort abgestürzt oder der Rechner hat die Netzwerkverbindung verloren. Wenn {0} noch an der Karte arbeitet und Sie sie trotzdem öffnen, können Sie beide sie ändern, und Arbeit kann verloren gehen: Fragen Sie {0} vorher, wenn möglich.</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>Trotzdem öffnen</translation>
        </message>
        <message>
            <source>Address of the team project (postgresql://USER@HOST:PORT/DATABASE#PROJECT):</source>
            <translation type="vanished">Adresse des Teamprojekts (postgresql://BENUTZER@SERVER:PORT/DATENBANK#PROJEKT):</translation>
        </message>
    </context>
    <context>
        <name>ProposalEditor</name>
        <message>
            <source>Edit the proposal, then approve</source>
            <translation>Vorschlag bearbeiten, dann annehmen</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Kategorie:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Stadtteil:</translation>
        </message>
        <message>
            <source>Kind of tie:</source>
            <translation>Art der Beziehung:</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Annehmen</translation>
        </message>
    </context>
    <context>
        <name>ProposalsPanel</name>
        <message>
            <source>Approve proposal: {0}</source>
            <translation>Vorschlag annehmen: {0}</translation>
        </message>
        <message>
            <source>Merge proposal with “{0}”</source>
            <translation>Vorschlag mit „{0}“ zusammenführen</translation>
        </message>
        <message>
            <source>Reject proposal: {0}</source>
            <translation>Vorschlag ablehnen: {0}</translation>
        </message>
        <message>
            <source>Approve at once</source>
            <translation>Sofort annehmen</translation>
        </message>
        <message>
            <source>Put proposals on the map at once (for small trusted groups)</source>
            <translation>Vorschläge sofort auf die Karte setzen (für kleine, vertraute Gruppen)</translation>
        </message>
        <message>
            <source>Same as:</source>
            <translation>Derselbe wie:</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <source>Edit, then approve…</source>
            <translation>Bearbeiten, dann annehmen…</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Actors already on the map with the same or a similar name</source>
            <translation>Akteure auf der Karte mit gleichem oder ähnlichem Namen</translation>
        </message>
        <message>
            <source>Phones can join at {0}</source>
            <translation>Handys können teilnehmen unter {0}</translation>
        </message>
        <message>
            <source>Not inviting at the moment (Workshop ▸ Invite participants…)</source>
            <translation>Derzeit keine Einladung (Workshop ▸ Teilnehmende einladen…)</translation>
        </message>
        <message>
            <source>Proposals waiting: {0}.</source>
            <translation>Wartende Vorschläge: {0}.</translation>
        </message>
    </context>
    <context>
        <name>Protocol</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiteres</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Datum des Workshops</translation>
        </message>
        <message>
            <source>Facilitation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message numerus="yes">
            <source>%n people (not named here)</source>
            <translation>
                <numerusform>%n Person (hier nicht namentlich genannt)</numerusform>
                <numerusform>%n Personen (hier nicht namentlich genannt)</numerusform>
            </translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>Nächster Termin</translation>
        </message>
        <message>
            <source>The group meets again on {date} to repeat the map.</source>
            <translation>Die Gruppe trifft sich am {date} wieder, um die Karte zu wiederholen.</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Offene Fragen</translation>
        </message>
        <message>
            <source>The group wrote down no open questions.</source>
            <translation>Die Gruppe hat keine offenen Fragen notiert.</translation>
        </message>
        <message>
            <source>Results protocol: network analysis {town}</source>
            <translation>Ergebnisprotokoll: Netzwerkanalyse {town}</translation>
        </message>
        <message>
            <source>Results protocol: network analysis</source>
            <translation>Ergebnisprotokoll: Netzwerkanalyse</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>The map as the group drew it</source>
            <translation>Die Netzwerkkarte, wie die Gruppe sie gezeichnet hat</translation>
        </message>
        <message numerus="yes">
            <source>The map shows %n actors</source>
            <translation>
                <numerusform>Die Karte zeigt %n Akteur</numerusform>
                <numerusform>Die Karte zeigt %n Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n ties between them.</source>
            <translation>
                <numerusform>und %n Beziehung zwischen ihnen.</numerusform>
                <numerusform>und %n Beziehungen zwischen ihnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The map was drawn around {names} as the key actor.</source>
            <translation>Die Karte wurde um {names} als Schlüsselakteur gezeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>The network falls into %n separate parts that have no tie to each other.</source>
            <translation>
                <numerusform>Das Netzwerk zerfällt in %n Teil ohne Verbindung untereinander.</numerusform>
                <numerusform>Das Netzwerk zerfällt in %n Teile, die keine Beziehung zueinander haben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every actor can reach every other one through the network.</source>
            <translation>Jeder Akteur erreicht über das Netzwerk jeden anderen.</translation>
        </message>
        <message numerus="yes">
            <source>%n ties are named by more than one source, which makes them firmer evidence.</source>
            <translation>
                <numerusform>%n Beziehung wird von mehr als einer Quelle genannt und ist damit besser belegt.</numerusform>
                <numerusform>%n Beziehungen werden von mehr als einer Quelle genannt und sind damit besser belegt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Without any tie: {names}.</source>
            <translation>Ohne jede Beziehung: {names}.</translation>
        </message>
        <message>
            <source>The network at a glance</source>
            <translation>Das Netzwerk auf einen Blick</translation>
        </message>
        <message>
            <source>Who is central?</source>
            <translation>Wer ist zentral?</translation>
        </message>
        <message>
            <source>No actor has a tie yet.</source>
            <translation>Noch hat kein Akteur eine Beziehung.</translation>
        </message>
        <message numerus="yes">
            <source>{name} is the most central actor: it works directly with %n of the other actors.</source>
            <translation>
                <numerusform>{name} ist der zentralste Akteur: Er arbeitet direkt mit %n der anderen Akteure zusammen.</numerusform>
                <numerusform>{name} ist der zentralste Akteur: Er arbeitet direkt mit %n der anderen Akteure zusammen.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is {share} of the map.</source>
            <translation>Das sind {share} der Karte.</translation>
        </message>
        <message>
            <source>Next come {names}.</source>
            <translation>Danach folgen {names}.</translation>
        </message>
        <message>
            <source>Who connects groups that would otherwise not meet?</source>
            <translation>Wer verbindet Gruppen, die sich sonst nicht begegnen würden?</translation>
        </message>
        <message>
            <source>Nobody stands between others: every actor who has ties reaches the others directly.</source>
            <translation>Niemand steht zwischen anderen: Jeder Akteur mit Beziehungen erreicht die anderen direkt.</translation>
        </message>
        <message>
            <source>{name} is the strongest broker: it lies on {share} of the shortest connections between two other actors.</source>
            <translation>{name} vermittelt am stärksten: Er liegt auf {share} der kürzesten Verbindungen zwischen zwei anderen Akteuren.</translation>
        </message>
        <message>
            <source>Its ties reach into {reached} of the {total} groups the network forms.</source>
            <translation>Seine Beziehungen reichen in {reached} der {total} Gruppen, die das Netzwerk bildet.</translation>
        </message>
        <message>
            <source>{names} also connect parts of the network.</source>
            <translation>Auch {names} verbinden Teile des Netzwerks.</translation>
        </message>
        <message>
            <source>Which groups are missing?</source>
            <translation>Welche Gruppen fehlen?</translation>
        </message>
        <message>
            <source>No actor of these groups named in the handbook is on the map: {names}.</source>
            <translation>Aus diesen im Handbuch genannten Gruppen ist kein Akteur auf der Karte: {names}.</translation>
        </message>
        <message>
            <source>Every group of the catalogue has at least one actor on the map.</source>
            <translation>Jede Gruppe des Katalogs hat mindestens einen Akteur auf der Karte.</translation>
        </message>
        <message>
            <source>{group}: not reached yet or only informed: {names}.</source>
            <translation>{group}: noch nicht erreicht oder nur informiert: {names}.</translation>
        </message>
        <message>
            <source>Which districts are thin?</source>
            <translation>Welche Stadtteile sind dünn besetzt?</translation>
        </message>
        <message>
            <source>The project has no districts to compare.</source>
            <translation>Das Projekt hat keine Stadtteile, die sich vergleichen ließen.</translation>
        </message>
        <message>
            <source>Every district has actors and several ties to the rest of the town.</source>
            <translation>Jeder Stadtteil hat Akteure und mehrere Beziehungen zum Rest der Kommune.</translation>
        </message>
        <message>
            <source>{district} has no actor on the map.</source>
            <translation>{district} hat keinen Akteur auf der Karte.</translation>
        </message>
        <message numerus="yes">
            <source>{district} has only %n actors (a district has {average} on average)</source>
            <translation>
                <numerusform>{district} hat nur %n Akteur (ein Stadtteil hat im Mittel {average})</numerusform>
                <numerusform>{district} hat nur %n Akteure (ein Stadtteil hat im Mittel {average})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties link them to other districts.</source>
            <translation>
                <numerusform>%n Beziehung verbindet sie mit anderen Stadtteilen.</numerusform>
                <numerusform>%n Beziehungen verbinden sie mit anderen Stadtteilen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Where would the network break?</source>
            <translation>Wo würde das Netzwerk reißen?</translation>
        </message>
        <message numerus="yes">
            <source>If {name} drops out, {names} would lose every connection to the rest of the network (%n actors).</source>
            <translation>
                <numerusform>Fällt {name} weg, verliert {names} jede Verbindung zum übrigen Netzwerk (%n Akteur).</numerusform>
                <numerusform>Fällt {name} weg, verlieren {names} jede Verbindung zum übrigen Netzwerk (%n Akteure).</numerusform>
            </translation>
        </message>
        <message>
            <source>The tie between {a} and {b} is the only link between two parts of the network.</source>
            <translation>Die Beziehung zwischen {a} und {b} ist die einzige Verbindung zwischen zwei Teilen des Netzwerks.</translation>
        </message>
        <message>
            <source>No single actor or tie holds the network together: it does not break when one of them drops out.</source>
            <translation>Kein einzelner Akteur und keine einzelne Beziehung hält das Netzwerk zusammen: Es reißt nicht, wenn einer davon wegfällt.</translation>
        </message>
        <message>
            <source>“{label}” of {date}</source>
            <translation>„{label}“ vom {date}</translation>
        </message>
        <message>
            <source>“{label}”</source>
            <translation>„{label}“</translation>
        </message>
        <message>
            <source>Since {when} the map has changed from {a0} to {a1} actors and from {t0} to {t1} ties.</source>
            <translation>Seit {when} hat sich die Karte von {a0} auf {a1} Akteure und von {t0} auf {t1} Beziehungen verändert.</translation>
        </message>
        <message numerus="yes">
            <source>%n actors are new</source>
            <translation>
                <numerusform>%n Akteur ist neu</numerusform>
                <numerusform>%n Akteure sind neu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actors are no longer on the map</source>
            <translation>
                <numerusform>%n Akteur ist nicht mehr auf der Karte</numerusform>
                <numerusform>%n Akteure sind nicht mehr auf der Karte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties were added</source>
            <translation>
                <numerusform>%n Beziehung kam hinzu</numerusform>
                <numerusform>%n Beziehungen kamen hinzu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties ended.</source>
            <translation>
                <numerusform>%n Beziehung endete.</numerusform>
                <numerusform>%n Beziehungen endeten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties became stronger</source>
            <translation>
                <numerusform>%n Beziehung wurde stärker</numerusform>
                <numerusform>%n Beziehungen wurden stärker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new ties join actors who were more than two steps apart before</source>
            <translation>
                <numerusform>%n neue Beziehung verbindet Akteure, die vorher mehr als zwei Schritte voneinander entfernt waren</numerusform>
                <numerusform>%n neue Beziehungen verbinden Akteure, die vorher mehr als zwei Schritte voneinander entfernt waren</numerusform>
            </translation>
        </message>
        <message>
            <source>Ties that ended although both actors are still there: {names}.</source>
            <translation>Beziehungen, die endeten, obwohl beide Akteure noch da sind: {names}.</translation>
        </message>
        <message>
            <source>What changed since {label}?</source>
            <translation>Was hat sich seit {label} verändert?</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritäten</translation>
        </message>
        <message>
            <source>No priority dots were given.</source>
            <translation>Es wurden keine Prioritätspunkte vergeben.</translation>
        </message>
        <message numerus="yes">
            <source>The group gave %n priority dots.</source>
            <translation>
                <numerusform>Die Gruppe vergab %n Prioritätspunkt.</numerusform>
                <numerusform>Die Gruppe vergab %n Prioritätspunkte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each of the %n participants had {each}, {all} in all.</source>
            <translation>
                <numerusform>Die %n teilnehmende Person hatte {each}, insgesamt {all}.</numerusform>
                <numerusform>Jede der %n teilnehmenden Personen hatte {each}, insgesamt {all}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Most dots (%n) went to {names}.</source>
            <translation>
                <numerusform>Die meisten Punkte (%n) erhielt {names}.</numerusform>
                <numerusform>Die meisten Punkte (%n) erhielt {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Further actors with dots: {list}.</source>
            <translation>Weitere Akteure mit Punkten: {list}.</translation>
        </message>
        <message>
            <source>Clusters with dots: {list}.</source>
            <translation>Cluster mit Punkten: {list}.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n</source>
            <translation>
                <numerusform>{name}: %n</numerusform>
                <numerusform>{name}: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{actor}: {contact}</source>
            <translation>{actor}: {contact}</translation>
        </message>
        <message>
            <source>Contact persons for the next steps</source>
            <translation>Ansprechpersonen für die nächsten Schritte</translation>
        </message>
    </context>
    <context>
        <name>Provenance</name>
        <message>
            <source>Workshop of {date}</source>
            <translation>Workshop vom {date}</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>step {step}</source>
            <translation>Schritt {step}</translation>
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation>Importiert aus {file}</translation>
        </message>
        <message>
            <source>Proposed by a participant</source>
            <translation>Von einer teilnehmenden Person vorgeschlagen</translation>
        </message>
        <message>
            <source>Entered by {who}</source>
            <translation>Eingegeben von {who}</translation>
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
            <source>directed</source>
            <translation>gerichtet</translation>
        </message>
        <message>
            <source>mutual</source>
            <translation>wechselseitig</translation>
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
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
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
            <source>not asked: no actor has one of the handbook's categories, so the map's groups are not the handbook's (a file from another tool, or categories still to assign)</source>
            <translation>nicht geprüft: Kein Akteur hat eine Kategorie des Handbuchs, die Gruppen der Karte sind also nicht die des Handbuchs (eine Datei aus einem anderen Werkzeug, oder die Kategorien sind noch zuzuordnen)</translation>
        </message>
        <message>
            <source>within its own group (coordinator)</source>
            <translation>innerhalb der eigenen Gruppe (Koordinator)</translation>
        </message>
        <message>
            <source>between members of another group (itinerant)</source>
            <translation>zwischen Mitgliedern einer anderen Gruppe (Makler von außen)</translation>
        </message>
        <message>
            <source>for its group towards others (representative)</source>
            <translation>für die eigene Gruppe nach außen (Repräsentant)</translation>
        </message>
        <message>
            <source>from outside into its group (gatekeeper)</source>
            <translation>von außen in die eigene Gruppe (Türsteher)</translation>
        </message>
        <message>
            <source>between two other groups (liaison)</source>
            <translation>zwischen zwei anderen Gruppen (Verbindungsperson)</translation>
        </message>
        <message>
            <source>{name} brokers {total}×: {roles}</source>
            <translation>{name} vermittelt {total}×: {roles}</translation>
        </message>
        <message>
            <source>cuts off {names}</source>
            <translation>trennt {names} ab</translation>
        </message>
        <message>
            <source>best placed to bridge: {names}</source>
            <translation>am besten geeignet als Brücke: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n Akteur</numerusform>
                <numerusform>%n Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n Beziehung</numerusform>
                <numerusform>%n Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n separate parts</source>
            <translation>
                <numerusform>%n getrenntes Teilnetz</numerusform>
                <numerusform>%n getrennte Teilnetze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without ties</source>
            <translation>
                <numerusform>%n ohne Beziehungen</numerusform>
                <numerusform>%n ohne Beziehungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>{actors}, {ties}, density {density}, {components}, {isolates}</source>
            <translation>{actors}, {ties}, Dichte {density}, {components}, {isolates}</translation>
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
            <source>Who brokers between whom</source>
            <translation>Wer zwischen wem vermittelt</translation>
        </message>
        <message>
            <source>{name}: {share} of all shortest paths run through it</source>
            <translation>{name}: {share} aller kürzesten Wege führen hier durch</translation>
        </message>
        <message>
            <source>Categories with no actor</source>
            <translation type="vanished">Kategorien ohne Akteur</translation>
        </message>
        <message>
            <source>Categories only on the edge</source>
            <translation type="vanished">Kategorien nur am Rand</translation>
        </message>
        <message>
            <source>{actors} actors, {ties} ties, density {density}, {components} separate part(s), {isolates} without ties</source>
            <translation type="vanished">{actors} Akteure, {ties} Beziehungen, Dichte {density}, {components} getrennte(s) Teilnetz(e), {isolates} ohne Beziehungen</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Results protocol written: {0}</source>
            <translation>Ergebnisprotokoll geschrieben: {0}</translation>
        </message>
        <message>
            <source>results protocol</source>
            <translation>Ergebnisprotokoll</translation>
        </message>
        <message>
            <source>Save the results protocol</source>
            <translation>Ergebnisprotokoll speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a file for the results protocol.</source>
            <translation>Wählen Sie eine Datei für das Ergebnisprotokoll.</translation>
        </message>
        <message>
            <source>The folder {0} does not exist.</source>
            <translation>Den Ordner {0} gibt es nicht.</translation>
        </message>
        <message>
            <source>Writing “{0}” …</source>
            <translation>„{0}“ wird geschrieben …</translation>
        </message>
        <message>
            <source>The results protocol could not be written: {0}</source>
            <translation>Das Ergebnisprotokoll konnte nicht geschrieben werden: {0}</translation>
        </message>
        <message>
            <source>Results protocol</source>
            <translation>Ergebnisprotokoll</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Changes since:</source>
            <translation>Veränderungen seit:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Kein Vergleich</translation>
        </message>
        <message>
            <source>Snapshot “{0}” ({1})</source>
            <translation>Momentaufnahme „{0}“ ({1})</translation>
        </message>
        <message>
            <source>Anonymise: leave out contact persons and the facilitator's name</source>
            <translation>Anonymisieren: Ansprechpersonen und den Namen der Moderation weglassen</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Schreiben</translation>
        </message>
    </context>
    <context>
        <name>RoomTab</name>
        <message>
            <source>Where the room disagrees most (the widest range of influence votes, the most divided attitudes): worth a discussion rather than one number.</source>
            <translation>Wo der Raum am meisten uneins ist (die größte Spanne beim Einfluss, die geteiltesten Haltungen): eher ein Anlass für ein Gespräch als für eine einzige Zahl.</translation>
        </message>
        <message>
            <source>No actor has two or more differing votes yet.</source>
            <translation>Noch kein Akteur hat zwei oder mehr unterschiedliche Stimmen.</translation>
        </message>
        <message>
            <source>Priority dots: {0} in all</source>
            <translation>Prioritätspunkte: {0} insgesamt</translation>
        </message>
    </context>
    <context>
        <name>RoomTower</name>
        <message>
            <source>Votes of the room: {0}. Influence {1}, from {2} to {3}.</source>
            <translation>Stimmen des Raums: {0}. Einfluss {1}, von {2} bis {3}.</translation>
        </message>
    </context>
    <context>
        <name>RoomVotes</name>
        <message>
            <source>Votes of the room: {0}.</source>
            <translation>Stimmen des Raums: {0}.</translation>
        </message>
        <message>
            <source>influence {0}, from {1} to {2}</source>
            <translation>Einfluss {0}, von {1} bis {2}</translation>
        </message>
        <message>
            <source>supportive {0} · neutral {1} · critical {2}</source>
            <translation>unterstützend {0} · neutral {1} · kritisch {2}</translation>
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <source>Rename snapshot</source>
            <translation>Momentaufnahme umbenennen</translation>
        </message>
        <message>
            <source>Take snapshot</source>
            <translation>Momentaufnahme festhalten</translation>
        </message>
        <message>
            <source>The snapshot keeps the whole map as it is now (actors, ties, positions, clusters). Later changes of the map do not change it.</source>
            <translation>Die Momentaufnahme bewahrt die ganze Karte, wie sie jetzt ist (Akteure, Beziehungen, Positionen, Cluster). Spätere Änderungen der Karte ändern sie nicht.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>e.g. Workshop 2026</source>
            <translation>z. B. Bestandsaufnahme 2026</translation>
        </message>
        <message>
            <source>What was special about this point in time (optional)</source>
            <translation>Was diesen Zeitpunkt ausmacht (freiwillig)</translation>
        </message>
        <message>
            <source>The snapshot needs a label.</source>
            <translation>Die Momentaufnahme braucht eine Bezeichnung.</translation>
        </message>
        <message>
            <source>A snapshot with this label exists already.</source>
            <translation>Eine Momentaufnahme mit dieser Bezeichnung gibt es schon.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
    </context>
    <context>
        <name>SnapshotTools</name>
        <message>
            <source>As of {0}</source>
            <translation>Stand {0}</translation>
        </message>
        <message>
            <source>The snapshot could not be taken: {0}</source>
            <translation>Die Momentaufnahme konnte nicht festgehalten werden: {0}</translation>
        </message>
        <message>
            <source>Snapshot “{0}” taken: the map as it is now is kept.</source>
            <translation>Momentaufnahme „{0}“ festgehalten: Die Karte, wie sie jetzt ist, bleibt bewahrt.</translation>
        </message>
        <message>
            <source>The snapshot could not be renamed: {0}</source>
            <translation>Die Momentaufnahme konnte nicht umbenannt werden: {0}</translation>
        </message>
        <message>
            <source>Delete snapshot</source>
            <translation>Momentaufnahme löschen</translation>
        </message>
        <message>
            <source>Delete the snapshot “{0}” of {1}?</source>
            <translation>Die Momentaufnahme „{0}“ vom {1} löschen?</translation>
        </message>
        <message>
            <source>The map as it was then cannot be brought back, and it can no longer be compared with. The current map is not changed.</source>
            <translation>Die Karte, wie sie damals war, lässt sich dann nicht zurückholen und nicht mehr zum Vergleich heranziehen. Die aktuelle Karte bleibt unverändert.</translation>
        </message>
        <message>
            <source>The snapshot could not be deleted: {0}</source>
            <translation>Die Momentaufnahme konnte nicht gelöscht werden: {0}</translation>
        </message>
        <message>
            <source>Snapshot “{0}” deleted.</source>
            <translation>Momentaufnahme „{0}“ gelöscht.</translation>
        </message>
        <message>
            <source>Start a new map from “{0}”</source>
            <translation>Neue Karte aus „{0}“ beginnen</translation>
        </message>
        <message>
            <source>NetMap projects (*.netmap)</source>
            <translation>NetMap-Projekte (*.netmap)</translation>
        </message>
        <message>
            <source>The new map could not be created: {0}</source>
            <translation>Die neue Karte konnte nicht angelegt werden: {0}</translation>
        </message>
        <message>
            <source>New map started from the snapshot “{0}”: {1}</source>
            <translation>Neue Karte aus der Momentaufnahme „{0}“ begonnen: {1}</translation>
        </message>
    </context>
    <context>
        <name>SnapshotViewer</name>
        <message>
            <source>Snapshot “{0}” – read-only</source>
            <translation>Momentaufnahme „{0}“ – nur lesen</translation>
        </message>
        <message>
            <source>Snapshot “{0}” of {1} — read-only. This is the map as it was then; it cannot be changed here. The current map is in the main window.</source>
            <translation>Momentaufnahme „{0}“ vom {1} – nur lesen. So sah die Karte damals aus; hier lässt sie sich nicht ändern. Die aktuelle Karte ist im Hauptfenster.</translation>
        </message>
        <message>
            <source>{0} actors · {1} ties · {2} clusters</source>
            <translation>{0} Akteure · {1} Beziehungen · {2} Cluster</translation>
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
            <source>Back to the current map</source>
            <translation>Zurück zur aktuellen Karte</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsPanel</name>
        <message>
            <source>Take snapshot…</source>
            <translation>Momentaufnahme festhalten…</translation>
        </message>
        <message>
            <source>Keep the map as it is today, to compare it later (Ctrl+Shift+S)</source>
            <translation>Die Karte, wie sie heute ist, festhalten, um sie später zu vergleichen (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Ansehen (nur lesen)</translation>
        </message>
        <message>
            <source>Show the map as it was at this snapshot, in a window of its own</source>
            <translation>Die Karte zum Zeitpunkt dieser Momentaufnahme in einem eigenen Fenster zeigen</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Vergleichen…</translation>
        </message>
        <message>
            <source>What changed between this snapshot and the current map</source>
            <translation>Was sich zwischen dieser Momentaufnahme und der aktuellen Karte verändert hat</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Start a new map from this snapshot…</source>
            <translation>Neue Karte aus dieser Momentaufnahme beginnen…</translation>
        </message>
        <message>
            <source>A new project file with this snapshot's actors, ties and clusters</source>
            <translation>Eine neue Projektdatei mit den Akteuren, Beziehungen und Clustern dieser Momentaufnahme</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>Monitoring…</source>
            <translation>Monitoring…</translation>
        </message>
        <message>
            <source>Indicators across all snapshots as a chart</source>
            <translation>Kennzahlen über alle Momentaufnahmen als Diagramm</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Kein Projekt geöffnet.</translation>
        </message>
        <message>
            <source>No snapshots yet.

Take a snapshot at the end of a workshop: it keeps the map as it is, and the next workshop can be compared with it.</source>
            <translation>Noch keine Momentaufnahmen.

Halten Sie am Ende eines Workshops eine Momentaufnahme fest: Sie bewahrt die Karte, wie sie ist, und der nächste Workshop lässt sich damit vergleichen.</translation>
        </message>
    </context>
    <context>
        <name>SourcesLabel</name>
        <message>
            <source>Not recorded</source>
            <translation>Nicht festgehalten</translation>
        </message>
        <message numerus="yes">
            <source>Named by %n source(s)</source>
            <translation>
                <numerusform>Von %n Quelle genannt</numerusform>
                <numerusform>Von %n Quellen genannt</numerusform>
            </translation>
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
            <source> – changed by {0}</source>
            <translation> – geändert von {0}</translation>
        </message>
        <message>
            <source>Your copy was out of date, so NetMap cannot tell who changed what. What is stored now differs from your copy in:</source>
            <translation>Ihre Kopie war veraltet, daher kann NetMap nicht erkennen, wer was geändert hat. Der gespeicherte Stand weicht von Ihrer Kopie ab bei:</translation>
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
        <message>
            <source>Your change could not be stored: {0} has started a change that does not finish (perhaps their computer went to sleep).</source>
            <translation>Ihre Änderung konnte nicht gespeichert werden: {0} hat eine Änderung begonnen, die nicht abgeschlossen wird (vielleicht ist der Computer in den Ruhezustand gegangen).</translation>
        </message>
        <message>
            <source>Your change could not be stored: another user has started a change that does not finish (perhaps their computer went to sleep).</source>
            <translation>Ihre Änderung konnte nicht gespeichert werden: Eine andere Person hat eine Änderung begonnen, die nicht abgeschlossen wird (vielleicht ist der Computer in den Ruhezustand gegangen).</translation>
        </message>
        <message>
            <source>Waiting for someone else</source>
            <translation>Warten auf eine andere Person</translation>
        </message>
        <message>
            <source>Nothing was changed. The server lets go of a stalled change after a short while; then try again.</source>
            <translation>Es wurde nichts geändert. Der Server gibt eine hängende Änderung nach kurzer Zeit frei; versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>TeamProjectDialog</name>
        <message>
            <source>Open team project</source>
            <translation>Teamprojekt öffnen</translation>
        </message>
        <message>
            <source>postgresql://USER@HOST:PORT/DATABASE</source>
            <translation>postgresql://BENUTZER@SERVER:PORT/DATENBANK</translation>
        </message>
        <message>
            <source>The address your IT gives you for the team server: USER is your login name on it, HOST the server's name or IP address, PORT usually 5432, DATABASE the database that keeps the maps. The password comes from ~/.pgpass or PGPASSWORD and is never stored by NetMap.</source>
            <translation>Die Adresse des Team-Servers, wie Ihre IT sie Ihnen nennt: BENUTZER ist Ihr Anmeldename dort, SERVER der Name oder die IP-Adresse des Servers, PORT meist 5432, DATENBANK die Datenbank, in der die Karten liegen. Das Passwort kommt aus ~/.pgpass oder PGPASSWORD und wird von NetMap nie gespeichert.</translation>
        </message>
        <message>
            <source>Show projects</source>
            <translation>Projekte anzeigen</translation>
        </message>
        <message>
            <source>Ask the server which maps it keeps</source>
            <translation>Den Server fragen, welche Karten er bereithält</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Projects on the server:</source>
            <translation>Projekte auf dem Server:</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>Projekt:</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Der Server wird gefragt…</translation>
        </message>
        <message>
            <source>The server could not be asked: {0}</source>
            <translation>Der Server konnte nicht abgefragt werden: {0}</translation>
        </message>
        <message>
            <source>Projects on this server: {0}</source>
            <translation>Projekte auf diesem Server: {0}</translation>
        </message>
        <message>
            <source>There is no NetMap project on this server yet.</source>
            <translation>Auf diesem Server gibt es noch kein NetMap-Projekt.</translation>
        </message>
    </context>
    <context>
        <name>TieEntry</name>
        <message>
            <source>New tie:</source>
            <translation>Neue Beziehung:</translation>
        </message>
        <message>
            <source>first letters, comma, first letters, Enter</source>
            <translation>Anfangsbuchstaben, Komma, Anfangsbuchstaben, Enter</translation>
        </message>
        <message>
            <source>e.g. “stad, grund” then Enter · a number at the end picks the kind · Esc leaves</source>
            <translation>z. B. „stad, grund“, dann Enter · eine Ziffer am Ende wählt die Art · Esc beendet</translation>
        </message>
        <message>
            <source>no actor matches</source>
            <translation>kein Akteur passt</translation>
        </message>
        <message>
            <source>there is no tie kind {0}</source>
            <translation>es gibt keine Beziehungsart {0}</translation>
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
        <name>TieKindChooser</name>
        <message>
            <source>New ties:</source>
            <translation>Neue Beziehungen:</translation>
        </message>
        <message>
            <source>Kind of the next tie you draw (number keys 1–9 choose)</source>
            <translation>Art der nächsten Beziehung, die Sie zeichnen (Zifferntasten 1–9 wählen)</translation>
        </message>
        <message>
            <source>New ties: {0}</source>
            <translation>Neue Beziehungen: {0}</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
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
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>WhatIfView</name>
        <message>
            <source>What if … leaves?</source>
            <translation>Was wäre, wenn … wegfällt?</translation>
        </message>
        <message>
            <source>Who loses the connection:</source>
            <translation>Wer den Anschluss verliert:</translation>
        </message>
        <message>
            <source>Turn this on, then click an actor on the map or in the ranking.</source>
            <translation>Einschalten, dann einen Akteur auf der Karte oder in der Rangliste anklicken.</translation>
        </message>
        <message>
            <source>Click an actor on the map or in the ranking.</source>
            <translation>Klicken Sie einen Akteur auf der Karte oder in der Rangliste an.</translation>
        </message>
        <message>
            <source>{0} is no longer on the map.</source>
            <translation>{0} ist nicht mehr auf der Karte.</translation>
        </message>
        <message>
            <source>Working it out…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>If {0} leaves:</source>
            <translation>Wenn {0} wegfällt:</translation>
        </message>
        <message>
            <source>Lose their connection to the rest: {0}</source>
            <translation>Verlieren den Anschluss an die anderen: {0}</translation>
        </message>
        <message>
            <source>Nobody loses their connection to the rest.</source>
            <translation>Niemand verliert den Anschluss an die anderen.</translation>
        </message>
        <message>
            <source>Left without any tie: {0}</source>
            <translation>Ohne jede Beziehung bleiben: {0}</translation>
        </message>
        <message>
            <source>Separate parts: {0} → {1}</source>
            <translation>Getrennte Teilnetze: {0} → {1}</translation>
        </message>
        <message>
            <source>Largest part: {0} → {1} actors</source>
            <translation>Größtes Teilnetz: {0} → {1} Akteure</translation>
        </message>
        <message>
            <source>Average distance: {0} → {1} steps</source>
            <translation>Mittlere Entfernung: {0} → {1} Schritte</translation>
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
            <source>Open &amp;team project…</source>
            <translation>&amp;Teamprojekt öffnen…</translation>
        </message>
        <message>
            <source>Open a project that several people edit, on a PostgreSQL server</source>
            <translation>Ein Projekt öffnen, das mehrere Personen gemeinsam auf einem PostgreSQL-Server bearbeiten</translation>
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
            <source>New t&amp;ie…</source>
            <translation>Neue Be&amp;ziehung…</translation>
        </message>
        <message>
            <source>Type the first letters of one actor, a comma, the first letters of the other, Enter</source>
            <translation>Die Anfangsbuchstaben eines Akteurs, ein Komma, die Anfangsbuchstaben des anderen, Enter</translation>
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
            <source>&amp;Map only</source>
            <translation>Nur &amp;Karte</translation>
        </message>
        <message>
            <source>Hide all panels to give the map the whole window; again to bring them back</source>
            <translation>Alle Seitenleisten ausblenden, damit die Karte das ganze Fenster hat; noch einmal holt sie zurück</translation>
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
            <source>Place the selected actors near their neighbours, or tidy everyone near where they are</source>
            <translation>Die ausgewählten Akteure bei ihren Nachbarn platzieren oder alle in der Nähe ihres Platzes ordnen</translation>
        </message>
        <message>
            <source>Lay out &amp;everything afresh</source>
            <translation>Alles &amp;neu anordnen</translation>
        </message>
        <message>
            <source>A new layout of the whole map: everyone may move far</source>
            <translation>Die ganze Karte neu anordnen: alle Akteure können weit wandern</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <source>Who is central, who connects, who is missing, where the network breaks</source>
            <translation>Wer ist zentral, wer verbindet, wer fehlt, wo reißt das Netz</translation>
        </message>
        <message>
            <source>&amp;Take snapshot…</source>
            <translation>Momentaufnahme &amp;festhalten…</translation>
        </message>
        <message>
            <source>Keep the map as it is now, with a label, date and note, to compare it later</source>
            <translation>Die Karte, wie sie jetzt ist, mit Bezeichnung, Datum und Notiz festhalten, um sie später zu vergleichen</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Vergleichen…</translation>
        </message>
        <message>
            <source>What changed between two snapshots, or since a snapshot</source>
            <translation>Was sich zwischen zwei Momentaufnahmen oder seit einer Momentaufnahme verändert hat</translation>
        </message>
        <message>
            <source>&amp;Monitoring…</source>
            <translation>&amp;Monitoring…</translation>
        </message>
        <message>
            <source>Indicators across all snapshots as a chart</source>
            <translation>Kennzahlen über alle Momentaufnahmen als Diagramm</translation>
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
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Add actors and ties from a workbook, CSV, GraphML, GEXF, Pajek or UCINET file, after a preview</source>
            <translation>Akteure und Beziehungen aus einer Arbeitsmappe, CSV-, GraphML-, GEXF-, Pajek- oder UCINET-Datei übernehmen, nach einer Vorschau</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Save the map as a workbook, network file, web page or poster</source>
            <translation>Die Karte als Arbeitsmappe, Netzwerkdatei, Webseite oder Poster speichern</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the map as it is shown</source>
            <translation>Die Karte so drucken, wie sie angezeigt wird</translation>
        </message>
        <message>
            <source>Erase a &amp;person…</source>
            <translation>&amp;Person löschen…</translation>
        </message>
        <message>
            <source>Remove a contact person from the map and every snapshot (GDPR)</source>
            <translation>Eine Ansprechperson von der Karte und aus jeder Momentaufnahme entfernen (DSGVO)</translation>
        </message>
        <message>
            <source>About the &amp;data</source>
            <translation>Über die &amp;Daten</translation>
        </message>
        <message>
            <source>What the project stores, where, and how to erase a person</source>
            <translation>Was das Projekt speichert, wo, und wie eine Person gelöscht wird</translation>
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
        <message>
            <source>Place the selected actors (or all) near their neighbours</source>
            <translation type="vanished">Die ausgewählten Akteure (oder alle) nahe bei ihren Nachbarn platzieren</translation>
        </message>
    </context>
    <context>
        <name>WindowBars</name>
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
            <source>S&amp;napshots</source>
            <translation>&amp;Momentaufnahmen</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
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
    </context>
    <context>
        <name>WindowPanels</name>
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
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>Momentaufnahmen</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>Der Raum</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Key actor in the middle</source>
            <translation>Schlüsselakteur in die Mitte</translation>
        </message>
        <message>
            <source>Collect actors</source>
            <translation>Akteure sammeln</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Ten years ago</source>
            <translation>Vor zehn Jahren</translation>
        </message>
        <message>
            <source>Clusters and headings</source>
            <translation>Cluster und Überschriften</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritäten</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Name the actor the topic starts from, for example the town hall or a sports club: it goes in the middle.</source>
            <translation>Nennen Sie den Akteur, von dem das Thema ausgeht, zum Beispiel die Verwaltung oder einen Sportverein: Er kommt in die Mitte.</translation>
        </message>
        <message>
            <source>Call out every actor connected to the topic, group by group, until no group is missing.</source>
            <translation>Nennen Sie nach und nach alle Akteure, die mit dem Thema verbunden sind, Gruppe für Gruppe, bis keine Gruppe mehr fehlt.</translation>
        </message>
        <message>
            <source>Say who works with whom, and how: each tie between two actors.</source>
            <translation>Sagen Sie, wer mit wem zusammenarbeitet und wie: jede Beziehung zwischen zwei Akteuren.</translation>
        </message>
        <message>
            <source>Remove or change what did not exist ten years ago, then store that map with its year.</source>
            <translation>Entfernen oder ändern Sie, was es vor zehn Jahren noch nicht gab, und speichern Sie diese Karte mit ihrem Jahr.</translation>
        </message>
        <message>
            <source>Group actors that belong together and give each group a heading.</source>
            <translation>Fassen Sie zusammengehörende Akteure zu Gruppen zusammen und geben Sie jeder Gruppe eine Überschrift.</translation>
        </message>
        <message>
            <source>Each participant puts their dots on the actors or clusters that matter most.</source>
            <translation>Alle Teilnehmenden kleben ihre Punkte auf die Akteure oder Cluster, die ihnen am wichtigsten sind.</translation>
        </message>
        <message>
            <source>Read the findings together, agree on the poster and set the next date.</source>
            <translation>Lesen Sie die Ergebnisse gemeinsam, einigen Sie sich auf das Plakat und legen Sie den nächsten Termin fest.</translation>
        </message>
        <message>
            <source>Key actor: {names}</source>
            <translation>Schlüsselakteur: {names}</translation>
        </message>
        <message>
            <source>No key actor yet.</source>
            <translation>Noch kein Schlüsselakteur.</translation>
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n Akteur</numerusform>
                <numerusform>%n Akteure</numerusform>
            </translation>
        </message>
        <message>
            <source>{present} of {total} groups have an actor.</source>
            <translation>{present} von {total} Gruppen haben einen Akteur.</translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n Beziehung</numerusform>
                <numerusform>%n Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actors without a tie.</source>
            <translation>
                <numerusform>%n Akteur ohne Beziehung.</numerusform>
                <numerusform>%n Akteure ohne Beziehung.</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier map: {label}</source>
            <translation>Frühere Karte: {label}</translation>
        </message>
        <message>
            <source>No map of an earlier year yet.</source>
            <translation>Noch keine Karte eines früheren Jahres.</translation>
        </message>
        <message numerus="yes">
            <source>%n clusters with a heading</source>
            <translation>
                <numerusform>%n Cluster mit Überschrift</numerusform>
                <numerusform>%n Cluster mit Überschrift</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dots given</source>
            <translation>
                <numerusform>%n Punkt vergeben</numerusform>
                <numerusform>%n Punkte vergeben</numerusform>
            </translation>
        </message>
        <message>
            <source>of {budget}</source>
            <translation>von {budget}</translation>
        </message>
        <message>
            <source>Findings, poster and the next date.</source>
            <translation>Ergebnisse, Plakat und der nächste Termin.</translation>
        </message>
        <message>
            <source>Since “{label}”:</source>
            <translation>Seit „{label}“:</translation>
        </message>
        <message numerus="yes">
            <source>%n new actors</source>
            <translation>
                <numerusform>%n neuer Akteur</numerusform>
                <numerusform>%n neue Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gone</source>
            <translation>
                <numerusform>%n weggefallen</numerusform>
                <numerusform>%n weggefallen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new ties</source>
            <translation>
                <numerusform>%n neue Beziehung</numerusform>
                <numerusform>%n neue Beziehungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended.</source>
            <translation>
                <numerusform>%n beendet.</numerusform>
                <numerusform>%n beendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Today, before the look back ({date})</source>
            <translation>Heute, vor dem Rückblick ({date})</translation>
        </message>
        <message>
            <source>Today's map, kept while the group looks back; restored when the look back is stored.</source>
            <translation>Die heutige Karte, aufbewahrt während des Rückblicks; sie kommt zurück, sobald der Rückblick gespeichert ist.</translation>
        </message>
        <message>
            <source>the year of the look back must be between 1900 and {last}, not {year}</source>
            <translation>das Jahr des Rückblicks muss zwischen 1900 und {last} liegen, nicht {year}</translation>
        </message>
        <message>
            <source>The map of {year} (look back)</source>
            <translation>Die Karte von {year} (Rückblick)</translation>
        </message>
        <message>
            <source>Drawn in the workshop of {date} as the group remembered it.</source>
            <translation>Im Workshop vom {date} so gezeichnet, wie die Gruppe sich erinnerte.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopGuide</name>
        <message>
            <source>Step {0} of {1}: {2}</source>
            <translation>Schritt {0} von {1}: {2}</translation>
        </message>
        <message>
            <source>Select one actor on the map first.</source>
            <translation>Wählen Sie zuerst einen Akteur auf der Karte aus.</translation>
        </message>
        <message>
            <source>Make the key actor</source>
            <translation>Schlüsselakteur festlegen</translation>
        </message>
        <message>
            <source>Set the next workshop date</source>
            <translation>Nächsten Workshoptermin festlegen</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Make the selected actor the key actor</source>
            <translation>Ausgewählten Akteur zum Schlüsselakteur machen</translation>
        </message>
        <message>
            <source>Who is still missing?</source>
            <translation>Wer fehlt noch?</translation>
        </message>
        <message>
            <source>Group the selected actors as a cluster</source>
            <translation>Ausgewählte Akteure zu einem Cluster zusammenfassen</translation>
        </message>
        <message>
            <source>Dots per participant:</source>
            <translation>Punkte je Person:</translation>
        </message>
        <message>
            <source>Results protocol…</source>
            <translation>Ergebnisprotokoll…</translation>
        </message>
        <message>
            <source>Poster and other exports…</source>
            <translation>Plakat und andere Exporte…</translation>
        </message>
        <message>
            <source>Take a snapshot of today's map…</source>
            <translation>Momentaufnahme der heutigen Karte…</translation>
        </message>
        <message>
            <source>Next workshop, to repeat the map:</source>
            <translation>Nächster Workshop, um die Karte zu wiederholen:</translation>
        </message>
        <message>
            <source>Save the next date</source>
            <translation>Nächsten Termin speichern</translation>
        </message>
        <message>
            <source>Guided workshop</source>
            <translation>Geführter Ablauf</translation>
        </message>
        <message>
            <source>&amp;Guided workshop</source>
            <translation>&amp;Geführter Ablauf</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>Where it came from</source>
            <translation>Herkunft</translation>
        </message>
    </context>
    <context>
        <name>_ReportAction</name>
        <message>
            <source>Results &amp;protocol…</source>
            <translation>Er&amp;gebnisprotokoll…</translation>
        </message>
        <message>
            <source>The workshop's findings in sentences, with the map, as a PDF for the council</source>
            <translation>Die Ergebnisse des Workshops in Sätzen, mit der Karte, als PDF für die Gremien</translation>
        </message>
    </context>
</TS>
