// HTML to plain text: blocks become lines, tables become rows of tab-separated cells with
// rowspan/colspan resolved (kept as rows for the reader). A table that holds another table
// is page layout, not data: its cells are read as running text and the inner tables as
// tables of their own.
//
// The page is read by our own tokenizer and tree builder, which follow the HTML standard's
// parsing rules as far as the text and the tables depend on them: character references,
// comments, raw-text elements (script, style, ...), end tags left out (p, li, dd/dt, cells,
// rows, table sections), rows implied around cells, stray end tags ignored, and text or
// elements misplaced inside a table moved before it. What only changes the look of a page
// (formatting elements misnested across blocks, forms, foreign content) is not modelled.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/extract.h"
#include "extract/plain_text.h"
#include "text/utf8.h"

namespace gk::extract {

using text::append_utf8;

namespace {

// ---------------------------------------------------------------- elements

// What the parser and the walk need to know of an element.
enum Flag : std::uint16_t {
  kBlock = 1 << 0,        // starts and ends a line (a space inside a cell)
  kSkip = 1 << 1,         // its content is not text
  kVoid = 1 << 2,         // has no content and no end tag
  kClosesP = 1 << 3,      // its start tag ends an open <p>
  kRawSkip = 1 << 4,      // its content is raw text up to its end tag, and not read
  kBoundary = 1 << 5,     // bounds the search for an open element ("scope")
  kHeadContent = 1 << 6,  // may stand in <head>
  kSpecial = 1 << 7,      // the end tag of an element inside it does not close it
};

// Elements the tree builder treats in their own way; Other for the rest.
enum class Id : std::uint8_t {
  Other, Html, Head, Body, Br, P, Li, Dd, Dt, Heading, Ol, Ul, Option, Button, Xmp,
  Table, Section, Tr, Cell, Caption, Colgroup, Col,
};

struct Tag {
  const char* name;
  Id id;
  std::uint16_t flags;
};

constexpr std::uint16_t kBlockP = kBlock | kClosesP | kSpecial;

// Sorted by name.
constexpr Tag kTags[] = {
#include "extract/html_tags.inc"
};

constexpr Tag kUnknown = {"", Id::Other, 0};

const Tag* find_tag(const std::string& name) {
  const Tag* end = kTags + sizeof kTags / sizeof kTags[0];
  const Tag* t = std::lower_bound(kTags, end, name, [](const Tag& a, const std::string& n) { return n.compare(a.name) > 0; });
  return t != end && name == t->name ? t : &kUnknown;
}

// ---------------------------------------------------------------- character references

// HTML 4.01's named character references (and &apos;), which is what report pages use;
// names HTML5 added are left as they are written. Sorted by name (byte order).
struct Entity {
  const char* name;
  char32_t code_point;
};
constexpr Entity kEntities[] = {
#include "extract/html_entities.inc"
};

// &#128; to &#159; name the characters Windows-1252 has there, as browsers read them.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The character reference at s[i] == '&' appended to out; returns where the text goes on.
// Not a reference (an unknown name, no digits): the '&' alone, as text.
std::size_t char_ref(std::string_view s, std::size_t i, std::string& out) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    bool hex = j + 1 < s.size() && (s[j + 1] == 'x' || s[j + 1] == 'X');
    std::size_t k = j + (hex ? 2 : 1), start = k;
    char32_t value = 0;
    while (k < s.size() && (hex ? is_hex(s[k]) : is_digit(s[k]))) {
      int d = is_digit(s[k]) ? s[k] - '0' : lower(s[k]) - 'a' + 10;
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<char32_t>(d);
      ++k;
    }
    if (k == start) {
      out += '&';
      return i + 1;
    }
    if (k < s.size() && s[k] == ';') ++k;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
    else if (value >= 0x80 && value <= 0x9F) value = kWindows1252[value - 0x80];
    append_utf8(out, value);
    return k;
  }
  std::size_t k = j;
  while (k < s.size() && (is_alpha(s[k]) || is_digit(s[k]))) ++k;
  const std::string name(s.substr(j, k - j));
  const Entity* end = kEntities + sizeof kEntities / sizeof kEntities[0];
  const Entity* e = std::lower_bound(kEntities, end, name,
                                     [](const Entity& a, const std::string& n) { return n.compare(a.name) > 0; });
  if (name.empty() || e == end || name != e->name) {
    out += '&';
    return i + 1;
  }
  append_utf8(out, e->code_point);
  return k < s.size() && s[k] == ';' ? k + 1 : k;
}

