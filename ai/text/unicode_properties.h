#pragma once
// The Unicode facts BERT's BasicTokenizer takes from Python's unicodedata, from tables generated
// by make_unicode_tables.py (Unicode 14, Python 3.11), plus UTF-8 conversion.

#include <string>

namespace ctlite::ai::unicode {

// UTF-8 → code points; invalid or truncated sequences become U+FFFD (which the tokenizer drops,
// as Python would never see them).
std::u32string decode_utf8(const std::string& text);
std::string encode_utf8(const std::u32string& text);
// Strict variant for files: false on any invalid sequence.
bool is_valid_utf8(const std::string& text);

bool is_other_category(char32_t c);     // general category C* (Cc, Cf, Cn, Co, Cs)
bool is_punctuation_category(char32_t c);  // P*
bool is_space_separator(char32_t c);    // Zs
bool is_nonspacing_mark(char32_t c);    // Mn

// Python's str.lower() of one character (may be several, e.g. U+0130 → "i̇").
void append_lowercase(char32_t c, std::u32string& out);
// unicodedata.normalize("NFD", c) with the Mn characters removed (Hangul syllables decompose
// into their jamo, as NFD does).
void append_accent_stripped(char32_t c, std::u32string& out);

}  // namespace ctlite::ai::unicode
