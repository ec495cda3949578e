#pragma once

#include <QStyledItemDelegate>

namespace netlab {

// Draws the UDP port table (UdpPortStatsModel) as a user reads it: a cell that reports a
// problem (bad frames) in red, and the History column as a small line graph of the rate,
// one value per second scaled to its own peak, with the latest value as a dot.
class UdpPortStatsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The graph of `history` (messages per second, oldest first) in `area`: the newest values
    // that fit, 2 pixels per second.
    static void paintHistory(QPainter *painter, const QRectF &area, const QList<double> &history,
        const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace netlab
