// Bundles the console's front-end pieces with esbuild into web-ui/src/main/resources/static, each beside the
// licences of the packages it contains (read from esbuild's metafile), as their terms ask:
//   editor.js    the YAML editor of the version pages (CodeMirror 6)
//   terminal.js  the web terminal of the pod page (xterm.js), with xterm.css
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");

const js = "../src/main/resources/static/js/";
const css = "../src/main/resources/static/css/";
const bundles = [
  {entry: "editor.js", title: "The YAML editor (editor.js)", banner: "Kubedeck YAML editor: CodeMirror 6"},
  {entry: "terminal.js", title: "The web terminal (terminal.js, css/xterm.css)", banner: "Kubedeck terminal: xterm.js"}
];

function packageOf(input) {
  const parts = input.split("/");
  const at = parts.indexOf("node_modules");
  if (at < 0) {
    return null;
  }
  return parts[at + 1].startsWith("@") ? parts[at + 1] + "/" + parts[at + 2] : parts[at + 1];
}

function licences(names) {
  return [...names].sort().map(name => {
    const where = path.join("node_modules", name);
    const version = JSON.parse(fs.readFileSync(path.join(where, "package.json"), "utf8")).version;
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].map(f => path.join(where, f))
      .find(f => fs.existsSync(f));
    return `${name} ${version}\n${"-".repeat(name.length + version.length + 1)}\n`
      + (file ? fs.readFileSync(file, "utf8").trim() : "MIT") + "\n";
  }).join("\n");
}

for (const {entry, title, banner} of bundles) {
  const result = esbuild.buildSync({
    entryPoints: [entry], bundle: true, minify: true, format: "iife", target: "es2020", legalComments: "none",
    banner: {js: `/* ${banner} and the packages listed, with their licences, in ${entry.replace(".js", "")}.LICENSES.txt */`},
    outfile: js + entry, metafile: true
  });
  const names = new Set(Object.keys(result.metafile.inputs).map(packageOf).filter(Boolean));
  fs.writeFileSync(js + entry.replace(".js", ".LICENSES.txt"),
    `${title} bundles these packages, under these licences.\n\n` + licences(names));
  console.log(entry + ": " + [...names].sort().join(", "));
}
fs.copyFileSync("node_modules/@xterm/xterm/css/xterm.css", css + "xterm.css");
