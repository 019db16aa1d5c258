#pragma once
// BERT's tokenizer (Hugging Face BertTokenizer with do_lower_case=True, as CT-CLIP loads it for
// CXR-BERT-specialized, ctvit-architecture.md §7): BasicTokenizer (clean control characters,
// space out CJK ideographs, lower-case, strip accents, split punctuation) then greedy
// longest-match-first WordPiece with "##" continuations, then [CLS] … [SEP], truncation and
// padding to max_length.
//
// Differences from the Python tokenizer, on purpose: vocab.txt lines lose a trailing "\r" as well
// as "\n"; special tokens inside the text are kept whole only when they stand alone between
// spaces (the Python trie also splits "x[SEP]y").

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace ctlite::ai {

struct TokenizedText {
  std::vector<int64_t> input_ids;       // max_length entries
  std::vector<int64_t> attention_mask;  // 1 for real tokens, 0 for padding
};

class BertTokenizer {
 public:
  // vocab.txt: one token per line, id = line number. Throws core::InputError naming the file and
  // line for unreadable files, invalid UTF-8, or missing [PAD]/[UNK]/[CLS]/[SEP].
  static BertTokenizer from_vocab_file(const std::string& path, bool lower_case = true);
  // Same from tokens in id order; `source` names them in errors.
  BertTokenizer(std::vector<std::string> tokens, bool lower_case = true,
                const std::string& source = "<vocabulary>");

  // BasicTokenizer output (words and punctuation), UTF-8.
  std::vector<std::string> basic_tokenize(const std::string& text) const;
  // WordPiece pieces of the whole text (no special tokens).
  std::vector<std::string> tokenize(const std::string& text) const;
  std::vector<int64_t> convert_tokens_to_ids(const std::vector<std::string>& tokens) const;

  // The call CT-CLIP makes: padding="max_length", truncation=True. max_length >= 2.
  TokenizedText encode(const std::string& text, int64_t max_length) const;

  int64_t vocabulary_size() const { return static_cast<int64_t>(tokens_.size()); }
  int64_t pad_id() const { return pad_id_; }
  int64_t unknown_id() const { return unknown_id_; }
  int64_t cls_id() const { return cls_id_; }
  int64_t sep_id() const { return sep_id_; }
  const std::vector<std::string>& tokens() const { return tokens_; }

  static constexpr std::size_t kMaxCharactersPerWord = 100;

 private:
  void append_wordpieces(const std::u32string& word, std::vector<std::string>& out) const;
  int64_t required_id(const std::string& token, const std::string& source) const;

  std::vector<std::string> tokens_;
  std::unordered_map<std::string, int64_t> ids_;
  bool lower_case_;
  int64_t pad_id_ = 0, unknown_id_ = 0, cls_id_ = 0, sep_id_ = 0;
};

}  // namespace ctlite::ai
