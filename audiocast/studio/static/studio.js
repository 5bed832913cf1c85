// audiocast studio: small comforts only; every form works without this script.
(function () {
  "use strict";
  // Selecting a word in the spoken script fills in the pronunciation form.
  var script = document.getElementById("manus");
  var written = document.getElementById("written");
  if (script && written) {
    script.addEventListener("mouseup", function () {
      var text = String(window.getSelection() || "").trim();
      if (text && text.length < 60 && text.indexOf("\n") < 0) {
        written.value = text;
        var spoken = document.getElementById("spoken");
        if (spoken) { spoken.focus(); }
      }
    });
  }
  // One player at a time.
  document.addEventListener("play", function (event) {
    document.querySelectorAll("audio").forEach(function (a) {
      if (a !== event.target) { a.pause(); }
    });
  }, true);
})();
