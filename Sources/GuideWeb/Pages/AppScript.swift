/// `/app.js`, the only script (the CSP allows no other): answers as the user types, by fetching the
/// server's own HTML fragment (`/sok?…&fragment=1`) a moment after the last keystroke, and keeps the
/// address in step so it can be bookmarked. Without it the form works as an ordinary GET form.
enum AppScript {
    static let source = #"""
    "use strict";
    (function () {
      var form = document.getElementById("sok");
      var results = document.getElementById("treff");
      if (!form || !results || !window.fetch || !window.URLSearchParams) { return; }
      var timer = null;
      var latest = 0;
      function update() {
        var params = new URLSearchParams(new FormData(form));
        var asked = ++latest;
        if ((params.get("q") || "").trim() === "") { results.innerHTML = ""; return; }
        params.set("fragment", "1");
        fetch("/sok?" + params.toString(), { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
          .then(function (html) {
            if (asked !== latest) { return; }
            results.innerHTML = html;
            params.delete("fragment");
            history.replaceState(null, "", "/sok?" + params.toString());
          })
          .catch(function () {});
      }
      function later() {
        clearTimeout(timer);
        timer = setTimeout(update, 250);
      }
      form.addEventListener("input", later);
      form.addEventListener("change", later);
    })();

    """#
}
