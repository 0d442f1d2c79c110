// The file manager: upload with a progress bar (the form still posts without JavaScript), select all, and the
// download of every selected entry, one after the other.
(function () {
  var upload = document.getElementById("upload-form");
  if (upload) {
    upload.addEventListener("submit", function (event) {
      event.preventDefault();
      var progress = document.getElementById("upload-progress");
      var request = new XMLHttpRequest();
      request.open("POST", upload.action);
      request.upload.addEventListener("progress", function (loaded) {
        if (loaded.lengthComputable) {
          progress.hidden = false;
          progress.value = Math.round(loaded.loaded * 100 / loaded.total);
        }
      });
      request.addEventListener("load", function () {
        // The answer is the directory, with what was done or why not: show it.
        location.assign(request.responseURL || location.href);
      });
      request.send(new FormData(upload));
    });
  }
  var all = document.getElementById("select-all");
  if (all) {
    all.addEventListener("change", function () {
      document.querySelectorAll("input[form=bulk-form][name=path]").forEach(function (box) {
        box.checked = all.checked;
      });
    });
  }
  var download = document.getElementById("download-selected");
  if (download) {
    download.addEventListener("click", function () {
      var base = download.getAttribute("data-download");
      document.querySelectorAll("input[form=bulk-form][name=path]:checked").forEach(function (box, i) {
        setTimeout(function () {
          var link = document.createElement("a");
          link.href = base + "?path=" + encodeURIComponent(box.value);
          link.download = "";
          document.body.appendChild(link);
          link.click();
          link.remove();
        }, i * 300);
      });
    });
  }
})();
