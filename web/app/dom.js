// Building the page's DOM. Every view builds its elements from text nodes through el():
// nothing a user pastes or opens is ever parsed as markup.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// (Element's own replaceChildren needs Chromium 86.)
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}
