// BERT BasicTokenizer + WordPiece on a small hand-written vocabulary; every expected id list was
// worked out by hand from the Hugging Face algorithm (see the comment on each case).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ai/text/bert_tokenizer.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

const std::vector<std::string> kVocabulary = {
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the",    "is",    "present", "not",
    ".",     "lung",  "nodule", "card", "##iom",  "##ega",  "##ly",  "cafe",    ",",
    "pleural", "effusion", "a", "##b",  "##c",    "ab",     "中",    "(",       ")",
    "naive", "##s",   "emphysema", "-", "ground", "glass",  "i",     "x."};

const BertTokenizer& tokenizer() {
  static const BertTokenizer t(kVocabulary);
  return t;
}

std::vector<int64_t> ids(const std::string& text) {
  return tokenizer().convert_tokens_to_ids(tokenizer().tokenize(text));
}

using Ids = std::vector<int64_t>;

TEST(BertTokenizer, PromptsSplitIntoWordPiecesAndPunctuation) {
  // "cardiomegaly": card + ##iom + ##ega + ##ly (longest prefix first each time); "." split off.
  EXPECT_EQ(ids("Cardiomegaly is present."), (Ids{12, 13, 14, 15, 6, 7, 9}));
  EXPECT_EQ(ids("Lung nodule is not present."), (Ids{10, 11, 6, 8, 7, 9}));
  // "x." is in the vocabulary but punctuation is split before WordPiece: x → [UNK], "." → 9.
  EXPECT_EQ(ids("x."), (Ids{1, 9}));
  EXPECT_EQ(ids("ground-glass"), (Ids{31, 30, 32}));
  // "abc" → ab + ##c; "abx" has no piece for "x" → the whole word is [UNK].
  EXPECT_EQ(ids("abc abx"), (Ids{23, 22, 1}));
}

TEST(BertTokenizer, LowerCasesAndStripsAccents) {
  EXPECT_EQ(ids("CAFÉ Naïve"), (Ids{16, 27}));
  // Decomposed input (e + U+0301) gives the same ids.
  EXPECT_EQ(ids("cafe\xCC\x81"), (Ids{16}));
  // U+0130 lower-cases to "i" + U+0307, whose mark is then stripped.
  EXPECT_EQ(ids("\xC4\xB0"), (Ids{33}));
  // A Hangul syllable decomposes into jamo, which are not in this vocabulary.
  EXPECT_EQ(ids("\xED\x95\x9C"), (Ids{1}));
}

TEST(BertTokenizer, CleansWhitespaceControlAndCjk) {
  EXPECT_EQ(ids("lung\tnodule\x01\n"), (Ids{10, 11}));
  EXPECT_EQ(ids("lung\xC2\xA0nodule"), (Ids{10, 11}));       // U+00A0 is Zs
  EXPECT_EQ(ids("lung\xE2\x80\x94nodule"), (Ids{10, 1, 11}));  // U+2014 is Pd: its own token
  EXPECT_EQ(ids("(\xE4\xB8\xAD\xE4\xB8\xAD)"), (Ids{25, 24, 24, 26}));  // ideographs spaced out
  EXPECT_EQ(ids("lung\xFF nodule"), (Ids{10, 11}));  // invalid UTF-8 dropped like U+FFFD
  EXPECT_EQ(ids("lung [SEP] nodule"), (Ids{10, 3, 11}));
  EXPECT_TRUE(ids("  \t ").empty());
}

TEST(BertTokenizer, WordsLongerThan100CharactersAreUnknown) {
  // HF's WordPiece: a word of more than max_input_chars_per_word = 100 characters is [UNK]; 100
  // is still split. ("a" + "c"…, not "b"…: "ab" is in the vocabulary and longest-match-first
  // would take it, giving 99 pieces.)
  const Ids hundred = ids("a" + std::string(99, 'c'));  // a + 99 × ##c
  EXPECT_EQ(hundred.size(), 100u);
  EXPECT_EQ(hundred.front(), 20);
  EXPECT_EQ(hundred.back(), 22);
  EXPECT_EQ(ids("a" + std::string(100, 'c')), (Ids{1}));
  EXPECT_EQ(ids("lung " + std::string(101, 'c') + " nodule"), (Ids{10, 1, 11}));
}

TEST(BertTokenizer, EncodeAddsSpecialTokensPadsAndTruncates) {
  const TokenizedText padded = tokenizer().encode("Lung", 6);
  EXPECT_EQ(padded.input_ids, (Ids{2, 10, 3, 0, 0, 0}));
  EXPECT_EQ(padded.attention_mask, (Ids{1, 1, 1, 0, 0, 0}));
  const TokenizedText truncated = tokenizer().encode("lung nodule is present", 5);
  EXPECT_EQ(truncated.input_ids, (Ids{2, 10, 11, 6, 3}));
  EXPECT_EQ(truncated.attention_mask, (Ids{1, 1, 1, 1, 1}));
  EXPECT_EQ(tokenizer().encode("", 3).input_ids, (Ids{2, 3, 0}));
  EXPECT_THROW(tokenizer().encode("lung", 1), std::invalid_argument);
}

TEST(BertTokenizer, VocabularyFileErrorsNameTheFile) {
  const auto dir = std::filesystem::path(CTLITE_BINARY_DIR) / "tokenizer_test";
  std::filesystem::create_directories(dir);
  const auto good = (dir / "vocab.txt").string();
  {
    std::ofstream out(good, std::ios::binary);
    for (const auto& token : kVocabulary) out << token << "\r\n";  // CRLF is accepted
  }
  EXPECT_EQ(BertTokenizer::from_vocab_file(good).tokenize("Naïve."),
            (std::vector<std::string>{"naive", "."}));
  const auto missing_unk = (dir / "no_unk.txt").string();
  std::ofstream(missing_unk) << "[PAD]\n[CLS]\n[SEP]\nlung\n";
  try {
    BertTokenizer::from_vocab_file(missing_unk);
    FAIL() << "expected InputError";
  } catch (const core::InputError& e) {
    EXPECT_EQ(e.path(), missing_unk);
    EXPECT_NE(std::string(e.what()).find("[UNK]"), std::string::npos);
  }
  const auto bad_utf8 = (dir / "bad_utf8.txt").string();
  std::ofstream(bad_utf8) << "[PAD]\n[UNK]\n\xC3\x28\n";
  EXPECT_THROW(BertTokenizer::from_vocab_file(bad_utf8), core::InputError);
  EXPECT_THROW(BertTokenizer::from_vocab_file((dir / "absent.txt").string()), core::InputError);
}

}  // namespace
}  // namespace ctlite::ai
