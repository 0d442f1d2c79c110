// The log page follows the log live: new lines from the server-sent events of /logs/stream are appended, with
// what the filter matches marked. Pause keeps them aside (and says how many wait), wrap folds long lines, and
// "newest" jumps to the end. The stream closes while the tab is hidden and opens again when it shows: no request to the cluster is left running for a page nobody looks at.
(function () {
  var log = document.getElementById("log-view");
  var follow = document.getElementById("follow");
  if (!log || !follow) {
    return;
  }
  var source = null;
  var paused = false;
  var waiting = [];
  var filter = null;
  try {
    var text = follow.getAttribute("data-grep");
    filter = text ? new RegExp(text, follow.getAttribute("data-match-case") === "true" ? "g" : "gi") : null;
  } catch (e) {
    filter = null;
  }

  function append(line) {
    var atEnd = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    var row = document.createElement("span");
    var last = 0;
    if (filter) {
      line.replace(filter, function (match, offset) {
        if (match.length > 0) {
          row.appendChild(document.createTextNode(line.substring(last, offset)));
          var mark = document.createElement("mark");
          mark.textContent = match;
          row.appendChild(mark);
          last = offset + match.length;
        }
        return match;
      });
    }
    row.appendChild(document.createTextNode(line.substring(last) + "\n"));
    log.appendChild(row);
    if (atEnd) {
      log.scrollTop = log.scrollHeight;
    }
  }

  function start() {
    // The stream sends the page's lines again, then each new one: the view is filled from it alone, so no line is
    // lost or shown twice between the page and the stream.
    log.textContent = "";
    source = new EventSource(follow.getAttribute("data-stream"));
    source.onmessage = function (event) {
      if (paused) {
        waiting.push(event.data);
        document.getElementById("waiting").textContent = waiting.length;
      } else {
        append(event.data);
      }
    };
    source.onerror = function () {
      // The log ended or the connection dropped: the browser tries again unless closed.
      if (source.readyState === EventSource.CLOSED) {
        stop();
      }
    };
    follow.setAttribute("aria-pressed", "true");
    document.body.classList.add("following");
  }

  function stop() {
    if (source) {
      source.close();
      source = null;
    }
    follow.setAttribute("aria-pressed", "false");
    document.body.classList.remove("following");
  }

  follow.addEventListener("click", function () {
    if (source) {
      stop();
    } else {
      start();
    }
  });
  document.getElementById("pause-log").addEventListener("click", function (event) {
    paused = !paused;
    event.target.textContent = event.target.getAttribute(paused ? "data-resume-text" : "data-pause-text");
    if (!paused) {
      waiting.forEach(append);
      waiting = [];
      document.getElementById("waiting").textContent = "0";
    }
  });
  document.getElementById("wrap-log").addEventListener("click", function () {
    log.classList.toggle("nowrap");
  });
  document.getElementById("newest").addEventListener("click", function () {
    log.scrollTop = log.scrollHeight;
  });
  document.addEventListener("visibilitychange", function () {
    if (document.hidden && source) {
      stop();
      follow.setAttribute("data-resume", "true");
    } else if (!document.hidden && follow.getAttribute("data-resume") === "true") {
      follow.removeAttribute("data-resume");
      start();
    }
  });
})();
