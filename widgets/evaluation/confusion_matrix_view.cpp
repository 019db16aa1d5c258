#include "widgets/evaluation/confusion_matrix_view.h"

#include <QPainter>
#include <algorithm>

#include "widgets/evaluation/plot_style.h"

namespace ctlite::widgets {

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("confusion-matrix"));
  setAutoFillBackground(false);
}

void ConfusionMatrixView::setMatrices(const QString& finding, std::optional<Matrix> evaluated,
                                      std::optional<Matrix> baseline) {
  finding_ = finding;
  evaluated_ = std::move(evaluated);
  baseline_ = std::move(baseline);
  update();
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect(), plot_style::kBackground);
  painter.setPen(plot_style::kText);
  QFont title = font();
  title.setBold(true);
  painter.setFont(title);
  const QRectF header(8, 4, width() - 16, 22);
  painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, finding_.isEmpty() ? tr("No finding selected") : finding_);
  if (!evaluated_) return;
  const QRectF body(8, header.bottom() + 4, width() - 16, height() - header.bottom() - 10);
  if (baseline_) {
    const double half = body.width() / 2.0;
    paintMatrix(painter, QRectF(body.left(), body.top(), half - 6, body.height()), *evaluated_, plot_style::kNewModel);
    paintMatrix(painter, QRectF(body.left() + half + 6, body.top(), half - 6, body.height()), *baseline_,
                plot_style::kBaseline);
  } else {
    const double side = std::min(body.width(), body.height() * 1.25);
    paintMatrix(painter, QRectF(body.left() + (body.width() - side) / 2.0, body.top(), side, body.height()), *evaluated_,
                plot_style::kNewModel);
  }
}

void ConfusionMatrixView::paintMatrix(QPainter& painter, const QRectF& area, const Matrix& m, const QColor& accent) const {
  QFont small = font();
  small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1.0));
  painter.setFont(small);
  painter.setPen(accent);
  painter.drawText(QRectF(area.left(), area.top(), area.width(), 18), Qt::AlignHCenter | Qt::AlignVCenter,
                   tr("%1 · threshold %2").arg(m.title).arg(m.threshold, 0, 'f', 3));
  const double label_width = 58, label_height = 18;
  const QRectF grid(area.left() + label_width, area.top() + 20 + label_height, area.width() - label_width,
                    area.height() - 20 - label_height);
  const double cell_w = grid.width() / 2.0, cell_h = grid.height() / 2.0;
  painter.setPen(plot_style::kText);
  const QStringList calls{tr("called absent"), tr("called present")};
  const QStringList truths{tr("absent"), tr("present")};
  for (int c = 0; c < 2; ++c)
    painter.drawText(QRectF(grid.left() + c * cell_w, grid.top() - label_height, cell_w, label_height), Qt::AlignCenter,
                     calls[c]);
  for (int r = 0; r < 2; ++r)
    painter.drawText(QRectF(area.left(), grid.top() + r * cell_h, label_width - 4, cell_h), Qt::AlignRight | Qt::AlignVCenter,
                     truths[r]);
  const std::int64_t cells[2][2] = {{m.counts.true_negative, m.counts.false_positive},
                                    {m.counts.false_negative, m.counts.true_positive}};
  QFont big = font();
  big.setBold(true);
  big.setPointSizeF(font().pointSizeF() + 3.0);
  for (int r = 0; r < 2; ++r) {
    const double row_total = static_cast<double>(cells[r][0] + cells[r][1]);
    for (int c = 0; c < 2; ++c) {
      const double share = row_total > 0 ? static_cast<double>(cells[r][c]) / row_total : 0.0;
      // Correct calls (the diagonal) in the model's colour, errors in a warning red.
      QColor fill = r == c ? accent : plot_style::kPositive;
      fill.setAlphaF(0.12 + 0.78 * share);
      const QRectF cell(grid.left() + c * cell_w + 2, grid.top() + r * cell_h + 2, cell_w - 4, cell_h - 4);
      painter.setPen(Qt::NoPen);
      painter.setBrush(fill);
      painter.drawRoundedRect(cell, 4, 4);
      painter.setPen(QColor(245, 246, 248));
      painter.setFont(big);
      painter.drawText(cell.adjusted(0, 0, 0, -cell.height() * 0.25), Qt::AlignCenter, QString::number(cells[r][c]));
      painter.setFont(small);
      painter.drawText(cell.adjusted(0, cell.height() * 0.45, 0, 0), Qt::AlignCenter,
                       row_total > 0 ? QStringLiteral("%1 %").arg(100.0 * share, 0, 'f', 0) : QStringLiteral("–"));
    }
  }
}

}  // namespace ctlite::widgets
