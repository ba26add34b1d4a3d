// input.unreadable: the bytes are a PDF, a Word 97 file, an image, an archive that is not a
// .docx, or an encrypted or damaged document.
#include "rules/rule.h"

namespace gk {

namespace {

const char* advice(BinaryKind kind) {
  switch (kind) {
    case BinaryKind::Pdf: return "这是 PDF 文件，无法直接检查。请在 PDF 阅读器中全选并复制报告文字，粘贴检查或另存为文本文件后检查。";
    case BinaryKind::Zip: return "这是压缩包，不是 Word（.docx）文档。请解压后检查其中的报告文件。";
    case BinaryKind::OleDoc: return "这是旧版 Word（.doc）文件，无法直接读取。请在 Word/WPS 中打开后另存为 .docx 再检查，或复制全文粘贴检查。";
    case BinaryKind::EncryptedDocx: return "文档已加密，请先在 Word/WPS 中取消密码后另存为 .docx";
    case BinaryKind::Corrupt: return "文件已损坏，无法读取。请在 Word/WPS 或浏览器中打开后重新保存，或复制报告文字后粘贴检查。";
    case BinaryKind::Image: return "这是图片文件，其中的文字无法读取。请提供报告的文字版本。";
    case BinaryKind::Other: return "输入不是文本（可能是压缩包或其他二进制文件），无法检查。请提供报告的文字版本。";
    case BinaryKind::None: break;
  }
  return "输入不是文本，无法检查。";
}

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  if (ctx.decoded.binary == BinaryKind::None) return;
  const std::string& problem = ctx.decoded.problem;
  out.push_back(make_finding(self, {}, problem.empty() ? advice(ctx.decoded.binary) : problem));
}

}  // namespace

Rule rule_input_unreadable() {
  Rule r("input.unreadable", Severity::Error, "输入是 PDF、旧版 Word、图片、非 .docx 的压缩包、加密或损坏的文档，无法检查");
  r.messages = {{"refused", "{advice}"}};
  r.per_report = run;
  return r;
}

}  // namespace gk
