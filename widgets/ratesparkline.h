#pragma once

#include <QList>
#include <QWidget>

namespace netlab {

// A small line graph of a rate history (one value per second, oldest first), scaled to its
// own maximum, with the latest value as a dot. Paints only when the history changes.
class RateSparkline : public QWidget
{
    Q_OBJECT

public:
    explicit RateSparkline(QWidget *parent = nullptr);

    void setHistory(const QList<double> &history);
    QList<double> history() const { return m_history; }
    // Points painted: the newest ones that fit, one per pixel column pair.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_history;
};

} // namespace netlab
