#pragma once
// Normalised sentence text and rule-based negation/uncertainty scope (a NegEx-style detector,
// Chapman et al. 2001, reduced to what chest-CT reports need).
//
// A finding term is NEGATED by a negation cue before it ("no", "without", "not", "negative for",
// "free of", ...) or after it ("is not seen", "absent", ...) inside the same clause, and
// UNCERTAIN by a hedge ("possible", "suspicious for", "cannot be excluded", ...). Clauses end at
// ";", ":", "but", "however", "except", "and there", ... — commas do not end them, because
// negated lists ("no pleural or pericardial effusion, pneumothorax or consolidation") are the
// commonest pattern in these reports. When several cues reach a term, the nearest one decides.
// Phrases that merely contain a cue ("no change in the nodule", "cannot be excluded") are
// matched first and hide the cue words inside them.

#include <string>
#include <vector>

namespace ctlite::core {

enum class MentionStatus { kPositive, kNegated, kUncertain };

// Lower case, alphanumerics only, each punctuation mark of interest (, . ; : ?) as its own token,
// single spaces, one leading and one trailing space: every word is " word ".
class NormalisedText {
 public:
  explicit NormalisedText(const std::string& raw);
  const std::string& text() const { return text_; }

  // Start offsets of `term`. A term matches at a word start; it is a prefix (a stem: "calcif"
  // matches "calcified") unless it ends with a space, which makes it a whole word ("port ").
  std::vector<size_t> find(const std::string& term) const;
  bool contains(const std::string& term) const { return !find(term).empty(); }

 private:
  std::string text_;
};

class NegationDetector {
 public:
  NegationDetector();
  // Status of the term occurrence text[begin, end) of `sentence`.
  MentionStatus status(const NormalisedText& sentence, size_t begin, size_t end) const;

 private:
  struct Cue {
    std::string phrase;
    MentionStatus effect;
    bool before_term;  // true: the cue precedes the term it scopes; false: it follows it
  };
  std::vector<Cue> cues_;                // longest phrases first, so they hide their parts
  std::vector<std::string> pseudo_cues_;  // contain a cue word but negate nothing
  std::vector<std::string> terminators_;
};

}  // namespace ctlite::core
