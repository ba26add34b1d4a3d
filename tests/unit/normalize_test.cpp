// NFKC normalisation: the key labels and numbers are compared by, and the normalised text
// whose every byte still points back at the source byte it came from.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/normalize.h"
#include "text/utf8.h"

using gk::text::match_key;
using gk::text::normalize;

TEST_CASE("match_key folds full-width digits, letters and brackets to ASCII", "[normalize]") {
  CHECK(match_key("（１２）") == "(12)");
  CHECK(match_key("（一）予以公开") == "(一)予以公开");
  CHECK(match_key("(一)予以公开") == "(一)予以公开");
  CHECK(match_key("ＡＢｃ１．５") == "ABc1.5");
  CHECK(match_key("１，２３４") == "1,234");  // the full-width comma too
  CHECK(match_key("／") == "/");
  CHECK(match_key("㈠") == "(一)");  // the parenthesised ideograph some fonts offer
}

TEST_CASE("match_key removes blanks of every kind", "[normalize]") {
  CHECK(match_key("一、\u3000本年 新收") == "一、本年新收");     // ideographic space
  CHECK(match_key("\t总\u00A0计 \r\n") == "总计");                 // tab, no-break space, CR LF
  CHECK(match_key("予以\u200B公开\uFEFF") == "予以公开");          // zero-width space, BOM
  CHECK(match_key("商业\n企业") == "商业企业");                    // a cell broken over lines
  CHECK(match_key(" \u3000 ").empty());
}

TEST_CASE("match_key removes quotes, straight and curly", "[normalize]") {
  CHECK(match_key("3.危及“三安全一稳定”") == "3.危及三安全一稳定");
  CHECK(match_key("3.危及\"三安全一稳定\"") == "3.危及三安全一稳定");
  CHECK(match_key("‘三安全一稳定’「其他」'x'") == "三安全一稳定其他x");
  CHECK(match_key("＂引号＂") == "引号");  // full-width quotation mark folds to '"' first
}

TEST_CASE("match_key keeps CJK text and Chinese punctuation as it is", "[normalize]") {
  CHECK(match_key("二、上年结转政府信息公开申请数量") == "二、上年结转政府信息公开申请数量");
  CHECK(match_key("1.属于国家秘密") == "1.属于国家秘密");
}

TEST_CASE("append_match_key appends the key and keeps what was there", "[normalize]") {
  std::string keys = "总计";
  gk::text::append_match_key(keys, "（一）\u3000予以 公开㈠");
  CHECK(keys == "总计(一)予以公开(一)");
  gk::text::append_match_key(keys, " \u3000 ");
  CHECK(keys == "总计(一)予以公开(一)");
  // Expanding code points at the end of a long text of ASCII: the buffer grows as needed.
  std::string many(1000, 'x');
  std::string key;
  gk::text::append_match_key(key, many + "㈠㈡㈢");
  CHECK(key == many + "(一)(二)(三)");
}

TEST_CASE("normalize maps every output byte to its source byte", "[normalize]") {
  SECTION("full-width digits: one source character, one output byte") {
    auto n = normalize("１２");
    CHECK(n.text == "12");
    CHECK(n.origin == std::vector<std::size_t>{0, 3});
  }
  SECTION("mixed text keeps the CJK bytes and their offsets") {
    auto n = normalize("总（１）");
    CHECK(n.text == "总(1)");
    CHECK(n.origin == std::vector<std::size_t>{0, 0, 0, 3, 6, 9});
  }
  SECTION("one source character that expands to several") {
    auto n = normalize("㈠公");  // U+3220 is NFKC "(一)": five bytes, all from offset 0
    CHECK(n.text == "(一)公");
    CHECK(n.origin == std::vector<std::size_t>{0, 0, 0, 0, 0, 3, 3, 3});
  }
  SECTION("blanks are kept (only match_key drops them); the ideographic space becomes ' '") {
    auto n = normalize("a\u3000b");
    CHECK(n.text == "a b");
    CHECK(n.origin == std::vector<std::size_t>{0, 1, 4});
  }
  SECTION("a base offset places the piece in the whole text") {
    auto n = normalize("x９", 100);
    CHECK(n.text == "x9");
    CHECK(n.origin == std::vector<std::size_t>{100, 101});
  }
  SECTION("empty input") {
    auto n = normalize("");
    CHECK(n.text.empty());
    CHECK(n.origin.empty());
  }
}

TEST_CASE("the full-width, ideographic-space and punctuation shortcut agrees with ICU's NFKC", "[normalize]") {
  // normalize() maps U+FF01..U+FF5E, U+3000 and the punctuation of Chinese text without
  // asking ICU; ICU must agree on each.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* icu_nfkc = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  std::vector<char32_t> cps = {0x3000, 0x3001, 0x3002, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0xB7};
  for (char32_t cp = 0xFF01; cp <= 0xFF5E; ++cp) cps.push_back(cp);
  for (char32_t cp = 0x3008; cp <= 0x3011; ++cp) cps.push_back(cp);
  for (char32_t cp = 0x3014; cp <= 0x301B; ++cp) cps.push_back(cp);
  for (char32_t cp : cps) {
    std::string utf8;
    icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(utf8);
    std::string expected;
    icu_nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status).toUTF8String(expected);
    REQUIRE(U_SUCCESS(status));
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(normalize(utf8).text == expected);
  }
}

TEST_CASE("nfkc_single gives a code point only when it is the whole NFKC", "[normalize]") {
  // Every code point of the Basic Multilingual Plane outside the surrogates.
  std::size_t single = 0;
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    char32_t s = gk::text::nfkc_single(cp);
    if (s == 0) continue;
    ++single;
    std::string utf8, expected;
    gk::text::append_utf8(utf8, cp);
    gk::text::append_utf8(expected, s);
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    REQUIRE(normalize(utf8).text == expected);
  }
  CHECK(single > 40000);  // ideographs, punctuation, most letters
  CHECK(gk::text::nfkc_single(U'①') == 0);
  CHECK(gk::text::nfkc_single(U'…') == 0);
  CHECK(gk::text::nfkc_single(U'。') == U'。');
  CHECK(gk::text::nfkc_single(U'９') == U'9');
}
