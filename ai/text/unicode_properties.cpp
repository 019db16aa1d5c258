#include "ai/text/unicode_properties.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace ctlite::ai::unicode {
namespace {

struct CodePointRange {
  char32_t first, last;
};
struct CodePointMapping {
  char32_t code_point;
  std::uint8_t length;
  char32_t sequence[3];
};

#include "ai/text/unicode_tables.inc"

template <std::size_t N>
bool in_ranges(const CodePointRange (&ranges)[N], char32_t c) {
  auto it = std::upper_bound(std::begin(ranges), std::end(ranges), c,
                             [](char32_t v, const CodePointRange& r) { return v < r.first; });
  return it != std::begin(ranges) && c <= std::prev(it)->last;
}

template <std::size_t N>
const CodePointMapping* find_mapping(const CodePointMapping (&mappings)[N], char32_t c) {
  auto it = std::lower_bound(std::begin(mappings), std::end(mappings), c,
                             [](const CodePointMapping& m, char32_t v) { return m.code_point < v; });
  return it != std::end(mappings) && it->code_point == c ? it : nullptr;
}

constexpr char32_t kReplacement = 0xFFFD;

}  // namespace

std::u32string decode_utf8(const std::string& text) {
  std::u32string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned char lead = s[i];
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > n) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    bool valid = true;
    for (int k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) valid = false;
      c = (c << 6) | (s[i + k] & 0x3F);
    }
    // Reject overlong forms, surrogates and values beyond U+10FFFF.
    static constexpr char32_t kMinimum[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (!valid || c < kMinimum[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(c);
    i += static_cast<std::size_t>(length);
  }
  return out;
}

bool is_valid_utf8(const std::string& text) {
  const std::u32string decoded = decode_utf8(text);
  return encode_utf8(decoded) == text;
}

std::string encode_utf8(const std::u32string& text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

bool is_other_category(char32_t c) { return in_ranges(kOtherCategoryRanges, c); }
bool is_punctuation_category(char32_t c) { return in_ranges(kPunctuationCategoryRanges, c); }
bool is_space_separator(char32_t c) { return in_ranges(kSpaceSeparatorRanges, c); }
bool is_nonspacing_mark(char32_t c) { return in_ranges(kNonspacingMarkRanges, c); }

void append_lowercase(char32_t c, std::u32string& out) {
  if (const CodePointMapping* m = find_mapping(kLowercaseMappings, c))
    out.append(m->sequence, m->length);
  else
    out.push_back(c);
}

void append_accent_stripped(char32_t c, std::u32string& out) {
  // Hangul syllable → L V (T) conjoining jamo (Unicode §3.12); none of them is Mn.
  constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
  constexpr char32_t kTCount = 28, kNCount = 21 * 28, kSCount = 19 * 21 * 28;
  if (c >= kSBase && c < kSBase + kSCount) {
    const char32_t index = c - kSBase;
    out.push_back(kLBase + index / kNCount);
    out.push_back(kVBase + (index % kNCount) / kTCount);
    if (index % kTCount != 0) out.push_back(kTBase + index % kTCount);
    return;
  }
  if (is_nonspacing_mark(c)) return;
  if (const CodePointMapping* m = find_mapping(kAccentStrippedMappings, c))
    out.append(m->sequence, m->length);
  else
    out.push_back(c);
}

}  // namespace ctlite::ai::unicode
