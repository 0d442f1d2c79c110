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
