#include "core/io/library_stderr_silencer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <mutex>

namespace ctlite::core {

namespace {

std::mutex silencer_mutex;
int active_silencers = 0;
int saved_stderr = -1;

}  // namespace

LibraryStderrSilencer::LibraryStderrSilencer() {
  const std::lock_guard<std::mutex> lock(silencer_mutex);
  if (active_silencers++ > 0) return;
  std::fflush(stderr);
  saved_stderr = ::dup(STDERR_FILENO);
  const int null_device = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (saved_stderr < 0 || null_device < 0) {
    // Nothing to hide behind: leave stderr as it is rather than lose it.
    if (null_device >= 0) ::close(null_device);
    return;
  }
  ::dup2(null_device, STDERR_FILENO);
  ::close(null_device);
}

LibraryStderrSilencer::~LibraryStderrSilencer() {
  const std::lock_guard<std::mutex> lock(silencer_mutex);
  if (--active_silencers > 0) return;
  std::fflush(stderr);
  if (saved_stderr >= 0) {
    ::dup2(saved_stderr, STDERR_FILENO);
    ::close(saved_stderr);
    saved_stderr = -1;
  }
}

}  // namespace ctlite::core
