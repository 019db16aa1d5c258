#include "app/report/loss_curves_plot.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"

namespace ctlite::report {

// Tableau 10: distinct for up to ten curves and readable by most colour-blind readers.
const std::vector<QColor> kCurveColors = {
    QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),  QColor(214, 39, 40),
    QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
    QColor(188, 189, 34),  QColor(23, 190, 207)};

namespace {

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

void check(const std::vector<LossCurve>& curves, const LossCurvesFigure& figure) {
  if (curves.empty()) throw std::invalid_argument("no curves to plot");
  if (figure.width < 64 || figure.width > 8192 || figure.height < 64 || figure.height > 8192)
    throw std::invalid_argument("figure size " + std::to_string(figure.width) + "x" +
                                std::to_string(figure.height) + " outside 64..8192");
  for (const auto& curve : curves) {
    if (curve.x.size() != curve.y.size())
      throw std::invalid_argument(curve.label + ": " + std::to_string(curve.x.size()) + " x values but " +
                                  std::to_string(curve.y.size()) + " y values");
    bool any = false;
    for (std::size_t i = 0; i < curve.y.size() && !any; ++i)
      any = std::isfinite(curve.x[i]) && std::isfinite(curve.y[i]) && (!figure.log_y || curve.y[i] > 0);
    if (!any) throw std::invalid_argument(curve.label + ": no finite point to plot");
  }
}

// The inset corner of the axis rect whose legend-sized box covers the fewest curve points, so
// the legend hides as little of the curves as it can. Needs the layout of the final size.
Qt::Alignment quietest_corner(QCustomPlot& plot, const std::vector<LossCurve>& curves,
                              const LossCurvesFigure& figure) {
  // A hidden widget gets no resize event: lay out on the viewport the export will use.
  plot.setViewport(QRect(0, 0, figure.width, figure.height));
  plot.replot(QCustomPlot::rpImmediateRefresh);
  const QRect area = plot.axisRect()->rect();
  const QSize legend = plot.legend->outerRect().size() + QSize(24, 24);  // + the inset margins
  const Qt::Alignment corners[] = {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                                   Qt::AlignBottom | Qt::AlignLeft, Qt::AlignBottom | Qt::AlignRight};
  const QRect boxes[] = {QRect(QPoint(area.right() - legend.width(), area.top()), legend),
                         QRect(area.topLeft(), legend),
                         QRect(QPoint(area.left(), area.bottom() - legend.height()), legend),
                         QRect(area.bottomRight() - QPoint(legend.width(), legend.height()), legend)};
  int counts[4] = {0, 0, 0, 0};
  for (const auto& curve : curves)
    for (std::size_t i = 0; i < curve.x.size(); ++i) {
      if (!std::isfinite(curve.y[i]) || (figure.log_y && !(curve.y[i] > 0))) continue;
      const QPointF point(plot.xAxis->coordToPixel(curve.x[i]), plot.yAxis->coordToPixel(curve.y[i]));
      for (int c = 0; c < 4; ++c) counts[c] += boxes[c].contains(point.toPoint());
    }
  return corners[std::min_element(counts, counts + 4) - counts];
}

}  // namespace

void write_loss_curves(const std::vector<LossCurve>& curves, const LossCurvesFigure& figure,
                       const std::string& out) {
  const bool pdf = ends_with(out, ".pdf");
  if (!pdf && !ends_with(out, ".png")) throw core::OutputError(out, "must end in .png or .pdf");
  check(curves, figure);

  QCustomPlot plot;
  plot.setBackground(Qt::white);
  for (std::size_t i = 0; i < curves.size(); ++i) {
    const LossCurve& curve = curves[i];
    QVector<double> keys, values;
    for (std::size_t p = 0; p < curve.x.size(); ++p) {
      double y = curve.y[p];
      if (figure.log_y && !(y > 0)) y = std::nan("");
      keys.push_back(curve.x[p]);
      values.push_back(y);
    }
    QCPGraph* graph = plot.addGraph();
    graph->setData(keys, values);
    graph->setName(QString::fromStdString(curve.label));
    graph->setPen(QPen(kCurveColors[i % kCurveColors.size()], 2.5));
  }
  plot.xAxis->setLabel(QString::fromStdString(figure.x_label));
  plot.yAxis->setLabel(QString::fromStdString(figure.y_label));
  if (figure.log_y) {
    plot.yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  }
  plot.rescaleAxes();
  // A little air above and below so a flat curve does not sit on the frame.
  const QCPRange y = plot.yAxis->range();
  if (figure.log_y) plot.yAxis->setRange(y.lower / 1.15, y.upper * 1.15);
  else plot.yAxis->setRange(y.lower - 0.05 * (y.size() + 1e-12), y.upper + 0.05 * (y.size() + 1e-12));
  plot.legend->setVisible(true);
  plot.legend->setBrush(QColor(255, 255, 255, 230));
  if (!figure.title.empty()) {
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(
        0, 0, new QCPTextElement(&plot, QString::fromStdString(figure.title), QFont("sans", 12, QFont::Bold)));
  }

  plot.axisRect()->insetLayout()->setInsetAlignment(0, quietest_corner(plot, curves, figure));

  core::AtomicOutput output = core::AtomicOutput::file(out);
  const QString temp = QString::fromStdString(output.temp_path());
  const bool written = pdf ? plot.savePdf(temp, figure.width, figure.height)
                           : plot.savePng(temp, figure.width, figure.height, 1.0);
  if (!written) throw core::OutputError(out, "cannot write the figure");
  output.commit();
}

}  // namespace ctlite::report
