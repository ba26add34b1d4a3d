// Keeps the editor's text, and the reviewer's settings of the correction list, in this
// browser's localStorage so a reload loses no work. Nothing is sent anywhere. An empty string stored means "cleared by the user", so the
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

const LIST_KEY = 'gkcheck.list';
// What the reviewer fills in once for every correction list: 审核单位, 审核人, 整改时限, and
// whether the list includes the 提醒 (warnings) and the redrawn tables (tables).
export const LIST_DEFAULTS = { unit: '', reviewer: '', deadline: '', warnings: true, tables: false };

export const listSettings = {
  load() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(LIST_KEY) || '{}');
      const out = Object.assign({}, LIST_DEFAULTS);
      for (const k of Object.keys(LIST_DEFAULTS)) if (typeof saved[k] === typeof LIST_DEFAULTS[k]) out[k] = saved[k];
      return out;
    } catch (err) {
      return Object.assign({}, LIST_DEFAULTS);
    }
  },
  save(settings) {
    try {
      window.localStorage.setItem(LIST_KEY, JSON.stringify(settings));
    } catch (err) {
      // storage unavailable: the settings last until the page closes
    }
  },
};
