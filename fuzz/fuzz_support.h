// What the fuzz targets share: invariants every stage must keep on any input, checked
// with abort() so libFuzzer reports a violation as a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "read/document.h"
#include "text/source_text.h"

namespace gkfuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}

#define GKFUZZ_REQUIRE(cond) \
  do {                       \
    if (!(cond)) ::gkfuzz::fail(#cond); \
  } while (0)

// Strict UTF-8 (no surrogates, no overlongs, nothing past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    int need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else return false;
    for (int k = 1; k <= need; ++k) {
      if (i + k >= s.size()) return false;
      auto d = static_cast<unsigned char>(s[i + k]);
      if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) return false;
    }
    i += need + 1;
  }
  return true;
}

inline void require_span(const gk::text::SourceText& text, gk::text::Span s) {
  GKFUZZ_REQUIRE(s.begin <= s.end || s.empty());
  GKFUZZ_REQUIRE(s.end <= text.str().size());
}

// Every span a reader hands on lies inside the text, and each cell's text is its span's.
inline void check_document(const gk::text::SourceText& text, const gk::read::Document& doc) {
  for (const gk::read::Paragraph& p : doc.paragraphs) {
    require_span(text, p.span);
    GKFUZZ_REQUIRE(p.text == text.view(p.span));
  }
  for (const gk::read::Table& t : doc.tables) {
    require_span(text, t.span);
    GKFUZZ_REQUIRE(!t.rows.empty());
    for (const gk::read::Row& r : t.rows) {
      require_span(text, r.span);
      for (const gk::read::Cell& c : r.cells) {
        require_span(text, c.span);
        GKFUZZ_REQUIRE(c.span.empty() ? c.text.empty() : c.text == text.view(c.span));
        GKFUZZ_REQUIRE(valid_utf8(c.text));
      }
    }
  }
  std::size_t paragraphs = 0, tables = 0;
  for (const gk::read::Block& b : doc.blocks) {
    if (b.kind == gk::read::Block::Kind::Paragraph) {
      GKFUZZ_REQUIRE(b.index == paragraphs);
      ++paragraphs;
    } else {
      GKFUZZ_REQUIRE(b.index == tables);
      ++tables;
    }
  }
  GKFUZZ_REQUIRE(paragraphs == doc.paragraphs.size() && tables == doc.tables.size());
}

}  // namespace gkfuzz
