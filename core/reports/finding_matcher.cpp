#include "core/reports/finding_matcher.h"

#include <algorithm>
#include <cstdlib>

namespace ctlite::core {
namespace {

// Word number of a character offset (the text has single spaces between tokens).
long word_index(const std::string& text, size_t offset) {
  return static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(offset), ' '));
}

bool context_near(const NormalisedText& sentence, const std::vector<std::string>& alternatives,
                  size_t head_at, int window_words) {
  const long head_word = word_index(sentence.text(), head_at);
  for (const auto& term : alternatives)
    for (size_t at : sentence.find(term))
      if (std::labs(word_index(sentence.text(), at) - head_word) <= window_words) return true;
  return false;
}

}  // namespace

std::vector<MentionStatus> find_mentions(const FindingLexiconEntry& entry,
                                         const NormalisedText& sentence,
                                         const NegationDetector& negation) {
  std::vector<MentionStatus> mentions;
  std::vector<size_t> seen_heads;  // two patterns sharing a head word count once
  for (const auto& pattern : entry.patterns) {
    if (std::any_of(pattern.unless.begin(), pattern.unless.end(),
                    [&](const std::string& term) { return sentence.contains(term); }))
      continue;
    for (const auto& head : pattern.heads) {
      for (size_t at : sentence.find(head)) {
        if (std::find(seen_heads.begin(), seen_heads.end(), at) != seen_heads.end()) continue;
        const bool context_ok =
            std::all_of(pattern.context.begin(), pattern.context.end(), [&](const auto& group) {
              return context_near(sentence, group, at, pattern.context_window_words);
            });
        if (!context_ok) continue;
        seen_heads.push_back(at);
        mentions.push_back(negation.status(sentence, at, at + head.size()));
      }
    }
  }
  return mentions;
}

}  // namespace ctlite::core
