#include "widgets/evaluation/evaluation_view.h"

#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "widgets/evaluation/confusion_matrix_view.h"
#include "widgets/evaluation/evaluation_chart_model.h"
#include "widgets/evaluation/evaluation_table_model.h"
#include "widgets/evaluation/plot_style.h"
#include "widgets/panels/finding_names.h"

namespace ctlite::widgets {

namespace {

// Distinct hues for several ROC curves at once; the first is the new model's colour.
const QColor kCurvePalette[] = {plot_style::kNewModel, QColor(110, 200, 120), QColor(200, 120, 220),
                                QColor(240, 210, 90), QColor(90, 210, 210), QColor(230, 110, 150)};

QWidget* titled_panel(const QString& title, QWidget* content, QWidget* parent, QLabel* caption = nullptr) {
  auto* frame = new QFrame(parent);
  frame->setObjectName(QStringLiteral("evaluation-panel"));
  frame->setStyleSheet(QStringLiteral("QFrame#evaluation-panel { background: #1b1d22; border: 1px solid #34373f; border-radius: 4px; }"));
  auto* layout = new QVBoxLayout(frame);
  layout->setContentsMargins(6, 4, 6, 6);
  layout->setSpacing(2);
  auto* label = new QLabel(title, frame);
  label->setStyleSheet(QStringLiteral("font-weight: 600; color: #e4e6ea; border: none;"));
  layout->addWidget(label);
  if (caption) {
    caption->setParent(frame);
    caption->setWordWrap(true);
    caption->setStyleSheet(QStringLiteral("color: #a9adb6; border: none; font-size: 11px;"));
    layout->addWidget(caption);
  }
  layout->addWidget(content, 1);
  return frame;
}

QCustomPlot* make_plot(QWidget* parent, const QString& name) {
  auto* plot = new QCustomPlot(parent);
  plot->setObjectName(name);
  plot->setMinimumSize(240, 200);
  plot_style::apply(plot);
  return plot;
}

QCPCurve* add_curve(QCustomPlot* plot, const QVector<QPointF>& points, const QPen& pen) {
  auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
  QVector<double> t, x, y;
  for (int i = 0; i < points.size(); ++i) {
    t << i;
    x << points[i].x();
    y << points[i].y();
  }
  curve->setData(t, x, y, true);
  curve->setPen(pen);
  return curve;
}

QString format_metric(const std::optional<double>& value) { return value ? QString::number(*value, 'f', 3) : QStringLiteral("–"); }

}  // namespace

EvaluationView::EvaluationView(QWidget* parent)
    : QWidget(parent), table_model_(new EvaluationTableModel(this)), chart_model_(new EvaluationChartModel(this)) {
  setObjectName(QStringLiteral("evaluation-view"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 8);
  layout->setSpacing(6);

  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("evaluation-title"));
  title_->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600; color: #e4e6ea;"));
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("evaluation-summary"));
  summary_->setTextFormat(Qt::RichText);
  summary_->setWordWrap(true);
  notice_ = new QLabel(this);
  notice_->setWordWrap(true);
  notice_->setStyleSheet(QStringLiteral(
      "background: #4a3b12; color: #ffd98a; border: 1px solid #8a6d1f; border-radius: 3px; padding: 4px;"));
  layout->addWidget(title_);
  layout->addWidget(summary_);
  layout->addWidget(notice_);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  auto* left = new QWidget(splitter);
  auto* left_layout = new QVBoxLayout(left);
  left_layout->setContentsMargins(0, 0, 0, 0);
  table_ = new QTableView(left);
  table_->setObjectName(QStringLiteral("evaluation-table"));
  table_->setModel(table_model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->setVisible(false);
  table_->verticalHeader()->setDefaultSectionSize(22);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(EvaluationTableModel::Finding, QHeaderView::Stretch);
  table_->setShowGrid(false);
  auto* hint = new QLabel(tr("Select rows to compare their ROC curves; the current row drives the confusion matrix "
                             "and the t-SNE colouring."),
                          left);
  hint->setWordWrap(true);
  hint->setStyleSheet(QStringLiteral("color: #a9adb6; font-size: 11px;"));
  left_layout->addWidget(table_, 1);
  left_layout->addWidget(hint);

  auto* charts = new QWidget(splitter);
  auto* grid = new QGridLayout(charts);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(6);
  roc_plot_ = make_plot(charts, QStringLiteral("roc-plot"));
  radar_plot_ = make_plot(charts, QStringLiteral("radar-plot"));
  tsne_plot_ = make_plot(charts, QStringLiteral("tsne-plot"));
  confusion_ = new ConfusionMatrixView(charts);
  tsne_caption_ = new QLabel;
  grid->addWidget(titled_panel(tr("ROC curves"), roc_plot_, charts), 0, 0);
  grid->addWidget(titled_panel(tr("AUROC per finding"), radar_plot_, charts), 0, 1);
  grid->addWidget(titled_panel(tr("Confusion matrix at the decision threshold"), confusion_, charts), 1, 0);
  grid->addWidget(titled_panel(tr("t-SNE of image and prompt latents"), tsne_plot_, charts, tsne_caption_), 1, 1);
  grid->setRowStretch(0, 1);
  grid->setRowStretch(1, 1);
  grid->setColumnStretch(0, 1);
  grid->setColumnStretch(1, 1);
  splitter->addWidget(left);
  splitter->addWidget(charts);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({620, 980});
  layout->addWidget(splitter, 1);

  // The t-SNE legend goes under the map: inside it would hide points wherever it sat.
  tsne_plot_->axisRect()->insetLayout()->take(tsne_plot_->legend);
  tsne_plot_->plotLayout()->addElement(1, 0, tsne_plot_->legend);
  tsne_plot_->plotLayout()->setRowStretchFactor(1, 0.001);
  tsne_plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  tsne_plot_->legend->setWrap(2);  // two columns: three would clip the prompt labels
  tsne_plot_->legend->setBrush(Qt::NoBrush);
  tsne_plot_->legend->setBorderPen(Qt::NoPen);
  // The radar must stay round whatever the panel's shape: equal units on both axes, decided
  // once the layout knows the axis rectangle's size.
  connect(radar_plot_, &QCustomPlot::afterLayout, this, &EvaluationView::keepRadarRound);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvaluationView::onSelectionChanged);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvaluationView::onSelectionChanged);
  connect(chart_model_, &EvaluationChartModel::reportsChanged, this, [this] {
    rebuildHeader();
    rebuildRoc();
    rebuildRadar();
    rebuildConfusion();
    rebuildTsne();
  });
  connect(chart_model_, &EvaluationChartModel::focusChanged, this, [this] {
    rebuildConfusion();
    rebuildTsne();
  });
  connect(chart_model_, &EvaluationChartModel::rocFindingsChanged, this, &EvaluationView::rebuildRoc);
  rebuildHeader();
}

