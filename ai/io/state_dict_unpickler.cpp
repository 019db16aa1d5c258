#include "ai/io/state_dict_unpickler.h"

#include <cstring>
#include <deque>
#include <map>
#include <utility>
#include <variant>

#include "ai/io/pickle_opcodes.h"

namespace ctlite::ai {
namespace {

using namespace pickle;

// Values live in an arena and refer to each other by index: a hostile stream can nest or
// cycle containers arbitrarily (through the memo) without recursive destruction or leaks.
using ValuePtr = std::size_t;

struct None {};
struct Mark {};
struct Global {
  std::string module, name;
};
struct Tuple {
  std::vector<ValuePtr> items;
};
struct List {
  std::vector<ValuePtr> items;
};
struct Dict {
  std::vector<std::pair<ValuePtr, ValuePtr>> items;
};
struct Storage {
  std::string key;
  torch::ScalarType dtype;
  std::uint64_t elements;
};
struct Tensor {
  Storage storage;
  std::int64_t offset;
  std::vector<std::int64_t> sizes, strides;
};

struct Value {
  std::variant<None, Mark, bool, std::int64_t, double, std::string, Global, Tuple, List, Dict,
               Storage, Tensor>
      data;
};

constexpr std::size_t kMaxDims = 32;

const std::map<std::string, torch::ScalarType>& storage_types() {
  static const std::map<std::string, torch::ScalarType> types = {
      {"FloatStorage", torch::kFloat32}, {"DoubleStorage", torch::kFloat64},
      {"HalfStorage", torch::kFloat16},  {"BFloat16Storage", torch::kBFloat16},
      {"LongStorage", torch::kInt64},    {"IntStorage", torch::kInt32},
      {"ShortStorage", torch::kInt16},   {"CharStorage", torch::kInt8},
      {"ByteStorage", torch::kUInt8},    {"BoolStorage", torch::kBool},
  };
  return types;
}

class Machine {
 public:
  Machine(const std::string& stream, const std::string& source) : reader_(stream, source) {}

  ValuePtr run() {
    Instruction op;
    while (reader_.next(op)) {
      at_ = op.position;
      if (op.code == kStop) {
        const ValuePtr result = pop();
        if (!stack_.empty()) fail("values left on the stack at STOP");
        return result;
      }
      execute(op);
    }
    fail("ended without STOP");
  }

  [[noreturn]] void fail(const std::string& problem) const { reader_.fail(at_, problem); }

  template <typename T>
  ValuePtr make(T data) {
    values_.push_back(Value{std::move(data)});
    return values_.size() - 1;
  }
  Value& at(ValuePtr value) { return values_[value]; }

  template <typename T>
  T& as(ValuePtr value, const char* what) {
    T* result = std::get_if<T>(&values_[value].data);
    if (!result) fail(std::string("expected ") + what);
    return *result;
  }

 private:
  ValuePtr pop() {
    if (stack_.empty()) fail("stack underflow");
    const ValuePtr value = stack_.back();
    stack_.pop_back();
    if (std::holds_alternative<Mark>(values_[value].data)) fail("unexpected MARK");
    return value;
  }
  ValuePtr& top() {
    if (stack_.empty()) fail("stack underflow");
    return stack_.back();
  }
  // Everything above the last MARK, which is removed.
  std::vector<ValuePtr> pop_to_mark() {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (!std::holds_alternative<Mark>(values_[stack_[i]].data)) continue;
      std::vector<ValuePtr> items(stack_.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                  stack_.end());
      stack_.resize(i);
      return items;
    }
    fail("no MARK on the stack");
  }
  void push(ValuePtr value) { stack_.push_back(std::move(value)); }
  void memo_put(std::uint64_t index) { memo_[index] = top(); }
  void memo_get(std::uint64_t index) {
    const auto found = memo_.find(index);
    if (found == memo_.end()) fail("memo entry " + std::to_string(index) + " is missing");
    push(found->second);
  }

