<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AboutDataDialog</name>
        <message>
            <source>About the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map: actors with their attributes and notes, ties, clusters, positions, catalogues, and the project info (town, topic, the facilitator’s name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshots: dated, read-only copies of the whole map, contact persons included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact persons: name, role, e-mail and phone of a person at an actor. These are personal data (GDPR): keep them only with the person’s consent or another legal basis, and only as long as they are needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who last changed each actor, tie and cluster, and when (user name and computer name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What a NetMap project stores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project to see where its data are stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project: {0} actors, {1} snapshots, {2} contact persons ({3} on the current map, {4} only in snapshots).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exports (workbooks, CSV, GraphML, GEXF, web pages, posters) are copies outside the project. Web pages and posters are anonymised unless you choose otherwise; the other formats keep contact persons unless you anonymise them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit › Erase a person… removes a contact person from the map and from every snapshot, and rebuilds the project file so that no trace of the data remains in it. The undo history is cleared, since it still holds the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups and files exported before are not changed: delete them, or erase the person there too. On the command line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erasing a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the database server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server’s administrators keep its logs and backups. Before NetMap upgrades a project’s format it keeps a copy on the server, as a schema named after the project with .bak- and the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While the project is open, a lock file beside it says who has it open (user name, computer, since when):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups made before NetMap upgraded the file’s format, beside it as {0}.bak-*: full copies of the project as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are none at present.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorForm</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude to the strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached in the process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots (priority votes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags (comma-separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position (x, y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person — personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data under the GDPR: left out of anonymised exports, erasable everywhere. Store it only with the person's consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <source>Most ties (degree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who connects (betweenness)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who reaches everyone fastest (closeness)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Well-connected contacts (eigenvector)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the ties lead (PageRank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Little room to broker (constraint)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separate circles reached (effective size)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brokers between others (brokerage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds of ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analyse all ties, or only the ties of one kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count who informs, funds or instructs whom; otherwise every tie counts both ways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong ties (3) count more than weak ones (1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find an actor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is central, who connects?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is missing, where is the network weak?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What if …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As entered (influence and category)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The analysis failed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n separate parts</source>
            <translation>
                <numerusform>%n separate part</numerusform>
                <numerusform>%n separate parts</numerusform>
            </translation>
        </message>
        <message>
            <source>density {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average distance {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separate parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Lowest first: the most room to broker.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size and colour of the circles on the map: as entered (influence and category) or by a measure of the analysis</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <source>Catalogues of this project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit catalogues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit catalogue: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Label (German)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClusterForm</name>
        <message>
            <source>Heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots (priority votes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dissolve cluster (the actors stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add actor {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit actor {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit cluster {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add ties ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete ties ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group as cluster {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dissolve cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit project info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide on a proposal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Current map (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no snapshots yet. Take one (Ctrl+Shift+S) to compare the map with it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose two different states to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comparison failed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} → {1}: {2} new actors, {3} no longer on the map, {4} changed; {5} new ties, {6} ended, {7} changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no longer there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties ±</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connector ±</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who gained or lost ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is on the clipboard: paste it into your council report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare – what has changed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swap before and after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the changes on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New actors and ties in green, changed ones in amber, those no longer there as grey dashed outlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as text report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who gained or lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who gained or lost most as a connector: ties are the direct relationships of an actor; the connector value (betweenness) says how often an actor lies on the shortest path between two others – who links groups that would otherwise know nothing of each other. Biggest changes first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom and scroll one map, the other follows. Left: grey halo – no longer there. Right: green – new, amber – changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} percentage points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many actors are on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many relationships between actors are on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which share of all possible relationships exists: higher means a more closely knit network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into how many parts without any tie between them the network falls: 1 means everyone is connected, directly or indirectly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors without any tie: on the map, but not in the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many of the catalogue's actor categories have at least one actor: who is missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which share of the actors the strategy process has reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far the actors take part on average, on the participation ladder from decoration to self-organisation (higher is more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors at the stages decoration or instruction: not taking part yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>further data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErasePersonDialog</name>
        <message>
            <source>current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>snapshot “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase “{0}” from the map and from every snapshot?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found at: {0}. This cannot be undone, and the undo history will be cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” could not be erased; nothing was changed: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” was erased from: {1}. The undo history was cleared. Backups and earlier exports are not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact persons are personal data. Choose the person to erase: they are removed from the current map and from every snapshot, and no trace of them stays in the project file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name or actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>categories (Kategorien)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>districts (Sozialräume)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participation stages (Beteiligungsstufen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tie kinds (Beziehungsarten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fields of action (Handlungsfelder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a command; did you mean {1}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is neither a command ({1}) nor a project (an existing file, a .netmap file or a postgresql:// address)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the results protocol is a .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the folder does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a project of that name already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file of that name already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its folder does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is not a NetMap project: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is not a NetMap project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} was saved by a newer version of NetMap (schema {1}; this version knows up to {2}). Please update NetMap to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is already open by {1} on {2} (since {3}); it can be opened read-only. If NetMap no longer runs there, delete the lock file {4} to take the project over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is write-protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file could not be read or written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the disk is full; nothing was changed. Free some space on the disk and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the file cannot be written (the file or its folder is write-protected); nothing was changed. Ask for write access, or open the project read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the file is damaged ({1}); nothing was changed. Restore it from a backup (a copy NAME.netmap.bak-… beside it, or your own backups)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the file could not be read or written ({1}); nothing was changed. Check the disk or the network connection and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1!r} was erased and the erased entries were overwritten, but the file could not be rebuilt afterwards ({2}). Nothing else needs to be done; free some space on the disk when you can</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is open read-only; changes are not possible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no snapshot labelled {0!r} (snapshots: {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is not a valid project location: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the database server cannot be used ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the database user {1} may not create projects in this database; an administrator can allow it with: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the database user {1} may not open this project; an administrator can allow it with: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1} has an edit open that does not finish, so your edit had to wait; nothing was changed, please try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: another user has an edit open that does not finish, so your edit had to wait; nothing was changed, please try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is now {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing was removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your edit was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your edit was not saved and can be applied again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}; {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>project info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>further attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was removed by {2} at {3} while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was removed by {2} while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was removed by another user at {3} while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was removed by another user while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it ({4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it ({4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it ({4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it ({4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} at {3} while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by {2} while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by another user at {3} while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} was changed by another user while you were editing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attribute name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cluster name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tie kind label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>district label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {0} is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {0} is {1:,} characters long; NetMap accepts at most {2} (it begins {3!r})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {0} is {1:,} characters long; NetMap accepts at most {2:,}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value of {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds more than {0:,} actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds more than {0:,} ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tie refers to an actor that does not exist ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the weight {0!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this should be an edge list but has no from/to columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the CSV is broken ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the node list has no name column (Name, Label, Akteur ...) and no Id column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the row has neither a name nor an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cell is empty; every tie needs both actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name {0!r} belongs to several actors; use their ids</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown actor {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>old Excel workbooks (.xls) are not supported: save the file as .xlsx in Excel and import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenDocument spreadsheets are not supported: save the file as .xlsx and import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GML is not supported: save the network as GraphML (.graphml) and import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetDraw VNA is not supported: save the network as UCINET DL (.dl) or Pajek (.net)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap cannot import {0}; it imports {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap cannot import files without extension; it imports {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook is neither a NetMap workbook (sheet Akteure or Actors) nor a Kumu workbook (sheets Elements and Connections); its sheets are: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook is neither a NetMap workbook (sheet Akteure or Actors) nor a Kumu workbook (sheets Elements and Connections); its sheets are: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kumu JSON blueprints are not supported (an internal Kumu format without a specification); in Kumu, export the project as an Excel workbook (Elements/Connections) and import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files are not supported; import GraphML, GEXF, CSV or an Excel workbook instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap cannot export {0}; it exports {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap cannot export files without extension; it exports {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a GEXF file (its root element is &lt;{0}&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds no graph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edge {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the node id is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the edge refers to a node that does not exist ({0!r})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the parent node does not exist ({0!r})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nodes are nested more than {0} levels deep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>node {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>node number {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the node has no id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the position is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has {0:,} time points; NetMap reads at most {1:,}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown edge type {0!r} (directed, undirected or mutual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a GraphML file (its root element is &lt;{0}&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the r/g/b colour is not three numbers 0-255</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>groups are nested more than {0} levels deep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the yEd geometry is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook has neither an Elements nor a Connections sheet (Kumu's layout)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the row has more than {0:,} columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cell holds a formula ({0}); NetMap imports values only: replace the formulas by their values in Excel (copy, paste values) and import again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Elements sheet has no Label column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the element has no label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Connections sheet has no {0} column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cell is empty; every connection needs both elements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown element {0!r} (not on the Elements sheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>several elements are called {0!r}; give them IDs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a Pajek network: it has no *Vertices section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has no network {0!r} (its networks: {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a network has one *Vertices section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*{0} comes before *Vertices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*Vertices needs the number of vertices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*Vertices {0}: NetMap reads 1 to {1:,} vertices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a vertex line must start with its number, not {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vertex {0} is not among the {1} declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a vertex number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tie needs two vertex numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the matrix has {0:,} values; {1} vertices need {2:,}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the matrix has {0:,} values; it needs {1:,}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} in the matrix is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text is neither UTF-8 nor Windows-1252 (byte {0:#04x} at position {1}); save the file as UTF-8 and import it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is {0:,.0f} MB large; NetMap imports files up to {1:,.0f} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is too large to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is damaged: a compressed part of it cannot be unpacked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read ({0}: {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file declares XML entities, which NetMap refuses (they can blow a small file up to gigabytes: 'billion laughs')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file refers to external XML resources, which NetMap refuses to fetch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the XML is refused ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the XML declares an encoding that does not exist ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the XML is broken or incomplete ({0}, column {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not an Excel workbook (.xlsx): the file is not a zip archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook holds {0:,} parts; refused as a possible zip bomb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook part {0} would inflate {1:,.0f} times to {2:,.0f} MB; refused as a zip bomb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook would inflate to {0:,.0f} MB (at most {1:,.0f} MB); refused as a possible zip bomb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not an Excel workbook (.xlsx): xl/workbook.xml is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook is damaged ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook's list of sheets is broken or refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook cannot be opened ({0}: {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a UCINET DL file: it does not begin with DL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has no DATA: section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FORMAT = {0} is not supported (NetMap reads {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the header declares no number of actors (N=)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap reads at most {0:,} actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap reads at most {0} matrices (NM=)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the data has {0:,} more values than %n matrices of this size</source>
            <translation>
                <numerusform>the data has {0:,} more values than %n matrix of this size</numerusform>
                <numerusform>the data has {0:,} more values than %n matrices of this size</numerusform>
            </translation>
        </message>
        <message>
            <source>the header gives {0} labels for {1} actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not an actor number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actor {0} is not among the {1} declared (N={1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more matrices than the {0} declared (NM=)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a line needs at least two actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text is longer than {0:,} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text is longer than {0} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ID is longer than {0} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not in the list of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a whole number from {1} to {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is neither yes nor no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not one of: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this new row (no ID) has the name {0!r} of the actor in row {1}: give the new actor a name of its own, or delete one of the two rows if they are the same actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name {0!r} belonged to the actor whose ID is now in row {1}; were the columns sorted separately? Sort whole rows, or put names and IDs back together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no actor sheet: a NetMap workbook has a sheet 'Akteure' (or 'Actors')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sheet has more than {0:,} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the row has more than {0} columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cell {0}{1} holds a formula ({2}); NetMap does not import formulas: replace them by their values (copy, paste values)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the header row is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the header {0!r} appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column {0} is missing (renamed or deleted?); this sheet needs the columns {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; columns NetMap does not know: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is a value in a column without a header: give the column a header (a NetMap one or your own) or delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the list entry is too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column 'Name' is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ID {0!r} appears twice (rows {1} and {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column {0!r} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tie refers to an unknown actor ID {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name {0!r} belongs to another actor than the ID {1!r} ({2!r}); were the columns sorted separately? Put names and IDs back together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tie names no actor here (neither a name nor an ID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tie refers to an unknown actor {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} actors are called {1!r}: give the tie the actor's ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the language must be 'de' or 'en', not {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}:// is not supported; use a .netmap file or postgresql://USER@HOST:PORT/DATABASE#PROJECT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address cannot be read ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database name is missing (postgresql://USER@HOST:PORT/DATABASE#PROJECT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project name after '#' is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project name is longer than {0} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project name contains a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} cannot be a project name (reserved by PostgreSQL or NetMap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tie kind {0!r} is ambiguous; it may be: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown tie kind {0!r} (kinds: {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the snapshot label {0!r} is ambiguous; it may be: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>influence {0} is outside 0-10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no actor with id {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no actors with ids {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name the contact person to erase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no contact person named {0!r} on the map or in any snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language {0!r} is not one of de, en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>catalogue keys must be unique and not empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a catalogue label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the entries {0} are still used on the map and cannot be removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a kind of source (kinds: {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} is not a date of the form YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some of these actors do not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no cluster with id {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is {1:,} characters long; at most {2:,} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} contains the control character U+{1:04X}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number of participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workshop step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the dots per participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} must be between 0 and {1}, not {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the open questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1!r} is not in the project's catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an actor needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the actor's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contact's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contact's role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contact's e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contact's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dots cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tie must join two actors of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tie must join two different actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strength {0} is outside 1-3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tie kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a cluster needs a heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cluster's heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cluster members {0} are not actors of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the upgrade would break references between its tables; the file was not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database holds no project of that name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it needs an upgrade, which is impossible read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds tables of another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a project can only be renamed within its own database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a postgresql:// address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds no NetMap tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it names no schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database cannot be read ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is a database of another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a crash left an unfinished change behind; open the project again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no {0} with id {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the edit does not fit the map ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the workbook was exported from the snapshot {1!r}, which this project does not have; importing it could undo later changes. Import it into a new project, or clear the row 'Exported from snapshot' on its project sheet to import it as the current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: NetMap cannot export files without an extension; it exports {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: NetMap cannot export {1}; it exports {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the layout {1!r} is for {2} files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a snapshot needs a label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the snapshot's label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a snapshot labelled {0!r} exists already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the snapshot's note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Explanation</name>
        <message>
            <source>How many others is this actor directly connected with?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What share of all other actors is directly connected with this one?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many ties run from others to this actor?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many ties run from this actor to others?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many and how strong are this actor's ties, taken together?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who links groups that would otherwise know nothing of each other?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who reaches everyone else in the fewest steps?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is connected to actors who are well connected themselves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where do you most likely end up when you follow the ties through the network?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far do this actor's contacts already know each other, leaving it little to broker?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many separate circles does this actor have access to?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which group, more closely tied within than to the rest, does this actor belong to?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does the network fall apart if this actor leaves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many actors lose their connection if this actor leaves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How deep inside the dense core of the network, rather than at its edge, is this actor?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often does this actor broker between two others who have no direct tie?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often does the actor broker within its own group?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often does the actor broker between two members of another group?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often does the actor carry something from its own group to another group?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often does the actor let something from outside into its own group?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often does the actor link two other groups it does not belong to itself?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What share of all possible ties actually exists?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into how many parts with no connection at all between them does the network fall?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Through how many steps do two actors reach each other on average?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How clearly does the network split into groups that keep mostly to themselves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How well do the hand-drawn clusters match the groups found in the ties?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which single tie holds two parts of the network together?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens to the network if this actor leaves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which groups of actors are missing from the map altogether?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is on the map but connected to no one?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does the network break if someone leaves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which groups of actors are only on the edge, with at most one tie per actor?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which districts do not have a single actor yet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which fields of action have no tie at all yet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who has not been reached by the process yet, or only been informed rather than involved?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which groups have no direct tie to each other, and who could bring them together?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much does the network hang on its key actors?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV: a list of actors and a list of ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GraphML for yEd, Gephi, igraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GEXF for Gephi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page to click through (works offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster as SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster as PNG (300 dpi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap workbook (to edit and import again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kumu (sheets Elements and Connections)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gephi (nodes Id, Label; edges Source, Target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymised: contact persons (and on posters also notes and the facilitator's name) are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posters never show contact persons; not anonymised, they show notes and the facilitator's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file will contain personal data: the contact persons (name, role, e-mail, phone). Pass it on only to those who may see them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map has no contact persons: the file holds no personal data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web pages and posters are made to be shown to others: anonymised by default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbooks and network files are working files you edit and import again: they keep contact persons unless you anonymise them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing “{0}” …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map could not be exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before/after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot “{0}” ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” before, the chosen map after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymise: leave out every contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map could not be printed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Gaps</name>
        <message>
            <source>Missing groups of actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single points of failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dependence on the key actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors without ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups of actors only on the edge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reached or barely involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups with no tie between them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Districts without actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of action without a tie</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GapsView</name>
        <message>
            <source>Group around {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlighted: the actors working in this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} – cuts off {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If {0} leaves, these lose their connection: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all without ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best placed to bring them together: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1} of all shortest paths run through it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If they leave, these lose their connection: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked: no actor has one of the handbook's categories, so the map's groups are not the handbook's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a gap to see it on the map.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Self-loops left out (a tie from an actor to itself): %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parallel ties of one kind between the same actors, kept (the analysis counts each pair once): %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hyperedges left out (a tie joins two actors): %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Further graphs of the file left out (the first is read): %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Further networks of the project file not imported: %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permutations skipped (an order of vertices, not a network): %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time points not kept as snapshots: %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values of attributes NetMap does not carry, left out: %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported from {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names normalised (invisible and text-direction characters removed, Unicode composed to NFC): %n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0!r} (also {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %n more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors the file names in several spellings, each kept as one actor (%n): {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>keep as an attribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use as categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use as clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks: NetMap or Kumu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV node or edge lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GraphML: yEd, Gephi, igraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GEXF: Gephi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pajek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UCINET DL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All supported files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading “{0}” …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” could not be imported; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported “{0}”: {1} new actors, {2} updated, {3} removed; {4} new ties. Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportOptions</name>
        <message>
            <source>Network of the file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partition “{0}”:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing “{0}” would change the map as listed below. Nothing is changed until you choose Import; afterwards Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now → after the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the map: remove the actors and ties that are not in the file (matched actors keep their position and their snapshots)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched actors whose attributes differ ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched actors without differences ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors removed from the map ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New ties ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties whose attributes differ ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties removed from the map ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New catalogue entries ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New clusters ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters with other members ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed project facts ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dated snapshots, one per time point of the file ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out or kept as they are ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} new actors, {1} matched ({2} with differences); {3} new ties, {4} changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds {0} actors and {1} ties.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replacing removes {0} actors and {1} ties from the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds nothing that is not on the map already: importing would change nothing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Actor: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected: {0} actors and {1} ties.

Select a single actor or tie to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an actor, a tie or a cluster heading on the map to see and edit everything about it here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants can propose actors, ties, ratings and dots from their own phones. Their phones connect to this laptop over the network it is on, for example the room's Wi-Fi: choose that network below. Nothing goes to the internet; the map is served from this laptop, and only while this window is open. Proposals wait in the queue until you decide on them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network the phones are on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this computer (to try it out) – {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network “{0}” – phones in the same network can join ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots per phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start inviting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the code with your phone's camera, or type the address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the network the phones are on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invitation could not start: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>supportive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undirected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>directed (from → to)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mutual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 – weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 – medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 – strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tie kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>solid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dashed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dotted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Actors by category (fill)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties by kind (line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude to the strategy (outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size and marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>larger circle: more influence (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>arrow: directed tie; thicker line: stronger tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tower: the room's influence votes, filled to the median; red line: lowest to highest vote</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LegendWidget</name>
        <message>
            <source>No project is open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LookBackPage</name>
        <message>
            <source>The map now is the copy to change: remove or change what did not exist in {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Start from a copy of today's map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Store it as the map of that year and compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel: back to today's map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Invite participants…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap — who works with whom in our town?

Create a new project (Ctrl+N) or open one (Ctrl+O).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} (read-only)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>The layout could not be computed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project is open read-only; it cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clipboard holds no actors to paste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste actors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the actors to group first (drag a frame around them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A layout is still being computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the key actor first, or mark one as key actor in the inspector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project has no districts yet: add them under File → Catalogues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout: key actor rings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout: sectors by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout: by district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout: automatic</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapEntry</name>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapFollower</name>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change was stored, but the map could not be read back ({0}); it is shown as soon as the server answers.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message>
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <source>without category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supportive (solid green outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral (thin grey outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical (dashed red outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lowest value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>middle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>highest value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <source>Drag: move · Shift+drag to another actor: new tie · Double-click: edit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapSession</name>
        <message>
            <source>This project is open read-only; it cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo/redo was not possible: {0}. The undo history was cleared.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>“{0}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with %n ties</source>
            <translation>
                <numerusform>with %n tie</numerusform>
                <numerusform>with %n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleted: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message>
            <source>Network monitoring: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart could not be exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring – the network over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the current map (“today”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} snapshots from {1} to {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“today”: the current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No snapshots yet: take a snapshot after each workshop, and this chart shows how the network develops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the indicators to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverlayBanner</name>
        <message>
            <source>Comparison with “{0}”: green – new since then, amber – changed, grey dashed – no longer there; everything else is muted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End comparison</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Participation</name>
        <message>
            <source>--approve takes a proposal number or all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal from the workshop on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no proposal number {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>proposal number {0} has been decided already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an edited proposal must stay of its kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only a proposed actor can be merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(removed actor #{0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tie {0} – {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>influence {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rating of {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you have placed all your dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the actor is not on the map (any more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a proposal must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the kind must be one of actor, tie, rating, dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the second actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the kind of tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the attitude must be one of supportive, neutral, critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a rating needs an influence or an attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is not an IPv4 address of this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot serve on {0}:{1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the proposal is too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the proposal is not valid JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the device token is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many proposals at once; please wait a moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the proposal could not be stored; please try again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>Network map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors by category (fill)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors by the measure shown (fill and size)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties by kind (line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude to the strategy (outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size and marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger circle: more influence (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Star and ring: key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number in a dark dot: priority dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow: directed tie; arrows at both ends: mutual; thicker: stronger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coloured area with a heading: cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magenta halo: the network breaks if this actor leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actors}, {ties}, {components}, density {density}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who connects?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Many shortest paths between other actors run through them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does the network break?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If one of these actors leaves, others lose every connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (cuts off {count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green halo: new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber halo: changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grey and dashed: no longer there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separate parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors without ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made with NetMap on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitation: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymised: no personal data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n separate parts</source>
            <translation>
                <numerusform>%n separate part</numerusform>
                <numerusform>%n separate parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>The map could not be printed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Legal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectController</name>
        <message>
            <source>Open project read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project could not be created: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project could not be opened: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map was updated with changes made elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project cannot be reached at the moment: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened read-only: you can look, but not change the map.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectInfoDialog</name>
        <message>
            <source>Project info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants (a number, no names)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority dots per participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open questions (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of posters and reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a workshop date is set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectInfoPanel</name>
        <message>
            <source>Edit project info…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of posters and reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(read-only)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>NetMap projects (*.netmap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” is open in NetMap by {1} on the computer {2} (since {3}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can open it read-only: you see the map and follow their changes, but cannot change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” was opened by {1} on the computer {2} (since {3}); that computer has not been heard from for more than {4} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Perhaps NetMap crashed there or the computer lost the network. If {0} is still working on the map, opening it anyway lets both of you change it and work can be lost: ask {0} first if you can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProposalEditor</name>
        <message>
            <source>Edit the proposal, then approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>District:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of tie:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProposalsPanel</name>
        <message>
            <source>Approve proposal: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge proposal with “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject proposal: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put proposals on the map at once (for small trusted groups)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit, then approve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors already on the map with the same or a similar name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones can join at {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not inviting at the moment (Workshop ▸ Invite participants…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposals waiting: {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Protocol</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n people (not named here)</source>
            <translation>
                <numerusform>%n person (not named here)</numerusform>
                <numerusform>%n people (not named here)</numerusform>
            </translation>
        </message>
        <message>
            <source>Next date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The group meets again on {date} to repeat the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The group wrote down no open questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results protocol: network analysis {town}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results protocol: network analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map as the group drew it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The map shows %n actors</source>
            <translation>
                <numerusform>The map shows %n actor</numerusform>
                <numerusform>The map shows %n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n ties between them.</source>
            <translation>
                <numerusform>and %n tie between them.</numerusform>
                <numerusform>and %n ties between them.</numerusform>
            </translation>
        </message>
        <message>
            <source>The map was drawn around {names} as the key actor.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The network falls into %n separate parts that have no tie to each other.</source>
            <translation>
                <numerusform>The network falls into %n separate part.</numerusform>
                <numerusform>The network falls into %n separate parts that have no tie to each other.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every actor can reach every other one through the network.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ties are named by more than one source, which makes them firmer evidence.</source>
            <translation>
                <numerusform>%n tie is named by more than one source, which makes it firmer evidence.</numerusform>
                <numerusform>%n ties are named by more than one source, which makes them firmer evidence.</numerusform>
            </translation>
        </message>
        <message>
            <source>Without any tie: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is central?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actor has a tie yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} is the most central actor: it works directly with %n of the other actors.</source>
            <translation>
                <numerusform>{name} is the most central actor: it works directly with %n other actor.</numerusform>
                <numerusform>{name} is the most central actor: it works directly with %n of the other actors.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is {share} of the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next come {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who connects groups that would otherwise not meet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody stands between others: every actor who has ties reaches the others directly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is the strongest broker: it lies on {share} of the shortest connections between two other actors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its ties reach into {reached} of the {total} groups the network forms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} also connect parts of the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which groups are missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actor of these groups named in the handbook is on the map: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every group of the catalogue has at least one actor on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{group}: not reached yet or only informed: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which districts are thin?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project has no districts to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every district has actors and several ties to the rest of the town.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{district} has no actor on the map.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{district} has only %n actors (a district has {average} on average)</source>
            <translation>
                <numerusform>{district} has only %n actor (a district has {average} on average)</numerusform>
                <numerusform>{district} has only %n actors (a district has {average} on average)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties link them to other districts.</source>
            <translation>
                <numerusform>%n tie links them to other districts.</numerusform>
                <numerusform>%n ties link them to other districts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Where would the network break?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>If {name} drops out, {names} would lose every connection to the rest of the network (%n actors).</source>
            <translation>
                <numerusform>If {name} drops out, {names} would lose every connection to the rest of the network (%n actor).</numerusform>
                <numerusform>If {name} drops out, {names} would lose every connection to the rest of the network (%n actors).</numerusform>
            </translation>
        </message>
        <message>
            <source>The tie between {a} and {b} is the only link between two parts of the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single actor or tie holds the network together: it does not break when one of them drops out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{label}” of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since {when} the map has changed from {a0} to {a1} actors and from {t0} to {t1} ties.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n actors are new</source>
            <translation>
                <numerusform>%n actor is new</numerusform>
                <numerusform>%n actors are new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actors are no longer on the map</source>
            <translation>
                <numerusform>%n actor is no longer on the map</numerusform>
                <numerusform>%n actors are no longer on the map</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties were added</source>
            <translation>
                <numerusform>%n tie was added</numerusform>
                <numerusform>%n ties were added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties ended.</source>
            <translation>
                <numerusform>%n tie ended.</numerusform>
                <numerusform>%n ties ended.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties became stronger</source>
            <translation>
                <numerusform>%n tie became stronger</numerusform>
                <numerusform>%n ties became stronger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new ties join actors who were more than two steps apart before</source>
            <translation>
                <numerusform>%n new tie joins actors who were more than two steps apart before</numerusform>
                <numerusform>%n new ties join actors who were more than two steps apart before</numerusform>
            </translation>
        </message>
        <message>
            <source>Ties that ended although both actors are still there: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed since {label}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No priority dots were given.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The group gave %n priority dots.</source>
            <translation>
                <numerusform>The group gave %n priority dot.</numerusform>
                <numerusform>The group gave %n priority dots.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each of the %n participants had {each}, {all} in all.</source>
            <translation>
                <numerusform>The %n participant had {each}, {all} in all.</numerusform>
                <numerusform>Each of the %n participants had {each}, {all} in all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Most dots (%n) went to {names}.</source>
            <translation>
                <numerusform>Most dots (%n) went to {names}.</numerusform>
                <numerusform>Most dots (%n) went to {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Further actors with dots: {list}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters with dots: {list}.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact persons for the next steps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Provenance</name>
        <message>
            <source>Workshop of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed by a participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entered by {who}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <source>New actor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type a name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category of “{0}”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first letters, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter: without a category · Esc: back to the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no category matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Tab: next)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separate parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors without ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of actors reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average participation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors at the lowest stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supportive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undirected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>directed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mutual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participation stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes from {a} to {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors no longer on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties that ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who gained or lost most as a connector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: ties {before} → {after}, brokerage {b0} → {b1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and {n} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not asked: no actor has one of the handbook's categories, so the map's groups are not the handbook's (a file from another tool, or categories still to assign)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within its own group (coordinator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>between members of another group (itinerant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for its group towards others (representative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from outside into its group (gatekeeper)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>between two other groups (liaison)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} brokers {total}×: {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cuts off {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>best placed to bridge: {names}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n separate parts</source>
            <translation>
                <numerusform>%n separate part</numerusform>
                <numerusform>%n separate parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without ties</source>
            <translation>
                <numerusform>%n without ties</numerusform>
                <numerusform>%n without ties</numerusform>
            </translation>
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actors}, {ties}, density {density}, {components}, {isolates}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who connects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who reaches everyone fastest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who brokers between whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {share} of all shortest paths run through it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Results protocol written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>results protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the results protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file for the results protocol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {0} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing “{0}” …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The results protocol could not be written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot “{0}” ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymise: leave out contact persons and the facilitator's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomTab</name>
        <message>
            <source>Where the room disagrees most (the widest range of influence votes, the most divided attitudes): worth a discussion rather than one number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actor has two or more differing votes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority dots: {0} in all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomTower</name>
        <message>
            <source>Votes of the room: {0}. Influence {1}, from {2} to {3}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomVotes</name>
        <message>
            <source>Votes of the room: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>influence {0}, from {1} to {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supportive {0} · neutral {1} · critical {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <source>Rename snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The snapshot keeps the whole map as it is now (actors, ties, positions, clusters). Later changes of the map do not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Workshop 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was special about this point in time (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The snapshot needs a label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A snapshot with this label exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotTools</name>
        <message>
            <source>As of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The snapshot could not be taken: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot “{0}” taken: the map as it is now is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The snapshot could not be renamed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the snapshot “{0}” of {1}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map as it was then cannot be brought back, and it can no longer be compared with. The current map is not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The snapshot could not be deleted: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot “{0}” deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new map from “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetMap projects (*.netmap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new map could not be created: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New map started from the snapshot “{0}”: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotViewer</name>
        <message>
            <source>Snapshot “{0}” – read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot “{0}” of {1} — read-only. This is the map as it was then; it cannot be changed here. The current map is in the main window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} actors · {1} ties · {2} clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom +</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom −</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the current map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotsPanel</name>
        <message>
            <source>Take snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the map as it is today, to compare it later (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the map as it was at this snapshot, in a window of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed between this snapshot and the current map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new map from this snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new project file with this snapshot's actors, ties and clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators across all snapshots as a chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No snapshots yet.

Take a snapshot at the end of a workshop: it keeps the map as it is, and the next workshop can be compared with it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcesLabel</name>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Named by %n source(s)</source>
            <translation>
                <numerusform>Named by %n source</numerusform>
                <numerusform>Named by %n sources</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter: name, notes, tags…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> at {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” was removed by {1}{2} while you were editing it. Your change was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” was changed by {1}{2} while you were editing it. Your change was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• {0}: now {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• {0}: now {1} (yours: {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> – changed by {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your copy was out of date, so NetMap cannot tell who changed what. What is stored now differs from your copy in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What {0} changed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep their version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply my version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change could not be stored: {0} has started a change that does not finish (perhaps their computer went to sleep).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change could not be stored: another user has started a change that does not finish (perhaps their computer went to sleep).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. The server lets go of a stalled change after a short while; then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamProjectDialog</name>
        <message>
            <source>Open team project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>postgresql://USER@HOST:PORT/DATABASE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address your IT gives you for the team server: USER is your login name on it, HOST the server's name or IP address, PORT usually 5432, DATABASE the database that keeps the maps. The password comes from ~/.pgpass or PGPASSWORD and is never stored by NetMap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the server which maps it keeps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects on the server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not be asked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects on this server: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no NetMap project on this server yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TieEntry</name>
        <message>
            <source>New tie:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first letters, comma, first letters, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. “stad, grund” then Enter · a number at the end picks the kind · Esc leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no actor matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no tie kind {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TieForm</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swap from and to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TieKindChooser</name>
        <message>
            <source>New ties:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of the next tie you draw (number keys 1–9 choose)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New ties: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhatIfView</name>
        <message>
            <source>What if … leaves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who loses the connection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn this on, then click an actor on the map or in the ranking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click an actor on the map or in the ranking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is no longer on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working it out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If {0} leaves:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lose their connection to the rest: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody loses their connection to the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left without any tie: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separate parts: {0} → {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest part: {0} → {1} actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average distance: {0} → {1} steps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new project file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;read-only…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project without changing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;team project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project that several people edit, on a PostgreSQL server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project &amp;info…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town, topic, facilitator, workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Catalogues…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories, tie kinds, fields of action, districts, participation stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut the selected actors with the ties among them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected actors with the ties among them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste actors (or a list of names, one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected actors and ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New actor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name, Enter, the first letters of a category, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New t&amp;ie…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the first letters of one actor, a comma, the first letters of the other, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Group as cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group the selected actors as a cluster with a heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw &amp;ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag from actor to actor to draw a tie of the chosen kind (without this tool: Shift+drag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a priority dot on the selected actors or cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a priority dot off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit the whole map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen for the projector (Esc leaves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Map only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide all panels to give the map the whole window; again to bring them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key actor &amp;rings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key actor in the centre, the others in rings by distance from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sectors by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One sector of the circle per category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by &amp;district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One group per district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Automatic layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place the selected actors near their neighbours, or tidy everyone near where they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lay out &amp;everything afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new layout of the whole map: everyone may move far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is central, who connects, who is missing, where the network breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the map as it is now, with a label, date and note, to compare it later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed between two snapshots, or since a snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Monitoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators across all snapshots as a chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About NetMap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add actors and ties from a workbook, CSV, GraphML, GEXF, Pajek or UCINET file, after a preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the map as a workbook, network file, web page or poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the map as it is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase a &amp;person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a contact person from the map and every snapshot (GDPR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the &amp;data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the project stores, where, and how to erase a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot +</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot −</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sectors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom +</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom −</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowBars</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;napshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout and view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About NetMap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;NetMap {0}&lt;/h3&gt;&lt;p&gt;Participatory stakeholder network analysis for towns and counties: map who works with whom, see who connects, who is missing and where the network would break.&lt;/p&gt;&lt;p&gt;After the method of the WIR programme's handbook (Hesse).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of the next tie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowPanels</name>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The room</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Key actor in the middle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ten years ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters and headings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the actor the topic starts from, for example the town hall or a sports club: it goes in the middle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call out every actor connected to the topic, group by group, until no group is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who works with whom, and how: each tie between two actors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove or change what did not exist ten years ago, then store that map with its year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group actors that belong together and give each group a heading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each participant puts their dots on the actors or clusters that matter most.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the findings together, agree on the poster and set the next date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key actor: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key actor yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n actors</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message>
            <source>{present} of {total} groups have an actor.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ties</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actors without a tie.</source>
            <translation>
                <numerusform>%n actor without a tie.</numerusform>
                <numerusform>%n actors without a tie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier map: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No map of an earlier year yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n clusters with a heading</source>
            <translation>
                <numerusform>%n cluster with a heading</numerusform>
                <numerusform>%n clusters with a heading</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dots given</source>
            <translation>
                <numerusform>%n dot given</numerusform>
                <numerusform>%n dots given</numerusform>
            </translation>
        </message>
        <message>
            <source>of {budget}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings, poster and the next date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since “{label}”:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new actors</source>
            <translation>
                <numerusform>%n new actor</numerusform>
                <numerusform>%n new actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gone</source>
            <translation>
                <numerusform>%n gone</numerusform>
                <numerusform>%n gone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new ties</source>
            <translation>
                <numerusform>%n new tie</numerusform>
                <numerusform>%n new ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended.</source>
            <translation>
                <numerusform>%n ended.</numerusform>
                <numerusform>%n ended.</numerusform>
            </translation>
        </message>
        <message>
            <source>Today, before the look back ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's map, kept while the group looks back; restored when the look back is stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year of the look back must be between 1900 and {last}, not {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map of {year} (look back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawn in the workshop of {date} as the group remembered it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopGuide</name>
        <message>
            <source>Step {0} of {1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select one actor on the map first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the next workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the selected actor the key actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is still missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group the selected actors as a cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots per participant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results protocol…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster and other exports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a snapshot of today's map…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next workshop, to repeat the map:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the next date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guided workshop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>Where it came from</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ReportAction</name>
        <message>
            <source>Results &amp;protocol…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop's findings in sentences, with the map, as a PDF for the council</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
