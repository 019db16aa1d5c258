#include "core/io/npy_header.h"

#include <cctype>
#include <cstring>
#include <limits>

#include "core/common/errors.h"
#include "core/io/byte_order.h"

namespace ctlite::core {
namespace {

// A minimal, strict reader of the Python literal numpy writes: strings, True/False, tuples of
// non-negative integers. Anything else (structured dtypes, object arrays) is rejected.
class LiteralParser {
 public:
  LiteralParser(const std::string& text, const ArrayLocation& where) : text_(text), where_(where) {}

  void expect(char c) {
    skip_space();
    if (at_ >= text_.size() || text_[at_] != c)
      fail(std::string("expected '") + c + "' at character " + std::to_string(at_));
    ++at_;
  }
  bool accept(char c) {
    skip_space();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool at_string() {
    skip_space();
    return at_ < text_.size() && (text_[at_] == '\'' || text_[at_] == '"');
  }
  std::string string() {
    skip_space();
    if (!at_string()) fail("expected a quoted string at character " + std::to_string(at_));
    const char quote = text_[at_++];
    const std::size_t end = text_.find(quote, at_);
    if (end == std::string::npos) fail("unterminated string");
    std::string value = text_.substr(at_, end - at_);
    at_ = end + 1;
    return value;
  }
  bool boolean() {
    skip_space();
    if (text_.compare(at_, 4, "True") == 0) {
      at_ += 4;
      return true;
    }
    if (text_.compare(at_, 5, "False") == 0) {
      at_ += 5;
      return false;
    }
    fail("expected True or False");
  }
  std::vector<std::uint64_t> integer_tuple() {
    expect('(');
    std::vector<std::uint64_t> values;
    while (!accept(')')) {
      skip_space();
      if (at_ >= text_.size() || !std::isdigit(static_cast<unsigned char>(text_[at_])))
        fail("shape must be a tuple of non-negative integers");
      std::uint64_t value = 0;
      while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_]))) {
        const unsigned digit = static_cast<unsigned>(text_[at_++] - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
          fail("shape overflows");
        value = value * 10 + digit;
      }
      if (at_ < text_.size() && text_[at_] == 'L') ++at_;  // Python 2 long suffix
      values.push_back(value);
      if (values.size() > 32) fail("shape has too many dimensions");
      if (!accept(',')) {
        expect(')');
        break;
      }
    }
    return values;
  }
  [[noreturn]] void fail(const std::string& problem) const {
    throw_array_error(where_, "invalid .npy header: " + problem);
  }

 private:
  void skip_space() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }
  const std::string& text_;
  const ArrayLocation& where_;
  std::size_t at_ = 0;
};

void parse_descr(const std::string& descr, NpyHeader& header, const ArrayLocation& where) {
  if (descr.size() < 3) throw_array_error(where, "unsupported .npy dtype '" + descr + "'");
  const char order = descr[0];
  if (order != '<' && order != '>' && order != '|' && order != '=')
    throw_array_error(where, "unsupported .npy dtype '" + descr + "'");
  // '=' is native order; numpy only writes it on the machine that made the file.
  header.big_endian = order == '>' || (order == '=' && !host_is_little_endian());
  const std::string kind = descr.substr(1);
  if (kind == "i1")
    header.type = StoredType::Int8;
  else if (kind == "u1")
    header.type = StoredType::Uint8;
  else if (kind == "i2")
    header.type = StoredType::Int16;
  else if (kind == "u2")
    header.type = StoredType::Uint16;
  else if (kind == "i4")
    header.type = StoredType::Int32;
  else if (kind == "f4")
    header.type = StoredType::Float32;
  else if (kind == "f8")
    header.type = StoredType::Float64;
  else
    throw_array_error(where, "unsupported .npy dtype '" + descr +
                                 "' (int8/16/32, uint8/16, float32/64 are supported)");
}

}  // namespace

void throw_array_error(const ArrayLocation& where, const std::string& problem) {
  throw InputError(where.path, where.array_name + ": " + problem);
}

NpyPreamble parse_npy_preamble(const std::uint8_t* bytes, std::size_t size,
                               const ArrayLocation& where) {
  if (size < kNpyPreambleMinimum || std::memcmp(bytes, "\x93NUMPY", 6) != 0)
    throw_array_error(where, "not a .npy array (no \\x93NUMPY magic)");
  NpyPreamble preamble;
  preamble.major_version = bytes[6];
  if (preamble.major_version == 1) {
    preamble.preamble_bytes = 10;
    preamble.header_text_bytes = load_value<std::uint16_t>(bytes + 8, false);
  } else if (preamble.major_version == 2 || preamble.major_version == 3) {
    if (size < 12) throw_array_error(where, "truncated .npy header");
    preamble.preamble_bytes = 12;
    preamble.header_text_bytes = load_value<std::uint32_t>(bytes + 8, false);
  } else {
    throw_array_error(where, ".npy format version " + std::to_string(preamble.major_version) +
                                 " is not supported");
  }
  if (preamble.header_text_bytes > kMaxNpyHeaderText)
    throw_array_error(where, ".npy header is implausibly large");
  return preamble;
}

NpyHeader parse_npy_header(const std::string& text, const ArrayLocation& where) {
  LiteralParser parser(text, where);
  NpyHeader header;
  bool has_descr = false, has_order = false, has_shape = false;
  parser.expect('{');
  while (!parser.accept('}')) {
    const std::string key = parser.string();
    parser.expect(':');
    if (key == "descr") {
      if (!parser.at_string())
        throw_array_error(where, "structured .npy arrays are not supported (need a plain dtype)");
      parse_descr(parser.string(), header, where);
      has_descr = true;
    } else if (key == "fortran_order") {
      header.fortran_order = parser.boolean();
      has_order = true;
    } else if (key == "shape") {
      header.shape = parser.integer_tuple();
      has_shape = true;
    } else {
      parser.fail("unexpected key '" + key + "'");
    }
    if (!parser.accept(',')) {
      parser.expect('}');
      break;
    }
  }
  if (!has_descr || !has_order || !has_shape)
    parser.fail("needs 'descr', 'fortran_order' and 'shape'");
  return header;
}

}  // namespace ctlite::core
