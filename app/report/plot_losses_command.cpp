#include "app/report/plot_losses_command.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "app/cli/arguments.h"
#include "app/report/loss_curves_plot.h"
#include "app/report/metrics_table.h"
#include "core/common/errors.h"

namespace ctlite::report {

const char* const kPlotLossesUsage =
    "ctlite-report plot-losses --out FIG.png|FIG.pdf --column COL [--x COL (step)]\n"
    "              [--title TEXT] [--y-label TEXT] [--log-y] [--width N (900)] [--height N (560)]\n"
    "              RUN[=LABEL] ...\n\n"
    "Plots column COL of each RUN's metrics.csv (RUN: a `ctlite train` output folder or the CSV\n"
    "itself) against --x, one curve per run, labelled LABEL (default: the folder's name).\n"
    "Missing values (nan) leave gaps. Each run prints its first and last value of COL.";

namespace {
namespace fs = std::filesystem;

struct RunArgument {
  std::string path;
  std::string label;
};

// RUN=LABEL, unless the whole argument names an existing path (which may contain '=').
RunArgument parse_run(const std::string& argument) {
  RunArgument run{argument, ""};
  const auto equals = argument.rfind('=');
  if (!fs::exists(argument) && equals != std::string::npos && equals > 0) {
    run.path = argument.substr(0, equals);
    run.label = argument.substr(equals + 1);
  }
  if (run.label.empty()) {
    fs::path p = fs::path(run.path).lexically_normal();
    if (p.filename() == "metrics.csv") p = p.parent_path();
    if (p.filename().empty()) p = p.parent_path();
    run.label = p.filename().string();
  }
  return run;
}

int positive(const cli::Arguments& args, const std::string& option, int fallback) {
  const long long value = args.integer_or(option, fallback);
  if (value < 64 || value > 8192) throw cli::UsageError(option + " must lie in 64..8192");
  return static_cast<int>(value);
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

}  // namespace

int run_plot_losses(const std::vector<std::string>& raw) {
  const cli::Arguments args(raw, {{"--out", "--column", "--x", "--title", "--y-label", "--width", "--height"},
                                  {"--log-y"}});
  if (args.positionals().empty()) throw cli::UsageError("plot-losses needs at least one RUN");
  const std::string out = args.required("--out");
  const std::string column = args.required("--column");
  const std::string x_column = args.value_or("--x", "step");
  LossCurvesFigure figure;
  figure.title = args.value_or("--title", "");
  figure.x_label = x_column;
  figure.y_label = args.value_or("--y-label", column);
  figure.log_y = args.has("--log-y");
  figure.width = positive(args, "--width", figure.width);
  figure.height = positive(args, "--height", figure.height);

  std::vector<LossCurve> curves;
  for (const auto& argument : args.positionals()) {
    const RunArgument run = parse_run(argument);
    const MetricsTable table = read_metrics_table(run.path);
    LossCurve curve{run.label, table.column(x_column), table.column(column)};
    std::vector<double> finite;
    for (double y : curve.y)
      if (std::isfinite(y)) finite.push_back(y);
    if (finite.empty()) throw core::InputError(table.path, "column '" + column + "' has no finite value");
    std::cout << run.label << ": " << table.rows << " rows, " << column << " " << number(finite.front())
              << " -> " << number(finite.back()) << " (" << table.path << ")\n";
    curves.push_back(std::move(curve));
  }
  try {
    write_loss_curves(curves, figure, out);
  } catch (const std::invalid_argument& e) {
    throw cli::UsageError(e.what());
  }
  std::cout << out << ": " << curves.size() << " curves of " << column << "\n";
  return 0;
}

}  // namespace ctlite::report
