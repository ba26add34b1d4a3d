// decode(): bytes in any encoding a report arrives in become UTF-8 text, with the encoding,
// the byte order mark and every unreadable byte sequence on record.
#include <catch2/catch.hpp>

#include "decode/decode.h"
#include "input/input.h"
#include "unit/support.h"

using gk::input::BinaryKind;
using gk::decode::decode;
using gk::decode::decode_as_utf8;
using gk::decode::Decoded;
using gk_test::encode;

namespace {

// Long enough for the charset detector to have something to go on; digits and punctuation
// mixed in as reports have them.
const std::string kChinese =
    "本报告所列数据统计期限为2021年1月1日至2021年12月31日。本机关全年收到政府信息公开申请1件，"
    "予以公开1件，结转下年度继续办理0件。";

}  // namespace

TEST_CASE("UTF-8 without a byte order mark is read as is", "[decode]") {
  Decoded d = decode(kChinese);
  CHECK(d.encoding == "UTF-8");
  CHECK_FALSE(d.bom);
  CHECK(gk::input::read_bytes(kChinese).facts.binary == BinaryKind::None);
  CHECK(d.replacements.empty());
  CHECK(d.text == kChinese);
}

TEST_CASE("UTF-8 with a byte order mark: the mark is stripped and recorded", "[decode]") {
  Decoded d = decode(gk_test::kUtf8Bom + kChinese);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.bom);
  CHECK(d.replacements.empty());
  CHECK(d.text == kChinese);  // starts at 本, not at U+FEFF
}

TEST_CASE("UTF-16 with a byte order mark, both byte orders", "[decode]") {
  // An astral character (U+20000) checks that surrogate pairs are joined into one code point.
  const std::string text = kChinese + "𠀀总计\n";
  SECTION("little endian") {
    Decoded d = decode(gk_test::kUtf16LeBom + encode(text, "UTF-16LE"));
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.bom);
    CHECK(d.replacements.empty());
    CHECK(d.text == text);
  }
  SECTION("big endian") {
    Decoded d = decode(gk_test::kUtf16BeBom + encode(text, "UTF-16BE"));
    CHECK(d.encoding == "UTF-16BE");
    CHECK(d.bom);
    CHECK(d.replacements.empty());
    CHECK(d.text == text);
  }
}

TEST_CASE("UTF-16 with a lone surrogate gives U+FFFD at its offset", "[decode]") {
  // "总" D800 "计": the unpaired high surrogate cannot be a character.
  const std::string bytes = gk_test::kUtf16LeBom + std::string("\x3B\x60\x00\xD8\xA1\x8B", 6);
  Decoded d = decode(bytes);
  CHECK(d.encoding == "UTF-16LE");
  CHECK(d.text == "总\xEF\xBF\xBD计");
  REQUIRE(d.replacements.size() == 1);
  CHECK(d.replacements[0] == 3);
}

TEST_CASE("GB18030 and GBK bytes are detected and decoded", "[decode]") {
  SECTION("GB18030") {
    std::string bytes = encode(kChinese, "GB18030");
    REQUIRE(bytes != kChinese);  // the test input really is not UTF-8
    Decoded d = decode(bytes);
    CHECK(d.encoding == "GB18030");
    CHECK_FALSE(d.bom);
    CHECK(d.replacements.empty());
    CHECK(d.text == kChinese);
  }
  SECTION("GBK (a subset of GB18030)") {
    Decoded d = decode(encode(kChinese, "GBK"));
    CHECK(d.encoding == "GB18030");
    CHECK(d.replacements.empty());
    CHECK(d.text == kChinese);
  }
  SECTION("a GB18030 four-byte sequence for an astral character") {
    const std::string text = "𠀀" + kChinese;
    Decoded d = decode(encode(text, "GB18030"));
    CHECK(d.encoding == "GB18030");
    CHECK(d.text == text);
  }
  SECTION("a short table cell") {
    // A pasted cell has no context for the detector; the fewer unreadable bytes decide.
    Decoded d = decode(encode("总计", "GB18030"));
    CHECK(d.encoding == "GB18030");
    CHECK(d.text == "总计");
  }
}

