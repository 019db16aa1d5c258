#pragma once
// Portable, seedable randomness for the phantom generator. The standard <random> distributions
// are implementation-defined (libstdc++ and libc++ give different numbers for the same engine
// state), which would break "same seed, same bytes" across toolchains, so everything here is
// spelled out: SplitMix64 for streams and a stateless 64-bit hash for per-voxel noise.

#include <cmath>
#include <cstdint>
#include <string_view>

namespace ctlite::core::phantom {

// SplitMix64 finaliser (Steele et al. 2014): a bijective avalanche mix of 64 bits.
constexpr std::uint64_t mix64(std::uint64_t z) {
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

constexpr std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) {
  return mix64(a ^ (mix64(b) + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2)));
}

// FNV-1a of a label, so sub-streams are named ("heart", "nodules") instead of magic numbers.
constexpr std::uint64_t stream_id(std::string_view name) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
  return h;
}

// Uniform double in [0, 1) from the top 53 bits.
constexpr double unit_from_bits(std::uint64_t bits) {
  return static_cast<double>(bits >> 11) * (1.0 / 9007199254740992.0);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  Rng(std::uint64_t seed, std::string_view stream)
      : state_(hash_combine(seed, stream_id(stream))) {}

  std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    return mix64(state_);
  }
  double uniform() { return unit_from_bits(next()); }
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  // Integer in [0, n).
  int below(int n) { return n <= 0 ? 0 : static_cast<int>(uniform() * n); }
  int between(int low, int high) { return low + below(high - low + 1); }
  bool chance(double p) { return uniform() < p; }
  double sign() { return chance(0.5) ? 1.0 : -1.0; }
  // Box–Muller; one value per call keeps the stream position independent of call history.
  double normal(double mean = 0.0, double sd = 1.0) {
    const double u1 = 1.0 - uniform();  // (0, 1]
    const double u2 = uniform();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  // A child stream that does not disturb this one's sequence beyond one draw.
  Rng fork(std::string_view stream) { return Rng(next(), stream); }

 private:
  std::uint64_t state_;
};

}  // namespace ctlite::core::phantom
