#pragma once
// The workstation's chart look (findings panel, evaluation charts): a reading-room dark theme,
// so the plots sit in the workstation without glare, and one palette for "new model" versus
// "current model".

#include <QColor>
#include <QString>

class QCPAxis;
class QCustomPlot;

namespace ctlite::widgets::plot_style {

const QColor kBackground(27, 29, 34);
const QColor kText(210, 212, 218);
const QColor kGrid(70, 74, 82);
const QColor kNewModel(240, 150, 60);    // the evaluated (new) model
const QColor kBaseline(90, 160, 230);    // the current model it is compared with
const QColor kPositive(222, 96, 80);     // has the finding
const QColor kNegative(120, 136, 160);   // does not

// Light axis line, ticks and labels, dotted grid.
void style_axis(QCPAxis* axis);
// Dark background, every axis styled, legend styled to match.
void apply(QCustomPlot* plot);
// A finding name short enough for a radar axis label.
QString short_label(const QString& name, int max_characters = 16);

}  // namespace ctlite::widgets::plot_style
