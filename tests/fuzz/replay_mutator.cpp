#include "replay_mutator.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace ctlite::fuzz {
namespace {

// Values at the edges of the integer ranges parsers test (and forget to test), plus the magic
// sizes of our formats (NIfTI 348/540, a DICOM undefined length).
constexpr std::uint64_t kInterestingIntegers[] = {
    0,          1,          2,          3,          7,          8,          16,
    64,         127,        128,        255,        256,        348,        540,
    1024,       4096,       32767,      32768,      65535,      65536,      0x7FFFFFFF,
    0x80000000, 0xFFFFFFFF, 1ull << 32, 1ull << 40, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000,
    ~0ull,      ~0ull - 1,
};

const char* const kInterestingNumberTexts[] = {
    "0",    "-0",   "1",    "-1",    "2",     "65535", "65536", "2147483647", "2147483648",
    "4294967296", "9223372036854775807", "18446744073709551616", "1e308", "-1e308", "1e-320",
    "nan",  "inf",  "-inf", "0.0",   "1e999", "0x10",  "",      "00000000000000000000001",
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::vector<Bytes> read_fuzz_dictionary(const std::string& path) {
  std::vector<Bytes> entries;
  std::ifstream stream(path);
  std::string line;
  while (std::getline(stream, line)) {
    const std::size_t open = line.find('"');
    const std::size_t close = line.rfind('"');
    if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open) continue;
    Bytes value;
    bool valid = true;
    for (std::size_t i = open + 1; i < close && valid; ++i) {
      if (line[i] != '\\') {
        value.push_back(static_cast<std::uint8_t>(line[i]));
      } else if (i + 1 < close && (line[i + 1] == '\\' || line[i + 1] == '"')) {
        value.push_back(static_cast<std::uint8_t>(line[++i]));
      } else if (i + 3 < close && line[i + 1] == 'x' && hex_digit(line[i + 2]) >= 0 &&
                 hex_digit(line[i + 3]) >= 0) {
        value.push_back(static_cast<std::uint8_t>(hex_digit(line[i + 2]) * 16 + hex_digit(line[i + 3])));
        i += 3;
      } else {
        valid = false;
      }
    }
    if (valid && !value.empty()) entries.push_back(std::move(value));
  }
  return entries;
}

ReplayMutator::ReplayMutator(std::uint64_t seed, std::vector<Bytes> dictionary,
                             std::size_t max_size)
    : state_(seed), dictionary_(std::move(dictionary)), max_size_(max_size) {}

std::uint64_t ReplayMutator::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::size_t ReplayMutator::below(std::size_t bound) {
  return bound == 0 ? 0 : static_cast<std::size_t>(next() % bound);
}

Bytes ReplayMutator::mutate(const std::vector<Bytes>& corpus, std::size_t index) {
  Bytes data = corpus[index];
  const std::size_t rounds = 1 + below(5);
  for (std::size_t i = 0; i < rounds; ++i) mutate_once(data, corpus);
  if (data.size() > max_size_) data.resize(max_size_);
  return data;
}

void ReplayMutator::overwrite_integer(Bytes& data) {
  static constexpr std::size_t kWidths[] = {1, 2, 4, 8};
  const std::size_t width = kWidths[below(4)];
  if (data.size() < width) return;
  std::uint64_t value = kInterestingIntegers[below(std::size(kInterestingIntegers))];
  if (below(4) == 0) value += below(3) - 1;  // off by one either way
  const std::size_t at = below(data.size() - width + 1);
  const bool big_endian = below(2) == 0;
  for (std::size_t b = 0; b < width; ++b) {
    const std::size_t shift = 8 * (big_endian ? width - 1 - b : b);
    data[at + b] = static_cast<std::uint8_t>(value >> shift);
  }
}

// Text formats (DICOM DS/IS values, JSON, CSV, .npy headers) hide their sizes in digits.
void ReplayMutator::rewrite_number_text(Bytes& data) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < data.size(); ++i)
    if (std::isdigit(data[i]) && (i == 0 || !std::isdigit(data[i - 1]))) starts.push_back(i);
  if (starts.empty()) return;
  const std::size_t start = starts[below(starts.size())];
  std::size_t end = start;
  while (end < data.size() && (std::isdigit(data[end]) || data[end] == '.')) ++end;
  const std::string replacement =
      kInterestingNumberTexts[below(std::size(kInterestingNumberTexts))];
  data.erase(data.begin() + static_cast<std::ptrdiff_t>(start),
             data.begin() + static_cast<std::ptrdiff_t>(end));
  data.insert(data.begin() + static_cast<std::ptrdiff_t>(start), replacement.begin(),
              replacement.end());
}

void ReplayMutator::mutate_once(Bytes& data, const std::vector<Bytes>& corpus) {
  const auto at = [&](std::size_t position) {
    return data.begin() + static_cast<std::ptrdiff_t>(position);
  };
  switch (below(10)) {
    case 0:  // flip one bit
      if (!data.empty()) data[below(data.size())] ^= static_cast<std::uint8_t>(1u << below(8));
      break;
    case 1:  // one random byte
      if (!data.empty()) data[below(data.size())] = static_cast<std::uint8_t>(next());
      break;
    case 2:
    case 3:
      overwrite_integer(data);
      break;
    case 4:
      rewrite_number_text(data);
      break;
    case 5: {  // cut a range
      if (data.empty()) break;
      const std::size_t start = below(data.size());
      const std::size_t length = 1 + below(std::max<std::size_t>(1, (data.size() - start) / 4));
      data.erase(at(start), at(std::min(data.size(), start + length)));
      break;
    }
    case 6: {  // duplicate a range in place
      if (data.empty() || data.size() >= max_size_) break;
      const std::size_t start = below(data.size());
      const std::size_t length = 1 + below(std::min<std::size_t>(data.size() - start, 256));
      const Bytes copy(at(start), at(start + length));
      data.insert(at(below(data.size() + 1)), copy.begin(), copy.end());
      break;
    }
    case 7:  // truncate
      data.resize(below(data.size() + 1));
      break;
    case 8: {  // splice the tail of another input
      const Bytes& donor = corpus[below(corpus.size())];
      if (donor.empty()) break;
      data.resize(below(data.size() + 1));
      const std::size_t from = below(donor.size());
      data.insert(data.end(), donor.begin() + static_cast<std::ptrdiff_t>(from), donor.end());
      break;
    }
    default: {  // a dictionary token, inserted or overwriting
      if (dictionary_.empty()) break;
      const Bytes& token = dictionary_[below(dictionary_.size())];
      const std::size_t position = below(data.size() + 1);
      if (below(2) == 0 && position + token.size() <= data.size())
        std::copy(token.begin(), token.end(), at(position));
      else
        data.insert(at(position), token.begin(), token.end());
    }
  }
}

}  // namespace ctlite::fuzz