// ---------------------------------------------------------------- the tree

struct Node {
  const Tag* tag = &kUnknown;  // null for text
  std::string name;            // an element's name, kept for elements not in kTags
  std::string text;            // a text node's characters
  int colspan = 1, rowspan = 1;
  std::vector<std::uint32_t> children;

  bool is_text() const { return tag == nullptr; }
  Id id() const { return tag ? tag->id : Id::Other; }
  bool has(std::uint16_t flag) const { return tag && (tag->flags & flag); }
};

// Open elements deeper than this make the page unreadable (the walk below recurses per
// level, and the browser's stack is small); the nesting check in extract_html() refuses
// deep pages first, this catches what it does not count.
constexpr std::size_t kMaxOpen = 4000;

// Builds the element tree from start tags, end tags and text, as an HTML parser would.
class TreeBuilder {
 public:
  TreeBuilder() : nodes_(1), open_{0} {}

  const std::vector<Node>& nodes() const { return nodes_; }
  bool too_deep() const { return too_deep_; }

  void text(std::string s) {
    if (s.empty()) return;
    if (current().id() == Id::Head) {
      if (blank(s)) return;
      pop();  // text ends the head
    }
    if (in_table_proper()) {
      if (blank(s)) return;  // layout whitespace between rows and cells
      add_text(foster_parent(), s, true);
      return;
    }
    add_text(open_.back(), s, false);
  }

  void start(const Tag* tag, std::string name, int colspan, int rowspan, bool self_closing) {
    const Id id = tag->id;
    if (id == Id::Html) return;
    if (id == Id::Body) {
      if (current().id() == Id::Head) pop();
      return;
    }
    if (id == Id::Head) {
      if (open_.size() == 1 && !seen_head_) {
        seen_head_ = true;
        push(tag, std::move(name), colspan, rowspan, false);
      }
      return;
    }
    if (current().id() == Id::Head && !(tag->flags & kHeadContent)) pop();

    switch (id) {
      case Id::Tr: case Id::Cell: case Id::Section: case Id::Caption: case Id::Colgroup: case Id::Col:
        table_part(tag, std::move(name), colspan, rowspan, context());
        return;
      case Id::Table:
        if (context() == Context::Table) pop_until(Id::Table);  // a table cannot hold a table directly
        break;
      default:
        break;
    }
    if ((tag->flags & kClosesP) && in_scope(Id::P, kScopeButton)) pop_until(Id::P);
    switch (id) {
      case Id::Heading:
        if (current().id() == Id::Heading) pop();
        break;
      case Id::Li: close_list_item({Id::Li}); break;
      case Id::Dd: case Id::Dt: close_list_item({Id::Dd, Id::Dt}); break;
      case Id::Option:
        if (current().id() == Id::Option) pop();
        break;
      default:
        break;
    }
    push(tag, std::move(name), colspan, rowspan, self_closing || (tag->flags & kVoid));
  }

  void end(const Tag* tag, const std::string& name) {
    switch (tag->id) {
      case Id::Html: case Id::Body:
        return;  // what follows still belongs to the body
      case Id::Head:
        if (current().id() == Id::Head) pop();
        return;
      case Id::Br:
        start(tag, name, 1, 1, true);  // </br> is read as <br>
        return;
      case Id::P:
        if (in_scope(Id::P, kScopeButton)) pop_until(Id::P);
        return;
      case Id::Li:
        if (in_scope(Id::Li, kScopeList)) pop_until(Id::Li);
        return;
      case Id::Dd: case Id::Dt: case Id::Heading:
        if (in_scope(tag->id, kScopeDefault)) pop_until(tag->id);
        return;
      case Id::Table: case Id::Section: case Id::Tr: case Id::Cell: case Id::Caption: case Id::Colgroup:
        if (in_scope(tag->id, kScopeTable)) pop_until(tag->id);
        return;
      default:
        break;
    }
    // Any other element: the innermost open one of that name closes, with what it holds,
    // unless an element that such an end tag cannot close comes first.
    if (!any_open(tag, name)) return;
    for (std::size_t k = open_.size(); k-- > 1;) {
      const Node& n = nodes_[open_[k]];
      if (n.tag == tag && (tag != &kUnknown || n.name == name)) {
        while (open_.size() > k) pop();
        return;
      }
      if (n.has(kSpecial)) return;
    }
  }