void EvaluationView::setReport(const core::EvaluationReport& report) {
  table_model_->setReport(report);
  chart_model_->setReport(report);
  focusFinding(chart_model_->focusedFinding());
}

void EvaluationView::setBaseline(const core::EvaluationReport& baseline) {
  table_model_->setBaseline(baseline);
  chart_model_->setBaseline(baseline);
}

void EvaluationView::clearBaseline() {
  table_model_->setBaseline(std::nullopt);
  chart_model_->setBaseline(std::nullopt);
}

void EvaluationView::focusFinding(const QString& finding) {
  const int row = static_cast<int>(chart_model_->findings().indexOf(finding));
  if (row < 0) return;
  table_->selectionModel()->setCurrentIndex(table_model_->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EvaluationView::onSelectionChanged() {
  QStringList selected;
  for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
    const QString name = table_model_->findingAt(index.row());
    if (!name.isEmpty()) selected << name;
  }
  const QString current = table_model_->findingAt(table_->selectionModel()->currentIndex().row());
  if (!current.isEmpty()) chart_model_->setFocusedFinding(current);
  if (!selected.isEmpty()) chart_model_->setRocFindings(selected);
}

QString EvaluationView::reportLabel(bool baseline) const {
  const auto& report = baseline ? chart_model_->baseline() : chart_model_->report();
  if (!report) return {};
  const QString id = QString::fromStdString(report->model_id.empty() ? QFileInfo(QString::fromStdString(report->model)).fileName().toStdString()
                                                                     : report->model_id);
  return baseline ? tr("current (%1)").arg(id) : tr("new (%1)").arg(id);
}

void EvaluationView::rebuildHeader() {
  const auto& report = chart_model_->report();
  if (!report) {
    title_->setText(tr("Evaluation"));
    summary_->setText(tr("No evaluation report loaded."));
    notice_->hide();
    return;
  }
  title_->setText(tr("Evaluation · %1").arg(QString::fromStdString(report->model_id)));
  QString summary = tr("%1 cases · split <b>%2</b> · thresholds from %3 · macro AUROC <b>%4</b> · weighted F1 <b>%5</b> · "
                       "accuracy <b>%6</b>")
                        .arg(report->cases)
                        .arg(QString::fromStdString(report->split).toHtmlEscaped(),
                             QString::fromStdString(report->thresholds_from).toHtmlEscaped(), format_metric(report->macro_auroc),
                             format_metric(report->macro_weighted_f1), format_metric(report->macro_accuracy));
  if (const auto& baseline = chart_model_->baseline()) {
    const MetricDelta delta = macro_delta(*report, *baseline);
    const QString colour = delta.auroc && *delta.auroc < 0 ? QStringLiteral("#e66e5f") : QStringLiteral("#6ec878");
    summary += tr("<br>Compared with %1: macro AUROC <span style='color:%2'><b>%3</b></span> (%4)")
                   .arg(reportLabel(true).toHtmlEscaped(), colour,
                        delta.auroc ? QString::asprintf("%+.3f", *delta.auroc) : QStringLiteral("–"),
                        format_metric(baseline->macro_auroc));
  }
  summary_->setText(summary);
  notice_->setText(QString::fromStdString(report->notice));
  notice_->setVisible(!report->notice.empty());
}

void EvaluationView::rebuildRoc() {
  roc_plot_->clearPlottables();
  roc_plot_->clearItems();
  roc_plot_->xAxis->setRange(-0.01, 1.01);
  roc_plot_->yAxis->setRange(-0.01, 1.01);
  roc_plot_->xAxis->setLabel(tr("False positive rate (1 − specificity)"));
  roc_plot_->yAxis->setLabel(tr("True positive rate (sensitivity)"));
  auto* chance = add_curve(roc_plot_, {{0, 0}, {1, 1}}, QPen(plot_style::kGrid, 1, Qt::DashLine));
  chance->removeFromLegend();
  const QStringList findings = chart_model_->rocFindings();
  const bool compare = chart_model_->baseline().has_value();
  for (int i = 0; i < findings.size(); ++i) {
    const QColor colour = kCurvePalette[i % std::size(kCurvePalette)];
    const QString name = translated_finding_name(findings[i]);
    const core::FindingMetrics* now = chart_model_->report()->finding(findings[i].toStdString());
    auto* curve = add_curve(roc_plot_, chart_model_->rocCurve(findings[i]), QPen(colour, 2.2));
    curve->setName(compare ? tr("%1 · new %2").arg(name, format_metric(now->auroc)) : tr("%1 · AUROC %2").arg(name, format_metric(now->auroc)));
    if (compare) {
      const QVector<QPointF> before = chart_model_->rocCurve(findings[i], true);
      if (before.isEmpty()) continue;
      const core::FindingMetrics* then = chart_model_->baseline()->finding(findings[i].toStdString());
      const QColor baseline_colour = findings.size() == 1 ? plot_style::kBaseline : colour.lighter(130);
      auto* old = add_curve(roc_plot_, before, QPen(baseline_colour, 1.8, Qt::DashLine));
      old->setName(tr("%1 · current %2").arg(name, format_metric(then->auroc)));
    }
  }
  roc_plot_->legend->setVisible(!findings.isEmpty());
  roc_plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  roc_plot_->replot();
}

void EvaluationView::rebuildRadar() {
  QCustomPlot* plot = radar_plot_;
  plot->clearPlottables();
  plot->clearItems();
  plot->xAxis->setVisible(false);
  plot->yAxis->setVisible(false);
  plot->xAxis->grid()->setVisible(false);
  plot->yAxis->grid()->setVisible(false);
  plot->axisRect()->setAutoMargins(QCP::msNone);
  plot->axisRect()->setMargins(QMargins(4, 4, 4, 4));
  const QStringList axes = chart_model_->findings();
  const int n = static_cast<int>(axes.size());
  if (n < 3) {
    plot->replot();
    return;
  }
  // Rings every 0.25 AUROC; 0.5 (chance) drawn brighter.
  for (double ring : {0.25, 0.5, 0.75, 1.0}) {
    QVector<QPointF> circle;
    for (int k = 0; k <= n; ++k) circle << radar_point(k % n, n, ring);
    auto* curve = add_curve(plot, circle, QPen(ring == 0.5 ? QColor(120, 124, 132) : plot_style::kGrid, 1,
                                               ring == 0.5 ? Qt::SolidLine : Qt::DotLine));
    curve->removeFromLegend();
    auto* label = new QCPItemText(plot);
    // Along the bisector of the first two axes, clear of the axis labels.
    const QPointF between = (radar_point(0, n, ring) + radar_point(1, n, ring)) / 2.0;
    label->position->setCoords(between);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setText(QString::number(ring, 'f', 2));
    label->setColor(QColor(140, 144, 152));
    QFont tiny = font();
    tiny.setPointSizeF(7);
    label->setFont(tiny);
  }
  for (int k = 0; k < n; ++k) {
    add_curve(plot, {{0, 0}, radar_point(k, n, 1.0)}, QPen(plot_style::kGrid, 1, Qt::DotLine))->removeFromLegend();
    auto* label = new QCPItemText(plot);
    const QPointF at = radar_point(k, n, 1.08);
    label->position->setCoords(at);
    const Qt::Alignment horizontal = std::abs(at.x()) < 0.05 ? Qt::AlignHCenter : at.x() > 0 ? Qt::AlignLeft : Qt::AlignRight;
    const Qt::Alignment vertical = std::abs(at.y()) < 0.05 ? Qt::AlignVCenter : at.y() > 0 ? Qt::AlignBottom : Qt::AlignTop;
    label->setPositionAlignment(horizontal | vertical);
    label->setText(plot_style::short_label(translated_finding_name(axes[k])));
    label->setColor(plot_style::kText);
    QFont small = font();
    small.setPointSizeF(7.5);
    label->setFont(small);
  }
  auto add_polygon = [&](bool baseline, const QColor& colour, Qt::PenStyle style) {
    const QVector<QPointF> polygon = chart_model_->radarPolygon(baseline);
    if (polygon.isEmpty()) return;
    auto* curve = add_curve(plot, polygon, QPen(colour, 2, style));
    QColor fill = colour;
    fill.setAlpha(baseline ? 30 : 60);
    // QCustomPlot's fill of a curve with gaps (NaN: undefined AUROC) does not terminate: outline only then.
    const bool gaps = std::any_of(polygon.begin(), polygon.end(), [](const QPointF& p) { return std::isnan(p.x()); });
    if (!gaps) curve->setBrush(fill);
    curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
    curve->setName(reportLabel(baseline));
  };
  if (chart_model_->baseline()) add_polygon(true, plot_style::kBaseline, Qt::DashLine);
  add_polygon(false, plot_style::kNewModel, Qt::SolidLine);
  plot->legend->setVisible(true);
  plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  plot->replot();
}

void EvaluationView::keepRadarRound() {
  // Room for the axis labels: ±1.75 across, ±1.3 up and down, widened on the longer side.
  constexpr double kHalfWidth = 1.75, kHalfHeight = 1.3;
  const QRect area = radar_plot_->axisRect()->rect();
  if (area.width() < 1 || area.height() < 1) return;
  const double aspect = static_cast<double>(area.width()) / area.height();
  if (aspect > kHalfWidth / kHalfHeight) {
    radar_plot_->yAxis->setRange(-kHalfHeight, kHalfHeight);
    radar_plot_->xAxis->setRange(-kHalfHeight * aspect, kHalfHeight * aspect);
  } else {
    radar_plot_->xAxis->setRange(-kHalfWidth, kHalfWidth);
    radar_plot_->yAxis->setRange(-kHalfWidth / aspect, kHalfWidth / aspect);
  }
}

void EvaluationView::rebuildConfusion() {
  const QString finding = chart_model_->focusedFinding();
  auto matrix = [&](bool baseline) -> std::optional<ConfusionMatrixView::Matrix> {
    const auto& report = baseline ? chart_model_->baseline() : chart_model_->report();
    const core::FindingMetrics* f = report ? report->finding(finding.toStdString()) : nullptr;
    if (!f) return std::nullopt;
    return ConfusionMatrixView::Matrix{reportLabel(baseline), f->confusion, f->threshold};
  };
  confusion_->setMatrices(finding.isEmpty() ? QString() : translated_finding_name(finding), matrix(false), matrix(true));
}

void EvaluationView::rebuildTsne() {
  QCustomPlot* plot = tsne_plot_;
  plot->clearPlottables();
  plot->clearItems();
  plot->xAxis->setTickLabels(false);
  plot->yAxis->setTickLabels(false);
  const auto& report = chart_model_->report();
  if (!chart_model_->hasTsne()) {
    tsne_caption_->setText(report ? tr("This report has no t-SNE map (evaluate with --out to compute one).") : QString());
    plot->replot();
    return;
  }
  const QString finding = translated_finding_name(chart_model_->focusedFinding());
  QString caption = tr("Cases (dots) and prompts (triangles) in one map, coloured by %1 · perplexity %2")
                        .arg(finding)
                        .arg(report->tsne->perplexity, 0, 'f', 1);
  if (report->tsne->neighbours > 0)
    caption += tr(" · trustworthiness %1 (k = %2)").arg(report->tsne->trustworthiness, 0, 'f', 3).arg(report->tsne->neighbours);
  tsne_caption_->setText(caption);
  const TsneGroups groups = chart_model_->tsneGroups();
  auto scatter = [&](const QVector<QPointF>& points, QCPScatterStyle style, const QString& name) {
    auto* graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    for (const QPointF& p : points) graph->addData(p.x(), p.y());
    graph->setName(name);
    return graph;
  };
  scatter(groups.other_prompts, QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(150, 154, 162), 7),
          tr("other findings' prompts"));
  scatter(groups.negative_cases, QCPScatterStyle(QCPScatterStyle::ssDisc, plot_style::kNegative, 6),
          tr("cases without %1").arg(finding));
  scatter(groups.positive_cases, QCPScatterStyle(QCPScatterStyle::ssDisc, plot_style::kPositive, 7),
          tr("cases with %1").arg(finding));
  auto prompt = [&](const std::optional<QPointF>& at, QCPScatterStyle::ScatterShape shape, const QColor& colour,
                    const QString& text) {
    if (!at) return;
    scatter({*at}, QCPScatterStyle(shape, QPen(Qt::white, 1.5), colour, 15), text);
    auto* label = new QCPItemText(plot);
    label->position->setCoords(*at);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setPadding(QMargins(8, 0, 0, 6));
    label->setText(text);
    label->setColor(colour.lighter(130));
  };
  prompt(groups.present_prompt, QCPScatterStyle::ssTriangle, plot_style::kPositive, tr("“%1 is present.”").arg(finding));
  prompt(groups.absent_prompt, QCPScatterStyle::ssTriangleInverted, plot_style::kBaseline,
         tr("“%1 is not present.”").arg(finding));
  plot->rescaleAxes();
  plot->xAxis->scaleRange(1.15);
  plot->yAxis->scaleRange(1.15);
  plot->legend->setVisible(true);
  QFont small = font();
  small.setPointSizeF(7.5);
  plot->legend->setFont(small);
  plot->replot();
}

}  // namespace ctlite::widgets
