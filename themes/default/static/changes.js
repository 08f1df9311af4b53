// The date picker of changes/: everything since a chosen date, from api/changes.json.
// Without JavaScript the page is the weekly list, and the picker stays hidden.
(function () {
  "use strict";
  var form = document.getElementById("since-form");
  if (!form || !window.fetch) return;
  var input = document.getElementById("since-date");
  var clear = document.getElementById("since-clear");
  var results = document.getElementById("since-results");
  var weekly = document.getElementById("weekly");
  var base = (document.querySelector('meta[name="dossier-base"]') || {}).content || "/";
  var headings = { first_mention: "First mentioned", role: "New roles", status: "Status changes", quote: "New quotations" };
  var data = null;
  form.hidden = false;

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  function link(path, text) {
    return el("a", text, { href: base + path.replace(/^\//, "") });
  }

  function show(since) {
    var items = data.changes.filter(function (c) { return c.date >= since; });
    results.textContent = "";
    results.appendChild(el("h2", items.length + " change" + (items.length === 1 ? "" : "s") + " since " + since));
    Object.keys(headings).forEach(function (kind) {
      var list = items.filter(function (c) { return c.kind === kind; });
      if (!list.length) return;
      results.appendChild(el("h3", headings[kind]));
      var ul = el("ul", "", { "class": "changes" });
      list.forEach(function (c) {
        var li = el("li", "", { "data-date": c.date, "data-kind": c.kind });
        li.appendChild(el("time", c.date, { datetime: c.date }));
        li.appendChild(document.createTextNode(" "));
        // Entities and articles are listed once in the file; a change names them by position.
        var entity = data.entities[c.entity], article = data.articles[c.article];
        li.appendChild(link(entity.id + "/", entity.name));
        var what = c.role || c.status || (c.quote ? "“" + c.quote + "”" : entity.kind);
        li.appendChild(document.createTextNode(": " + what + " — "));
        li.appendChild(link(article.path + "#" + c.at, article.title));
        ul.appendChild(li);
      });
      results.appendChild(ul);
    });
    results.hidden = false;
    weekly.hidden = true;
    clear.hidden = false;
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var since = input.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return;
    if (data) return show(since);
    fetch(form.getAttribute("data-api"))
      .then(function (r) { return r.json(); })
      .then(function (json) { data = json; show(since); })
      .catch(function () { results.hidden = false; results.textContent = "The list of changes could not be loaded."; });
  });
  input.addEventListener("change", function () { form.requestSubmit ? form.requestSubmit() : null; });
  clear.addEventListener("click", function () {
    results.hidden = true;
    weekly.hidden = false;
    clear.hidden = true;
    input.value = "";
  });
})();
