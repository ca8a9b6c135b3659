<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
            <source>Edit tie</source>
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
            <source>Edit cluster {0}</source>
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
    </context>
    <context>
        <name>LegendWidget</name>
        <message>
            <source>No project is open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <source>Editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout and view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New ties:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of the next tie you draw (number keys 1–9 choose)</source>
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
        <message>
            <source>{0} actors · {1} ties · {2} clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open project read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open project</source>
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
        <message>
            <source>Nothing was changed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none yet)</source>
            <translation type="unfinished" />
        </message>
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
            <source>New ties: {0}</source>
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
            <source>{actors} actors, {ties} ties, {components} connected parts, density {density}</source>
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
            <source>Categories without any actor: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors without ties: {names}</source>
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
            <source>Connected parts</source>
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
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actors} actors, {ties} ties, density {density}, {components} separate part(s), {isolates} without ties</source>
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
            <source>Single points of failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cuts off {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories with no actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories only on the edge</source>
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
        <message>
            <source>Not reached or only at the lowest stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups with no tie between them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>best placed to bridge: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {share} of all shortest paths run through it</source>
            <translation type="unfinished" />
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
            <source>Place the selected actors (or all) near their neighbours</source>
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
</TS>
