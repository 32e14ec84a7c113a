// Client-side search over /index.json (the Hugo twin of Siar's /search-index.json).
(function () {
  var input = document.getElementById("q"), out = document.getElementById("hasil"), items = null;
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"}[c]; }); }
  function show() {
    var q = input.value.trim().toLowerCase();
    if (!items || q.length < 2) { out.innerHTML = ""; return; }
    var hits = items.filter(function (it) { return (it.title + " " + it.summary + " " + (it.tags || []).join(" ")).toLowerCase().indexOf(q) >= 0; }).slice(0, 50);
    out.innerHTML = hits.map(function (it) {
      return "<article class=\"card\"><div class=\"card-body\"><p class=\"card-meta\"><time>" + esc(it.date_label) + "</time></p><h3 class=\"card-title\"><a href=\"" + esc(it.url) + "\">" + esc(it.title) + "</a></h3><p class=\"card-summary\">" + esc(it.summary) + "</p></div></article>";
    }).join("");
  }
  fetch("/index.json").then(function (r) { return r.json(); }).then(function (data) { items = data; show(); });
  input.addEventListener("input", show);
})();
