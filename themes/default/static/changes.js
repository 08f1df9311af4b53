// The date picker of changes/: everything since a chosen date, from api/changes.json, and
// the words of its quotations from api/quotes.json (fetched only when there are some).
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
  var data = null;
  // The quotations of each article by its slug, once api/quotes.json is read.
  var quotes = null;
  form.hidden = false;

  // The theme's word `key` in the dossier's language, from the data-i18n-KEY attribute the
  // template gives `holder`, each {name} in it filled from `values`.
  function word(holder, key, values) {
    var w = holder.getAttribute("data-i18n-" + key) || key;
    return w.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? String(values[name]) : m; });
  }

  var headings = {
    first_mention: word(form, "changes_first_mention"),
    role: word(form, "changes_role"),
    status: word(form, "changes_status"),
    quote: word(form, "changes_quote")
  };
  var kinds = {
    person: word(form, "kind_person"),
    organization: word(form, "kind_organization"),
    place: word(form, "kind_place")
  };

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
    // Each day is [date, rows], each change a row [kind, entity, article, at, detail] (the
    // file's `row`); a quotation has no detail, its words are in api/quotes.json.
    var items = [];
    daysSince(since).forEach(function (day) {
      day[1].forEach(function (r) {
        items.push({ date: day[0], kind: r[0], entity: r[1], article: r[2], at: r[3], detail: r[4] });
      });
    });
    results.textContent = "";
    results.appendChild(el("h2", items.length === 1
      ? word(form, "one_change_since", { date: since })
      : word(form, "changes_since", { n: items.length, date: since })));
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
        var what = c.kind === "quote" ? "“" + words(article, c.at) + "”" : c.detail || kinds[entity.kind] || entity.kind;
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

  // A quotation's words: the anchor q-N is row N of its article's quotations, whose field 1
  // is the text.
  function words(article, at) {
    var slug = article.path.replace(/^articles\//, "").replace(/\/$/, "");
    var row = (quotes[slug] || [])[Number(at.slice(2))];
    return row ? row[1] : "";
  }

  function json(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url);
      return r.json();
    });
  }

  // The days of api/changes.json from `since` on.
  function daysSince(since) {
    return data.days.filter(function (day) { return day[0] >= since; });
  }

  // api/changes.json, then api/quotes.json if a change since `since` is a quotation.
  function load(since) {
    var changes = data ? Promise.resolve(data) : json(form.getAttribute("data-api"));
    return changes.then(function (d) {
      data = d;
      var needed = !quotes && daysSince(since).some(function (day) {
        return day[1].some(function (r) { return r[0] === "quote"; });
      });
      if (!needed) return;
      return json(form.getAttribute("data-quotes")).then(function (q) {
        quotes = {};
        q.articles.forEach(function (a) { quotes[a.article] = a.quotes; });
      });
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var since = input.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return;
    load(since)
      .then(function () { show(since); })
      .catch(function () { results.hidden = false; results.textContent = word(form, "changes_unavailable"); });
  });
  input.addEventListener("change", function () { form.requestSubmit ? form.requestSubmit() : null; });
  clear.addEventListener("click", function () {
    results.hidden = true;
    weekly.hidden = false;
    clear.hidden = true;
    input.value = "";
  });
})();
