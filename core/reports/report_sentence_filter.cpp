#include "core/reports/report_sentence_filter.h"

#include <algorithm>
#include <stdexcept>

#include "core/reports/finding_lexicon.h"
#include "core/reports/finding_matcher.h"
#include "core/reports/sentence_splitter.h"

namespace ctlite::core {

std::string ReportSentenceFilter::filter(const std::string& report) const {
  std::string kept;
  for (const auto& decision : classify(report)) {
    if (!decision.keep) continue;
    if (!kept.empty()) kept += ' ';
    kept += decision.sentence;
  }
  return kept;
}

std::vector<SentenceDecision> RuleBasedSentenceFilter::classify(const std::string& report) const {
  std::vector<SentenceDecision> decisions;
  for (auto& raw : split_sentences(report)) {
    const auto mentions = find_mentions(any_abnormality_lexicon(), NormalisedText(raw), negation_);
    auto has = [&](MentionStatus s) {
      return std::find(mentions.begin(), mentions.end(), s) != mentions.end();
    };
    SentenceDecision decision;
    decision.kind = has(MentionStatus::kPositive)    ? SentenceKind::kAbnormal
                    : has(MentionStatus::kUncertain) ? SentenceKind::kUncertain
                                                     : SentenceKind::kNormal;
    decision.keep = decision.kind != SentenceKind::kNormal;
    decision.sentence = std::move(raw);
    decisions.push_back(std::move(decision));
  }
  return decisions;
}

std::vector<SentenceDecision> KeepAllSentenceFilter::classify(const std::string& report) const {
  std::vector<SentenceDecision> decisions;
  for (auto& raw : split_sentences(report))
    decisions.push_back({std::move(raw), SentenceKind::kNormal, true});
  return decisions;
}

std::unique_ptr<ReportSentenceFilter> make_report_sentence_filter(const std::string& name) {
  if (name == "rules") return std::make_unique<RuleBasedSentenceFilter>();
  if (name == "none") return std::make_unique<KeepAllSentenceFilter>();
  throw std::invalid_argument("unknown report sentence filter '" + name +
                              "' (choose rules or none)");
}

}  // namespace ctlite::core
