#include "ai/io/pickle_scanner.h"

#include <map>
#include <optional>
#include <set>

#include "ai/io/pickle_opcodes.h"

namespace ctlite::ai {
namespace {

using namespace pickle;

bool is_memo_put(unsigned char op) {
  return op == kPut || op == kBinPut || op == kLongBinPut || op == kMemoize;
}
bool is_memo_get(unsigned char op) { return op == kGet || op == kBinGet || op == kLongBinGet; }

// The string an opcode pushes, when it pushes one.
std::optional<std::string> pushed_text(const Instruction& instruction) {
  std::string text(instruction.argument);
  switch (instruction.code) {
    case kBinUnicode:
    case kShortBinUnicode:
    case kBinUnicode8:
    case kBinString:
    case kShortBinString:
      return text;
    case kUnicode:
      text.pop_back();  // the '\n'
      return text;
    case kString:  // a quoted repr: 'os'\n
      text.pop_back();
      if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') &&
          text.back() == text.front())
        text = text.substr(1, text.size() - 2);
      return text;
    default:
      return std::nullopt;
  }
}

}  // namespace

std::vector<PickleGlobal> scan_pickle_globals(const std::string& stream,
                                              const std::string& source) {
  OpcodeReader reader(stream, source);
  if (stream.size() > kMaxPickleBytes) reader.fail(0, "larger than the scanning limit");

  std::vector<PickleGlobal> globals;
  // STACK_GLOBAL takes module and name from the stack. They are accepted only when the two
  // previous pushes were strings (directly or through the memo), which is how every pickler
  // writes them; anything else cannot be checked and is refused.
  std::optional<std::string> previous_push, last_push;
  std::map<std::uint64_t, std::string> text_memo;
  std::set<std::uint64_t> memo_keys;  // MEMOIZE stores at len(memo), as Python does

  Instruction op;
  while (reader.next(op)) {
    if (op.code == kExt1 || op.code == kExt2 || op.code == kExt4)
      reader.fail(op.position, "refusing extension-registry opcode (EXT1/2/4)");
    if (op.code == kGlobal || op.code == kInst) {
      const std::size_t split = op.argument.find('\n');
      globals.push_back(
          {std::string(op.argument.substr(0, split)),
           std::string(op.argument.substr(split + 1, op.argument.size() - split - 2))});
    } else if (op.code == kStackGlobal) {
      if (!previous_push || !last_push)
        reader.fail(op.position,
                    "STACK_GLOBAL with operands that are not plain strings cannot be checked");
      globals.push_back({*previous_push, *last_push});
    }

    if (is_memo_put(op.code)) {
      std::uint64_t index = memo_keys.size();
      if (op.code == kBinPut || op.code == kLongBinPut) index = little_endian(op.argument);
      if (op.code == kPut) index = decimal(op.argument, reader, op.position);
      if (last_push)
        text_memo[index] = *last_push;
      else
        text_memo.erase(index);
      memo_keys.insert(index);
      continue;  // the stack is unchanged
    }
    if (op.code == kFrame) continue;  // a framing hint, not a stack operation
    std::optional<std::string> pushed = pushed_text(op);
    if (is_memo_get(op.code)) {
      const std::uint64_t index =
          op.code == kGet ? decimal(op.argument, reader, op.position) : little_endian(op.argument);
      const auto memo = text_memo.find(index);
      if (memo != text_memo.end()) pushed = memo->second;
    }
    previous_push = pushed ? last_push : std::nullopt;
    last_push = pushed;
  }
  return globals;
}

}  // namespace ctlite::ai