  std::int64_t integer(ValuePtr value, const char* what) {
    if (const bool* flag = std::get_if<bool>(&values_[value].data)) return *flag;
    return as<std::int64_t>(value, what);
  }
  std::vector<std::int64_t> shape(ValuePtr value, const char* what) {
    const auto& items = as<Tuple>(value, what).items;
    if (items.size() > kMaxDims) fail(std::string(what) + " has too many dimensions");
    std::vector<std::int64_t> result;
    for (const auto& item : items) {
      result.push_back(integer(item, what));
      if (result.back() < 0) fail(std::string(what) + " is negative");
    }
    return result;
  }

  ValuePtr call(const Global& callable, const std::vector<ValuePtr>& args) {
    const std::string qualified = callable.module + "." + callable.name;
    if (qualified == "collections.OrderedDict") {
      if (!args.empty()) fail("OrderedDict with arguments");
      return make(Dict{});
    }
    if (qualified == "torch._utils._rebuild_tensor_v2") {
      // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
      if (args.size() < 6 || args.size() > 7)
        fail("_rebuild_tensor_v2 with an unexpected signature");
      Tensor tensor{as<Storage>(args[0], "a storage"), integer(args[1], "an offset"),
                    shape(args[2], "size"), shape(args[3], "stride")};
      if (!std::holds_alternative<None>(at(args[5]).data) &&
          !std::holds_alternative<Dict>(at(args[5]).data))
        fail("tensor with backward hooks");
      if (tensor.sizes.size() != tensor.strides.size()) fail("size and stride differ in length");
      if (tensor.offset < 0) fail("negative storage offset");
      return make(std::move(tensor));
    }
    if (qualified == "torch._utils._rebuild_parameter" ||
        qualified == "torch._utils._rebuild_parameter_with_state") {
      if (args.empty()) fail("_rebuild_parameter without data");
      return make(as<Tensor>(args[0], "a tensor"));
    }
    if (qualified == "torch.device") {
      if (args.empty()) fail("torch.device without arguments");
      return make(as<std::string>(args[0], "a device name"));
    }
    fail("cannot call '" + qualified + "' in a state dict");
  }

  ValuePtr persistent_load(ValuePtr id) {
    // torch.save's persistent id: ('storage', storage_type, key, location, numel)
    const auto& items = as<Tuple>(id, "a storage tuple").items;
    if (items.size() != 5 || as<std::string>(items[0], "'storage'") != "storage")
      fail("unknown persistent id");
    const Global& type = as<Global>(items[1], "a storage type");
    const auto dtype = storage_types().find(type.name);
    if (type.module != "torch" || dtype == storage_types().end())
      fail("unknown storage type " + type.module + "." + type.name);
    const std::int64_t elements = integer(items[4], "a storage size");
    if (elements < 0) fail("negative storage size");
    return make(Storage{as<std::string>(items[2], "a storage key"), dtype->second,
                        static_cast<std::uint64_t>(elements)});
  }

  void set_items(ValuePtr target, const std::vector<ValuePtr>& flat) {
    if (flat.size() % 2) fail("SETITEMS with an odd number of values");
    auto& dict = as<Dict>(target, "a dict");
    for (std::size_t i = 0; i < flat.size(); i += 2) dict.items.emplace_back(flat[i], flat[i + 1]);
  }

