#include "ai/io/safetensors.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>
#include <vector>

#include "ai/io/atomic_file_writer.h"
#include "core/common/errors.h"

// Tensor bytes are copied as they are: safetensors data is little-endian, and so is every
// platform we build for.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "safetensors I/O assumes little-endian");

namespace ctlite::ai {
namespace {

struct DtypeInfo {
  const char* name;
  torch::ScalarType type;
  std::size_t size;
};

constexpr DtypeInfo kDtypes[] = {
    {"F64", torch::kFloat64, 8},   {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2},
    {"BF16", torch::kBFloat16, 2}, {"I64", torch::kInt64, 8},   {"I32", torch::kInt32, 4},
    {"I16", torch::kInt16, 2},     {"I8", torch::kInt8, 1},     {"U8", torch::kUInt8, 1},
    {"BOOL", torch::kBool, 1},
};
// Valid in the format but without a LibTorch 1.13 equivalent.
const std::set<std::string> kUnsupportedDtypes = {"U16", "U32", "U64", "F8_E4M3", "F8_E5M2"};

constexpr std::size_t kMaxDims = 32;
// Nesting needed by a valid header: top object > tensor object > shape array.
constexpr int kMaxJsonDepth = 3;
const char* const kMetadataKey = "__metadata__";

[[noreturn]] void fail(const std::string& source, const std::string& problem) {
  throw core::InputError(source, problem);
}

const DtypeInfo* dtype_by_name(const std::string& name) {
  for (const auto& info : kDtypes)
    if (name == info.name) return &info;
  return nullptr;
}

const DtypeInfo* dtype_by_type(torch::ScalarType type) {
  for (const auto& info : kDtypes)
    if (type == info.type) return &info;
  return nullptr;
}

struct HeaderEntry {
  std::string name;
  const DtypeInfo* dtype = nullptr;
  std::vector<int64_t> shape;
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
};

struct Header {
  std::vector<HeaderEntry> entries;  // sorted by data offset
  TensorFileMetadata metadata;
};

// nlohmann's DOM parser is iterative, but destroying a deeply nested document is not in every
// version; a valid header never nests deeper than kMaxJsonDepth, so refuse before parsing.
void check_json_nesting(const char* text, std::size_t size, const std::string& source) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < size; ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) fail(source, "header JSON is nested too deeply");
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
}

std::uint64_t unsigned_field(const nlohmann::json& value, const std::string& source,
                             const std::string& what) {
  if (!value.is_number_unsigned()) fail(source, what + " is not a non-negative integer");
  return value.get<std::uint64_t>();
}

HeaderEntry parse_entry(const std::string& name, const nlohmann::json& value,
                        std::uint64_t data_size, const std::string& source) {
  const std::string where = "tensor '" + name + "'";
  if (!value.is_object()) fail(source, where + ": header entry is not an object");
  for (const auto& [key, unused] : value.items())
    if (key != "dtype" && key != "shape" && key != "data_offsets")
      fail(source, where + ": unknown header field '" + key + "'");
  if (!value.contains("dtype") || !value.contains("shape") || !value.contains("data_offsets"))
    fail(source, where + ": header entry needs dtype, shape and data_offsets");

  HeaderEntry entry;
  entry.name = name;
  const auto& dtype = value.at("dtype");
  if (!dtype.is_string()) fail(source, where + ": dtype is not a string");
  const std::string dtype_name = dtype.get<std::string>();
  entry.dtype = dtype_by_name(dtype_name);
  if (!entry.dtype) {
    if (kUnsupportedDtypes.count(dtype_name))
      fail(source, where + ": dtype " + dtype_name + " is not supported by LibTorch");
    fail(source, where + ": unknown dtype '" + dtype_name + "'");
  }

  const auto& shape = value.at("shape");
  if (!shape.is_array()) fail(source, where + ": shape is not an array");
  if (shape.size() > kMaxDims) fail(source, where + ": shape has too many dimensions");
  std::uint64_t elements = 1;
  for (const auto& dim_json : shape) {
    const std::uint64_t dim = unsigned_field(dim_json, source, where + ": shape entry");
    if (dim > static_cast<std::uint64_t>(std::numeric_limits<int64_t>::max()) ||
        (dim != 0 && elements > std::numeric_limits<std::uint64_t>::max() / dim))
      fail(source, where + ": shape is too large");
    elements *= dim;
    entry.shape.push_back(static_cast<int64_t>(dim));
  }
  if (elements > std::numeric_limits<std::uint64_t>::max() / entry.dtype->size)
    fail(source, where + ": shape is too large");
  const std::uint64_t bytes = elements * entry.dtype->size;

  const auto& offsets = value.at("data_offsets");
  if (!offsets.is_array() || offsets.size() != 2)
    fail(source, where + ": data_offsets is not a pair [begin, end]");
  entry.begin = unsigned_field(offsets[0], source, where + ": data_offsets begin");
  entry.end = unsigned_field(offsets[1], source, where + ": data_offsets end");
  if (entry.begin > entry.end) fail(source, where + ": data_offsets end before begin");
  if (entry.end > data_size)
    fail(source, where + ": data_offsets [" + std::to_string(entry.begin) + ", " +
                     std::to_string(entry.end) + "] run past the end of the data (" +
                     std::to_string(data_size) + " bytes; file truncated?)");
  if (entry.end - entry.begin != bytes)
    fail(source, where + ": shape and dtype need " + std::to_string(bytes) +
                     " bytes but data_offsets span " + std::to_string(entry.end - entry.begin));
  return entry;
}

