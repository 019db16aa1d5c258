#pragma once
// A small deterministic mutator for the replay driver: the kinds of damage that break binary
// and text parsers (bit flips, boundary integers in either byte order, numbers rewritten in
// text, cut/duplicated/spliced ranges, dictionary tokens), driven by a seeded PRNG so that a
// failing test names an input that reproduces on every machine.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::fuzz {

using Bytes = std::vector<std::uint8_t>;

// libFuzzer's dictionary format: one `name="value"` (or `"value"`) per line, \xNN and \\ \"
// escapes, '#' comments. Unparseable lines are skipped.
std::vector<Bytes> read_fuzz_dictionary(const std::string& path);

class ReplayMutator {
 public:
  ReplayMutator(std::uint64_t seed, std::vector<Bytes> dictionary, std::size_t max_size);

  // A mutant of corpus[index], made of 1-5 stacked mutations; `corpus` supplies splice donors.
  Bytes mutate(const std::vector<Bytes>& corpus, std::size_t index);
  std::uint64_t next();                    // splitmix64
  std::size_t below(std::size_t bound);    // uniform-ish in [0, bound), 0 when bound is 0

 private:
  void mutate_once(Bytes& data, const std::vector<Bytes>& corpus);
  void overwrite_integer(Bytes& data);
  void rewrite_number_text(Bytes& data);

  std::uint64_t state_;
  std::vector<Bytes> dictionary_;
  std::size_t max_size_;
};

}  // namespace ctlite::fuzz
