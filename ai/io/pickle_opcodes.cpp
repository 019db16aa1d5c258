#include "ai/io/pickle_opcodes.h"

#include <array>
#include <utility>

#include "core/common/errors.h"

namespace ctlite::ai::pickle {
namespace {

// How an opcode's argument is laid out (pickletools' ArgumentDescriptor, reduced).
enum class Argument : unsigned char {
  kUnknown,  // not an opcode
  kNone,
  kFixed1,
  kFixed2,
  kFixed4,
  kFixed8,
  kLine,      // up to and including '\n'
  kTwoLines,  // GLOBAL / INST: "module\nname\n"
  kLength1,
  kLength4,
  kLength8,  // a little-endian length, then that many bytes
};

std::array<Argument, 256> make_table() {
  std::array<Argument, 256> table{};
  for (unsigned char c : std::string_view(
           "(.012NQRabd}elo]st)u\x81\x85\x86\x87\x88\x89\x8f\x90\x91\x92\x93\x94\x97\x98"))
    table[c] = Argument::kNone;
  for (unsigned char c : std::string_view("FILPSVgp")) table[c] = Argument::kLine;
  table['c'] = table['i'] = Argument::kTwoLines;
  table['K'] = table['h'] = table['q'] = table[0x80] = table[0x82] = Argument::kFixed1;
  table['M'] = table[0x83] = Argument::kFixed2;
  table['J'] = table['j'] = table['r'] = table[0x84] = Argument::kFixed4;
  table['G'] = table[0x95] = Argument::kFixed8;
  table['U'] = table['C'] = table[0x8a] = table[0x8c] = Argument::kLength1;
  table['T'] = table['X'] = table['B'] = table[0x8b] = Argument::kLength4;
  table[0x8d] = table[0x8e] = table[0x96] = Argument::kLength8;
  return table;
}

const std::array<Argument, 256>& argument_table() {
  static const std::array<Argument, 256> table = make_table();
  return table;
}

}  // namespace

std::uint64_t little_endian(std::string_view bytes) {
  std::uint64_t value = 0;
  for (std::size_t i = bytes.size(); i-- > 0;)
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

std::uint64_t decimal(std::string_view line, const OpcodeReader& reader, std::size_t position) {
  if (line.size() < 2 || line.size() > 20) reader.fail(position, "bad decimal argument");
  std::uint64_t value = 0;
  for (char c : line.substr(0, line.size() - 1)) {
    if (c < '0' || c > '9') reader.fail(position, "bad decimal argument");
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

OpcodeReader::OpcodeReader(const std::string& stream, std::string source)
    : stream_(stream), source_(std::move(source)) {}

void OpcodeReader::fail(std::size_t position, const std::string& problem) const {
  throw core::InputError(source_,
                         "pickle stream at byte " + std::to_string(position) + ": " + problem);
}

bool OpcodeReader::next(Instruction& instruction) {
  if (stopped_) return false;
  if (position_ >= stream_.size()) fail(position_, "ends without a STOP opcode (truncated?)");
  const std::size_t start = position_;
  const auto code = static_cast<unsigned char>(stream_[position_++]);
  const std::size_t remaining = stream_.size() - position_;
  const std::string_view all(stream_);
  std::size_t size = 0;
  switch (argument_table()[code]) {
    case Argument::kUnknown:
      fail(start, "unknown opcode " + std::to_string(code));
    case Argument::kNone:
      break;
    case Argument::kFixed1:
      size = 1;
      break;
    case Argument::kFixed2:
      size = 2;
      break;
    case Argument::kFixed4:
      size = 4;
      break;
    case Argument::kFixed8:
      size = 8;
      break;
    case Argument::kLine:
    case Argument::kTwoLines: {
      std::size_t end = position_;
      for (int line = argument_table()[code] == Argument::kLine ? 1 : 2; line > 0; --line) {
        end = stream_.find('\n', end);
        if (end == std::string::npos) fail(start, "unterminated text argument");
        ++end;
      }
      size = end - position_;
      break;
    }
    case Argument::kLength1:
    case Argument::kLength4:
    case Argument::kLength8: {
      const std::size_t width = argument_table()[code] == Argument::kLength1   ? 1
                                : argument_table()[code] == Argument::kLength4 ? 4
                                                                               : 8;
      if (remaining < width) fail(start, "truncated length");
      const std::uint64_t length = little_endian(all.substr(position_, width));
      position_ += width;
      if (length > stream_.size() - position_) fail(start, "argument runs past the end");
      size = static_cast<std::size_t>(length);
      break;
    }
  }
  if (size > stream_.size() - position_) fail(start, "truncated argument");
  instruction.code = code;
  instruction.argument = all.substr(position_, size);
  instruction.position = start;
  position_ += size;
  if (code == kStop) {
    if (position_ != stream_.size()) fail(position_, "bytes after the STOP opcode");
    stopped_ = true;
  }
  return true;
}

}  // namespace ctlite::ai::pickle
