// HTML to plain text with libtidy's HTML parser: blocks become lines, tables become rows
// of tab-separated cells with rowspan/colspan resolved. A table that holds another table
// is page layout, not data: its cells are read as running text and the inner tables as
// tables of their own.
#include <tidy/tidy.h>
#include <tidy/tidybuffio.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "extract/extract.h"
#include "extract/plain_text.h"

namespace gk {

namespace {

bool is_skipped(TidyTagId id) {
  switch (id) {
    case TidyTag_SCRIPT: case TidyTag_STYLE: case TidyTag_NOSCRIPT: case TidyTag_TEMPLATE:
    case TidyTag_HEAD: case TidyTag_TITLE: case TidyTag_OBJECT: case TidyTag_APPLET:
    case TidyTag_SELECT: case TidyTag_BUTTON: case TidyTag_OPTION: case TidyTag_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a line. Everything else is inline.
bool is_block(TidyTagId id) {
  switch (id) {
    case TidyTag_P: case TidyTag_DIV: case TidyTag_H1: case TidyTag_H2: case TidyTag_H3:
    case TidyTag_H4: case TidyTag_H5: case TidyTag_H6: case TidyTag_LI: case TidyTag_UL:
    case TidyTag_OL: case TidyTag_DL: case TidyTag_DT: case TidyTag_DD: case TidyTag_BR:
    case TidyTag_TR: case TidyTag_TABLE: case TidyTag_CAPTION: case TidyTag_BLOCKQUOTE:
    case TidyTag_PRE: case TidyTag_ADDRESS: case TidyTag_CENTER: case TidyTag_HR:
    case TidyTag_FORM: case TidyTag_FIELDSET: case TidyTag_SECTION: case TidyTag_ARTICLE:
    case TidyTag_ASIDE: case TidyTag_HEADER: case TidyTag_FOOTER: case TidyTag_NAV:
    case TidyTag_MAIN: case TidyTag_FIGURE: case TidyTag_FIGCAPTION: case TidyTag_BODY:
    case TidyTag_TD: case TidyTag_TH: case TidyTag_THEAD: case TidyTag_TBODY: case TidyTag_TFOOT:
      return true;
    default:
      return false;
  }
}

// How deep the elements nest, roughly: start tags of elements that must be closed count,
// end tags uncount; void elements and those whose end tag may be left out do not count.
// The parser and the walk below recurse per level, and the browser's stack is small.
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

int span_attr(TidyNode node, TidyAttrId id) {
  TidyAttr a = tidyAttrGetById(node, id);
  const char* v = a ? tidyAttrValue(a) : nullptr;
  if (v == nullptr) return 1;
  int n = std::atoi(v);
  return n < 1 ? 1 : n;
}

class Walker {
 public:
  explicit Walker(TidyDoc doc) : doc_(doc) {}

  std::string run(TidyNode start) {
    flow(start);
    return out_.finish();
  }

 private:
  // Text inside `node` into `run`, blocks and nested tables as spaces (inside a cell).
  void inline_text(TidyNode node, TextRun& run) {
    for (TidyNode c = tidyGetChild(node); c; c = tidyGetNext(c)) {
      TidyNodeType t = tidyNodeGetType(c);
      if (t == TidyNode_Text || t == TidyNode_CDATA) {
        TidyBuffer buf;
        tidyBufInit(&buf);
        if (tidyNodeGetValue(doc_, c, &buf) && buf.bp)
          run.add(std::string_view(reinterpret_cast<const char*>(buf.bp), buf.size));
        tidyBufFree(&buf);
      } else if (t == TidyNode_Start || t == TidyNode_StartEnd) {
        TidyTagId id = tidyNodeGetId(c);
        if (is_skipped(id)) continue;
        bool block = is_block(id);
        if (block) run.space();
        inline_text(c, run);
        if (block) run.space();
      }
    }
  }

  // Running text: each block its own line; tables as grids (or as layout).
  void flow(TidyNode node) {
    for (TidyNode c = tidyGetChild(node); c; c = tidyGetNext(c)) {
      TidyNodeType t = tidyNodeGetType(c);
      if (t == TidyNode_Text || t == TidyNode_CDATA) {
        TidyBuffer buf;
        tidyBufInit(&buf);
        if (tidyNodeGetValue(doc_, c, &buf) && buf.bp)
          out_.line().add(std::string_view(reinterpret_cast<const char*>(buf.bp), buf.size));
        tidyBufFree(&buf);
        continue;
      }
      if (t != TidyNode_Start && t != TidyNode_StartEnd) continue;  // comments, doctype, ...
      TidyTagId id = tidyNodeGetId(c);
      if (is_skipped(id)) continue;
      if (id == TidyTag_TABLE) {
        table(c);
        continue;
      }
      bool block = is_block(id);
      if (block) out_.end_line();
      flow(c);
      if (block) out_.end_line();
    }
  }

  static bool holds_table(TidyNode node) {
    for (TidyNode c = tidyGetChild(node); c; c = tidyGetNext(c)) {
      if (tidyNodeGetId(c) == TidyTag_TABLE || holds_table(c)) return true;
    }
    return false;
  }

  void rows(TidyNode node, TableGrid& grid, TidyNode* caption) {
    for (TidyNode c = tidyGetChild(node); c; c = tidyGetNext(c)) {
      TidyTagId id = tidyNodeGetId(c);
      if (id == TidyTag_CAPTION) *caption = c;
      else if (id == TidyTag_THEAD || id == TidyTag_TBODY || id == TidyTag_TFOOT) rows(c, grid, caption);
      else if (id == TidyTag_TR) {
        grid.begin_row();
        for (TidyNode cell = tidyGetChild(c); cell; cell = tidyGetNext(cell)) {
          TidyTagId cid = tidyNodeGetId(cell);
          if (cid != TidyTag_TD && cid != TidyTag_TH) continue;
          TextRun run;
          inline_text(cell, run);
          grid.add_cell(run.take(), span_attr(cell, TidyAttr_COLSPAN), span_attr(cell, TidyAttr_ROWSPAN));
        }
      }
    }
  }

  void table(TidyNode node) {
    out_.end_line();
    if (holds_table(node)) {
      flow(node);  // layout table: cells are blocks
      out_.end_line();
      return;
    }
    TableGrid grid;
    TidyNode caption = nullptr;
    rows(node, grid, &caption);
    if (caption) {
      inline_text(caption, out_.line());
      out_.end_line();
    }
    out_.table(grid);
  }

  TidyDoc doc_;
  PlainText out_;
};

struct DocCloser {
  void operator()(TidyDoc d) const { tidyRelease(d); }
};

}  // namespace

Extraction extract_html(std::string_view utf8) {
  Extraction out;
  if (nesting(utf8) > kMaxNesting) {
    out.failure = Extraction::Failure::Corrupt;
    out.problem = "网页的元素嵌套超过 1000 层，无法读取。请在浏览器中打开该网页，复制报告正文后粘贴检查。";
    return out;
  }
  std::unique_ptr<std::remove_pointer_t<TidyDoc>, DocCloser> doc(tidyCreate());
  TidyDoc d = doc.get();
  TidyBuffer errors;
  tidyBufInit(&errors);
  tidySetErrorBuffer(d, &errors);  // tidy's complaints about the markup are not ours to show
  tidyOptSetBool(d, TidyQuiet, yes);
  tidyOptSetBool(d, TidyShowWarnings, no);
  tidyOptSetInt(d, TidyShowErrors, 0);
  tidyOptSetBool(d, TidyShowInfo, no);
  tidyOptSetValue(d, TidyInCharEncoding, "utf8");
  tidyOptSetBool(d, TidyDropEmptyElems, no);
  tidyOptSetBool(d, TidyDropEmptyParas, no);
  tidyOptSetBool(d, TidyMark, no);
  TidyBuffer in;
  tidyBufInit(&in);
  tidyBufAttach(&in, reinterpret_cast<byte*>(const_cast<char*>(utf8.data())), static_cast<uint>(utf8.size()));
  int rc = tidyParseBuffer(d, &in);
  tidyBufDetach(&in);
  tidyBufFree(&errors);
  if (rc < 0) {
    out.failure = Extraction::Failure::Corrupt;
    out.problem = "网页（HTML）无法解析。请在浏览器中打开该网页，复制报告正文后粘贴检查。";
    return out;
  }
  TidyNode start = tidyGetBody(d);
  if (start == nullptr) start = tidyGetRoot(d);
  out.text = Walker(d).run(start);
  return out;
}

}  // namespace gk
