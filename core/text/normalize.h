// The normalised view used for matching labels and numbers: NFKC (full-width digits and
// brackets become ASCII, ideographic spaces become spaces), applied one code point at a
// time so every normalised byte still knows which source byte it came from.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gk::text {

struct NormalizedText {
  std::string text;                  // normalised UTF-8
  std::vector<std::size_t> origin;   // for each byte of text: offset of its source byte
};

// NFKC of s (and Arabic-Indic digits as ASCII ones); offsets in `origin` are relative to
// s's start plus base.
NormalizedText normalize(std::string_view s, std::size_t base = 0);
// The same into `out`, reusing its buffers (for loops over many paragraphs).
void normalize_into(NormalizedText& out, std::string_view s, std::size_t base = 0);

// The key two labels are compared by: NFKC with every blank and quote removed.
std::string match_key(std::string_view s);
// The same appended to `key` (for keys kept one after another).
void append_match_key(std::string& key, std::string_view s);

// NFKC of cp when it is one code point known without ICU (ASCII, CJK Unified Ideographs,
// full-width ASCII, the ideographic space; Arabic-Indic digits as ASCII ones); 0 otherwise
// (U+0000 too, which is its own NFKC).
char32_t nfkc_without_icu(char32_t cp);
// NFKC of cp when it is a single code point found without normalising: what
// nfkc_without_icu knows, or cp itself when ICU's normaliser leaves it alone; 0 when its
// NFKC may be more than one code point (①, …, ㏠) or when cp is U+0000.
char32_t nfkc_single(char32_t cp);
// Whether match_key leaves the (normalised) code point out: blanks and quotes.
bool left_out_of_key(char32_t cp);

}  // namespace gk::text
