// The main() of the fuzz targets in ordinary (non-libFuzzer) builds: runs every corpus file
// through LLVMFuzzerTestOneInput, then a fixed number of deterministic mutants of them. A crash,
// an abort (broken invariant, uncaught exception) or an input running past the per-input time
// limit writes the input to <target>-crash-input in the working directory and fails the run,
// like libFuzzer's crash-<sha1> files.
//
// usage: <target>_fuzzer [--mutations N] [--seed S] [--dict FILE] [--max-len BYTES]
//                        [--max-seconds T] [--timeout SECONDS] FILE_OR_FOLDER...

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "replay_mutator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

namespace fs = std::filesystem;
using ctlite::fuzz::Bytes;

// What the signal handler needs, prepared before each input so that it only calls write().
const std::uint8_t* g_input = nullptr;
std::size_t g_input_size = 0;
char g_description[512] = "";
char g_crash_path[4096] = "crash-input";

void write_all(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::write(fd, bytes, size);
    if (written <= 0) return;
    bytes += written;
    size -= static_cast<std::size_t>(written);
  }
}

void write_text(const char* text) { write_all(STDERR_FILENO, text, std::strlen(text)); }

extern "C" void on_fatal_signal(int signal_number) {
  write_text(signal_number == SIGALRM ? "\nreplay: TIMEOUT on " : "\nreplay: CRASH on ");
  write_text(g_description);
  write_text("\nreplay: input written to ");
  write_text(g_crash_path);
  write_text("\n");
  const int fd = ::open(g_crash_path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd >= 0) {
    write_all(fd, g_input, g_input_size);
    ::close(fd);
  }
  ::signal(signal_number == SIGALRM ? SIGABRT : signal_number, SIG_DFL);
  ::raise(signal_number == SIGALRM ? SIGABRT : signal_number);
}

void on_terminate() {
  // An exception escaped the target: only InputError (and what the target itself catches) is an
  // acceptable answer to bad input.
  if (std::exception_ptr failure = std::current_exception()) {
    try {
      std::rethrow_exception(failure);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "replay: uncaught exception: %s\n", e.what());
    } catch (...) {
      std::fprintf(stderr, "replay: uncaught non-standard exception\n");
    }
  }
  std::abort();
}

void install_handlers(const char* program) {
  std::snprintf(g_crash_path, sizeof g_crash_path, "%s-crash-input",
                fs::path(program).filename().c_str());
  for (int signal_number : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGALRM})
    ::signal(signal_number, on_fatal_signal);
  std::set_terminate(on_terminate);
}

Bytes read_bytes(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

struct Options {
  std::size_t mutations = 0;
  std::uint64_t seed = 1;
  std::string dictionary;
  std::size_t max_len = 0;
  double max_seconds = 0;
  unsigned timeout_seconds = 20;
  std::vector<std::string> inputs;
};

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "replay: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--mutations")
      options.mutations = std::stoull(value());
    else if (arg == "--seed")
      options.seed = std::stoull(value());
    else if (arg == "--dict")
      options.dictionary = value();
    else if (arg == "--max-len")
      options.max_len = std::stoull(value());
    else if (arg == "--max-seconds")
      options.max_seconds = std::stod(value());
    else if (arg == "--timeout")
      options.timeout_seconds = static_cast<unsigned>(std::stoul(value()));
    else
      options.inputs.push_back(arg);
  }
  return options;
}

std::vector<std::pair<std::string, Bytes>> load_corpus(const std::vector<std::string>& inputs) {
  std::vector<fs::path> files;
  for (const std::string& input : inputs) {
    if (fs::is_directory(input)) {
      for (const auto& entry : fs::recursive_directory_iterator(input))
        if (entry.is_regular_file()) files.push_back(entry.path());
    } else if (fs::is_regular_file(input)) {
      files.emplace_back(input);
    } else {
      std::fprintf(stderr, "replay: no such corpus file or folder: %s\n", input.c_str());
      std::exit(2);
    }
  }
  std::sort(files.begin(), files.end());  // directory order differs between machines
  std::vector<std::pair<std::string, Bytes>> corpus;
  for (const fs::path& file : files) corpus.emplace_back(file.string(), read_bytes(file));
  return corpus;
}

void run_one(const Bytes& input, unsigned timeout_seconds) {
  g_input = input.data();
  g_input_size = input.size();
  ::alarm(timeout_seconds);
  LLVMFuzzerTestOneInput(input.data(), input.size());
  ::alarm(0);
}

}  // namespace

int main(int argc, char** argv) {
  install_handlers(argv[0]);
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  const Options options = parse_options(argc, argv);
  const auto corpus = load_corpus(options.inputs);
  if (corpus.empty()) {
    std::fprintf(stderr, "replay: the corpus is empty\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  std::vector<Bytes> seeds;
  std::size_t largest = 0;
  for (const auto& [name, bytes] : corpus) {
    std::snprintf(g_description, sizeof g_description, "corpus file %s", name.c_str());
    run_one(bytes, options.timeout_seconds);
    seeds.push_back(bytes);
    largest = std::max(largest, bytes.size());
  }

  const std::size_t max_len =
      options.max_len ? options.max_len : std::max<std::size_t>(4096, 2 * largest);
  ctlite::fuzz::ReplayMutator mutator(
      options.seed,
      options.dictionary.empty() ? std::vector<Bytes>{}
                                 : ctlite::fuzz::read_fuzz_dictionary(options.dictionary),
      max_len);
  std::size_t mutated = 0;
  for (; mutated < options.mutations; ++mutated) {
    if (options.max_seconds > 0 && elapsed() > options.max_seconds) {
      std::printf("replay: time limit of %.0f s reached; the remaining mutants were skipped\n",
                  options.max_seconds);
      break;
    }
    const std::size_t index = mutated % seeds.size();
    const Bytes input = mutator.mutate(seeds, index);
    std::snprintf(g_description, sizeof g_description,
                  "mutant %zu of %s (--seed %llu; rerun with --mutations %zu)", mutated,
                  corpus[index].first.c_str(), static_cast<unsigned long long>(options.seed),
                  mutated + 1);
    run_one(input, options.timeout_seconds);
  }
  const double seconds = elapsed();
  std::printf("replay: %zu corpus inputs and %zu mutants in %.1f s (%.0f exec/s), no crash\n",
              corpus.size(), mutated, seconds,
              static_cast<double>(corpus.size() + mutated) / std::max(seconds, 1e-9));
  return 0;
}