TEST_CASE("invalid UTF-8 becomes U+FFFD with its offset recorded", "[decode]") {
  SECTION("a stray byte in otherwise valid UTF-8 text keeps the text UTF-8") {
    Decoded d = decode(kChinese + "\xFF" + kChinese);
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == kChinese + "\xEF\xBF\xBD" + kChinese);
    REQUIRE(d.replacements.size() == 1);
    CHECK(d.replacements[0] == kChinese.size());
  }
  SECTION("each maximal invalid subpart is one U+FFFD (WHATWG)") {
    // FF: never valid. C3 '(': a lead byte without its continuation; '(' survives.
    // E0 80: an overlong form, E0 must be followed by A0..BF, so E0 and 80 are two errors.
    Decoded d = decode_as_utf8("a\xFF" "b\xC3(c\xE0\x80" "d");
    CHECK(d.encoding == "UTF-8");
    const std::string r = "\xEF\xBF\xBD";
    CHECK(d.text == "a" + r + "b" + r + "(c" + r + r + "d");
    CHECK(d.replacements == std::vector<std::size_t>{1, 5, 10, 13});
  }
  SECTION("UTF-8 encoded surrogates are invalid") {
    Decoded d = decode_as_utf8("\xED\xA0\x80");  // U+D800
    CHECK(d.text == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(d.replacements == std::vector<std::size_t>{0, 3, 6});
  }
}

TEST_CASE("a UTF-8 sequence truncated at the end of input is one U+FFFD", "[decode]") {
  // 计 is E8 AE A1; the input stops after E8 AE.
  Decoded d = decode_as_utf8("总\xE8\xAE");
  CHECK(d.text == "总\xEF\xBF\xBD");
  CHECK(d.replacements == std::vector<std::size_t>{3});

  // The same through detection: the rest is valid UTF-8, so UTF-8 it stays.
  Decoded detected = decode(kChinese + "\xE8\xAE");
  CHECK(detected.encoding == "UTF-8");
  CHECK(detected.text == kChinese + "\xEF\xBF\xBD");
  CHECK(detected.replacements == std::vector<std::size_t>{kChinese.size()});
}

TEST_CASE("empty input decodes to empty UTF-8 text", "[decode]") {
  Decoded d = decode("");
  CHECK(d.encoding == "UTF-8");
  CHECK_FALSE(d.bom);
  CHECK(gk::input::read_bytes("").facts.binary == BinaryKind::None);
  CHECK(d.text.empty());
  CHECK(d.replacements.empty());

  Decoded bom_only = decode(gk_test::kUtf8Bom);
  CHECK(bom_only.bom);
  CHECK(bom_only.text.empty());
}

TEST_CASE("files that are not text are recognised by their magic bytes", "[decode]") {
  struct Case {
    const char* name;
    std::string bytes;
    BinaryKind kind;
  };
  const Case cases[] = {
      {"PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", BinaryKind::Pdf},
      {"zip cut short", std::string("PK\x03\x04\x14\x00\x06\x00", 8), BinaryKind::Corrupt},
      {"Word 97 .doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10), BinaryKind::OleDoc},
      {"PNG", std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16), BinaryKind::Image},
      {"JPEG", std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10), BinaryKind::Image},
      {"GIF", "GIF89a\x01\x00", BinaryKind::Image},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    gk::input::Input in = gk::input::read_bytes(c.bytes);
    CHECK(in.facts.binary == c.kind);
    CHECK(in.text.empty());  // nothing of a binary file is passed on as text
  }
  // Only the start counts: "%PDF" later in a text is text.
  CHECK(gk::input::read_bytes("见附件 %PDF").facts.binary == BinaryKind::None);
}

TEST_CASE("check_bytes reports binary and empty input instead of checking it", "[decode]") {
  auto pdf = gk::check_bytes("%PDF-1.4\n", "report.pdf");
  REQUIRE(pdf->findings.size() == 1);
  CHECK(pdf->findings[0].rule == "input.unreadable");
  CHECK(pdf->findings[0].severity == gk::rules::Severity::Error);
  CHECK(pdf->findings[0].message.find("PDF") != std::string::npos);
  CHECK(pdf->error_count() == 1);

  auto empty = gk::check_bytes(" \n\t\n", "blank.txt");
  REQUIRE(empty->findings.size() == 1);
  CHECK(empty->findings[0].rule == "input.empty");
  CHECK(empty->findings[0].severity == gk::rules::Severity::Warning);
  CHECK(empty->error_count() == 0);
}

