#include "input/refusal.h"

namespace gk::input {

namespace {

struct Advice {
  BinaryKind kind;
  const char* text;
};

constexpr Advice kAdvice[] = {
    {BinaryKind::Pdf, "这是 PDF 文件，无法直接检查。请在 PDF 阅读器中全选并复制报告文字，粘贴检查或另存为文本文件后检查。"},
    {BinaryKind::Zip, "这是压缩包，不是 Word（.docx）文档。请解压后检查其中的报告文件。"},
    {BinaryKind::OleDoc, "这是旧版 Word（.doc）文件，无法直接读取。请在 Word/WPS 中打开后另存为 .docx 再检查，或复制全文粘贴检查。"},
    {BinaryKind::EncryptedDocx, "文档已加密，请先在 Word/WPS 中取消密码后另存为 .docx"},
    {BinaryKind::Corrupt, "文件已损坏，无法读取。请在 Word/WPS 或浏览器中打开后重新保存，或复制报告文字后粘贴检查。"},
    {BinaryKind::Image, "这是图片文件，其中的文字无法读取。请提供报告的文字版本。"},
    {BinaryKind::PdfNoText, "这份 PDF 没有文字层（可能是扫描件或图片），读不出其中的文字。请提供含文字的 PDF，或先用文字识别（OCR）转成文字后再检查。"},
    {BinaryKind::PdfEncrypted, "这份 PDF 已加密，无法读取。请提供不需要密码即可打开的文件（在 PDF 阅读器中输入密码后另存一份未加密的 PDF）。"},
    {BinaryKind::PdfDamaged, "PDF 文件已损坏，无法读取。请重新下载该文件，或在 PDF 阅读器中打开后另存再检查。"},
    {BinaryKind::Other, "输入不是文本（可能是压缩包或其他二进制文件），无法检查。请提供报告的文字版本。"},
};

}  // namespace

std::string refusal_message(const InputFacts& facts) {
  // A damaged PDF: the advice, and what the PDF library said.
  if (facts.binary == BinaryKind::PdfDamaged && !facts.problem.empty())
    return std::string("PDF 文件已损坏，无法读取（PDF 解析器报告：") + facts.problem + "）。请重新下载该文件，或在 PDF 阅读器中打开后另存再检查。";
  if (!facts.problem.empty()) return facts.problem;
  for (const Advice& a : kAdvice)
    if (a.kind == facts.binary) return a.text;
  return "输入不是文本，无法检查。";
}

}  // namespace gk::input
