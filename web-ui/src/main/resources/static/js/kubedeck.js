// htmx requests change state with the CSRF token from the XSRF-TOKEN cookie, as Spring Security expects.
document.addEventListener("htmx:configRequest", function (event) {
  var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  if (match) {
    event.detail.headers["X-XSRF-TOKEN"] = decodeURIComponent(match[1]);
  }
});

// Show refusals and validation messages (4xx) that the server sends as fragments; keep 5xx out of the page.
document.addEventListener("DOMContentLoaded", function () {
  if (window.htmx) {
    htmx.config.responseHandling = [
      {code: "204", swap: false},
      // A poll whose table has not changed (If-None-Match) keeps what it shows.
      {code: "304", swap: false},
      {code: "[23]..", swap: true},
      {code: "4..", swap: true, error: true},
      {code: "5..", swap: false, error: true}
    ];
  }
});

// Plain forms marked data-confirm ask before they submit, as do submit buttons so marked (a form's "Apply" beside
// its "Preview"); htmx forms use hx-confirm.
document.addEventListener("submit", function (event) {
  var submitter = event.submitter;
  var question = (submitter && submitter.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Background polls (marked with X-Kubedeck-Background) pause while the tab is hidden; a poll that also
// listens for "visibilitychange from:document" catches up as soon as the tab shows again.
document.addEventListener("htmx:beforeRequest", function (event) {
  var config = event.detail.requestConfig;
  var background = config && config.headers && config.headers["X-Kubedeck-Background"] === "true";
  if (background && (document.hidden || document.body.classList.contains("paused"))) {
    event.preventDefault();
  }
});

// A checkbox marked data-select-all="NAME" checks or clears every checkbox named NAME in its table.
document.addEventListener("change", function (event) {
  var name = event.target.getAttribute("data-select-all");
  if (name) {
    event.target.closest("table").querySelectorAll("input[type=checkbox][name='" + name + "']")
      .forEach(function (box) { box.checked = event.target.checked; });
  }
  if (event.target.getAttribute("form") === "bulk" || name) {
    countSelected();
  }
});

// The bulk buttons show how many pods they act on: the checked ones, or all matching ones when that is chosen.
function countSelected() {
  var all = document.getElementById("all-matching");
  var count = all && all.checked ? Number(all.getAttribute("data-matching"))
    : document.querySelectorAll("input[type=checkbox][name=pods][form=bulk]:checked").length;
  document.querySelectorAll("[data-selected-count]").forEach(function (badge) {
    badge.textContent = count;
    badge.hidden = count === 0;
  });
}

// After a kick or restore is carried out, nothing stays selected for the next one.
document.addEventListener("load-applied", function () {
  document.querySelectorAll("input[type=checkbox][form=bulk], input[type=checkbox][data-select-all]")
    .forEach(function (box) { box.checked = false; });
  countSelected();
});
document.addEventListener("htmx:afterSwap", countSelected);

// A button marked data-remove-row removes its table row (a grant on the user form).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-remove-row]");
  if (button) {
    button.closest("tr").remove();
  }
});

// A button marked data-dismiss="SELECTOR" removes the closest element matching SELECTOR (a warning, a preview).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-dismiss]");
  if (button) {
    var target = button.closest(button.getAttribute("data-dismiss"));
    if (target) {
      target.remove();
    }
  }
});

// Moments are written in UTC (and stay so on hover); the browser shows them in its own time zone.
function localTimes(root) {
  root.querySelectorAll("time[data-local]").forEach(function (time) {
    var at = new Date(time.getAttribute("datetime"));
    if (!isNaN(at)) {
      time.textContent = at.toLocaleString(document.documentElement.lang || undefined,
        {year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit"});
    }
  });
}
document.addEventListener("DOMContentLoaded", function () { localTimes(document); });
document.addEventListener("htmx:afterSwap", function (event) { localTimes(event.target); });

// A button marked data-copy="SELECTOR" copies that element's text, and says so for a moment.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (button && navigator.clipboard) {
    var source = document.querySelector(button.getAttribute("data-copy"));
    navigator.clipboard.writeText(source ? source.textContent.trim() : "").then(function () {
      var text = button.textContent;
      button.textContent = button.getAttribute("data-copied") || text;
      setTimeout(function () { button.textContent = text; }, 1500);
    });
  }
});

// The live tables poll unless paused; the pause button switches, and says what a click will do.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-pause]");
  if (button) {
    var paused = document.body.classList.toggle("paused");
    button.textContent = button.getAttribute(paused ? "data-resume-text" : "data-pause-text");
  }
});
