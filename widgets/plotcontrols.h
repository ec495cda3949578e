#pragma once

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QPushButton;
QT_END_NAMESPACE

namespace netlab {

class ChartViewport;

// The row of controls above time-series charts, bound to their ChartViewport: the live
// window, Pause (the charts freeze, samples keep arriving), Follow live (after a zoom), and
// Export CSV / Save image (the tab does the saving). A tab adds its own controls with
// addWidget(). Says in words where a zoom went (rangeMessage()) for the tab's status line.
class PlotControls : public QWidget
{
    Q_OBJECT

public:
    // windows: the live window's choices (ms) and their names, the first one chosen.
    PlotControls(ChartViewport *range, const QList<qint64> &windowsMs, const QStringList &names,
        QWidget *parent = nullptr);

    qint64 windowMs() const;
    int windowIndex() const;
    void setWindowIndex(int index);
    bool isPaused() const;
    void setPaused(bool paused);
    void addWidget(QWidget *widget); // between Follow live and the export buttons
    void setExportEnabled(bool enabled);

signals:
    void pausedChanged(bool paused);
    void windowChanged(qint64 windowMs);
    void exportCsvRequested();
    void saveImageRequested();
    void rangeMessage(const QString &text);

private:
    ChartViewport *m_range;
    QList<qint64> m_windows;
    QHBoxLayout *m_layout = nullptr;
    QComboBox *m_window = nullptr;
    QCheckBox *m_pause = nullptr;
    QPushButton *m_liveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_imageButton = nullptr;
    int m_insertAt = 0;
};

} // namespace netlab
