// Every corpus report's complete findings, as the CLI prints them, against expectations
// reviewed by hand against the defects listed in the corpus README and report-format.md
// (tests/golden/expected/README.md says which finding answers which defect). A PDF is read
// as the CLI reads it (poppler, cli/checked_bytes.h); its findings are in <name>.pdf.findings.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "check.h"
#include "checked_bytes.h"
#include "output/text_output.h"
#include "unit/support.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("each corpus report gives exactly its reviewed findings", "[golden]") {
  const char* const files[] = {
      "seeds/000_2a323641ce1d9cac.txt",        "seeds/001_d37008fbb3c2afee.txt",
      "seeds/002_df5be3e5b2d03ca8.txt",        "seeds/003_a6cf102bc61e7d06.txt",
      "seeds/004_e326ba0ba3be1f76.txt",        "real/hongze-district-2024.pdf-layout.txt",
      "real/hongze-district-2024.pdf-raw.txt", "real/huaian-city-2024.pdf-layout.txt",
      "real/huaian-city-2024.pdf-raw.txt",     "real/hongze-district-2024.pdf",
      "real/huaian-city-2024.pdf",             "generated/pdf/000_2a323641ce1d9cac.pdf",
      "generated/pdf/001_d37008fbb3c2afee.pdf", "generated/pdf/002_df5be3e5b2d03ca8.pdf",
      "generated/pdf/003_a6cf102bc61e7d06.pdf", "generated/pdf/004_e326ba0ba3be1f76.pdf",
      "generated/pdf/owner-password.pdf",
  };
  for (const std::string file : files) {
    std::string name = file.substr(file.rfind('/') + 1);
    const bool pdf = name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0;
    std::string stem = pdf ? name : name.substr(0, name.size() - 4);
    INFO(file);
    std::string expected = read_file(std::string(GKCHECK_GOLDEN_DIR) + "/expected/" + stem + ".findings");
    REQUIRE_FALSE(expected.empty());
    auto result = gk::check_bytes(gk::cli::checked_bytes(gk_test::read_corpus(file)), name);
    CHECK(gk::output::to_text(*result) == expected);
  }
}
