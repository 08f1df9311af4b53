// The graph page: filter by kind and role, and zoom. Without JavaScript the graph is the
// same picture, every node a link, and the controls stay hidden.
(function () {
  "use strict";
  var form = document.getElementById("graph-controls");
  var svg = document.getElementById("graph");
  if (!form || !svg) return;
  form.hidden = false;
  var nodes = Array.prototype.slice.call(svg.querySelectorAll("a.node"));
  var edges = Array.prototype.slice.call(svg.querySelectorAll("line[data-a]"));
  var count = document.getElementById("graph-count");
  var start = svg.getAttribute("viewBox").split(" ").map(Number);
  var view = start.slice();

  // The theme's word `key` in the dossier's language, from the data-i18n-KEY attribute the
  // template gives `holder`, each {name} in it filled from `values`.
  function word(holder, key, values) {
    var w = holder.getAttribute("data-i18n-" + key) || key;
    return w.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? String(values[name]) : m; });
  }

  function filter() {
    var kinds = {};
    form.querySelectorAll('input[name="kind"]').forEach(function (c) { kinds[c.value] = c.checked; });
    var role = form.elements.role.value;
    var shown = {};
    var n = 0;
    nodes.forEach(function (a) {
      var roles = (a.getAttribute("data-roles") || "").split(" ");
      var on = kinds[a.getAttribute("data-kind")] && (!role || roles.indexOf(role) >= 0);
      a.style.display = on ? "" : "none";
      shown[a.getAttribute("data-i")] = on;
      if (on) n++;
    });
    edges.forEach(function (l) {
      l.style.display = shown[l.getAttribute("data-a")] && shown[l.getAttribute("data-b")] ? "" : "none";
    });
    count.textContent = word(form, "shown_of", { n: n, total: nodes.length });
  }

  function zoom(factor, cx, cy) {
    var w = view[2] * factor, h = view[3] * factor;
    if (cx === undefined) { cx = view[0] + view[2] / 2; cy = view[1] + view[3] / 2; }
    view = [cx - (cx - view[0]) * factor, cy - (cy - view[1]) * factor, w, h];
    svg.setAttribute("viewBox", view.map(function (v) { return v.toFixed(1); }).join(" "));
  }

  form.addEventListener("change", filter);
  form.addEventListener("click", function (ev) {
    var z = ev.target.getAttribute && ev.target.getAttribute("data-zoom");
    if (z === "in") zoom(0.8);
    else if (z === "out") zoom(1.25);
    else if (z === "reset") { view = start.slice(); svg.setAttribute("viewBox", start.join(" ")); }
  });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = svg.getBoundingClientRect();
    var cx = view[0] + (ev.clientX - r.left) / r.width * view[2];
    var cy = view[1] + (ev.clientY - r.top) / r.height * view[3];
    zoom(ev.deltaY < 0 ? 0.9 : 1.1, cx, cy);
  }, { passive: false });
  filter();
})();