 private:
  enum class Context { None, Table, Cell };
  // Which elements bound a search for an open element (the standard's "scopes").
  enum Scope { kScopeDefault, kScopeButton, kScopeList, kScopeTable };

  Node& current() { return nodes_[open_.back()]; }

  static bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return is_space(c); });
  }

  // Where the innermost table-related element stands: in a cell (or caption), directly in
  // a table, section or row (possibly under elements moved out of it), or in no table.
  Context context() const {
    if (open_ids_[static_cast<std::size_t>(Id::Table)] == 0) return Context::None;
    for (std::size_t k = open_.size(); k-- > 1;) {
      switch (nodes_[open_[k]].id()) {
        case Id::Cell: case Id::Caption: return Context::Cell;
        case Id::Table: case Id::Section: case Id::Tr: return Context::Table;
        default: break;
      }
    }
    return Context::None;
  }

  // The current element is a table, a table section or a row: what is not a table part
  // does not go in there.
  bool in_table_proper() {
    Id id = current().id();
    return id == Id::Table || id == Id::Section || id == Id::Tr;
  }

  bool in_scope(Id id, Scope scope) const {
    if (open_ids_[static_cast<std::size_t>(id)] == 0) return false;
    for (std::size_t k = open_.size(); k-- > 1;) {
      const Node& n = nodes_[open_[k]];
      if (n.id() == id) return true;
      const Id nid = n.id();
      if (scope == kScopeTable) {
        if (nid == Id::Table || nid == Id::Html || (n.tag && std::strcmp(n.tag->name, "template") == 0)) return false;
        continue;
      }
      if (n.has(kBoundary)) return false;
      if (scope == kScopeButton && nid == Id::Button) return false;
      if (scope == kScopeList && (nid == Id::Ol || nid == Id::Ul)) return false;
    }
    return false;
  }

  void pop_until(Id id) {
    while (open_.size() > 1) {
      const Id popped = current().id();
      pop();
      if (popped == id) return;
    }
  }

  // An <li> closes the open <li> (a <dd> or <dt> the open <dd> or <dt>) of its list.
  void close_list_item(std::initializer_list<Id> ids) {
    if (std::all_of(ids.begin(), ids.end(), [&](Id id) { return open_ids_[static_cast<std::size_t>(id)] == 0; })) return;
    for (std::size_t k = open_.size(); k-- > 1;) {
      const Node& n = nodes_[open_[k]];
      if (std::find(ids.begin(), ids.end(), n.id()) != ids.end()) {
        pop_until(n.id());
        return;
      }
      const bool passable = n.tag && (std::strcmp(n.tag->name, "address") == 0 || std::strcmp(n.tag->name, "div") == 0 ||
                                      n.id() == Id::P);
      if (n.has(kSpecial) && !passable) return;
    }
  }

  // Rows, cells, sections, captions and column groups: only inside a table; each closes
  // what it cannot stand in (a cell the cell before it, a row the row before it, ...).
  void table_part(const Tag* tag, std::string name, int colspan, int rowspan, Context where) {
    if (where == Context::None) return;  // outside a table these tags mean nothing
    if (where == Context::Cell) {
      for (;;) {  // close the cell or caption, and what it holds
        const Id popped = current().id();
        pop();
        if (popped == Id::Cell || popped == Id::Caption || open_.size() == 1) break;
      }
    }
    // Elements moved out of the table end here too.
    while (open_.size() > 1 && !in_table_proper()) pop();
    if (open_.size() == 1) return;
    switch (tag->id) {
      case Id::Cell:
        if (current().id() != Id::Tr) push(find_tag("tr"), "tr", 1, 1, false);
        break;
      case Id::Tr:
        if (current().id() == Id::Tr) pop();
        break;
      default:  // sections, captions, column groups, columns stand in the table itself
        while (open_.size() > 1 && current().id() != Id::Table) pop();
        break;
    }
    if (open_.size() > 1) push(tag, std::move(name), colspan, rowspan, tag->id == Id::Col);
  }

  // Where content that arrives directly in a table goes: just before the innermost table.
  std::uint32_t foster_parent() {
    std::size_t k = open_.size();
    while (k-- > 1 && nodes_[open_[k]].id() != Id::Table) {}
    return k > 0 ? open_[k - 1] : 0;
  }

  // Appends (or, fostered, puts before the parent's open table) a text node, joining it to
  // a text node just before.
  void add_text(std::uint32_t parent, const std::string& s, bool fostered) {
    std::vector<std::uint32_t>& kids = nodes_[parent].children;
    std::size_t at = kids.size() - (fostered && !kids.empty() ? 1 : 0);
    if (at > 0 && nodes_[kids[at - 1]].is_text()) {
      nodes_[kids[at - 1]].text += s;
      return;
    }
    Node n;
    n.tag = nullptr;
    n.text = s;
    insert(parent, at, std::move(n));
  }

  std::uint32_t insert(std::uint32_t parent, std::size_t at, Node n) {
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back(std::move(n));
    std::vector<std::uint32_t>& kids = nodes_[parent].children;
    kids.insert(kids.begin() + static_cast<std::ptrdiff_t>(at), index);
    return index;
  }

  void push(const Tag* tag, std::string name, int colspan, int rowspan, bool empty) {
    Node n;
    n.tag = tag;
    if (tag == &kUnknown) n.name = std::move(name);
    n.colspan = colspan;
    n.rowspan = rowspan;
    std::uint32_t index;
    if (in_table_proper() && tag->id != Id::Tr && tag->id != Id::Cell && tag->id != Id::Section &&
        tag->id != Id::Caption && tag->id != Id::Colgroup && tag->id != Id::Col && tag->id != Id::Table) {
      const std::uint32_t parent = foster_parent();
      const std::size_t kids = nodes_[parent].children.size();
      index = insert(parent, kids > 0 ? kids - 1 : 0, std::move(n));
    } else {
      index = insert(open_.back(), nodes_[open_.back()].children.size(), std::move(n));
    }
    if (empty) return;
    open_.push_back(index);
    count(nodes_[index], +1);
    if (open_.size() > kMaxOpen) too_deep_ = true;
  }

  // How many open elements there are of each id, each tag and each unknown name: a search
  // for one that is not open ends at once, so stray end tags cost nothing whatever is open.
  void count(const Node& n, int delta) {
    open_ids_[static_cast<std::size_t>(n.id())] += delta;
    if (n.tag != &kUnknown) open_tags_[static_cast<std::size_t>(n.tag - kTags)] += delta;
    else open_names_[n.name] += delta;
  }

  void pop() {
    count(current(), -1);
    open_.pop_back();
  }

  bool any_open(const Tag* tag, const std::string& name) const {
    if (tag != &kUnknown) return open_tags_[static_cast<std::size_t>(tag - kTags)] > 0;
    auto it = open_names_.find(name);
    return it != open_names_.end() && it->second > 0;
  }

  std::vector<Node> nodes_;  // nodes_[0] is the document
  std::vector<std::uint32_t> open_;
  std::array<int, static_cast<std::size_t>(Id::Col) + 1> open_ids_{};
  std::array<int, sizeof kTags / sizeof kTags[0]> open_tags_{};
  std::unordered_map<std::string, int> open_names_;
  bool seen_head_ = false;
  bool too_deep_ = false;
};

