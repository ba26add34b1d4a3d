// Gathers the files a user drops (folders are walked), picks, or picks as a folder.
// Inside folders only report-like files are taken; files named one by one are all taken
// (the checker itself says which it cannot read).

const REPORT_FILE = /\.(txt|text|md|markdown|csv|tsv|htm|html|docx|pdf)$/i;

function walkEntry(entry, path, out) {
  if (entry.isFile) {
    return new Promise((resolve) => entry.file((file) => {
      if (REPORT_FILE.test(file.name)) out.push({ file, name: path + file.name });
      resolve();
    }, () => resolve()));
  }
  if (!entry.isDirectory) return Promise.resolve();
  const reader = entry.createReader();
  const entries = [];
  // readEntries returns the entries in chunks until it returns none.
  return new Promise((resolve) => {
    const more = () => reader.readEntries((chunk) => {
      if (!chunk.length) {
        resolve(Promise.all(entries.map((e) => walkEntry(e, path + entry.name + '/', out))));
        return;
      }
      entries.push.apply(entries, chunk);
      more();
    }, () => resolve());
    more();
  });
}

// Resolves to [{file, name}] in name order.
export function filesFromDrop(dataTransfer) {
  const items = Array.from(dataTransfer.items || []);
  const entries = items.map((i) => (i.kind === 'file' && i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
  if (!entries.some((e) => e && e.isDirectory)) {
    return Promise.resolve(Array.from(dataTransfer.files).map((file) => ({ file, name: file.name })));
  }
  const out = [];
  const top = [];
  entries.forEach((e, i) => {
    if (e && e.isDirectory) top.push(walkEntry(e, '', out));
    else if (dataTransfer.files[i]) out.push({ file: dataTransfer.files[i], name: dataTransfer.files[i].name });
  });
  return Promise.all(top).then(() => sortFiles(out));
}

export function filesFromInput(input, folder) {
  const list = Array.from(input.files).map((file) => ({ file, name: file.webkitRelativePath || file.name }));
  return sortFiles(folder ? list.filter((x) => REPORT_FILE.test(x.file.name)) : list);
}

function sortFiles(list) {
  return list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
}

export function readFiles(list) {
  return Promise.all(list.map((x) => x.file.arrayBuffer().then((b) => new Uint8Array(b))));
}
