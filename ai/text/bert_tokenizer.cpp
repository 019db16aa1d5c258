#include "ai/text/bert_tokenizer.h"

#include <fstream>
#include <stdexcept>

#include "ai/text/unicode_properties.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

bool is_whitespace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || unicode::is_space_separator(c);
}

bool is_control(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r') return false;
  return unicode::is_other_category(c);
}

bool is_punctuation(char32_t c) {
  // BERT counts every non-alphanumeric ASCII character as punctuation ("$", "^", "`" are not P*).
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
    return true;
  return unicode::is_punctuation_category(c);
}

// The CJK Unified Ideographs blocks BERT spaces out (not Hangul, Hiragana or Katakana).
bool is_cjk_ideograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F) ||
         (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

// BasicTokenizer's never_split: the tokenizer's special tokens pass through untouched.
bool is_special_token(const std::string& word) {
  return word == "[PAD]" || word == "[UNK]" || word == "[CLS]" || word == "[SEP]" || word == "[MASK]";
}

// Python's str.split() also splits on the line/paragraph separators that survive cleaning.
bool splits_words(char32_t c) { return c == U' ' || c == 0x2028 || c == 0x2029; }

std::vector<std::u32string> split_on_whitespace(const std::u32string& text) {
  std::vector<std::u32string> words;
  std::u32string current;
  for (char32_t c : text) {
    if (splits_words(c)) {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

}  // namespace

BertTokenizer BertTokenizer::from_vocab_file(const std::string& path, bool lower_case) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw core::InputError(path, "cannot open the vocabulary");
  std::vector<std::string> tokens;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!unicode::is_valid_utf8(line))
      throw core::InputError(path, "line " + std::to_string(tokens.size() + 1) +
                                       " is not valid UTF-8");
    tokens.push_back(line);
    if (tokens.size() > (1u << 24)) throw core::InputError(path, "more than 16 M tokens");
  }
  if (in.bad()) throw core::InputError(path, "read error");
  return BertTokenizer(std::move(tokens), lower_case, path);
}

BertTokenizer::BertTokenizer(std::vector<std::string> tokens, bool lower_case,
                             const std::string& source)
    : tokens_(std::move(tokens)), lower_case_(lower_case) {
  // Like the Python loader, a repeated token maps to its last line.
  for (std::size_t i = 0; i < tokens_.size(); ++i) ids_[tokens_[i]] = static_cast<int64_t>(i);
  pad_id_ = required_id("[PAD]", source);
  unknown_id_ = required_id("[UNK]", source);
  cls_id_ = required_id("[CLS]", source);
  sep_id_ = required_id("[SEP]", source);
}

int64_t BertTokenizer::required_id(const std::string& token, const std::string& source) const {
  auto it = ids_.find(token);
  if (it == ids_.end()) throw core::InputError(source, "vocabulary has no " + token + " token");
  return it->second;
}

std::vector<std::string> BertTokenizer::basic_tokenize(const std::string& text) const {
  std::u32string cleaned;
  for (char32_t c : unicode::decode_utf8(text)) {
    if (c == 0 || c == 0xFFFD || is_control(c)) continue;
    if (is_whitespace(c)) {
      cleaned.push_back(U' ');
    } else if (is_cjk_ideograph(c)) {
      cleaned += U' ';
      cleaned.push_back(c);
      cleaned += U' ';
    } else {
      cleaned.push_back(c);
    }
  }
  std::vector<std::string> out;
  for (const std::u32string& word : split_on_whitespace(cleaned)) {
    const std::string utf8 = unicode::encode_utf8(word);
    if (is_special_token(utf8)) {
      out.push_back(utf8);
      continue;
    }
    std::u32string normalized = word;
    if (lower_case_) {
      std::u32string lowered;
      for (char32_t c : word) unicode::append_lowercase(c, lowered);
      normalized.clear();
      for (char32_t c : lowered) unicode::append_accent_stripped(c, normalized);
    }
    std::u32string piece;
    for (char32_t c : normalized) {
      if (is_punctuation(c)) {
        if (!piece.empty()) out.push_back(unicode::encode_utf8(piece));
        piece.clear();
        out.push_back(unicode::encode_utf8(std::u32string(1, c)));
      } else if (splits_words(c)) {  // lower-casing/NFD never creates spaces, but be exact
        if (!piece.empty()) out.push_back(unicode::encode_utf8(piece));
        piece.clear();
      } else {
        piece.push_back(c);
      }
    }
    if (!piece.empty()) out.push_back(unicode::encode_utf8(piece));
  }
  return out;
}

void BertTokenizer::append_wordpieces(const std::u32string& word, std::vector<std::string>& out) const {
  if (word.size() > kMaxCharactersPerWord) {
    out.push_back(tokens_[static_cast<std::size_t>(unknown_id_)]);
    return;
  }
  std::vector<std::string> pieces;
  std::size_t start = 0;
  while (start < word.size()) {
    std::size_t end = word.size();
    std::string found;
    while (start < end) {
      std::string candidate = unicode::encode_utf8(word.substr(start, end - start));
      if (start > 0) candidate = "##" + candidate;
      if (ids_.count(candidate)) {
        found = std::move(candidate);
        break;
      }
      --end;
    }
    if (found.empty()) {  // some part of the word is not in the vocabulary: the whole word is [UNK]
      out.push_back(tokens_[static_cast<std::size_t>(unknown_id_)]);
      return;
    }
    pieces.push_back(std::move(found));
    start = end;
  }
  out.insert(out.end(), pieces.begin(), pieces.end());
}

std::vector<std::string> BertTokenizer::tokenize(const std::string& text) const {
  std::vector<std::string> out;
  for (const std::string& word : basic_tokenize(text)) {
    if (is_special_token(word) && ids_.count(word))
      out.push_back(word);
    else
      append_wordpieces(unicode::decode_utf8(word), out);
  }
  return out;
}

std::vector<int64_t> BertTokenizer::convert_tokens_to_ids(const std::vector<std::string>& tokens) const {
  std::vector<int64_t> ids;
  ids.reserve(tokens.size());
  for (const std::string& token : tokens) {
    auto it = ids_.find(token);
    ids.push_back(it == ids_.end() ? unknown_id_ : it->second);
  }
  return ids;
}

TokenizedText BertTokenizer::encode(const std::string& text, int64_t max_length) const {
  if (max_length < 2) throw std::invalid_argument("max_length must be at least 2 ([CLS] and [SEP])");
  std::vector<int64_t> body = convert_tokens_to_ids(tokenize(text));
  if (static_cast<int64_t>(body.size()) > max_length - 2) body.resize(static_cast<std::size_t>(max_length - 2));
  TokenizedText out;
  out.input_ids.reserve(static_cast<std::size_t>(max_length));
  out.input_ids.push_back(cls_id_);
  out.input_ids.insert(out.input_ids.end(), body.begin(), body.end());
  out.input_ids.push_back(sep_id_);
  out.attention_mask.assign(out.input_ids.size(), 1);
  out.input_ids.resize(static_cast<std::size_t>(max_length), pad_id_);
  out.attention_mask.resize(static_cast<std::size_t>(max_length), 0);
  return out;
}

}  // namespace ctlite::ai