// ---------------------------------------------------------------- the tokenizer

// The end of the raw text that started at `from`: where "</name" stands (any case), or the end.
std::size_t raw_text_end(std::string_view s, std::size_t from, const std::string& name) {
  for (std::size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2)) {
    std::size_t k = 0;
    while (k < name.size() && i + 2 + k < s.size() && lower(s[i + 2 + k]) == name[k]) ++k;
    if (k < name.size()) continue;
    std::size_t after = i + 2 + k;
    if (after >= s.size() || is_space(s[after]) || s[after] == '/' || s[after] == '>') return i;
  }
  return s.size();
}

// Reads the page and hands its tokens to the tree builder.
void tokenize(std::string_view s, TreeBuilder& tree) {
  std::string text;
  std::size_t i = 0;
  auto flush = [&] {
    tree.text(std::move(text));
    text.clear();
  };
  while (i < s.size() && !tree.too_deep()) {
    const std::size_t lt = s.find_first_of("<&", i);
    if (lt == std::string_view::npos) {
      text.append(s.substr(i));
      break;
    }
    text.append(s.substr(i, lt - i));
    i = lt;
    if (s[i] == '&') {
      i = char_ref(s, i, text);
      continue;
    }
    const char next = i + 1 < s.size() ? s[i + 1] : '\0';
    if (next == '!') {
      if (s.compare(i, 4, "<!--") == 0) {  // a comment, to "-->" (or the end)
        std::size_t start = i + 4;
        if (s.compare(start, 1, ">") == 0) { i = start + 1; continue; }
        if (s.compare(start, 2, "->") == 0) { i = start + 2; continue; }
        std::size_t end = s.find("-->", start);
        std::size_t bang = s.find("--!>", start);
        if (bang < end) end = bang + 1;
        i = end == std::string_view::npos ? s.size() : end + 3;
        continue;
      }
      if (s.compare(i, 9, "<![CDATA[") == 0) {  // read as text
        std::size_t end = s.find("]]>", i + 9);
        text.append(s.substr(i + 9, end == std::string_view::npos ? std::string_view::npos : end - i - 9));
        i = end == std::string_view::npos ? s.size() : end + 3;
        continue;
      }
    }
    if (next == '!' || next == '?' || (next == '/' && i + 2 < s.size() && !is_alpha(s[i + 2]) && s[i + 2] != '>')) {
      // <!DOCTYPE ...>, <?xml ...?>, <![if ...]>, </ 3>: passed over to the next '>'
      std::size_t end = s.find('>', i + 2);
      i = end == std::string_view::npos ? s.size() : end + 1;
      continue;
    }
    if (next == '/' && i + 2 < s.size() && s[i + 2] == '>') {  // "</>"
      i += 3;
      continue;
    }
    const bool closing = next == '/';
    std::size_t k = i + (closing ? 2 : 1);
    if (k >= s.size() || !is_alpha(s[k])) {  // "<" that starts no tag is text
      text += '<';
      ++i;
      continue;
    }
    // A tag: its name, then attributes up to '>'. A tag cut off by the end of the page is dropped.
    std::string name;
    while (k < s.size() && !is_space(s[k]) && s[k] != '/' && s[k] != '>') name += lower(s[k++]);
    int colspan = 1, rowspan = 1;
    bool self_closing = false, complete = false;
    bool seen_colspan = false, seen_rowspan = false;
    while (k < s.size()) {
      const char c = s[k];
      if (is_space(c)) { ++k; continue; }
      if (c == '>') { complete = true; ++k; break; }
      if (c == '/') {
        self_closing = k + 1 < s.size() && s[k + 1] == '>';
        ++k;
        continue;
      }
      std::string attr;
      attr += lower(c);
      ++k;  // an attribute's name may start with '=' or a quote
      while (k < s.size() && !is_space(s[k]) && s[k] != '/' && s[k] != '>' && s[k] != '=') attr += lower(s[k++]);
      while (k < s.size() && is_space(s[k])) ++k;
      std::string value;
      bool has_value = false;
      if (k < s.size() && s[k] == '=') {
        ++k;
        while (k < s.size() && is_space(s[k])) ++k;
        has_value = true;
        if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
          const char quote = s[k++];
          std::size_t end = s.find(quote, k);
          if (end == std::string_view::npos) { k = s.size(); break; }
          value.assign(s.substr(k, end - k));
          k = end + 1;
        } else {
          std::size_t start = k;
          while (k < s.size() && !is_space(s[k]) && s[k] != '>') ++k;
          value.assign(s.substr(start, k - start));
        }
      }
      // Only spans are read; the first of each counts. atoi reads "2", " 2", "2px" as 2.
      auto span = [&](bool& seen, int& out) {
        if (seen) return;
        seen = true;
        const int n = has_value ? std::atoi(value.c_str()) : 0;
        out = n < 1 ? 1 : n;
      };
      if (attr == "colspan") span(seen_colspan, colspan);
      else if (attr == "rowspan") span(seen_rowspan, rowspan);
    }
    if (!complete) break;
    i = k;
    flush();
    const Tag* tag = find_tag(name);
    if (closing) {
      tree.end(tag, name);
      continue;
    }
    if (tag->flags & kRawSkip || tag->id == Id::Xmp) {
      // Script, style, ...: raw text up to the end tag, not read; <xmp>'s is read as it is.
      std::size_t end = raw_text_end(s, i, name);
      if (tag->id == Id::Xmp) {
        tree.start(tag, name, 1, 1, false);
        tree.text(std::string(s.substr(i, end - i)));
        tree.end(tag, name);
      }
      if (end >= s.size()) break;
      std::size_t close = s.find('>', end);
      i = close == std::string_view::npos ? s.size() : close + 1;
      continue;
    }
    tree.start(tag, std::move(name), colspan, rowspan, self_closing);
  }
  flush();
}

