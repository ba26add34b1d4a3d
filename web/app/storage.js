// Keeps the editor's text in this browser's localStorage so a reload loses no work.
// Nothing is sent anywhere. An empty string stored means "cleared by the user", so the
// sample is shown only on a first visit.

const STORE_KEY = 'gkcheck.text';
const STORE_LABEL_KEY = 'gkcheck.source';

export const store = {
  // {text, label} or null when nothing was ever stored (or storage is unavailable,
  // as in some locked-down browsers: the page then just works without it).
  load() {
    try {
      const text = window.localStorage.getItem(STORE_KEY);
      if (text === null) return null;
      return { text, label: window.localStorage.getItem(STORE_LABEL_KEY) || '上次的文本' };
    } catch (err) {
      return null;
    }
  },
  save(text, label) {
    try {
      window.localStorage.setItem(STORE_KEY, text);
      window.localStorage.setItem(STORE_LABEL_KEY, label || '');
      return true;
    } catch (err) {
      return false; // quota exceeded (a huge paste): the text simply is not kept
    }
  },
  clear() {
    this.save('', '');
  },
};
