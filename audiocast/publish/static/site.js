// Chapter links seek the episode's player. Without JavaScript the link's
// media fragment (#t=seconds) opens the MP3 at the chapter instead.
document.addEventListener("click", function (event) {
  var link = event.target.closest("a.chapter");
  if (!link) return;
  var player = document.getElementById(link.dataset.player);
  if (!player) return;
  event.preventDefault();
  var start = parseFloat(link.dataset.start);
  var seek = function () {
    player.currentTime = start;
    var playing = player.play();
    if (playing && playing.catch) playing.catch(function () {});
  };
  if (player.readyState >= 1) {
    seek();
  } else {
    player.addEventListener("loadedmetadata", seek, { once: true });
    player.preload = "metadata";
    player.load();
  }
  var status = document.getElementById("status");
  if (status) status.textContent = "Spelar från kapitlet " + link.dataset.title + ".";
});
