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
  source.addEventListener("reload", function () {
    window.location.reload();
  });
  source.addEventListener("build-error", function (e) {
    show(e.data);
  });

  fetch("/__dossier/status")
    .then(function (r) { return r.json(); })
    .then(function (s) { if (s.error) { show(s.error); } })
    .catch(function () {});
})();
