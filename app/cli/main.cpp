// `ctlite`: the command-line tool and AI engine process. Links core/ and ai/ (LibTorch), never Qt 6.

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "ai/runtime/threading.h"
#include "app/cli/command_registry.h"
#include "core/common/errors.h"
#include "core/common/progress.h"

namespace {

void print_help() {
  std::cout << "ctlite " CTLITE_VERSION " - CT-Lite Workstation command line and AI engine\n\n"
               "usage: ctlite COMMAND [ARGS...]    (ctlite COMMAND --help for details)\n\n"
               "commands:\n";
  for (const auto& [name, command] : ctlite::cli::CommandRegistry::instance().all())
    std::cout << "  " << name << std::string(name.size() < 16 ? 16 - name.size() : 1, ' ')
              << command.summary << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_help();
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "ctlite " CTLITE_VERSION "\n";
    return 0;
  }
  const auto* command = ctlite::cli::CommandRegistry::instance().find(args[0]);
  if (!command) {
    std::cerr << "ctlite: unknown command '" << args[0] << "' (see ctlite --help)\n";
    return 2;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  for (const auto& a : rest) {
    if (a == "--help" || a == "-h") {
      std::cout << command->usage << "\n";
      return 0;
    }
  }
  try {
    ctlite::ai::configure_cpu_threads();
    ctlite::cli::Arguments parsed(rest, command->options);
    return command->run(parsed);
  } catch (const ctlite::cli::UsageError& e) {
    std::cerr << "ctlite " << command->name << ": " << e.what() << "\nusage: " << command->usage
              << "\n";
    return 2;
  } catch (const ctlite::OperationCancelled&) {
    std::cerr << "ctlite " << command->name << ": cancelled\n";
    return 130;
  } catch (const std::bad_alloc&) {
    std::cerr << "ctlite " << command->name << ": out of memory\n";
    return 3;
  } catch (const std::exception& e) {
    std::cerr << "ctlite " << command->name << ": " << e.what() << "\n";
    return 1;
  }
}
