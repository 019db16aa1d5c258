#include "widgets/evaluation/plot_style.h"

#include <qcustomplot.h>

namespace ctlite::widgets::plot_style {

void style_axis(QCPAxis* axis) {
  axis->setBasePen(QPen(kText, 1));
  axis->setTickPen(QPen(kText, 1));
  axis->setSubTickPen(QPen(kText, 1));
  axis->setTickLabelColor(kText);
  axis->setLabelColor(kText);
  axis->grid()->setPen(QPen(kGrid, 1, Qt::DotLine));
}

void apply(QCustomPlot* plot) {
  plot->setBackground(kBackground);
  plot->axisRect()->setBackground(kBackground);
  for (QCPAxis* axis : plot->axisRect()->axes()) style_axis(axis);
  plot->legend->setBrush(QColor(36, 39, 46, 220));
  plot->legend->setBorderPen(QPen(kGrid));
  plot->legend->setTextColor(kText);
  plot->setAntialiasedElements(QCP::aeAll);
}

QString short_label(const QString& name, int max_characters) {
  if (name.size() <= max_characters) return name;
  return name.left(max_characters - 1).trimmed() + QStringLiteral("…");
}

}  // namespace ctlite::widgets::plot_style
