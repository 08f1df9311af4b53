// dossier serve: live reload and build-error overlay. Injected only by the development
// server, never into `dossier build` output.
(function () {
  "use strict";
  var overlay = null;

  function show(message) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "dossier-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;background:rgba(20,0,0,.88);color:#fff;" +
        "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
      var title = document.createElement("strong");
      title.textContent = "dossier: the last save did not build. The page below is the last good version.\n\n";
      overlay.appendChild(title);
      overlay.appendChild(document.createElement("span"));
      document.body.appendChild(overlay);
    }
    overlay.lastChild.textContent = message;
  }

  var source = new EventSource("/__dossier/events");
  source.onopen = function () {
    // Lets a test (or a curious writer) see that the page is listening for changes.
    document.documentElement.setAttribute("data-dossier-live", "connected");
  };
  // Whether a reload event concerns this page: it names every page, this one, or a file this
  // page loaded (a style sheet, a picture). Its URLs are site-relative: `articles/doha/`.
  function concerns(data) {
    var changed;
    try {
      changed = JSON.parse(data);
    } catch (_) {
      return true;
    }
    if (changed.all) {
      return true;
    }
    var path = function (url) {
      return decodeURI(new URL(url, location.href).pathname).replace(/^\//, "").replace(/index\.html$/, "");
    };
    var shown = [path(location.href)];
    performance.getEntriesByType("resource").forEach(function (r) {
      shown.push(path(r.name));
    });
    return changed.urls.some(function (u) {
      return shown.indexOf(u) >= 0;
    });
  }

  source.addEventListener("reload", function (e) {
    if (concerns(e.data)) {
      window.location.reload();
    }
  });
  source.addEventListener("build-error", function (e) {
    show(e.data);
  });

  fetch("/__dossier/status")
    .then(function (r) { return r.json(); })
    .then(function (s) { if (s.error) { show(s.error); } })
    .catch(function () {});
})();
