#include "rules/derived.h"

#include "rules/rule.h"

namespace gk {

void Derived::run_deferred(const CheckContext& ctx) {
  if (sentence_visitors_.empty()) return;
  std::vector<Count> counts;
  for_each_text_run(ctx, RunSplit::Sentences, [&](const TextRun& run) {
    counts = find_counts(run, ctx.text);
    for (const SentenceVisitor& visit : sentence_visitors_) visit(run, counts);
  });
  sentence_visitors_.clear();
}

}  // namespace gk
