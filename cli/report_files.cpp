#include "report_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace gk::cli {

namespace fs = std::filesystem;

bool is_report_name(const std::string& file_name) {
  if (file_name.empty() || file_name[0] == '.' || file_name.rfind("~$", 0) == 0) return false;
  const std::size_t dot = file_name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = file_name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* known : {"txt", "md", "markdown", "htm", "html", "docx", "pdf"})
    if (ext == known) return true;
  return false;
}

namespace {

// The reports under a folder and its subfolders (each read on its own, so that one that cannot
// be read is named and the others still walked); counts the files left out.
void walk(const fs::path& folder, std::vector<std::string>& found, std::size_t& left_out, ReportFiles& out) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (fs::is_directory(it->symlink_status(type_ec))) walk(it->path(), found, left_out, out);
    else if (!it->is_regular_file(type_ec)) continue;  // folder links, sockets, broken links
    else if (is_report_name(it->path().filename().string())) found.push_back(it->path().string());
    else ++left_out;
  }
  if (ec) {
    out.notes.push_back(folder.string() + ": cannot read folder (" + ec.message() + ")");
    out.unreadable = true;
  }
}

}  // namespace

ReportFiles report_files(const std::vector<std::string>& arguments) {
  ReportFiles out;
  for (const std::string& a : arguments) {
    std::error_code ec;
    if (a == "-" || !fs::is_directory(a, ec)) {
      out.files.push_back(a);
      continue;
    }
    std::vector<std::string> found;
    std::size_t left_out = 0;
    walk(a, found, left_out, out);
    std::sort(found.begin(), found.end());
    if (left_out > 0) out.notes.push_back(a + ": " + std::to_string(left_out) + " file(s) of other kinds left out");
    if (found.empty()) out.notes.push_back(a + ": no reports found");
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace gk::cli
