// Sortable, filterable tables (the Hostages table, the reactions page's speakers). Without
// JavaScript they are plain tables. Each header becomes a sort button; a header with
// data-filter gets a filter above the table: a list of the column's values, or (data-filter
// "text") a text box.
(function () {
  "use strict";
  // The theme's word `key` in the dossier's language, from the data-i18n-KEY attribute the
  // template gives `holder`, each {name} in it filled from `values`.
  function word(holder, key, values) {
    var w = holder.getAttribute("data-i18n-" + key) || key;
    return w.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? String(values[name]) : m; });
  }

  function cellText(row, i) {
    var c = row.children[i];
    return c ? c.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function setup(table) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var filters = [];
    var bar = document.createElement("div");
    bar.className = "table-filters";
    var count = document.createElement("span");
    count.setAttribute("aria-live", "polite");

    // A labelled control in the filter bar.
    function add(id, text, control) {
      var l = document.createElement("label");
      control.id = id;
      l.htmlFor = id;
      l.textContent = text + " ";
      bar.appendChild(l);
      bar.appendChild(control);
    }

    function apply() {
      var n = 0;
      rows.forEach(function (r) {
        var on = filters.every(function (f) { return f.test(r); });
        r.hidden = !on;
        if (on) n++;
      });
      count.textContent = word(table, "shown_of", { n: n, total: rows.length });
    }

    heads.forEach(function (th, i) {
      var label = th.textContent.trim();
      var kind = th.getAttribute("data-filter");
      var id = table.id + "-filter-" + i;
      if (kind === "text") {
        var input = document.createElement("input");
        input.type = "search";
        add(id, label, input);
        input.addEventListener("input", apply);
        filters.push({ test: function (r) { return cellText(r, i).toLowerCase().indexOf(input.value.toLowerCase()) >= 0; } });
      } else if (kind) {
        var values = {};
        rows.forEach(function (r) {
          cellText(r, i).split(", ").forEach(function (v) { if (v) values[v] = true; });
        });
        var select = document.createElement("select");
        select.name = kind;
        select.appendChild(new Option(word(table, "any"), ""));
        Object.keys(values).sort().forEach(function (v) { select.appendChild(new Option(v, v)); });
        add(id, label, select);
        select.addEventListener("change", apply);
        filters.push({ test: function (r) { return !select.value || cellText(r, i).split(", ").indexOf(select.value) >= 0; } });
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = label;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var number = th.getAttribute("data-type") === "number";
        rows.sort(function (a, b) {
          var x = cellText(a, i), y = cellText(b, i);
          var d = number ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          return up ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    bar.appendChild(count);
    table.parentNode.insertBefore(bar, table);
    apply();
  }

  document.querySelectorAll("table.sortable").forEach(setup);
})();
