// The YAML editor of the version pages: highlighting, line numbers, folding, search (Ctrl-F) and bracket
// matching, from CodeMirror 6. It enhances a textarea marked data-editor, which stays the form's field: the editor
// keeps it in step, so the form posts what was typed, and without JavaScript the textarea works as it is.
//
// The editor lives in a shadow root: there CodeMirror styles itself with constructed style sheets, which the
// console's Content-Security-Policy (style-src 'self', no inline styles) allows.
import {basicSetup, EditorView} from "codemirror";
import {EditorState} from "@codemirror/state";
import {yaml} from "@codemirror/lang-yaml";

const size = EditorView.theme({
  "&": {border: "1px solid #dde1e8", background: "#fff", color: "#1d2330"},
  "&.cm-focused": {outline: "2px solid #2456c7"},
  ".cm-scroller": {minHeight: "22rem", maxHeight: "70vh", overflow: "auto",
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: "0.85rem"}
});
const invalid = EditorView.theme({"&": {border: "2px solid #b42318"}});

function enhance(textarea) {
  const host = document.createElement("div");
  host.className = "yaml-editor";
  textarea.insertAdjacentElement("afterend", host);
  const shadow = host.attachShadow({mode: "open"});
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    doc: textarea.value,
    extensions: [
      basicSetup,
      yaml(),
      size,
      textarea.classList.contains("invalid") ? invalid : [],
      EditorState.readOnly.of(textarea.readOnly),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({"aria-label": textarea.getAttribute("aria-label") || "YAML"}),
      EditorView.updateListener.of(update => {
        if (update.docChanged) {
          textarea.value = update.state.doc.toString();
        }
      })
    ]
  });
  textarea.hidden = true;
  host.editorView = view;
  markRefusedLine(view, Number(textarea.dataset.errorLine));
}

// The line a refusal of the API server names (data-error-line): selected and scrolled to.
function markRefusedLine(view, number) {
  if (number > 0 && number <= view.state.doc.lines) {
    const line = view.state.doc.line(number);
    view.dispatch({selection: {anchor: line.from, head: line.to}, scrollIntoView: true});
  }
}

document.addEventListener("DOMContentLoaded", () =>
  document.querySelectorAll("textarea[data-editor]").forEach(enhance));
