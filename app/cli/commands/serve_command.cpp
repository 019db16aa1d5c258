// `ctlite serve`: the long-running engine the viewer drives (docs/ENGINE_PROTOCOL.md).

#include <iostream>

#include "ai/runtime/compute_process.h"
#include "ai/runtime/threading.h"
#include "app/cli/command_registry.h"
#include "app/cli/engine/request_loop.h"
#include "app/cli/engine/score_engine.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite serve\n\n"
    "Runs the CT-Lite engine: one JSON request per line on stdin (hello, score, cancel,\n"
    "shutdown), one JSON reply or progress event per line on stdout, human log lines on stderr.\n"
    "Models stay loaded between requests. The protocol is docs/ENGINE_PROTOCOL.md.";

int run_serve(const Arguments& args) {
  if (!args.positionals().empty()) throw UsageError("serve takes no arguments");
  ai::configure_compute_process();  // a full-size forward: sleeping thread pools, reused memory
  // The protocol owns stdout: nothing else may print there.
  std::ios::sync_with_stdio(false);
  ScoreEngine engine;
  EngineInfo info{CTLITE_VERSION, ai::configured_cpu_threads()};
  info.cuda_available = torch::cuda::is_available();
  if (info.cuda_available) info.devices.push_back("cuda");
  RequestLoop loop(
      std::cin, std::cout,
      [&engine](const ScoreRequest& request, const Progress& progress) { return engine.score(request, progress); },
      info);
  std::cerr << "ctlite serve: ready\n";
  return loop.run();
}

const CommandRegistration registration{
    Command{"serve", "run the AI engine: JSON-lines requests on stdin, replies on stdout", kUsage, OptionSpec{},
            run_serve}};

}  // namespace
}  // namespace ctlite::cli
