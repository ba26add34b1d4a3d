#include "rules/derived.h"

#include "rules/rule.h"

namespace gk {

void Derived::run_deferred(const CheckContext& ctx) {
  if (sentence_visitors_.empty() && paragraph_visitors_.empty() && text_visitors_.empty()) return;
  std::vector<Count> counts;
  std::function<void(const TextRun&)> sentences, paragraphs;
  if (!sentence_visitors_.empty())
    sentences = [&](const TextRun& run) {
      counts = find_counts(run, ctx.text);
      for (const SentenceVisitor& visit : sentence_visitors_) visit(run, counts);
    };
  if (!paragraph_visitors_.empty())
    paragraphs = [&](const TextRun& run) {
      for (const ParagraphVisitor& visit : paragraph_visitors_) visit(run);
    };
  std::function<void(const Paragraph&, const NormalizedText&)> every;
  if (!text_visitors_.empty())
    every = [&](const Paragraph& p, const NormalizedText& n) {
      for (const TextVisitor& visit : text_visitors_) visit(p, n);
    };
  for_each_text_run(ctx, sentences, paragraphs, every);
  sentence_visitors_.clear();
  paragraph_visitors_.clear();
  text_visitors_.clear();
}

}  // namespace gk
