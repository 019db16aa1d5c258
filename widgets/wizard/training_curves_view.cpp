#include "widgets/wizard/training_curves_view.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include "widgets/wizard/training_events_log.h"

namespace ctlite::widgets {
namespace {

const QColor kBackground(0x1d, 0x20, 0x26);
const QColor kText(0xe4, 0xe6, 0xea);
// Loss first (white, thick), then the terms in distinguishable colours; the LR dashed.
const QVector<QColor> kTermColours = {QColor(0x4e, 0xa8, 0xde), QColor(0xf0, 0x9a, 0x3e), QColor(0x6c, 0xc0, 0x6c),
                                      QColor(0xd0, 0x6c, 0xd0), QColor(0xe0, 0xd0, 0x50), QColor(0x50, 0xd0, 0xc0)};

void style_axis(QCPAxis* axis) {
  axis->setBasePen(QPen(kText));
  axis->setTickPen(QPen(kText));
  axis->setSubTickPen(QPen(kText));
  axis->setTickLabelColor(kText);
  axis->setLabelColor(kText);
  axis->grid()->setPen(QPen(QColor(0x3a, 0x3e, 0x46), 0, Qt::DotLine));
}

}  // namespace

TrainingCurvesView::TrainingCurvesView(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
  setObjectName(QStringLiteral("training-curves"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setBackground(kBackground);
  plot_->axisRect()->setBackground(kBackground);
  plot_->setMinimumSize(480, 260);
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->yAxis2}) style_axis(axis);
  plot_->yAxis2->setVisible(true);
  plot_->yAxis2->grid()->setVisible(false);
  plot_->xAxis->setLabel(tr("Optimizer step"));
  plot_->yAxis->setLabel(tr("Loss"));
  plot_->yAxis2->setLabel(tr("Learning rate"));
  plot_->legend->setVisible(true);
  plot_->legend->setBrush(QColor(0x26, 0x2a, 0x31, 220));
  plot_->legend->setTextColor(kText);
  plot_->legend->setBorderPen(QPen(QColor(0x3a, 0x3e, 0x46)));
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void TrainingCurvesView::clear() {
  plot_->clearGraphs();
  point_count_ = 0;
  plot_->replot();
}

void TrainingCurvesView::showEvents(const TrainingEventsLog& events, const QString& stage) {
  plot_->clearGraphs();
  const auto& points = events.points();
  point_count_ = static_cast<int>(points.size());
  QVector<double> steps, loss, rate;
  for (const auto& p : points) {
    steps << static_cast<double>(p.step);
    loss << p.loss;
    rate << p.learning_rate;
  }
  QCPGraph* total = plot_->addGraph(plot_->xAxis, plot_->yAxis);
  total->setName(tr("%1 loss").arg(stage));
  total->setPen(QPen(kText, 2));
  total->setData(steps, loss, true);
  if (points.size() == 1) total->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
  const QStringList terms = events.termNames();
  for (int t = 0; t < terms.size(); ++t) {
    QVector<double> values, term_steps;
    for (const auto& p : points)
      if (p.terms.contains(terms[t])) {
        term_steps << static_cast<double>(p.step);
        values << p.terms.value(terms[t]);
      }
    QCPGraph* graph = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    graph->setName(terms[t]);
    graph->setPen(QPen(kTermColours[t % kTermColours.size()], 1.5));
    graph->setData(term_steps, values, true);
  }
  QCPGraph* lr = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
  lr->setName(tr("learning rate"));
  lr->setPen(QPen(QColor(0xa0, 0xa4, 0xac), 1, Qt::DashLine));
  lr->setData(steps, rate, true);

  plot_->rescaleAxes();
  const double last_step = events.totalSteps() > 0 ? static_cast<double>(events.totalSteps()) : (steps.isEmpty() ? 1.0 : steps.back());
  plot_->xAxis->setRange(0, std::max(1.0, last_step));
  plot_->yAxis->setRangeLower(std::min(0.0, plot_->yAxis->range().lower));
  plot_->yAxis->scaleRange(1.08, plot_->yAxis->range().lower);
  plot_->yAxis2->setRangeLower(0);
  plot_->replot();
}

}  // namespace ctlite::widgets
