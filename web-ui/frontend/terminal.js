// The web terminal of the pod page: xterm.js over the WebSocket of /exec/ws; and the replay of a recorded session. Output arrives as binary messages,
// written to the screen as bytes; keystrokes, pastes and the terminal's size go up as small JSON messages. When the
// shell ends or the connection drops, the page says why and offers to connect again.
//
// xterm.js styles its screen with <style> elements, which the console's Content-Security-Policy (style-src 'self',
// no inline styles) refuses. The terminal therefore gets inert stand-ins for them whose text becomes constructed
// style sheets adopted by the document, which that policy allows.
import {Terminal} from "@xterm/xterm";
import {FitAddon} from "@xterm/addon-fit";

const MOST_PER_MESSAGE = 4096;

function constructedStyles() {
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (tag, options) {
    if (String(tag).toLowerCase() !== "style") {
      return create.call(this, tag, options);
    }
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const standIn = create.call(this, "template");
    let text = "";
    const setText = {
      get: () => text,
      set: value => {
        text = String(value);
        sheet.replaceSync(text);
      }
    };
    Object.defineProperty(standIn, "textContent", setText);
    Object.defineProperty(standIn, "innerText", setText);
    standIn.remove = function () {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet);
      Element.prototype.remove.call(this);
    };
    return standIn;
  };
}

function screen(host) {
  const term = new Terminal({
    cursorBlink: true,
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
    fontSize: 14,
    scrollback: 5000,
    theme: {background: "#0f1523"}
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  fit.fit();
  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => fit.fit(), 100);
  });
  return term;
}

function say(message, state) {
  const status = document.getElementById("terminal-status");
  status.textContent = message;
  status.setAttribute("data-state", state);
}

function bytes(base64) {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    out[i] = raw.charCodeAt(i);
  }
  return out;
}

// A recorded session played back: its output as it came (pauses capped at a second), or all at once.
function replay(host) {
  const text = name => host.getAttribute("data-text-" + name);
  const term = screen(host);
  fetch(host.getAttribute("data-cast"), {credentials: "same-origin"}).then(answer => answer.text()).then(body => {
    const shown = body.split("\n").filter(line => line).map(line => JSON.parse(line))
      .filter(event => event[1] === "o");
    say(text("loaded"), "open");
    let timer = null;
    function play(from) {
      clearTimeout(timer);
      if (from === 0) {
        term.reset();
      }
      if (from >= shown.length) {
        say(text("done"), "closed");
        return;
      }
      term.write(bytes(shown[from][2]));
      const gap = from + 1 < shown.length ? Math.min(1, shown[from + 1][0] - shown[from][0]) : 0;
      timer = setTimeout(() => play(from + 1), gap * 1000);
    }
    document.getElementById("replay-play").addEventListener("click", () => {
      say(text("playing"), "open");
      play(0);
    });
    document.getElementById("replay-all").addEventListener("click", () => {
      clearTimeout(timer);
      term.reset();
      shown.forEach(event => term.write(bytes(event[2])));
      say(text("done"), "closed");
    });
  });
}

function start(host) {
  const reconnect = document.getElementById("reconnect");
  const text = name => host.getAttribute("data-text-" + name);
  const term = screen(host);
  let socket = null;

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
    }
  }

  function connect() {
    reconnect.hidden = true;
    say(text("connecting"), "connecting");
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + host.getAttribute("data-socket"));
    socket.binaryType = "arraybuffer";
    let ended = null;
    socket.onopen = () => {
      say(text("connected"), "open");
      send({type: "resize", cols: term.cols, rows: term.rows});
      term.focus();
    };
    socket.onmessage = event => {
      if (event.data instanceof ArrayBuffer) {
        term.write(new Uint8Array(event.data));
        return;
      }
      const message = JSON.parse(event.data);
      if (message.type === "exit") {
        ended = message.exit_code === null || message.exit_code === undefined
          ? message.message : text("exited").replace("{0}", message.exit_code);
      }
    };
    socket.onclose = event => {
      socket = null;
      say(ended || event.reason || text("closed"), "closed");
      term.write("\r\n\x1b[2m[" + (ended || event.reason || text("closed")) + "]\x1b[0m\r\n");
      reconnect.hidden = false;
    };
  }

  term.onData(data => {
    for (let from = 0; from < data.length; from += MOST_PER_MESSAGE) {
      send({type: "input", data: data.substring(from, from + MOST_PER_MESSAGE)});
    }
  });
  term.onResize(size => send({type: "resize", cols: size.cols, rows: size.rows}));
  // Ctrl+Shift+C copies the selection and Ctrl+Shift+V pastes, as in terminals on Linux; Ctrl+C stays the shell's.
  term.attachCustomKeyEventHandler(event => {
    if (event.type !== "keydown" || !event.ctrlKey || !event.shiftKey) {
      return true;
    }
    if (event.code === "KeyC" && term.hasSelection()) {
      navigator.clipboard.writeText(term.getSelection());
      return false;
    }
    if (event.code === "KeyV") {
      navigator.clipboard.readText().then(pasted => term.paste(pasted));
      return false;
    }
    return true;
  });
  reconnect.addEventListener("click", () => {
    term.reset();
    connect();
  });
  connect();
}

const host = document.getElementById("terminal");
if (host) {
  constructedStyles();
  if (host.hasAttribute("data-cast")) {
    replay(host);
  } else {
    start(host);
  }
}
