// What several rules derive from the same report, worked out once per check: the
// identities evaluated on its tables (when a rule first asks), and one pass over the text
// (sentence runs with their counts, paragraph runs, every paragraph in its NFKC view) for
// every rule that reads it. The runs of a long document are too large to keep, so the rules
// are visited instead: they register visitors while they run, the pass follows.
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "bind/report.h"
#include "rules/identity_eval.h"
#include "rules/narrative.h"
#include "text/normalize.h"

namespace gk {

struct CheckContext;

class Derived {
 public:
  using SentenceVisitor = std::function<void(const TextRun& run, const std::vector<Count>& counts)>;
  using ParagraphVisitor = std::function<void(const TextRun& run)>;
  using TextVisitor = std::function<void(const Paragraph& paragraph, const NormalizedText& nfkc)>;

  explicit Derived(const Report& report) : report_(report) {}

  const std::vector<IdentityInstance>& identities() {
    if (!identities_) identities_ = evaluate_identities(report_);
    return *identities_;
  }

  // `visit` sees every sentence run (narrative.h) and its counts once the rules have run;
  // what it captures must live until then.
  void on_sentence_runs(SentenceVisitor visit) { sentence_visitors_.push_back(std::move(visit)); }
  // The same for paragraph runs.
  void on_paragraph_runs(ParagraphVisitor visit) { paragraph_visitors_.push_back(std::move(visit)); }
  // Every paragraph of the document (headings and page numbers too), in text order, in
  // its NFKC view.
  void on_paragraphs(TextVisitor visit) { text_visitors_.push_back(std::move(visit)); }
  // The one pass the visitors wait for (the pipeline calls it after the rules).
  void run_deferred(const CheckContext& ctx);

 private:
  const Report& report_;
  std::optional<std::vector<IdentityInstance>> identities_;
  std::vector<SentenceVisitor> sentence_visitors_;
  std::vector<ParagraphVisitor> paragraph_visitors_;
  std::vector<TextVisitor> text_visitors_;
};

}  // namespace gk
