#pragma once
// Decodes a Python pickle stream (protocols 0-5) into opcodes and their raw arguments, with
// every length checked against the stream. It executes nothing: the scanner and the state-dict
// unpickler interpret the opcodes themselves.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ctlite::ai::pickle {

// The opcodes this project interprets (names as in Python's pickletools).
enum Opcode : unsigned char {
  kMark = '(',
  kStop = '.',
  kPop = '0',
  kPopMark = '1',
  kDup = '2',
  kBinInt = 'J',
  kBinInt1 = 'K',
  kBinInt2 = 'M',
  kNone = 'N',
  kPersistentId = 'P',
  kBinPersistentId = 'Q',
  kReduce = 'R',
  kString = 'S',
  kBinString = 'T',
  kShortBinString = 'U',
  kUnicode = 'V',
  kBinUnicode = 'X',
  kAppend = 'a',
  kBuild = 'b',
  kGlobal = 'c',
  kDict = 'd',
  kEmptyDict = '}',
  kAppends = 'e',
  kGet = 'g',
  kBinGet = 'h',
  kInst = 'i',
  kLongBinGet = 'j',
  kList = 'l',
  kEmptyList = ']',
  kPut = 'p',
  kBinPut = 'q',
  kLongBinPut = 'r',
  kSetItem = 's',
  kTuple = 't',
  kEmptyTuple = ')',
  kSetItems = 'u',
  kBinFloat = 'G',
  kProto = 0x80,
  kExt1 = 0x82,
  kExt2 = 0x83,
  kExt4 = 0x84,
  kTuple1 = 0x85,
  kTuple2 = 0x86,
  kTuple3 = 0x87,
  kNewTrue = 0x88,
  kNewFalse = 0x89,
  kLong1 = 0x8a,
  kShortBinUnicode = 0x8c,
  kBinUnicode8 = 0x8d,
  kStackGlobal = 0x93,
  kMemoize = 0x94,
  kFrame = 0x95,
};

struct Instruction {
  unsigned char code = 0;
  std::string_view argument;  // the raw argument bytes (without length prefixes)
  std::size_t position = 0;   // offset of the opcode in the stream
};

class OpcodeReader {
 public:
  // `stream` must outlive the reader; `source` names it in errors.
  OpcodeReader(const std::string& stream, std::string source);
  // The next instruction; false once STOP was read (and nothing follows it). Throws
  // core::InputError for unknown opcodes, truncated arguments and bytes after STOP.
  bool next(Instruction& instruction);
  // Throws core::InputError(source, "pickle stream at byte N: problem").
  [[noreturn]] void fail(std::size_t position, const std::string& problem) const;

 private:
  const std::string& stream_;
  std::string source_;
  std::size_t position_ = 0;
  bool stopped_ = false;
};

// Little-endian unsigned integer of `bytes` (at most 8).
std::uint64_t little_endian(std::string_view bytes);
// The text of a protocol-0 decimal argument ("123\n") as a non-negative integer.
std::uint64_t decimal(std::string_view line, const OpcodeReader& reader, std::size_t position);

}  // namespace ctlite::ai::pickle
