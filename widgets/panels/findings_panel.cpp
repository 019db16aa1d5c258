#include "widgets/panels/findings_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "widgets/evaluation/plot_style.h"
#include "widgets/models/findings_model.h"
#include "widgets/panels/finding_names.h"

namespace ctlite::widgets {

namespace {

const QColor kPresent(222, 96, 80);
const QColor kAbsent(92, 126, 168);
constexpr int kRowHeightPx = 24;

QString stage_label(const QString& stage) {
  if (stage == QLatin1String("load")) return FindingsPanel::tr("Loading");
  if (stage == QLatin1String("preprocess")) return FindingsPanel::tr("Preprocessing");
  if (stage == QLatin1String("encode")) return FindingsPanel::tr("Encoding");
  if (stage == QLatin1String("score")) return FindingsPanel::tr("Scoring");
  return stage;
}

}  // namespace

FindingsPanel::FindingsPanel(FindingsModel* model, QWidget* parent) : QWidget(parent), model_(model) {
  setObjectName(QStringLiteral("findings-panel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  model_name_ = new QLabel(this);
  model_name_->setObjectName(QStringLiteral("model-name"));
  model_name_->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 13px;"));
  model_name_->setWordWrap(true);
  notice_ = new QLabel(this);
  notice_->setObjectName(QStringLiteral("model-notice"));
  notice_->setWordWrap(true);
  notice_->setStyleSheet(QStringLiteral(
      "background: #4a3b12; color: #ffd98a; border: 1px solid #8a6d1f; border-radius: 3px; padding: 4px;"));
  layout->addWidget(model_name_);
  layout->addWidget(notice_);

  auto* status_row = new QHBoxLayout;
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->setMaximumHeight(10);
  cancel_ = new QPushButton(tr("Cancel"), this);
  connect(cancel_, &QPushButton::clicked, this, &FindingsPanel::cancelRequested);
  status_row->addWidget(status_, 1);
  status_row->addWidget(cancel_);
  layout->addLayout(status_row);
  layout->addWidget(progress_);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  layout->addWidget(summary_);

  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("findings-plot"));
  plot_->setBackground(plot_style::kBackground);
  plot_->axisRect()->setBackground(plot_style::kBackground);
  plot_->setMinimumHeight(18 * kRowHeightPx + 50);
  plot_style::style_axis(plot_->xAxis);
  plot_style::style_axis(plot_->yAxis);
  plot_->xAxis->setRange(0.0, 1.0);
  // The long CT-RATE names leave the bars a narrow strip: three ticks stay legible there.
  auto score_ticks = QSharedPointer<QCPAxisTickerFixed>::create();
  score_ticks->setTickStep(0.5);
  score_ticks->setScaleStrategy(QCPAxisTickerFixed::ssNone);
  plot_->xAxis->setTicker(score_ticks);
  plot_->setMinimumWidth(420);
  plot_->xAxis->setLabel(tr("Score"));
  plot_->yAxis->setRangeReversed(true);
  plot_->yAxis->grid()->setVisible(false);
  plot_->yAxis->setTickLength(0, 0);
  plot_->yAxis->setSubTicks(false);
  connect(plot_, &QCustomPlot::mousePress, this, &FindingsPanel::onPlotClicked);
  layout->addWidget(plot_, 1);

  connect(model_, &FindingsModel::findingsChanged, this, &FindingsPanel::rebuild);
  connect(model_, &FindingsModel::activeChanged, this, &FindingsPanel::rebuild);
  setRunning(false);
  setPendingModel(QString(), QString());
  rebuild();
}

void FindingsPanel::setPendingModel(const QString& model_name, const QString& notice) {
  if (model_->hasResult()) return;
  model_name_->setText(model_name.isEmpty() ? tr("No model selected") : tr("Model: %1").arg(model_name));
  notice_->setText(notice.isEmpty() ? tr("Research prototype trained on synthetic phantoms. Not for clinical use.")
                                    : notice);
}

void FindingsPanel::showIdentity(const ModelIdentity& identity) {
  QString text = tr("Model: %1").arg(identity.name.isEmpty() ? identity.id : identity.name);
  if (!identity.version.isEmpty()) text += QStringLiteral(" · ") + tr("version %1").arg(identity.version);
  model_name_->setText(text);
  if (!identity.weights_sha256.isEmpty())
    model_name_->setToolTip(tr("Weights SHA-256: %1").arg(identity.weights_sha256));
  notice_->setText(identity.notice.isEmpty()
                       ? tr("Research prototype trained on synthetic phantoms. Not for clinical use.")
                       : identity.notice);
}

void FindingsPanel::setRunning(bool running) {
  progress_->setVisible(running);
  cancel_->setVisible(running);
  if (running) {
    progress_->setValue(0);
    setStatus(tr("Starting the CT-Lite engine…"), false);
  }
}

void FindingsPanel::setProgress(const QString& stage, double fraction, const QString& message) {
  progress_->setValue(static_cast<int>(std::lround(fraction * 1000.0)));
  setStatus(message.isEmpty() ? stage_label(stage) : tr("%1: %2").arg(stage_label(stage), message), false);
}

void FindingsPanel::setStatus(const QString& text, bool is_error) {
  status_->setText(text);
  status_->setStyleSheet(is_error ? QStringLiteral("color: #ff8a80;") : QString());
}

void FindingsPanel::rebuild() {
  plot_->clearPlottables();
  plot_->clearItems();
  const QVector<Finding>& findings = model_->sortedFindings();
  if (const auto identity = model_->modelIdentity()) showIdentity(*identity);
  if (!model_->hasResult()) {
    summary_->setText(tr("Run CT-Lite (Ctrl+R) to score the 18 chest CT findings."));
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot_->yAxis->setRange(-0.5, 0.5);
    plot_->replot();
    return;
  }
  const ScoreResult& result = *model_->result();
  QString summary = tr("%1 of %2 findings above threshold").arg(model_->presentCount()).arg(findings.size());
  if (!result.device.isEmpty()) summary += QStringLiteral(" · ") + result.device.toUpper();
  double total_ms = 0.0;
  for (const auto& timing : result.timings_ms) total_ms += timing.second;
  if (total_ms > 0.0) summary += QStringLiteral(" · ") + tr("%1 s").arg(total_ms / 1000.0, 0, 'f', 1);
  summary_->setText(summary);

  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  auto* present = new QCPBars(plot_->yAxis, plot_->xAxis);
  auto* absent = new QCPBars(plot_->yAxis, plot_->xAxis);
  for (QCPBars* bars : {present, absent}) {
    bars->setWidth(0.62);
    bars->setPen(Qt::NoPen);
  }
  present->setBrush(kPresent);
  absent->setBrush(kAbsent);
  present->setName(tr("Present"));
  absent->setName(tr("Absent"));

  auto* thresholds = plot_->addGraph(plot_->yAxis, plot_->xAxis);
  thresholds->setLineStyle(QCPGraph::lsNone);
  QPainterPath tick;
  tick.moveTo(0, -9);
  tick.lineTo(0, 9);
  thresholds->setScatterStyle(QCPScatterStyle(tick, QPen(QColor(250, 250, 250), 2), Qt::NoBrush, 18));
  thresholds->setName(tr("Threshold"));

  for (int row = 0; row < findings.size(); ++row) {
    const Finding& finding = findings[row];
    const double key = row;
    (finding.present ? present : absent)->addData(key, std::clamp(finding.score, 0.0, 1.0));
    thresholds->addData(key, std::clamp(finding.threshold, 0.0, 1.0));
    ticker->addTick(key, translated_finding_name(finding.name));
    auto* label = new QCPItemText(plot_);
    label->setClipToAxisRect(false);
    label->position->setAxes(plot_->xAxis, plot_->yAxis);
    label->position->setCoords(1.005, key);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setColor(finding.present ? kPresent.lighter(130) : plot_style::kText);
    label->setText(QStringLiteral("%1 %2").arg(finding.score, 0, 'f', 2).arg(finding.present ? tr("present") : tr("absent")));
  }
  if (model_->activeIndex() >= 0) {
    auto* highlight = new QCPItemRect(plot_);
    highlight->setLayer(QStringLiteral("background"));
    highlight->topLeft->setAxes(plot_->xAxis, plot_->yAxis);
    highlight->bottomRight->setAxes(plot_->xAxis, plot_->yAxis);
    highlight->topLeft->setCoords(0.0, model_->activeIndex() - 0.5);
    highlight->bottomRight->setCoords(1.0, model_->activeIndex() + 0.5);
    highlight->setPen(QPen(QColor(80, 200, 255), 1));
    highlight->setBrush(QColor(80, 200, 255, 40));
  }
  plot_->yAxis->setTicker(ticker);
  plot_->yAxis->setRange(-0.6, findings.size() - 0.4);
  // Room on the right for the "0.73 present" labels.
  plot_->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
  plot_->axisRect()->setMargins(QMargins(0, 0, 96, 0));
  plot_->setMinimumHeight(static_cast<int>(findings.size()) * kRowHeightPx + 50);
  plot_->replot();
}

int FindingsPanel::rowAt(double plot_y) const {
  const int count = static_cast<int>(model_->sortedFindings().size());
  if (count == 0) return -1;
  const int row = static_cast<int>(std::lround(plot_->yAxis->pixelToCoord(plot_y)));
  return (row >= 0 && row < count) ? row : -1;
}

void FindingsPanel::onPlotClicked(QMouseEvent* event) {
  const int row = rowAt(event->position().y());
  if (row >= 0) model_->activate(row);
}

}  // namespace ctlite::widgets