Header parse_header(const char* text, std::size_t size, std::uint64_t data_size,
                    const std::string& source) {
  check_json_nesting(text, size, source);
  std::set<std::string> seen_names;
  std::string duplicate;
  // nlohmann keeps the last of duplicate keys; a tensor name given twice is ambiguous, so
  // watch the top-level keys while parsing.
  const nlohmann::json::parser_callback_t watch_duplicates =
      [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (event == nlohmann::json::parse_event_t::key && depth == 1 &&
            !seen_names.insert(parsed.get<std::string>()).second && duplicate.empty())
          duplicate = parsed.get<std::string>();
        return true;
      };
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text, text + size, watch_duplicates);
  } catch (const nlohmann::json::exception& e) {
    fail(source, std::string("header is not valid JSON (") + e.what() + ")");
  }
  if (!json.is_object()) fail(source, "header is not a JSON object");
  if (!duplicate.empty()) fail(source, "tensor '" + duplicate + "' appears twice in the header");

  Header header;
  for (const auto& [name, value] : json.items()) {
    if (name == kMetadataKey) {
      if (!value.is_object()) fail(source, "__metadata__ is not an object");
      for (const auto& [key, text_value] : value.items()) {
        if (!text_value.is_string())
          fail(source, "__metadata__ value '" + key + "' is not a string");
        header.metadata[key] = text_value.get<std::string>();
      }
      continue;
    }
    header.entries.push_back(parse_entry(name, value, data_size, source));
  }

  // The format requires the tensors to tile the data area exactly: no overlap, no hole, no
  // trailing bytes. Zero-size tensors ([x, x]) sit between others.
  std::stable_sort(header.entries.begin(), header.entries.end(),
                   [](const HeaderEntry& a, const HeaderEntry& b) {
                     return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
                   });
  std::uint64_t expected = 0;
  for (const auto& entry : header.entries) {
    if (entry.begin < expected)
      fail(source, "tensor '" + entry.name + "' overlaps the data of another tensor");
    if (entry.begin > expected)
      fail(source, "tensor '" + entry.name + "' leaves a gap of " +
                       std::to_string(entry.begin - expected) + " bytes before its data");
    expected = entry.end;
  }
  if (expected != data_size)
    fail(source, std::to_string(data_size - expected) + " bytes after the last tensor");
  return header;
}

