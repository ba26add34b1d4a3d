// Inputs that cannot be checked are refused with one input.unreadable finding that says
// what to do, never a crash and never a silent empty result.
#include <catch2/catch.hpp>

#include "unit/inputs_support.h"

namespace {

struct Refusal {
  const char* file;
  gk::input::BinaryKind kind;
  const char* says;
};

}  // namespace

TEST_CASE("refusals: each unreadable kind names the problem and the way out", "[refusal]") {
  const Refusal cases[] = {
      {"generated/refuse/encrypted.docx", gk::input::BinaryKind::EncryptedDocx, "文档已加密，请先在 Word/WPS 中取消密码后另存为 .docx"},
      {"generated/refuse/word97.doc", gk::input::BinaryKind::OleDoc, "另存为 .docx"},
      {"generated/refuse/not-docx.zip", gk::input::BinaryKind::Zip, "不是 .docx 文件"},
      {"generated/refuse/truncated.docx", gk::input::BinaryKind::Corrupt, "压缩包（zip）结构无法读取"},
      {"generated/refuse/broken-xml.docx", gk::input::BinaryKind::Corrupt, "不是合法的 XML（mismatched tag）"},
      {"generated/refuse/report.pdf", gk::input::BinaryKind::Pdf, "复制报告文字"},
      {"generated/refuse/scan.png", gk::input::BinaryKind::Image, "图片"},
  };
  for (const Refusal& c : cases) {
    INFO(c.file);
    auto r = gk_test::check_corpus(c.file);
    CHECK(r->decoded.binary == c.kind);
    REQUIRE(r->findings.size() == 1);
    CHECK(r->findings[0].rule == "input.unreadable");
    CHECK(r->findings[0].severity == gk::rules::Severity::Error);
    CHECK(r->findings[0].message.find(c.says) != std::string::npos);
    CHECK(r->text.str().empty());
  }
}

TEST_CASE("refusals: damaged zips and XML of every cut never crash", "[refusal]") {
  const std::string good = gk_test::read_corpus("generated/001_d37008fbb3c2afee.docx");
  for (std::size_t cut = 0; cut < good.size(); cut += 97) {
    auto r = gk::check_bytes(good.substr(0, cut), "cut.docx");
    INFO(cut);
    CHECK(!r->findings.empty());
  }
  // Flipped bytes inside the deflated document: a CRC or inflate error, said as such.
  std::string bad = good;
  for (std::size_t i = 200; i < 260 && i < bad.size(); ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5A);
  auto r = gk::check_bytes(bad, "flipped.docx");
  REQUIRE(!r->findings.empty());
  if (r->decoded.binary != gk::input::BinaryKind::None) CHECK(r->findings[0].rule == "input.unreadable");
}

TEST_CASE("refusals: a page with no text is reported as empty, not refused", "[refusal]") {
  auto e = gk::check_html("<html><body><script>x</script></body></html>", "<clipboard>");
  REQUIRE(e->findings.size() == 1);
  CHECK(e->findings[0].rule == "input.empty");
}

TEST_CASE("refusals: a page nested too deep to walk is refused, not a stack overflow", "[refusal]") {
  std::string deep = "<html><body>";
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "x";
  auto r = gk::check_html(deep, "<clipboard>");
  CHECK(r->decoded.binary == gk::input::BinaryKind::Corrupt);
  REQUIRE(r->findings.size() == 1);
  CHECK(r->findings[0].message.find("嵌套") != std::string::npos);
  // Thousands of paragraphs and cells whose end tags are left out are not nesting.
  std::string flat = "<html><body><table>";
  for (int i = 0; i < 3000; ++i) flat += "<tr><td>规章<td>" + std::to_string(i) + "<p>段";
  CHECK(gk::check_html(flat, "<clipboard>")->decoded.binary == gk::input::BinaryKind::None);
}
