// What the page loads only when first needed (pdf.js, the rule pages): the stand-alone file
// carries such a module deflated as base64 in a data block (a <script> of a non-JavaScript
// type, which the browser neither runs nor parses); the site serves it as a script file.

export function base64Bytes(text) {
  const raw = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

// A data block's JSON: its base64 inflated (zlib format, what Chromium 80's
// DecompressionStream('deflate') reads) and parsed. The block is emptied: its packed copy
// is not needed any more.
export function unpackBlock(block) {
  const bytes = base64Bytes(block.textContent);
  block.textContent = '';
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Response(stream).text().then((text) => JSON.parse(text));
}

// A script of the site's own, run once it has arrived.
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`无法加载 ${src}`));
    document.head.appendChild(script);
  });
}
