#pragma once

#include <cstdint>

namespace ctlite::core {

// Deflate cannot compress better than about 1032:1, so n compressed bytes never hold more than
// this many times n: a header (NIfTI, .npy) claiming more data is truncated or a zip bomb, and
// is refused before anything is allocated.
constexpr std::uint64_t kMaxDeflateRatio = 1032;

}  // namespace ctlite::core
