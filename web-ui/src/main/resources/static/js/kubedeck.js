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

// Plain forms marked data-confirm ask before they submit (htmx forms use hx-confirm).
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Background polls (marked with X-Kubedeck-Background) pause while the tab is hidden; a poll that also
// listens for "visibilitychange from:document" catches up as soon as the tab shows again.
document.addEventListener("htmx:beforeRequest", function (event) {
  var config = event.detail.requestConfig;
  if (document.hidden && config && config.headers && config.headers["X-Kubedeck-Background"] === "true") {
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
