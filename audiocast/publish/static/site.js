// audiocast listeners' page: chapter links, one player at a time, transcripts
// fetched on demand, and read-along.
//
// Read-along, and why it is built this way: the transcript is ordinary text
// (paragraphs, headings, lists) in a region with aria-live="off", so a screen
// reader reads it like any text and hears nothing while the highlight moves.
// The word being said and its sentence are marked with classes only (no ARIA
// changes while playing). Words are not buttons or links: hundreds of them
// would make the page noisy to browse. With "Följ med i texten" pressed (the
// default) the transcript scrolls with the speech and the words are one
// composite tab stop (roving tabindex): Tab reaches the word being said,
// arrow keys move by word (left/right) and sentence (up/down), Home/End go to
// the first/last word, and Enter or Space plays from that word; a click on a
// word does the same. Released, the words leave the tab order and the text
// stays still. Scrolling is instant under prefers-reduced-motion.
(function () {
  "use strict";

  var transcripts = {};  // by player id: {box, words: [{start, end, el, sentence}], current}
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  function say(text) {
    var status = document.getElementById("status");
    if (status) status.textContent = text;
  }

  function seekAndPlay(player, seconds) {
    var go = function () {
      player.currentTime = seconds;
      var playing = player.play();
      if (playing && playing.catch) playing.catch(function () {});
    };
    if (player.readyState >= 1) {
      go();
    } else {
      player.addEventListener("loadedmetadata", go, { once: true });
      player.preload = "metadata";
      player.load();
    }
  }

  // Chapter links seek the episode's player. Without JavaScript the link's
  // media fragment (#t=seconds) opens the MP3 at the chapter instead.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.chapter");
    if (!link) return;
    var player = document.getElementById(link.dataset.player);
    if (!player) return;
    event.preventDefault();
    seekAndPlay(player, parseFloat(link.dataset.start));
    say("Spelar från kapitlet " + link.dataset.title + ".");
  });

  // --- building a transcript from its JSON -----------------------------------

  function blocksOf(data) {
    // audiocast's transcripts say how the words group into the script's
    // segments; an older one has one segment per script segment.
    var extra = data.audiocast;
    if (extra && extra.blocks) return extra.blocks;
    return data.segments.map(function () { return { kind: "sentence", words: 1, end: "paragraph" }; });
  }

  function wordsOf(data) {
    var out = [];
    data.segments.forEach(function (seg) {
      var start = Number(seg.startTime) * 1000, end = Number(seg.endTime) * 1000;
      var parts = String(seg.body).split(/\s+/).filter(Boolean);
      parts.forEach(function (text, i) {  // an older, per-sentence segment: words spread over it
        out.push({ text: text, start: start + (end - start) * i / parts.length,
                   end: start + (end - start) * (i + 1) / parts.length });
      });
      if (!parts.length) return;
      out[out.length - parts.length].first = true;
    });
    return out;
  }

  function build(state, data) {
    var box = state.box.querySelector(".transcript");
    var words = wordsOf(data), blocks = blocksOf(data);
    var frag = document.createDocumentFragment();
    var holder = null, list = null, prev = null, w = 0, sentenceIndex = 0;
    var heading = state.box.closest("article").querySelector("h2");
    var level = heading ? Math.min(6, Number(heading.tagName.substring(1)) + 1) : 3;
    blocks.forEach(function (block) {
      var kind = block.kind, count = block.words;
      // audiocast's blocks count words; an older transcript counts segments.
      if (!(data.audiocast && data.audiocast.blocks)) {
        count = 0;
        while (w + count < words.length && (count === 0 || !words[w + count].first)) count++;
      }
      var factTitle = kind === "factbox" && (!prev || prev.kind !== "factbox" || prev.end === "section");
      var container;
      if (kind === "heading" || factTitle) {
        container = document.createElement("h" + level);
        frag.appendChild(container);
        holder = null;
        list = null;
      } else if (kind === "factbox") {
        if (!list) { list = document.createElement("ul"); frag.appendChild(list); }
        container = document.createElement("li");
        list.appendChild(container);
        holder = null;
      } else {
        list = null;
        if (!holder) {
          holder = document.createElement("p");
          if (kind === "title") holder.className = "title";
          frag.appendChild(holder);
        } else {
          holder.appendChild(document.createTextNode(" "));
        }
        container = holder;
      }
      var sentence = document.createElement("span");
      sentence.className = "sentence";
      for (var k = 0; k < count && w < words.length; k++, w++) {
        if (k) sentence.appendChild(document.createTextNode(" "));
        var span = document.createElement("span");
        span.className = "w";
        span.textContent = words[w].text;
        span.dataset.i = String(w);
        words[w].el = span;
        words[w].sentence = sentenceIndex;
        words[w].sentenceEl = sentence;
        sentence.appendChild(span);
      }
      container.appendChild(sentence);
      sentenceIndex++;
      if (block.end !== "sentence" || kind === "title") holder = null;
      prev = block;
    });
    box.textContent = "";
    box.appendChild(frag);
    state.words = words;
    state.current = -1;
    state.box.querySelector("button.follow").hidden = false;
    state.box.querySelector(".tips").hidden = false;
    setFollow(state, state.follow);
    update(state);
  }

  function load(state) {
    if (state.loading) return state.loading;
    var box = state.box.querySelector(".transcript");
    state.loading = fetch(state.box.dataset.src)
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) { build(state, data); })
      .catch(function () {
        box.textContent = "";
        var p = document.createElement("p");
        p.textContent = "Texten kunde inte hämtas. Öppna den som fil med länkarna nedan.";
        box.appendChild(p);
        state.loading = null;
      });
    box.setAttribute("aria-busy", "true");
    state.loading.then(function () { box.removeAttribute("aria-busy"); });
    return state.loading;
  }

  // --- following the speech ----------------------------------------------------

  function wordAt(words, ms) {
    // The last word that has started (words are in time order).
    var lo = 0, hi = words.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (words[mid].start <= ms) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);
  }

  function setRoving(state, i) {
    if (!state.follow || !state.words.length) return;
    var old = state.box.querySelector('.w[tabindex="0"]');
    if (old) old.setAttribute("tabindex", "-1");
    state.words[Math.max(0, i)].el.setAttribute("tabindex", "0");
  }

  function update(state) {
    if (!state.words || !state.words.length) return;
    var i = wordAt(state.words, state.player.currentTime * 1000);
    if (i === state.current) return;
    var before = state.current >= 0 ? state.words[state.current] : null;
    if (before) {
      before.el.classList.remove("current");
      before.sentenceEl.classList.remove("current");
    }
    state.current = i;
    if (i < 0) return;
    var word = state.words[i];
    word.el.classList.add("current");
    word.sentenceEl.classList.add("current");
    var focusInside = state.box.contains(document.activeElement) && document.activeElement.classList.contains("w");
    if (!focusInside) setRoving(state, i);
    if (state.follow && state.box.open && !focusInside && !inView(word.el)) {
      word.el.scrollIntoView({ block: "center", behavior: reduceMotion && reduceMotion.matches ? "auto" : "smooth" });
    }
  }

  function tick(state) {
    update(state);
    if (!state.player.paused) state.frame = window.requestAnimationFrame(function () { tick(state); });
  }

  function setFollow(state, on) {
    state.follow = on;
    var button = state.box.querySelector("button.follow");
    button.setAttribute("aria-pressed", on ? "true" : "false");
    (state.words || []).forEach(function (w) {
      if (on) w.el.setAttribute("tabindex", "-1"); else w.el.removeAttribute("tabindex");
    });
    state.box.classList.toggle("following", on);
    if (on) setRoving(state, state.current);
  }

  function stateFor(box) {
    var id = box.dataset.player;
    if (!transcripts[id]) {
      var player = document.getElementById(id);
      var state = { box: box, player: player, words: null, current: -1, follow: true, loading: null };
      transcripts[id] = state;
      ["timeupdate", "seeked"].forEach(function (type) {
        player.addEventListener(type, function () { update(state); });
      });
      player.addEventListener("play", function () { load(state); tick(state); });
    }
    return transcripts[id];
  }

  document.querySelectorAll("details.transcript-box").forEach(function (box) {
    var state = stateFor(box);
    box.addEventListener("toggle", function () { if (box.open) load(state); });
    box.querySelector("button.follow").addEventListener("click", function () {
      setFollow(state, !state.follow);
      say(state.follow ? "Texten följer med och orden går att välja." : "Texten står still.");
    });
    var text = box.querySelector(".transcript");
    text.addEventListener("click", function (event) {
      var span = event.target.closest(".w");
      if (!span || !state.follow) return;
      playFrom(state, Number(span.dataset.i));
    });
    text.addEventListener("keydown", function (event) {
      var span = event.target.closest(".w");
      if (!span || !state.follow) return;
      var i = Number(span.dataset.i), to = null, words = state.words;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        playFrom(state, i);
        return;
      }
      if (event.key === "ArrowRight") to = i + 1;
      else if (event.key === "ArrowLeft") to = i - 1;
      else if (event.key === "Home") to = 0;
      else if (event.key === "End") to = words.length - 1;
      else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        var step = event.key === "ArrowDown" ? 1 : -1, s = words[i].sentence + step;
        to = i;
        while (to >= 0 && to < words.length && words[to].sentence !== s) to += step;
        if (step < 0) while (to > 0 && words[to - 1].sentence === s) to--;
      }
      if (to === null) return;
      event.preventDefault();
      to = Math.max(0, Math.min(words.length - 1, to));
      words[i].el.setAttribute("tabindex", "-1");
      words[to].el.setAttribute("tabindex", "0");
      words[to].el.focus();
    });
  });

  function playFrom(state, i) {
    var word = state.words[i];
    seekAndPlay(state.player, word.start / 1000 + 0.001);
    say("Spelar från ”" + word.text + "”.");
  }

  // Only one episode plays at a time; pressing play also fetches its transcript.
  document.addEventListener("play", function (event) {
    var players = document.querySelectorAll("audio");
    for (var i = 0; i < players.length; i++) {
      if (players[i] !== event.target && !players[i].paused) players[i].pause();
    }
  }, true);
})();
