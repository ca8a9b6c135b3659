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
        <message>
            <source>{0} actors · {1} ties · {2} separate part(s) · density {3} · average distance {4}</source>
            <translation>{0} Akteure · {1} Beziehungen · {2} getrennte(s) Teilnetz(e) · Dichte {3} · mittlere Entfernung {4}</translation>
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
            <source>unknown tie kind {0!r} (kinds: {1})</source>
            <translation>unbekannte Beziehungsart {0!r} (Beziehungsarten: {1})</translation>
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
            <source>{0} is already open by {1} on {2} (since {3}); it can be opened read-only</source>
            <translation>{0} ist bereits von {1} am Rechner {2} geöffnet (seit {3}); es kann schreibgeschützt geöffnet werden</translation>
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
            <source>{0} is now {1}</source>
            <translation>{0} ist jetzt {1}</translation>
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
            <source>{0} {1!r} was removed by {2} at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation>{2} hat {0} {1!r} am {3} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by {2} while you were editing it; your edit was not saved and can be applied again</source>
            <translation>{2} hat {0} {1!r} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by another user at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation>eine andere Person hat {0} {1!r} am {3} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was removed by another user while you were editing it; your edit was not saved and can be applied again</source>
            <translation>eine andere Person hat {0} {1!r} entfernt, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation>{2} hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation>{2} hat {0} {1!r} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation>eine andere Person hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it ({4}); your edit was not saved and can be applied again</source>
            <translation>eine andere Person hat {0} {1!r} geändert, während Sie daran gearbeitet haben ({4}); Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation>{2} hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it; your edit was not saved and can be applied again</source>
            <translation>{2} hat {0} {1!r} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it; your edit was not saved and can be applied again</source>
            <translation>eine andere Person hat {0} {1!r} am {3} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it; your edit was not saved and can be applied again</source>
            <translation>eine andere Person hat {0} {1!r} geändert, während Sie daran gearbeitet haben; Ihre Änderung wurde nicht gespeichert und kann erneut übernommen werden</translation>
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
            <source>*{0} comes before *Vertices</source>
            <translation>*{0} steht vor *Vertices</translation>
        </message>
        <message>
            <source>this is not a Pajek network: it has no *Vertices section</source>
            <translation>dies ist kein Pajek-Netzwerk: Der Abschnitt *Vertices fehlt</translation>
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
        <message>
            <source>the data has {0:,} more values than {1} matrix(es) of this size</source>
            <translation>die Daten enthalten {0} Werte mehr, als in {1} Matrix/Matrizen dieser Größe passen</translation>
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
            <source>influence {0} is outside 0-10</source>
            <translation>der Einfluss {0} liegt nicht zwischen 0 und 10</translation>
        </message>
        <message>
            <source>the edit does not fit the map ({0})</source>
            <translation>die Änderung passt nicht zur Karte ({0})</translation>
        </message>
        <message>
            <source>there is no actor with id {0}</source>
            <translation>es gibt keinen Akteur mit der ID {0}</translation>
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
            <source>no actors with ids {0}</source>
            <translation>keine Akteure mit den IDs {0}</translation>
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
            <source>name the contact person to erase</source>
            <translation>nennen Sie die Ansprechperson, die gelöscht werden soll</translation>
        </message>
        <message>
            <source>no contact person named {0!r} on the map or in any snapshot</source>
            <translation>keine Ansprechperson namens {0!r} auf der Karte oder in einer Momentaufnahme</translation>
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
            <source>the snapshot's note</source>
            <translation>die Notiz der Momentaufnahme</translation>
        </message>
        <message>
            <source>a snapshot labelled {0!r} exists already</source>
            <translation>eine Momentaufnahme mit der Bezeichnung {0!r} gibt es schon</translation>
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
            <source>the database cannot be read ({0})</source>
            <translation>die Datenbank kann nicht gelesen werden ({0})</translation>
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
            <source>the file is not a database</source>
            <translation>die Datei ist keine Datenbank</translation>
        </message>
        <message>
            <source>there is no {0} with id {1}</source>
            <translation>{0} mit der ID {1} gibt es nicht</translation>
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
            <source>{0}: the folder does not exist</source>
            <translation>{0}: der Ordner existiert nicht</translation>
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
        <name>GapsView</name>
        <message>
            <source>Groups of actors missing</source>
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
            <source>Groups only on the edge</source>
            <translation>Akteursgruppen nur am Rand</translation>
        </message>
        <message>
            <source>Not reached or only informed</source>
            <translation>Nicht erreicht oder nur informiert</translation>
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
            <source>Select a gap to see it on the map.</source>
            <translation>Wählen Sie eine Lücke aus, um sie auf der Karte zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
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
            <source>{0} new actors, {1} matched ({2} with differences); {3} new ties, {4} changed.</source>
            <translation>{0} neue Akteure, {1} zugeordnet ({2} mit Abweichungen); {3} neue Beziehungen, {4} geändert.</translation>
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
            <source>S&amp;napshots</source>
            <translation>&amp;Momentaufnahmen</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <source>&amp;Invite participants…</source>
            <translation>&amp;Teilnehmende einladen…</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>Der Raum</translation>
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
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>Momentaufnahmen</translation>
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
        <name>TeamProjectDialog</name>
        <message>
            <source>Open team project</source>
            <translation>Teamprojekt öffnen</translation>
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
    </context>
</TS>