// ---------------------------------------------------------------- the text

// How deep the elements nest, roughly: start tags of elements that must be closed count,
// end tags uncount; void elements and those whose end tag may be left out do not count.
// The walk below recurses per level, and the browser's stack is small.
constexpr std::size_t kMaxNesting = 1000;

std::size_t nesting(std::string_view s) {
  static const char* const kFlat[] = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr",
                                      "source", "embed", "param", "track", "p", "li", "td", "th", "tr", "dt",
                                      "dd", "option", "tbody", "thead", "tfoot", "colgroup", "rp", "rt", "o:p"};
  std::size_t depth = 0, deepest = 0;
  for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t b = i + (closing ? 2 : 1), e = b;
    while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == ':')) ++e;
    if (e == b) continue;
    std::string name(s.substr(b, e - b));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool flat = false;
    for (const char* f : kFlat) flat = flat || name == f;
    if (flat) continue;
    std::size_t close = s.find('>', e);
    if (close != std::string_view::npos && close > e && s[close - 1] == '/') continue;  // <x/>
    if (closing) depth -= depth > 0;
    else deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

class Walker {
 public:
  explicit Walker(const std::vector<Node>& nodes) : n_(nodes) {}

  Extraction run() {
    flow(0);
    return out_.finish();
  }

