#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/radicals.h"
#include "text/utf8.h"

namespace gk::text {

namespace {

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Code points that are their own NFKC without asking ICU: ASCII and the CJK Unified
// Ideographs, which make up nearly all of a report (a unit test holds this against ICU).
inline bool own_nfkc(char32_t cp) { return cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF); }

// The punctuation of Chinese text that is its own NFKC (、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛
// —‘’“” ·), spared a call to ICU (the same unit test holds these against it).
inline bool own_punctuation(char32_t cp) {
  return cp == 0x3001 || cp == 0x3002 || (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x3014 && cp <= 0x301B) ||
         cp == 0x2014 || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || cp == 0xB7;
}

}  // namespace

char32_t nfkc_without_icu(char32_t cp) {
  // Arabic-Indic digits (٠-٩ and the extended ۰-۹) read as the digits they are, as NFKC
  // reads full-width ones.
  if ((cp >= 0x660 && cp <= 0x669) || (cp >= 0x6F0 && cp <= 0x6F9)) return '0' + (cp & 0xF);
  // Full-width forms of ASCII (，（）：０-９) are NFKC's <wide> decompositions of ASCII, and the
  // ideographic space is <wide> space: the punctuation of every report, spared a call to ICU.
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp == 0x3000) return ' ';
  // The CJK Radicals Supplement forms that stand for ideographs (⺠ for 民), which some PDFs'
  // text has and NFKC leaves: matched as the ideographs (the Kangxi radicals NFKC folds).
  if (cp >= 0x2E80 && cp <= 0x2EFF) {
    const char32_t ideograph = radical_ideograph(cp);
    return ideograph != cp ? ideograph : 0;
  }
  return own_nfkc(cp) || own_punctuation(cp) ? cp : 0;
}

char32_t nfkc_single(char32_t cp) {
  if (char32_t known = nfkc_without_icu(cp)) return known;
  const icu::Normalizer2* n = nfkc();
  return cp != 0 && n != nullptr && n->isInert(static_cast<UChar32>(cp)) ? cp : 0;
}

bool left_out_of_key(char32_t cp) {
  return is_blank(cp) || cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x2018 ||
         cp == 0x2019 || cp == 0x300C || cp == 0x300D;
}

namespace {

// Appends NFKC(cp) to out. What is known without ICU (nfkc_without_icu) and inert code
// points skip ICU's normaliser.
void append_nfkc(std::string& out, char32_t cp) {
  if (char32_t known = nfkc_without_icu(cp)) {
    append_utf8(out, known);
    return;
  }
  const icu::Normalizer2* n = nfkc();
  if (n == nullptr || n->isInert(static_cast<UChar32>(cp))) {
    append_utf8(out, cp);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString src(static_cast<UChar32>(cp));
  icu::UnicodeString dst = n->normalize(src, status);
  if (U_FAILURE(status)) {
    append_utf8(out, cp);
    return;
  }
  dst.toUTF8String(out);
}

inline bool ascii_left_out_of_key(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == '"' || c == '\'';
}

}  // namespace

NormalizedText normalize(std::string_view s, std::size_t base) {
  NormalizedText r;
  normalize_into(r, s, base);
  return r;
}

void normalize_into(NormalizedText& r, std::string_view s, std::size_t base) {
  // Written in place: NFKC of a report is almost always as long as the text (ASCII and CJK
  // ideographs are their own NFKC), so both buffers are sized once and grown only when a
  // code point expands.
  r.text.resize(s.size());
  r.origin.resize(s.size());
  std::size_t o = 0;
  std::string piece;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      r.text[o] = static_cast<char>(c);
      r.origin[o++] = base + i++;
      continue;
    }
    const std::size_t start = i;
    if (cjk_ideograph_at(s, i)) {
      r.text[o] = s[i];
      r.text[o + 1] = s[i + 1];
      r.text[o + 2] = s[i + 2];
      r.origin[o] = r.origin[o + 1] = r.origin[o + 2] = base + start;
      o += 3;
      i += 3;
      continue;
    }
    const char32_t cp = next_code_point(s, i);
    char known_bytes[4];
    std::string_view bytes;
    if (const char32_t known = nfkc_without_icu(cp)) {
      bytes = std::string_view(known_bytes, utf8_encode(known, known_bytes));
    } else {
      piece.clear();
      append_nfkc(piece, cp);
      bytes = piece;
    }
    const std::size_t room = o + bytes.size() + (s.size() - i);
    if (room > r.text.size()) {
      r.text.resize(room + room / 4);
      r.origin.resize(room + room / 4);
    }
    for (char b : bytes) {
      r.text[o] = b;
      r.origin[o++] = base + start;
    }
  }
  r.text.resize(o);
  r.origin.resize(o);
}

void append_match_key(std::string& key, std::string_view s) {
  // Written in place, as normalize_into: a key is almost never longer than its text.
  std::size_t o = key.size();
  key.resize(o + s.size());
  std::string piece;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!ascii_left_out_of_key(c)) key[o++] = static_cast<char>(c);
      ++i;
      continue;
    }
    if (cjk_ideograph_at(s, i)) {
      key[o] = s[i];
      key[o + 1] = s[i + 1];
      key[o + 2] = s[i + 2];
      o += 3;
      i += 3;
      continue;
    }
    const char32_t cp = next_code_point(s, i);
    if (const char32_t known = nfkc_without_icu(cp)) {
      if (left_out_of_key(known)) continue;
      char bytes[4];
      const std::size_t n = utf8_encode(known, bytes);
      const std::size_t room = o + n + (s.size() - i);
      if (room > key.size()) key.resize(room + room / 4);
      for (std::size_t b = 0; b < n; ++b) key[o++] = bytes[b];
      continue;
    }
    piece.clear();
    append_nfkc(piece, cp);
    std::size_t j = 0;
    while (j < piece.size()) {
      const std::size_t from = j;
      if (left_out_of_key(next_code_point(piece, j))) continue;
      const std::size_t room = o + (j - from) + (s.size() - i);
      if (room > key.size()) key.resize(room + room / 4);
      for (std::size_t b = from; b < j; ++b) key[o++] = piece[b];
    }
  }
  key.resize(o);
}

std::string match_key(std::string_view s) {
  std::string key;
  append_match_key(key, s);
  return key;
}

}  // namespace gk::text