TEST_CASE("unreadable bytes are reported by decode.invalid-bytes at the first U+FFFD", "[decode]") {
  auto r = gk::check_bytes(kChinese + "\xFF\n" + kChinese + "\xFF", "bad.txt");
  CHECK(r->decoded.encoding == "UTF-8");
  // (Other rules report the missing sections of this two-line text; only this one is ours.)
  const gk::rules::Finding* found = nullptr;
  for (const gk::rules::Finding& f : r->findings)
    if (f.rule == "decode.invalid-bytes") {
      CHECK(found == nullptr);  // one finding for all U+FFFD
      found = &f;
    }
  REQUIRE(found != nullptr);
  const gk::rules::Finding& f = *found;
  CHECK(f.rule == "decode.invalid-bytes");
  CHECK(f.severity == gk::rules::Severity::Warning);
  CHECK(f.span.begin == kChinese.size());
  CHECK(f.span.end == kChinese.size() + 3);
  REQUIRE(f.related.size() == 1);  // the second U+FFFD
  CHECK(f.related[0].begin == 2 * kChinese.size() + 4);
  CHECK(f.message.find("2 处") != std::string::npos);
}

// Mostly-Chinese UTF-16 has few NUL bytes; it is told by which byte order reads as text.
TEST_CASE("UTF-16 without a byte order mark, mostly Chinese", "[decode]") {
  std::string seed = gk_test::read_corpus(gk_test::kSeed002);
  Decoded le = decode(encode(seed, "UTF-16LE"));
  CHECK(le.encoding == "UTF-16LE");
  CHECK(le.text == seed);
  Decoded be = decode(encode(seed, "UTF-16BE"));
  CHECK(be.encoding == "UTF-16BE");
  CHECK(be.text == seed);
}

TEST_CASE("UTF-16 without a byte order mark, with enough ASCII for the NUL heuristic", "[decode]") {
  // Seed 001 is mostly tabs, digits and line breaks between short cells.
  std::string seed = gk_test::read_corpus(gk_test::kSeed001);
  Decoded le = decode(encode(seed, "UTF-16LE"));
  CHECK(le.encoding == "UTF-16LE");
  CHECK_FALSE(le.bom);
  CHECK(le.text == seed);
  Decoded be = decode(encode(seed, "UTF-16BE"));
  CHECK(be.encoding == "UTF-16BE");
  CHECK(be.text == seed);
}

TEST_CASE("decoding bytes handed over gives what decoding a view of them gives", "[decode]") {
  // decode_owned() keeps valid UTF-8 without copying it; every other input takes the
  // ordinary path. Both must agree on every kind of input.
  const std::vector<std::string> inputs = {
      kChinese,
      "\xEF\xBB\xBF" + kChinese,
      encode(kChinese, "GB18030"),
      encode(kChinese, "UTF-16LE"),
      kChinese + "\xFF\xFE" + kChinese,
      "<html><body><table><tr><td>a</td></tr></table></body></html>",
      "%PDF-1.7",
      "",
      std::string("a\0b", 3),
  };
  for (const std::string& in : inputs) {
    Decoded view = decode(in);
    Decoded owned = gk::decode::decode_owned(std::string(in));
    INFO("input of " << in.size() << " bytes");
    CHECK(owned.text == view.text);
    CHECK(owned.encoding == view.encoding);
    CHECK(owned.bom == view.bom);
    CHECK(owned.replacements == view.replacements);
    // The same for the input stage, which takes the bytes over as decode_owned() does.
    gk::input::Input input_view = gk::input::read_bytes(in);
    gk::input::Input input_owned = gk::input::read_owned_bytes(std::string(in));
    CHECK(input_owned.text == input_view.text);
    CHECK(input_owned.facts.encoding == input_view.facts.encoding);
    CHECK(input_owned.facts.bom == input_view.facts.bom);
    CHECK(input_owned.facts.binary == input_view.facts.binary);
    CHECK(input_owned.facts.input == input_view.facts.input);
    CHECK(input_owned.facts.replacements == input_view.facts.replacements);
    Decoded as_utf8 = decode_as_utf8(in);
    Decoded as_utf8_owned = gk::decode::decode_as_utf8_owned(std::string(in));
    CHECK(as_utf8_owned.text == as_utf8.text);
    CHECK(as_utf8_owned.replacements == as_utf8.replacements);
  }
}
