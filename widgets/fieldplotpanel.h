#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSettings;
class QTimer;
class QVBoxLayout;
QT_END_NAMESPACE

namespace netlab {

class ChartViewport;
class FramePlots;
class PlotControls;
class StatusLine;
class TimeSeriesChart;

// Live plots of decoded frame fields (a UDP struct port, the serial sensor node): pick the
// source and tick its fields, drawn together on one chart or stacked one per field, all on
// one time axis. The samples come from FramePlots (a core object): decimated per pixel column
// from its PlotBuffer at most ~30 times a second while shown, never appended point by point.
// Window, pause, follow live, CSV of the plotted fields over the view, PNG / SVG image, and a
// readout of the values under the cursor (Shift+arrows from the keyboard). A gap of
// kGapMs without frames breaks the lines and is shaded.
class FieldPlotPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 33;
    static constexpr qint64 kGapMs = 2000;

    // sourcePrefix: the FramePlots keys this panel offers ("udp/", "serial/").
    FieldPlotPanel(FramePlots *plots, const QString &sourcePrefix, StatusLine *status,
        QWidget *parent = nullptr);
    ~FieldPlotPanel() override;

    QString currentSource() const;
    void setCurrentSource(const QString &key);
    QStringList pickedFields() const;
    void setPickedFields(const QStringList &fields);
    bool isStacked() const;
    void setStacked(bool stacked);
    ChartViewport *range() const { return m_range; }
    QList<TimeSeriesChart *> charts() const { return m_charts; }
    QString readoutText() const;

    // Decimates and redraws now (what the timer does).
    void refresh();
    bool exportCsv(const QString &path);
    bool saveImage(const QString &path);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void refreshed(); // after refresh() drew (the benchmark's hook)

private:
    void fillSources();
    void fillFields();
    void rebuildCharts();
    void schedule();
    void askCsv();
    void askImage();

    FramePlots *m_plots;
    QString m_prefix;
    StatusLine *m_status;
    ChartViewport *m_range = nullptr;
    QComboBox *m_source = nullptr;
    QListWidget *m_fields = nullptr;
    QCheckBox *m_stacked = nullptr;
    PlotControls *m_controls = nullptr;
    QLabel *m_readout = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_chartArea = nullptr;
    QVBoxLayout *m_chartLayout = nullptr;
    QList<TimeSeriesChart *> m_charts;
    QList<QList<int>> m_chartSeries; // per chart: the buffer's series it draws
    QHash<QString, QStringList> m_picked; // per source
    QTimer *m_timer = nullptr;
    QString m_lastDirectory;
    bool m_dirty = true;
};

} // namespace netlab
