// .docx to plain text: word/document.xml, read from the zip with minizip and parsed with
// expat into a small element tree, then written out like HTML: paragraphs as lines,
// tables as rows with w:gridSpan and w:vMerge resolved into the grid. Deleted text
// (w:del) is left out, inserted text (w:ins) kept; bookmarks and field codes carry no text.
// Automatically numbered paragraphs get their number ("一、") from numbering.xml.
#include <expat.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "extract/docx_numbering.h"
#include "extract/extract.h"
#include "extract/plain_text.h"
#include "extract/zip_entry.h"

namespace gk::extract {

namespace {

constexpr std::size_t kMaxXml = 64u << 20;
constexpr std::size_t kMaxDepth = 256;

struct Node {
  std::string name;  // "w:p", "mc:Fallback", "?:other"
  std::string val;   // the w:val attribute, where there is one
  std::string text;  // character data of w:t
  std::vector<std::size_t> children;
};

// Namespace URIs to the prefixes used below; the prefixes in the file may be any.
std::string qualify(const char* ns_name) {
  const char* sep = std::strchr(ns_name, '\x1F');
  if (sep == nullptr) return std::string("?:") + ns_name;
  std::string_view uri(ns_name, static_cast<std::size_t>(sep - ns_name));
  std::string prefix = "?";
  if (uri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
      uri == "http://purl.oclc.org/ooxml/wordprocessingml/main")
    prefix = "w";
  else if (uri == "http://schemas.openxmlformats.org/markup-compatibility/2006")
    prefix = "mc";
  return prefix + ":" + (sep + 1);
}

struct TreeBuilder {
  std::vector<Node> nodes;
  std::vector<std::size_t> open;
  bool too_deep = false;

  static void XMLCALL start(void* data, const char* name, const char** attrs) {
    auto* b = static_cast<TreeBuilder*>(data);
    Node n;
    n.name = qualify(name);
    for (const char** a = attrs; *a; a += 2)
      if (qualify(a[0]) == "w:val") n.val = a[1];
    std::size_t index = b->nodes.size();
    if (!b->open.empty()) b->nodes[b->open.back()].children.push_back(index);
    b->nodes.push_back(std::move(n));
    b->open.push_back(index);
    if (b->open.size() > kMaxDepth) b->too_deep = true;
  }
  static void XMLCALL end(void* data, const char*) {
    auto* b = static_cast<TreeBuilder*>(data);
    if (!b->open.empty()) b->open.pop_back();
  }
  static void XMLCALL chars(void* data, const char* s, int len) {
    auto* b = static_cast<TreeBuilder*>(data);
    if (b->open.empty()) return;
    Node& n = b->nodes[b->open.back()];
    if (n.name == "w:t") n.text.append(s, static_cast<std::size_t>(len));
  }
};

// Elements whose content is not part of the text as it now reads.
bool is_skipped(const std::string& name) {
  return name == "w:del" || name == "w:delText" || name == "w:instrText" || name == "mc:Fallback" ||
         name == "w:pPr" || name == "w:rPr" || name == "w:sectPr" || name == "w:tblPr" ||
         name == "w:tblGrid" || name == "w:moveFrom" || name == "w:commentReference" ||
         name == "w:footnoteReference" || name == "w:endnoteReference";
}

class Writer {
 public:
  Writer(const std::vector<Node>& nodes, DocxNumbering& numbering) : n_(nodes), numbering_(numbering) {}

  Extraction run(std::size_t body) {
    flow(body);
    return out_.finish();
  }

 private:
  const Node& at(std::size_t i) const { return n_[i]; }

  const Node* child(std::size_t i, const char* name) const {
    for (std::size_t c : at(i).children)
      if (at(c).name == name) return &at(c);
    return nullptr;
  }

