#include "ai/training/training_vocabulary.h"

#include <algorithm>
#include <map>
#include <set>

#include "ai/text/bert_tokenizer.h"

namespace ctlite::ai {
namespace {

const std::vector<std::string> kSpecialTokens = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

// UTF-8 code points of a word, each as its own string.
std::vector<std::string> characters(const std::string& word) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < word.size();) {
    const auto lead = static_cast<unsigned char>(word[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    out.push_back(word.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace

std::vector<std::string> build_training_vocabulary(const std::vector<std::string>& texts,
                                                   std::size_t minimum_count) {
  // The basic tokenizer (lower-casing, punctuation split) needs only the special tokens.
  const BertTokenizer basic(kSpecialTokens, true, "<special tokens>");
  std::map<std::string, std::size_t> counts;
  for (const auto& text : texts)
    for (const auto& word : basic.basic_tokenize(text)) ++counts[word];
  std::vector<std::pair<std::string, std::size_t>> words(counts.begin(), counts.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  std::vector<std::string> vocabulary = kSpecialTokens;
  std::set<std::string> seen(vocabulary.begin(), vocabulary.end());
  auto add = [&](const std::string& token) {
    if (seen.insert(token).second) vocabulary.push_back(token);
  };
  for (const auto& [word, count] : words)
    if (count >= minimum_count) add(word);
  std::set<std::string> alphabet;
  for (const auto& [word, count] : words)
    for (const auto& c : characters(word)) alphabet.insert(c);
  for (const auto& c : alphabet) add(c);
  for (const auto& c : alphabet) add("##" + c);
  return vocabulary;
}

}  // namespace ctlite::ai
