#pragma once
// Walks a Python pickle opcode stream WITHOUT executing it and lists every global (module,
// name) it would import. Unpickling calls whatever globals a file names (os.system, eval, ...),
// so a checkpoint is only handed to an unpickler after its globals were checked against a short
// list of tensor-rebuilding functions (see torch_checkpoint.cpp).

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::ai {

struct PickleGlobal {
  std::string module;
  std::string name;
  std::string qualified() const { return module + "." + name; }
};

// Largest pickle stream scanned; the data.pkl of a 400-tensor checkpoint is well under 1 MB.
constexpr std::uint64_t kMaxPickleBytes = 64ull << 20;

// Every GLOBAL / INST / STACK_GLOBAL reference, in stream order. Throws core::InputError
// (source, problem) for a malformed or truncated stream, an unknown opcode, an extension-registry
// opcode (EXT1/2/4: they name arbitrary callables indirectly), or a STACK_GLOBAL whose operands
// are not plain strings (it could not be checked).
std::vector<PickleGlobal> scan_pickle_globals(const std::string& pickle, const std::string& source);

}  // namespace ctlite::ai
