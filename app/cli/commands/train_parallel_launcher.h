#pragma once
// `ctlite train … --nproc N`: rank 0 re-launches its own command line as ranks 1..N-1 (each
// with --rank and --master-port appended, output in OUT/logs/rank-R.log) and later waits for
// them. The ranks then meet through ai::DataParallelGroup's TCPStore on --master-port.

#include <string>
#include <vector>

#include <sys/types.h>

#include "app/cli/arguments.h"

namespace ctlite::cli::train {

struct ParallelRun {
  int rank = 0;
  int world = 1;
  int port = 0;
  std::vector<pid_t> children;
};

// In rank 0 of a multi-process run, starts the other ranks and splits the cores among all of
// them; in a launched worker (--rank R) only reads its rank. A single process run: world 1.
ParallelRun start_parallel_run(const Arguments& args, const std::string& out);

// Waits for the launched ranks; throws naming OUT/logs when one failed.
void finish_parallel_run(ParallelRun& run, const std::string& out);

}  // namespace ctlite::cli::train
