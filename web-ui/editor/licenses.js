// Writes the licences of every package bundled into editor.js beside it, as their terms ask.
const fs = require("fs");
const path = require("path");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const bundled = Object.entries(lock.packages)
  .filter(([where, meta]) => where.startsWith("node_modules/") && !meta.dev)
  .map(([where, meta]) => ({name: where.slice("node_modules/".length), version: meta.version, where}));
const text = bundled.map(({name, version, where}) => {
  const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].map(f => path.join(where, f))
    .find(f => fs.existsSync(f));
  return `${name} ${version}\n${"-".repeat(name.length + version.length + 1)}\n`
    + (file ? fs.readFileSync(file, "utf8").trim() : "MIT") + "\n";
}).join("\n");
fs.writeFileSync("../src/main/resources/static/js/editor.LICENSES.txt",
  "The YAML editor (editor.js) bundles these packages, under these licences.\n\n" + text);
console.log(bundled.map(p => p.name + "@" + p.version).join("\n"));
