#pragma once
// Keeps the abnormality sentences of a report and drops the routine normal ones ("Trachea and
// main bronchi are open.", "No pleural effusion."), so text embeddings are trained on what the
// report actually finds. Pluggable: make_report_sentence_filter("rules" | "none").

#include <memory>
#include <string>
#include <vector>

#include "core/reports/clinical_text.h"

namespace ctlite::core {

enum class SentenceKind { kAbnormal, kUncertain, kNormal };

struct SentenceDecision {
  std::string sentence;
  SentenceKind kind = SentenceKind::kNormal;
  bool keep = false;
};

class ReportSentenceFilter {
 public:
  virtual ~ReportSentenceFilter() = default;
  virtual std::vector<SentenceDecision> classify(const std::string& report) const = 0;
  // The kept sentences joined by single spaces (empty when nothing abnormal is reported).
  std::string filter(const std::string& report) const;
};

// Keeps a sentence when it affirms or hedges any abnormality (finding lexicon + general
// abnormality words); a sentence whose every abnormality word is negated, or that names none,
// is routine and dropped.
class RuleBasedSentenceFilter : public ReportSentenceFilter {
 public:
  std::vector<SentenceDecision> classify(const std::string& report) const override;

 private:
  NegationDetector negation_;
};

// Keeps every sentence: the "no filtering" ablation.
class KeepAllSentenceFilter : public ReportSentenceFilter {
 public:
  std::vector<SentenceDecision> classify(const std::string& report) const override;
};

// "rules" or "none"; std::invalid_argument naming the choices otherwise.
std::unique_ptr<ReportSentenceFilter> make_report_sentence_filter(const std::string& name);

}  // namespace ctlite::core