 private:
  // Text inside `node` into `run`, blocks and nested tables as spaces (inside a cell).
  void inline_text(std::uint32_t node, InlineText& run) {
    for (std::uint32_t c : n_[node].children) {
      const Node& k = n_[c];
      if (k.is_text()) {
        run.add(k.text);
        continue;
      }
      if (k.has(kSkip)) continue;
      const bool block = k.has(kBlock);
      if (block) run.space();
      inline_text(c, run);
      if (block) run.space();
    }
  }

  // Running text: each block its own line; tables as grids (or as layout).
  void flow(std::uint32_t node) {
    for (std::uint32_t c : n_[node].children) {
      const Node& k = n_[c];
      if (k.is_text()) {
        out_.line().add(k.text);
        continue;
      }
      if (k.has(kSkip)) continue;
      if (k.id() == Id::Table) {
        table(c);
        continue;
      }
      const bool block = k.has(kBlock);
      if (block) out_.end_line();
      flow(c);
      if (block) out_.end_line();
    }
  }

  bool holds_table(std::uint32_t node) const {
    for (std::uint32_t c : n_[node].children)
      if (n_[c].id() == Id::Table || holds_table(c)) return true;
    return false;
  }

  void rows(std::uint32_t node, TableGrid& grid, std::int64_t* caption) {
    for (std::uint32_t c : n_[node].children) {
      const Id id = n_[c].id();
      if (n_[c].is_text()) continue;
      if (id == Id::Caption) *caption = c;
      else if (id == Id::Section) rows(c, grid, caption);
      else if (id == Id::Tr) {
        grid.begin_row();
        for (std::uint32_t cell : n_[c].children) {
          if (n_[cell].is_text() || n_[cell].id() != Id::Cell) continue;
          InlineText run;
          inline_text(cell, run);
          grid.add_cell(run.take(), n_[cell].colspan, n_[cell].rowspan);
        }
      }
    }
  }

  void table(std::uint32_t node) {
    out_.end_line();
    if (holds_table(node)) {
      flow(node);  // layout table: cells are blocks
      out_.end_line();
      return;
    }
    TableGrid grid;
    std::int64_t caption = -1;
    rows(node, grid, &caption);
    if (caption >= 0) {
      inline_text(static_cast<std::uint32_t>(caption), out_.line());
      out_.end_line();
    }
    out_.table(grid);
  }

  const std::vector<Node>& n_;
  PlainText out_;
};

Extraction too_deep() {
  Extraction out;
  out.failure = Extraction::Failure::Corrupt;
  out.problem = "网页的元素嵌套超过 1000 层，无法读取。请在浏览器中打开该网页，复制报告正文后粘贴检查。";
  return out;
}

}  // namespace

Extraction extract_html(std::string_view utf8) {
  if (nesting(utf8) > kMaxNesting) return too_deep();
  TreeBuilder tree;
  tokenize(utf8, tree);
  if (tree.too_deep()) return too_deep();
  return Walker(tree.nodes()).run();
}

}  // namespace gk::extract
