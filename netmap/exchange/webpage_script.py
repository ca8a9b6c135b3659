"""The web page's own script and style sheet (inlined by `netmap.exchange.webpage`).

What the script does, and why:
- Names readable at first sight: vis-network scales labels with the zoom and hides those below its
  draw threshold, so at the opening zoom of a whole town most names vanished. The script sets each
  label's size in map units to `LABEL_PX` screen pixels divided by the zoom, on opening and on every
  zoom, so a name is always drawn at a readable size, as on the poster.
- Clusters are drawn behind the map as padded hulls with their heading on top (`beforeDrawing`).
- Search, filters (category, tie kind, district), a details panel on click with the actor's figures
  and neighbours (the neighbours stay bright, the rest is dimmed) and, for a compared export, a
  before/after switch. The state lives in the address's fragment (``#q=…&actor=…&view=before``), so
  a view can be linked to, and a test can open it.
- Every piece of user text becomes a DOM text node, never HTML. The script needs no network; the
  page's Content-Security-Policy allows this script by its hash and nothing else.
- `#netmap-status` reports what was drawn (``data-*`` attributes) for checks in a headless browser.
"""

from __future__ import annotations

__all__ = ["APP_JS", "CSS"]

APP_JS = r"""
(function () {
  "use strict";
  var LABEL_PX = 13, HEADING_PX = 17, FIT_MARGIN = 0.84, WRAP_AT = 26;
  // Names are placed by this script (beside their dot, where no other name or dot is) up to this
  // many actors; beyond it vis-network draws them (placing would cost too much per frame).
  var OWN_LABELS_UP_TO = 1500;
  var data = JSON.parse(document.getElementById("netmap-data").textContent);
  var T = data.text;
  var status = document.getElementById("netmap-status");
  var details = document.getElementById("netmap-details");
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var OWN_LABELS = data.nodes.length <= OWN_LABELS_UP_TO;
  var bright = {};  // node id -> drawn in full colour (not dimmed by a search or a selection)
  var neighbours = {};
  data.edges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push(e);
    (neighbours[e.to] = neighbours[e.to] || []).push(e);
  });
  var state = {q: "", category: "", kind: "", district: "", view: data.compare ? "after" : "", actor: null};

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.appendChild(document.createTextNode(text)); }
    return node;
  }
  function tip(lines) {
    var box = el("div", "netmap-tip");
    lines.forEach(function (line, i) { box.appendChild(el("div", i === 0 ? "netmap-tip-head" : "", line)); });
    return box;
  }
  function fold(text) { return String(text).toLocaleLowerCase(); }
  function inView(item) { return !state.view || item.views.indexOf(state.view) >= 0; }
  function nodeShown(n) {
    return inView(n) && (!state.category || n.category === state.category) &&
      (!state.district || n.district === state.district);
  }
  function edgeShown(e) {
    return inView(e) && (!state.kind || e.kind === state.kind) && nodeShown(byId[e.from]) && nodeShown(byId[e.to]);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: OWN_LABELS ? undefined : n.label, x: n.x, y: n.y, size: n.size,
            borderWidth: n.key ? 3 : 1,
            color: {background: n.colour, border: n.key ? "#000000" : "#4d4d4d",
                    highlight: {background: n.colour, border: "#000000"},
                    hover: {background: n.colour, border: "#000000"}},
            title: tip(n.tip)};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, width: e.width, dashes: e.dashes, arrows: e.arrows,
            color: {color: e.colour, highlight: e.colour, hover: e.colour, inherit: false}, title: tip(e.tip)};
  }));
  var container = document.getElementById("netmap-map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);

  // --- labels at a readable size, whatever the zoom -------------------------------------------
  var labelSize = 0;
  function sizeLabels() {
    var scale = network.getScale() || 1;
    var size = LABEL_PX / scale;
    if (Math.abs(size - labelSize) / size < 0.05) { return; }
    labelSize = size;
    network.setOptions({nodes: {font: {size: size, strokeWidth: 3 / scale, strokeColor: "#ffffff"}}});
  }

  // --- what is shown: filters, search, the selected actor and its neighbours ----------------
  function apply() {
    var q = fold(state.q.trim());
    var matches = [];
    var near = null;
    if (state.actor !== null && byId[state.actor] && nodeShown(byId[state.actor])) {
      near = {};
      near[state.actor] = true;
      (neighbours[state.actor] || []).forEach(function (e) {
        if (edgeShown(e)) { near[e.from] = true; near[e.to] = true; }
      });
    } else {
      state.actor = null;
    }
    var updates = data.nodes.map(function (n) {
      var shown = nodeShown(n);
      var hit = !q || fold(n.name).indexOf(q) >= 0;
      if (shown && q && hit) { matches.push(n.id); }
      var lit = Boolean(shown && hit && (!near || near[n.id]));
      bright[n.id] = lit;
      return {id: n.id, hidden: !shown, opacity: lit ? 1 : 0.18,
              font: {color: lit ? "#111111" : "rgba(17,17,17,0.25)"}};
    });
    nodes.update(updates);
    edges.update(data.edges.map(function (e) {
      var shown = edgeShown(e);
      var lit = !near || (near[e.from] && near[e.to] && (e.from === state.actor || e.to === state.actor));
      return {id: e.id, hidden: !shown, color: {color: lit ? e.colour : "rgba(150,150,150,0.15)",
                                                  opacity: near ? 1 : 0.55, highlight: e.colour, hover: e.colour,
                                                  inherit: false}};
    }));
    var shownNodes = data.nodes.filter(nodeShown).length;
    var shownEdges = data.edges.filter(edgeShown).length;
    status.setAttribute("data-shown-nodes", String(shownNodes));
    status.setAttribute("data-shown-edges", String(shownEdges));
    status.setAttribute("data-matches", matches.map(function (id) { return byId[id].name; }).join("|"));
    status.setAttribute("data-selected", state.actor === null ? "" : byId[state.actor].name);
    status.setAttribute("data-view", state.view);
    document.getElementById("netmap-found").textContent =
      q ? T.found.replace("{n}", String(matches.length)) : "";
    status.textContent = T.status.replace("{nodes}", String(shownNodes)).replace("{edges}", String(shownEdges));
    showDetails();
    writeHash();
    if (q && matches.length && state.actor === null) {
      network.selectNodes(matches.slice(0, 50));
      if (matches.length === 1) { network.focus(matches[0], {scale: Math.max(network.getScale(), 1), animation: false}); }
    }
  }

  function showDetails() {
    while (details.firstChild) { details.removeChild(details.firstChild); }
    if (state.actor === null) { details.appendChild(el("p", "netmap-hint", T.click_hint)); return; }
    var n = byId[state.actor];
    details.appendChild(el("h2", "", n.name));
    var list = el("dl");
    n.facts.forEach(function (fact) { list.appendChild(el("dt", "", fact[0])); list.appendChild(el("dd", "", fact[1])); });
    details.appendChild(list);
    var near = (neighbours[n.id] || []).filter(edgeShown);
    details.appendChild(el("h3", "", T.neighbours.replace("{n}", String(near.length))));
    var ul = el("ul", "netmap-neighbours");
    near.forEach(function (e) {
      var other = byId[e.from === n.id ? e.to : e.from];
      var li = el("li");
      var button = el("button", "netmap-link", other.name);
      button.type = "button";
      button.addEventListener("click", function () { select(other.id); });
      li.appendChild(button);
      li.appendChild(el("span", "netmap-kind", e.kindLabel ? " · " + e.kindLabel : ""));
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }

  function select(id) {
    state.actor = id;
    if (id !== null) { network.selectNodes([id]); } else { network.unselectAll(); }
    apply();
  }

  // --- controls ---------------------------------------------------------------------------
  var search = document.getElementById("netmap-search");
  search.addEventListener("input", function () { state.q = search.value; state.actor = null; apply(); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = data.nodes.filter(function (n) { return nodeShown(n) && fold(n.name).indexOf(fold(state.q.trim())) >= 0; })[0];
      if (first) { select(first.id); network.focus(first.id, {scale: Math.max(network.getScale(), 1), animation: true}); }
    }
  });
  ["category", "kind", "district"].forEach(function (name) {
    var box = document.getElementById("netmap-filter-" + name);
    box.addEventListener("change", function () { state[name] = box.value; apply(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[name=netmap-view]"), function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) { state.view = radio.value; apply(); } });
  });
  network.on("click", function (event) { select(event.nodes.length ? event.nodes[0] : null); });
  network.on("zoom", sizeLabels);

  // --- the address's fragment: a view that can be linked to ---------------------------------
  function readHash() {
    var text = window.location.hash.replace(/^#/, "");
    text.split("&").forEach(function (part) {
      var pair = part.split("=");
      if (pair.length !== 2) { return; }
      var key = decodeURIComponent(pair[0]), value = decodeURIComponent(pair[1].replace(/\+/g, " "));
      if (key === "q") { state.q = value; search.value = value; }
      else if (key === "category" || key === "kind" || key === "district") {
        state[key] = value; document.getElementById("netmap-filter-" + key).value = value;
      } else if (key === "view" && data.compare && (value === "before" || value === "after")) {
        state.view = value; document.getElementById("netmap-view-" + value).checked = true;
      } else if (key === "actor") {
        var found = data.nodes.filter(function (n) { return n.name === value; })[0];
        state.actor = found ? found.id : null;
      }
    });
  }
  function writeHash() {
    var parts = [];
    if (state.q) { parts.push("q=" + encodeURIComponent(state.q)); }
    ["category", "kind", "district"].forEach(function (k) { if (state[k]) { parts.push(k + "=" + encodeURIComponent(state[k])); } });
    if (data.compare && state.view === "before") { parts.push("view=before"); }
    if (state.actor !== null) { parts.push("actor=" + encodeURIComponent(byId[state.actor].name)); }
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash !== window.location.hash && window.history && window.history.replaceState) {
      try { window.history.replaceState(null, "", hash || window.location.pathname); } catch (err) { /* file: */ }
    }
  }

  // --- clusters behind the map ------------------------------------------------------------
  function hull(points) {
    points = points.slice().sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    if (points.length < 3) { return points; }
    function cross(o, a, b) { return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]); }
    var lower = [], upper = [];
    points.forEach(function (p) {
      while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) { lower.pop(); }
      lower.push(p);
    });
    points.slice().reverse().forEach(function (p) {
      while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) { upper.pop(); }
      upper.push(p);
    });
    return lower.slice(0, -1).concat(upper.slice(0, -1));
  }
  var headingBoxes = [];  // where the cluster headings are: names keep out of them
  network.on("beforeDrawing", function (ctx) {
    var scale = network.getScale() || 1;
    var drawn = [];
    headingBoxes = [];
    data.clusters.forEach(function (cluster) {
      if (!inView(cluster)) { return; }
      var ids = cluster.members.filter(function (id) { return nodeShown(byId[id]); });
      if (!ids.length) { return; }
      var positions = network.getPositions(ids);
      var pad = 28 / scale + 18;
      var points = [];
      ids.forEach(function (id) {
        var p = positions[id];
        for (var k = 0; k < 8; k++) {
          var angle = k * Math.PI / 4;
          points.push([p.x + Math.cos(angle) * pad, p.y + Math.sin(angle) * pad]);
        }
      });
      var outline = hull(points);
      ctx.save();
      ctx.beginPath();
      outline.forEach(function (p, i) { if (i) { ctx.lineTo(p[0], p[1]); } else { ctx.moveTo(p[0], p[1]); } });
      ctx.closePath();
      ctx.globalAlpha = 0.13;
      ctx.fillStyle = cluster.colour;
      ctx.fill();
      ctx.globalAlpha = 0.55;
      ctx.lineWidth = 1.5 / scale;
      ctx.strokeStyle = cluster.colour;
      ctx.stroke();
      var top = Math.min.apply(null, outline.map(function (p) { return p[1]; }));
      var xs = outline.map(function (p) { return p[0]; });
      var middle = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2;
      ctx.globalAlpha = 1;
      ctx.font = "bold " + (HEADING_PX / scale) + "px sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "bottom";
      ctx.lineWidth = 4 / scale;
      ctx.strokeStyle = "#ffffff";
      ctx.strokeText(cluster.name, middle, top - 3 / scale);
      ctx.fillStyle = cluster.heading;
      ctx.fillText(cluster.name, middle, top - 3 / scale);
      ctx.restore();
      drawn.push(cluster.name);
    });
    status.setAttribute("data-clusters", drawn.join("|"));
  });

  // --- names beside their dots, where they do not cover one another ------------------------
  function lines(name) {
    // Long names on two or three lines of about WRAP_AT characters, broken at spaces.
    var words = name.split(" "), result = [], line = "";
    var target = Math.max(WRAP_AT, Math.ceil(name.length / 3));
    words.forEach(function (word) {
      if (line && (line + " " + word).length > target) { result.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) { result.push(line); }
    return result;
  }
  function overlaps(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  network.on("afterDrawing", function (ctx) {
    if (!OWN_LABELS) { return; }
    var scale = network.getScale() || 1;
    var size = LABEL_PX / scale, gap = 3 / scale, cell = 120 / scale;
    var ids = data.nodes.filter(function (n) { return nodeShown(n); })
      .sort(function (a, b) { return (bright[b.id] ? 1 : 0) - (bright[a.id] ? 1 : 0) || b.size - a.size; })
      .map(function (n) { return n.id; });
    var positions = network.getPositions(ids);
    var grid = {};
    function cells(box, add) {
      var found = [];
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          var key = gx + ":" + gy;
          if (add) { (grid[key] = grid[key] || []).push(box); } else { found = found.concat(grid[key] || []); }
        }
      }
      return found;
    }
    function cost(box) {
      return cells(box, false).reduce(function (sum, other) {
        return overlaps(box, other) ? sum + (Math.min(box[2], other[2]) - Math.max(box[0], other[0])) *
          (Math.min(box[3], other[3]) - Math.max(box[1], other[1])) : sum;
      }, 0);
    }
    ids.forEach(function (id) {
      var p = positions[id], r = byId[id].size;
      cells([p.x - r, p.y - r, p.x + r, p.y + r], true);  // dots are obstacles for names
    });
    headingBoxes.forEach(function (box) { cells(box, true); });
    var corner = network.DOMtoCanvas({x: 0, y: 0});
    var far = network.DOMtoCanvas({x: container.clientWidth, y: container.clientHeight});
    function outside(box) {  // a name cut off at the edge of the map is as bad as a covered one
      var w = Math.max(0, corner.x - box[0]) + Math.max(0, box[2] - far.x);
      var h = Math.max(0, corner.y - box[1]) + Math.max(0, box[3] - far.y);
      return (w + h) * (box[3] - box[1] + box[2] - box[0]) * 4;
    }
    ctx.save();
    ctx.font = size + "px sans-serif";
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    var placed = 0;
    ids.forEach(function (id) {
      var n = byId[id], p = positions[id], r = n.size + gap;
      var text = lines(n.name);
      var width = Math.max.apply(null, text.map(function (t) { return ctx.measureText(t).width; }));
      var height = text.length * size * 1.15;
      var candidates = [
        [p.x + r, p.y - height / 2], [p.x - r - width, p.y - height / 2],
        [p.x - width / 2, p.y - r - height], [p.x - width / 2, p.y + r],
        [p.x + r, p.y - height], [p.x + r, p.y], [p.x - r - width, p.y - height], [p.x - r - width, p.y]
      ];
      var best = null, bestCost = Infinity;
      for (var i = 0; i < candidates.length && bestCost > 0; i++) {
        var c = candidates[i], box = [c[0], c[1], c[0] + width, c[1] + height];
        var here = cost(box) + outside(box);
        if (here < bestCost) { best = box; bestCost = here; }
      }
      cells(best, true);
      if (bestCost === 0) { placed++; }
      ctx.fillStyle = bright[id] === false ? "rgba(17,17,17,0.25)" : "#111111";
      ctx.lineWidth = 3.5 / scale;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      text.forEach(function (t, k) {
        var y = best[1] + size * 1.15 * (k + 0.5);
        ctx.strokeText(t, best[0], y);
        ctx.fillText(t, best[0], y);
      });
    });
    ctx.restore();
    status.setAttribute("data-names-free", String(placed));
    status.setAttribute("data-names", String(ids.length));
  });

  network.once("afterDrawing", function (ctx) {
    var painted = 0;
    try {
      var canvas = ctx.canvas;
      var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } }
    } catch (err) { painted = -1; }
    status.setAttribute("data-drawn-nodes", String(Object.keys(network.getPositions()).length));
    status.setAttribute("data-drawn-edges", String(edges.length));
    status.setAttribute("data-painted-pixels", String(painted));
    status.setAttribute("data-label-px", String(OWN_LABELS ? LABEL_PX : Math.round(labelSize * network.getScale() * 10) / 10));
  });

  readHash();
  network.fit({animation: false});
  // fit() sees the dots, not the names beside them: step back so the outer names fit as well.
  network.moveTo({scale: network.getScale() * FIT_MARGIN, animation: false});
  sizeLabels();
  apply();
  if (state.actor !== null) { network.selectNodes([state.actor]); }
}());
"""

