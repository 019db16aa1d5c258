#pragma once
// Training curves of several runs on one chart (QCustomPlot), written as PNG or PDF: the
// paper's Fig. 6 style comparison of distillation ablations. Needs a QApplication (QCustomPlot
// is a widget), which the offscreen platform provides without a display.

#include <string>
#include <vector>

#include <QColor>

namespace ctlite::report {

struct LossCurve {
  std::string label;      // legend entry
  std::vector<double> x;  // e.g. the optimizer step
  std::vector<double> y;  // NaN: no value at that x (a gap)
};

struct LossCurvesFigure {
  std::string title;  // empty: none
  std::string x_label = "step";
  std::string y_label;
  bool log_y = false;  // non-positive values are left out on a log axis
  int width = 900;     // pixels (PNG) or points (PDF)
  int height = 560;
};

// Curve i is drawn in kCurveColors[i % size] (opaque, on a white background), so a test can
// find it in the picture.
extern const std::vector<QColor> kCurveColors;

// Writes `out` (.png or .pdf, by its extension) atomically. OutputError naming `out` when it
// cannot be written; std::invalid_argument for no curves, x/y of different lengths, a curve
// without a single finite point or a size outside 64..8192.
void write_loss_curves(const std::vector<LossCurve>& curves, const LossCurvesFigure& figure,
                       const std::string& out);

}  // namespace ctlite::report
