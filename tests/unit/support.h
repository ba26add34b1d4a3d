// Helpers shared by the test files: corpus access and re-encoding text with ICU, so the
// tests can build GB18030, GBK and UTF-16 inputs from readable UTF-8 literals.
#pragma once
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "check.h"
#include "formats/format.h"

namespace gk_test {

inline std::string corpus_path(const std::string& relative) {
  return std::string(GKCHECK_CORPUS_DIR) + "/" + relative;
}

// The bytes of a corpus file; throws (failing the test) when it cannot be read.
inline std::string read_corpus(const std::string& relative) {
  std::ifstream in(corpus_path(relative), std::ios::binary);
  if (!in) throw std::runtime_error("cannot read corpus file " + relative);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::u16string to_utf16(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  return std::u16string(reinterpret_cast<const char16_t*>(u.getBuffer()), u.length());
}

// utf8 converted to `charset` ("GB18030", "GBK", "UTF-16LE", ...) with ucnv_fromUChars.
inline std::string encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("no ICU converter for ") + charset);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<std::size_t>(u.length()) * 4 + 16, '\0');
  int32_t n = ucnv_fromUChars(cnv, &out[0], static_cast<int32_t>(out.size()), u.getBuffer(), u.length(), &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("cannot convert to ") + charset);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

inline const std::string kUtf8Bom = "\xEF\xBB\xBF";
inline const std::string kUtf16LeBom = "\xFF\xFE";
inline const std::string kUtf16BeBom = "\xFE\xFF";

// The seeds and the PDF text extractions, by the names the corpus gives them.
inline const char* const kSeed000 = "seeds/000_2a323641ce1d9cac.txt";
inline const char* const kSeed001 = "seeds/001_d37008fbb3c2afee.txt";
inline const char* const kSeed002 = "seeds/002_df5be3e5b2d03ca8.txt";
inline const char* const kSeed003 = "seeds/003_a6cf102bc61e7d06.txt";
inline const char* const kSeed004 = "seeds/004_e326ba0ba3be1f76.txt";

// True for the rules that check an arithmetic identity the format data declares
// (sum.row-total, sum.results-total, sum.balance, ...): the findings the sum tests compare.
// Derived rules such as a suggested fix are left to their own tests.
inline bool is_identity_rule(const std::string& rule) {
  static const std::vector<std::string> rules = [] {
    std::vector<std::string> v;
    for (const gk::format::Format& f : gk::bind::built_in_catalogue().formats())
      for (const gk::format::IdentitySpec& id : f.identities)
        if (std::find(v.begin(), v.end(), id.rule) == v.end()) v.push_back(id.rule);
    return v;
  }();
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

inline std::unique_ptr<gk::CheckResult> check_corpus(const std::string& relative) {
  return gk::check_bytes(read_corpus(relative), relative);
}

// A report's findings of one rule, in order.
inline std::vector<const gk::rules::Finding*> rule_findings(const gk::CheckResult& r, const std::string& rule) {
  std::vector<const gk::rules::Finding*> out;
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

}  // namespace gk_test
