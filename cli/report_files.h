// The files a command line names: a file as given, a folder walked for the reports in it.
#pragma once
#include <string>
#include <vector>

namespace gk::cli {

struct ReportFiles {
  std::vector<std::string> files;  // to check, in the order they are listed
  std::vector<std::string> notes;  // for stderr: folders that could not be read, files left out
  bool unreadable = false;         // a folder (or a subfolder) could not be read
};

// Whether a file in a folder is one gkcheck reads, by its name: .txt, .md, .markdown, .htm,
// .html, .docx, .pdf (any case); not hidden files (".…") nor Word's lock files ("~$…").
bool is_report_name(const std::string& file_name);

// Each argument as given ('-' and files, whatever their names), each folder replaced by the
// reports under it, at any depth, sorted by path (byte order), so that the output's order does
// not depend on the file system's. Folder symlinks are not followed (no loops); file symlinks are.
ReportFiles report_files(const std::vector<std::string>& arguments);

}  // namespace gk::cli