  void execute(const Instruction& op) {
    const std::string_view arg = op.argument;
    switch (op.code) {
      case kProto:
      case kFrame:
        return;
      case kMark:
        return push(make(Mark{}));
      case kPop:
        pop();
        return;
      case kPopMark:
        pop_to_mark();
        return;
      case kDup:
        return push(top());
      case kNone:
        return push(make(None{}));
      case kNewTrue:
        return push(make(true));
      case kNewFalse:
        return push(make(false));
      case kBinInt:
        return push(make(static_cast<std::int64_t>(static_cast<std::int32_t>(little_endian(arg)))));
      case kBinInt1:
      case kBinInt2:
        return push(make(static_cast<std::int64_t>(little_endian(arg))));
      case kLong1: {
        if (arg.size() > 8) fail("integer too large");
        std::uint64_t bits = little_endian(arg);
        if (!arg.empty() && arg.size() < 8 && (static_cast<unsigned char>(arg.back()) & 0x80))
          bits |= ~std::uint64_t{0} << (8 * arg.size());  // sign-extend
        return push(make(static_cast<std::int64_t>(bits)));
      }
      case kBinFloat: {  // big-endian IEEE double
        std::uint64_t bits = 0;
        for (char c : arg) bits = (bits << 8) | static_cast<unsigned char>(c);
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return push(make(value));
      }
      case kBinUnicode:
      case kShortBinUnicode:
      case kBinUnicode8:
        return push(make(std::string(arg)));
      case kEmptyTuple:
        return push(make(Tuple{}));
      case kTuple:
        return push(make(Tuple{pop_to_mark()}));
      case kTuple1:
      case kTuple2:
      case kTuple3: {
        std::vector<ValuePtr> items(op.code - kTuple1 + 1);
        for (std::size_t i = items.size(); i-- > 0;) items[i] = pop();
        return push(make(Tuple{std::move(items)}));
      }
      case kEmptyList:
        return push(make(List{}));
      case kList:
        return push(make(List{pop_to_mark()}));
      case kAppend: {
        const ValuePtr item = pop();
        as<List>(top(), "a list").items.push_back(item);
        return;
      }
      case kAppends: {
        std::vector<ValuePtr> items = pop_to_mark();
        auto& list = as<List>(top(), "a list").items;
        list.insert(list.end(), items.begin(), items.end());
        return;
      }
      case kEmptyDict:
        return push(make(Dict{}));
      case kDict: {
        const ValuePtr dict = make(Dict{});
        set_items(dict, pop_to_mark());
        return push(dict);
      }
      case kSetItem: {
        const ValuePtr value = pop();
        const ValuePtr key = pop();
        return set_items(top(), {key, value});
      }
      case kSetItems: {
        std::vector<ValuePtr> flat = pop_to_mark();
        return set_items(top(), flat);
      }
      case kBinPut:
      case kLongBinPut:
        return memo_put(little_endian(arg));
      case kPut:
        return memo_put(decimal(arg, reader_, op.position));
      case kMemoize:
        return memo_put(memo_.size());
      case kBinGet:
      case kLongBinGet:
        return memo_get(little_endian(arg));
      case kGet:
        return memo_get(decimal(arg, reader_, op.position));
      case kGlobal: {
        const std::size_t split = arg.find('\n');
        return push(make(Global{std::string(arg.substr(0, split)),
                                std::string(arg.substr(split + 1, arg.size() - split - 2))}));
      }
      case kReduce: {
        const ValuePtr args = pop();
        const ValuePtr callable = pop();
        return push(
            call(as<Global>(callable, "a callable"), as<Tuple>(args, "an argument tuple").items));
      }
      case kBinPersistentId:
        return push(persistent_load(pop()));
      case kBuild: {
        // OrderedDict's state is its instance __dict__ (state_dict()'s `_metadata`): unused.
        pop();
        as<Dict>(top(), "a dict to BUILD");
        return;
      }
      default:
        fail("opcode " + std::to_string(op.code) + " is not used by state dicts");
    }
  }

  OpcodeReader reader_;
  std::size_t at_ = 0;
  std::deque<Value> values_;
  std::vector<ValuePtr> stack_;
  std::map<std::uint64_t, ValuePtr> memo_;
};

}  // namespace

std::vector<PickledTensor> unpickle_state_dict(const std::string& stream,
                                               const std::string& source) {
  Machine machine(stream, source);
  const ValuePtr root = machine.run();
  const Dict* dict = &machine.as<Dict>(root, "a dict of tensors at the top level");
  for (const auto& [key, value] : dict->items) {
    const auto* name = std::get_if<std::string>(&machine.at(key).data);
    const auto* nested = std::get_if<Dict>(&machine.at(value).data);
    if (name && nested && (*name == "state_dict" || *name == "model")) {
      dict = nested;
      break;
    }
  }
  std::vector<PickledTensor> tensors;
  for (const auto& [key, value] : dict->items) {
    const auto* name = std::get_if<std::string>(&machine.at(key).data);
    if (!name) machine.fail("a state dict key is not a string");
    const auto* tensor = std::get_if<Tensor>(&machine.at(value).data);
    if (!tensor) machine.fail("state dict entry '" + *name + "' is not a tensor");
    tensors.push_back({*name, tensor->storage.key, tensor->storage.dtype, tensor->storage.elements,
                       tensor->offset, tensor->sizes, tensor->strides});
  }
  return tensors;
}

}  // namespace ctlite::ai