CSS = """
html, body { margin: 0; padding: 0; font-family: sans-serif; color: #222; background: #fff; }
header { padding: 0.5em 1em; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.4em 1.5em; }
header h1 { font-size: 1.3em; margin: 0; }
header p { margin: 0; color: #555; }
#netmap-controls { display: flex; flex-wrap: wrap; gap: 0.4em 0.8em; align-items: center; font-size: 0.9em; }
#netmap-controls label { display: flex; gap: 0.3em; align-items: center; }
#netmap-controls select, #netmap-controls input[type=search] { font-size: 1em; padding: 0.15em 0.3em; }
#netmap-search { width: 14em; }
#netmap-found { color: #555; min-width: 5em; }
main { display: flex; }
#netmap-map { flex: 1 1 auto; height: calc(100vh - 7.5em); min-height: 420px; border-right: 1px solid #ddd; }
#netmap-side { flex: 0 0 270px; font-size: 0.88em; height: calc(100vh - 7.5em); overflow: auto; padding: 0 0.9em; }
#netmap-side h2 { font-size: 1.05em; margin: 0.7em 0 0.3em; }
#netmap-side h3 { font-size: 0.95em; margin: 0.7em 0 0.3em; }
#netmap-side ul { list-style: none; margin: 0; padding: 0; }
#netmap-legend li { margin: 0.12em 0; display: flex; align-items: center; gap: 0.5em; }
#netmap-details dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1em 0.6em; }
#netmap-details dt { color: #555; }
#netmap-details dd { margin: 0; }
.netmap-hint { color: #666; font-style: italic; }
.netmap-link { background: none; border: none; padding: 0.05em 0; color: #1f4e79; cursor: pointer; text-align: left;
  font: inherit; text-decoration: underline; }
.netmap-kind { color: #666; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; border: 1px solid #4d4d4d;
  flex: none; }
.hull { display: inline-block; width: 1.1em; height: 0.8em; border-radius: 0.3em; flex: none; }
#netmap-status { padding: 0.3em 1em; color: #555; font-size: 0.85em; }
div.vis-tooltip { position: absolute; visibility: hidden; padding: 5px 7px; white-space: normal; max-width: 360px;
  background: #f8f8f2; border: 1px solid #808074; border-radius: 3px; box-shadow: 3px 3px 10px rgba(0,0,0,0.2);
  font-size: 13px; pointer-events: none; z-index: 5; }
.netmap-tip-head { font-weight: bold; margin-bottom: 0.2em; }
"""
