#include "udpportstatsdelegate.h"

#include <netlab/udpportstatsmodel.h>

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace netlab {

void UdpPortStatsDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(UdpPortStatsModel::ProblemRole).toBool())
        option->palette.setColor(QPalette::Text, Qt::red);
}

void UdpPortStatsDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant history = index.data(UdpPortStatsModel::HistoryRole);
    if (!history.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as for any cell, then the graph on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    QPalette palette = option.palette;
    if (option.state & QStyle::State_Selected) // the line in the selection's text colour
        palette.setColor(QPalette::Highlight, palette.color(QPalette::HighlightedText));
    painter->save();
    paintHistory(painter, QRectF(option.rect).adjusted(2, 3, -4, -3),
        history.value<QList<double>>(), palette);
    painter->restore();
}

QSize UdpPortStatsDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(UdpPortStatsModel::HistoryRole).isValid())
        return {120, 22};
    return QStyledItemDelegate::sizeHint(option, index);
}

void UdpPortStatsDelegate::paintHistory(
    QPainter *painter, const QRectF &area, const QList<double> &history, const QPalette &palette)
{
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    if (history.isEmpty() || area.width() < 4)
        return;
    constexpr double kStep = 2.0; // pixels per second
    const int fit = qMax(2, int(area.width() / kStep) + 1);
    const qsizetype first = qMax<qsizetype>(0, history.size() - fit);
    double peak = 0;
    for (qsizetype i = first; i < history.size(); ++i)
        peak = qMax(peak, history.at(i));
    if (peak <= 0)
        peak = 1;
    QPainterPath path;
    QPointF last;
    for (qsizetype i = first; i < history.size(); ++i) {
        const double x = area.right() - double(history.size() - 1 - i) * kStep;
        const double y = area.bottom() - history.at(i) / peak * area.height();
        last = QPointF(x, y);
        if (i == first)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setBrush(palette.color(QPalette::Highlight));
    painter->drawEllipse(last, 2.0, 2.0);
}

} // namespace netlab