  // A paragraph's text; a line break ends the line in running text, is a space in a cell.
  void paragraph(std::size_t i, InlineText& run, bool in_cell) {
    for (std::size_t c : at(i).children) {
      const Node& k = at(c);
      if (is_skipped(k.name)) continue;
      if (k.name == "w:t") run.add(k.text);
      else if (k.name == "w:tab" || k.name == "w:ptab") run.space();
      else if (k.name == "w:noBreakHyphen") run.add("-");
      else if (k.name == "w:br" || k.name == "w:cr") {
        if (in_cell) run.space();
        else out_.end_line();
      } else if (k.name == "w:p") {  // a text box's paragraphs inside a run
        run.space();
        paragraph(c, run, true);
        run.space();
      } else paragraph(c, run, in_cell);  // runs, insertions, hyperlinks, fields, ...
    }
  }

  void flow(std::size_t i) {
    for (std::size_t c : at(i).children) {
      const Node& k = at(c);
      if (is_skipped(k.name)) continue;
      if (k.name == "w:p") {
        out_.end_line();
        number(c, out_.line());
        paragraph(c, out_.line(), false);
        out_.end_line();
      } else if (k.name == "w:tbl") {
        table(c);
      } else {
        flow(c);  // w:sdt, w:sdtContent, w:customXml, w:ins, w:tc of a layout table, ...
      }
    }
  }

  // A numbered paragraph's number, from its w:numPr or its style's.
  void number(std::size_t p, InlineText& run) {
    const Node* pr = child(p, "w:pPr");
    if (pr == nullptr) return;
    int num_id = -1, ilvl = -1;
    std::string style;
    for (std::size_t c : pr->children) {
      if (at(c).name == "w:pStyle") style = at(c).val;
      if (at(c).name != "w:numPr") continue;
      for (std::size_t k : at(c).children) {
        if (at(k).name == "w:numId") num_id = std::atoi(at(k).val.c_str());
        if (at(k).name == "w:ilvl") ilvl = std::atoi(at(k).val.c_str());
      }
    }
    if (num_id < 0 && style.empty()) return;
    std::string label = numbering_.next(num_id, ilvl, style);
    if (label.empty()) return;
    run.add(label);
    // Word puts a tab after the number; "1." needs a blank before the text, "一、" does not.
    if (static_cast<unsigned char>(label.back()) < 0x80) run.add(" ");
  }

  bool holds_table(std::size_t i) const {
    for (std::size_t c : at(i).children)
      if (at(c).name == "w:tbl" || holds_table(c)) return true;
    return false;
  }

  void cell_text(std::size_t i, InlineText& run) {
    for (std::size_t c : at(i).children) {
      const Node& k = at(c);
      if (is_skipped(k.name) || k.name == "w:tcPr") continue;
      if (k.name == "w:p") {
        run.space();
        paragraph(c, run, true);
        run.space();
      } else cell_text(c, run);
    }
  }

  void row(std::size_t tr, TableGrid& grid) {
    const Node* pr = child(tr, "w:trPr");
    if (pr != nullptr)
      for (std::size_t c : pr->children)
        if (at(c).name == "w:del") return;  // a tracked deletion of the whole row
    grid.begin_row();
    if (pr != nullptr)
      for (std::size_t c : pr->children)
        if (at(c).name == "w:gridBefore") grid.skip(std::atoi(at(c).val.c_str()));
    cells(tr, grid);
  }

  void cells(std::size_t i, TableGrid& grid) {
    for (std::size_t c : at(i).children) {
      const Node& k = at(c);
      if (k.name == "w:tc") {
        int span = 1;
        bool merged = false;
        if (const Node* pr = child(c, "w:tcPr")) {
          for (std::size_t p : pr->children) {
            if (at(p).name == "w:gridSpan") span = std::max(1, std::atoi(at(p).val.c_str()));
            if (at(p).name == "w:vMerge") merged = at(p).val != "restart";
          }
        }
        InlineText run;
        if (!merged) cell_text(c, run);  // a continued vertical merge is the cell above
        grid.add_cell(run.take(), span, 1);
      } else if (!is_skipped(k.name) && k.name != "w:trPr") {
        cells(c, grid);  // cells wrapped in w:sdt / w:customXml
      }
    }
  }

