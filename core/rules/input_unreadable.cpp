// input.unreadable: the bytes are a PDF, a Word 97 file, an image or an archive, not text.
#include "rules/rule.h"

namespace gk {

namespace {

const char* advice(BinaryKind kind) {
  switch (kind) {
    case BinaryKind::Pdf: return "这是 PDF 文件，无法直接检查。请在 PDF 阅读器中全选并复制报告文字，粘贴检查或另存为文本文件后检查。";
    case BinaryKind::Zip: return "这是压缩文件（或 .docx 文档），目前无法直接读取。请在 Word/WPS 中打开报告，全选复制文字后粘贴检查，或另存为 .txt 文本文件。";
    case BinaryKind::OleDoc: return "这是旧版 Word（.doc）文件，无法直接读取。请在 Word/WPS 中打开并复制全文粘贴检查，或另存为 .txt（UTF-8）。";
    case BinaryKind::Image: return "这是图片文件，其中的文字无法读取。请提供报告的文字版本。";
    case BinaryKind::Other: return "输入不是文本（可能是压缩包或其他二进制文件），无法检查。请提供报告的文字版本。";
    case BinaryKind::None: break;
  }
  return "输入不是文本，无法检查。";
}

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  if (ctx.decoded.binary == BinaryKind::None) return;
  out.push_back(make_finding(self, {}, advice(ctx.decoded.binary)));
}

}  // namespace

Rule rule_input_unreadable() {
  return {"input.unreadable", Severity::Error, "输入是 PDF、旧版 Word、图片或压缩包而不是文本，无法检查", run};
}

}  // namespace gk