// Reads byte ranges of the file image; the two implementations are a memory buffer and a file.
template <typename ReadAt>
SafetensorsContent parse(std::uint64_t total_size, ReadAt read_at, const std::string& source,
                         const TensorFilter& select) {
  if (total_size < 8)
    fail(source, "too short for a safetensors file (" + std::to_string(total_size) + " bytes)");
  unsigned char length_bytes[8];
  read_at(0, 8, length_bytes);
  std::uint64_t header_size = 0;
  for (int i = 7; i >= 0; --i) header_size = (header_size << 8) | length_bytes[i];
  if (header_size > total_size - 8)
    fail(source, "header length " + std::to_string(header_size) + " exceeds the file size " +
                     std::to_string(total_size) + " (truncated or not a safetensors file)");
  if (header_size > kSafetensorsMaxHeaderBytes)
    fail(source, "header length " + std::to_string(header_size) + " exceeds the " +
                     std::to_string(kSafetensorsMaxHeaderBytes) + "-byte limit");
  std::string header_text(header_size, '\0');
  read_at(8, header_size, header_text.data());
  if (header_text.empty() || header_text[0] != '{')
    fail(source, "header does not start with '{' (not a safetensors file)");

  const std::uint64_t data_start = 8 + header_size;
  Header header =
      parse_header(header_text.data(), header_text.size(), total_size - data_start, source);
  SafetensorsContent content;
  content.metadata = std::move(header.metadata);
  for (const auto& entry : header.entries) {
    if (select && !select(entry.name)) continue;
    torch::Tensor tensor = torch::empty(entry.shape, torch::dtype(entry.dtype->type));
    read_at(data_start + entry.begin, entry.end - entry.begin, tensor.data_ptr());
    if (entry.dtype->type == torch::kBool) {
      // Any byte but 0/1 in a bool tensor is undefined behaviour for every consumer.
      const auto* bytes = static_cast<const unsigned char*>(tensor.data_ptr());
      for (std::uint64_t i = 0; i < entry.end - entry.begin; ++i)
        if (bytes[i] > 1) fail(source, "tensor '" + entry.name + "': BOOL byte is not 0 or 1");
    }
    content.tensors.insert(entry.name, std::move(tensor));
  }
  return content;
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

nlohmann::ordered_json build_header(const StateDict& tensors, const TensorFileMetadata& metadata,
                                    const std::string& path) {
  nlohmann::ordered_json header = nlohmann::ordered_json::object();
  if (!metadata.empty()) header[kMetadataKey] = metadata;
  std::uint64_t offset = 0;
  for (const auto& entry : tensors) {
    if (entry.name == kMetadataKey)
      throw core::OutputError(path, "a tensor cannot be named __metadata__");
    const DtypeInfo* dtype = dtype_by_type(entry.tensor.scalar_type());
    if (!dtype)
      throw core::OutputError(path, "tensor '" + entry.name + "' has dtype " +
                                        std::string(c10::toString(entry.tensor.scalar_type())) +
                                        ", which safetensors cannot store");
    const std::uint64_t bytes = static_cast<std::uint64_t>(entry.tensor.numel()) * dtype->size;
    header[entry.name] = {{"dtype", dtype->name},
                          {"shape", entry.tensor.sizes().vec()},
                          {"data_offsets", {offset, offset + bytes}}};
    offset += bytes;
  }
  return header;
}

// The header text padded with spaces so the data starts 8-byte aligned, preceded by its length.
std::string header_bytes(const StateDict& tensors, const TensorFileMetadata& metadata,
                         const std::string& path) {
  std::string text;
  try {
    text = build_header(tensors, metadata, path).dump();
  } catch (const nlohmann::json::exception& e) {
    // Invalid UTF-8 in a name or metadata value.
    throw core::OutputError(path, std::string("cannot encode the header: ") + e.what());
  }
  text.append((8 - text.size() % 8) % 8, ' ');
  std::string bytes(8, '\0');
  std::uint64_t length = text.size();
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((length >> (8 * i)) & 0xff);
  return bytes + text;
}

template <typename Sink>
void write_tensor_bytes(const StateDict& tensors, Sink sink) {
  for (const auto& entry : tensors) {
    const torch::Tensor cpu = entry.tensor.to(torch::kCPU).contiguous();
    sink(cpu.data_ptr(), static_cast<std::size_t>(cpu.numel()) * cpu.element_size());
  }
}

}  // namespace

SafetensorsContent parse_safetensors(const std::uint8_t* data, std::size_t size,
                                     const std::string& source_name, const TensorFilter& select) {
  return parse(
      size,
      [data](std::uint64_t offset, std::uint64_t count, void* destination) {
        if (count > 0) std::memcpy(destination, data + offset, count);
      },
      source_name, select);
}

SafetensorsContent read_safetensors(const std::string& path, const TensorFilter& select) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) fail(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(file.get(), &info) != 0)
    fail(path, std::string("cannot stat: ") + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) fail(path, "not a regular file");
  const auto size = static_cast<std::uint64_t>(info.st_size);
  return parse(
      size,
      [&](std::uint64_t offset, std::uint64_t count, void* destination) {
        auto* bytes = static_cast<char*>(destination);
        while (count > 0) {
          const ssize_t got = ::pread(file.get(), bytes, count, static_cast<off_t>(offset));
          if (got < 0 && errno == EINTR) continue;
          if (got < 0) fail(path, std::string("read error: ") + std::strerror(errno));
          if (got == 0) fail(path, "file shrank while being read");
          bytes += got;
          offset += static_cast<std::uint64_t>(got);
          count -= static_cast<std::uint64_t>(got);
        }
      },
      path, select);
}

std::string serialize_safetensors(const StateDict& tensors, const TensorFileMetadata& metadata) {
  std::string bytes = header_bytes(tensors, metadata, "<memory>");
  bytes.reserve(bytes.size() + tensors.total_bytes());
  write_tensor_bytes(tensors, [&](const void* data, std::size_t size) {
    bytes.append(static_cast<const char*>(data), size);
  });
  return bytes;
}

void write_safetensors(const std::string& path, const StateDict& tensors,
                       const TensorFileMetadata& metadata) {
  const std::string header = header_bytes(tensors, metadata, path);  // validates before creating
  AtomicFileWriter writer(path);
  writer.write(header.data(), header.size());
  write_tensor_bytes(tensors,
                     [&](const void* data, std::size_t size) { writer.write(data, size); });
  writer.commit();
}

}  // namespace ctlite::ai