  void rows(std::size_t i, TableGrid& grid) {
    for (std::size_t c : at(i).children) {
      const Node& k = at(c);
      if (k.name == "w:tr") row(c, grid);
      else if (!is_skipped(k.name)) rows(c, grid);
    }
  }

  void table(std::size_t i) {
    out_.end_line();
    if (holds_table(i)) {  // layout: cells are running text, inner tables tables
      flow(i);
      return;
    }
    TableGrid grid;
    rows(i, grid);
    out_.table(grid);
  }

  const std::vector<Node>& n_;
  DocxNumbering& numbering_;
  PlainText out_;
};

struct ParserCloser {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

Extraction fail(Extraction::Failure f, std::string problem) {
  Extraction e;
  e.failure = f;
  e.problem = std::move(problem);
  return e;
}

}  // namespace

Extraction extract_docx(std::string_view bytes) {
  using F = Extraction::Failure;
  ZipEntry xml = read_zip_entry(bytes, "word/document.xml", kMaxXml);
  switch (xml.status) {
    case ZipEntry::Status::Ok: break;
    case ZipEntry::Status::NotZip:
      return fail(F::Corrupt, "文件已损坏：压缩包（zip）结构无法读取，可能下载不完整。若是 .docx 文档，请在 Word/WPS 中打开并另存为 .docx 后再检查。");
    case ZipEntry::Status::Missing:
      return fail(F::NotDocx, "这是压缩包，其中没有 Word 文档正文（word/document.xml），不是 .docx 文件。请解压后检查其中的报告文件。");
    case ZipEntry::Status::Encrypted:
      return fail(F::Encrypted, "文档已加密，请先在 Word/WPS 中取消密码后另存为 .docx");
    case ZipEntry::Status::TooLarge:
      return fail(F::Corrupt, "文档正文（word/document.xml）超过 64 MB，无法检查。请复制报告文字后粘贴检查。");
    case ZipEntry::Status::Corrupt:
      return fail(F::Corrupt, "文件已损坏：文档正文（word/document.xml）无法解压（数据出错）。请在 Word/WPS 中打开并另存为 .docx 后再检查。");
  }

  TreeBuilder tree;
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserCloser> parser(XML_ParserCreateNS("UTF-8", '\x1F'));
  XML_Parser p = parser.get();
  XML_SetUserData(p, &tree);
  XML_SetElementHandler(p, TreeBuilder::start, TreeBuilder::end);
  XML_SetCharacterDataHandler(p, TreeBuilder::chars);
  if (XML_Parse(p, xml.data.data(), static_cast<int>(xml.data.size()), XML_TRUE) != XML_STATUS_OK) {
    return fail(F::Corrupt, "文件已损坏：文档正文（word/document.xml）第 " +
                                std::to_string(XML_GetCurrentLineNumber(p)) + " 行第 " +
                                std::to_string(XML_GetCurrentColumnNumber(p) + 1) + " 列不是合法的 XML（" +
                                XML_ErrorString(XML_GetErrorCode(p)) +
                                "）。请在 Word/WPS 中打开并另存为 .docx 后再检查。");
  }
  if (tree.too_deep) return fail(F::Corrupt, "文件已损坏：文档正文（word/document.xml）嵌套过深，无法读取。");
  std::size_t body = tree.nodes.size();
  if (!tree.nodes.empty())
    for (std::size_t c : tree.nodes[0].children)
      if (tree.nodes[c].name == "w:body") body = c;
  if (body == tree.nodes.size())
    return fail(F::Corrupt, "文件已损坏：文档正文（word/document.xml）中没有 w:body 部分。");
  // Numbering and styles are optional parts; without them paragraphs go unnumbered.
  ZipEntry numbering = read_zip_entry(bytes, "word/numbering.xml", kMaxXml);
  ZipEntry styles = read_zip_entry(bytes, "word/styles.xml", kMaxXml);
  DocxNumbering numbers(numbering.data, styles.data);
  return Writer(tree.nodes, numbers).run(body);
}

}  // namespace gk::extract
