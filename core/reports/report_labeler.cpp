#include "core/reports/report_labeler.h"

#include <algorithm>

#include "core/reports/finding_matcher.h"
#include "core/reports/sentence_splitter.h"

namespace ctlite::core {

const char* to_string(FindingLabel label) {
  switch (label) {
    case FindingLabel::kNotMentioned: return "not_mentioned";
    case FindingLabel::kNegative: return "negative";
    case FindingLabel::kUncertain: return "uncertain";
    case FindingLabel::kPositive: return "positive";
  }
  return "?";
}

std::vector<int> ReportLabels::binary(bool uncertain_is_present) const {
  std::vector<int> out;
  for (FindingLabel label : labels)
    out.push_back(label == FindingLabel::kPositive ||
                  (uncertain_is_present && label == FindingLabel::kUncertain));
  return out;
}

RuleBasedLabeler::RuleBasedLabeler(std::vector<FindingLexiconEntry> lexicon)
    : lexicon_(std::move(lexicon)) {}

ReportLabels RuleBasedLabeler::label(const std::string& report) const {
  ReportLabels result;
  for (const auto& entry : lexicon_) result.names.push_back(entry.name);
  result.labels.assign(lexicon_.size(), FindingLabel::kNotMentioned);
  for (const auto& raw : split_sentences(report)) {
    const NormalisedText sentence(raw);
    for (size_t i = 0; i < lexicon_.size(); ++i) {
      for (MentionStatus status : find_mentions(lexicon_[i], sentence, negation_)) {
        // The enum order is the precedence: positive > uncertain > negative > not mentioned.
        const FindingLabel label = status == MentionStatus::kPositive  ? FindingLabel::kPositive
                                   : status == MentionStatus::kUncertain ? FindingLabel::kUncertain
                                                                         : FindingLabel::kNegative;
        result.labels[i] = std::max(result.labels[i], label);
      }
    }
  }
  return result;
}

}  // namespace ctlite::core
