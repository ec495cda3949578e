#include "plotcontrols.h"

#include <netlab/chartviewport.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace netlab {

PlotControls::PlotControls(
    ChartViewport *range, const QList<qint64> &windowsMs, const QStringList &names, QWidget *parent)
    : QWidget(parent)
    , m_range(range)
    , m_windows(windowsMs)
{
    m_window = new QComboBox(this);
    m_window->setObjectName(u"windowCombo"_s);
    m_window->addItems(names);
    m_window->setAccessibleName(tr("Time window"));
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);
    m_pause = new QCheckBox(tr("&Pause"), this);
    m_pause->setObjectName(u"pauseCheck"_s);
    m_pause->setAccessibleName(tr("Pause the charts"));
    m_pause->setToolTip(tr("Freeze the charts (samples keep arriving and are kept)"));
    m_liveButton = new QPushButton(tr("Follow &live"), this);
    m_liveButton->setObjectName(u"followLiveButton"_s);
    m_liveButton->setAccessibleName(tr("Follow live"));
    m_liveButton->setToolTip(tr("Back to the moving window after zooming (End). Zoom: drag or "
                                "wheel over a chart, or + and -; move with the arrow keys; "
                                "Shift+arrows move the readout."));
    m_exportButton = new QPushButton(tr("Export &CSV…"), this);
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setAccessibleName(tr("Export the window as CSV"));
    m_imageButton = new QPushButton(tr("Save &image…"), this);
    m_imageButton->setObjectName(u"savePngButton"_s);
    m_imageButton->setAccessibleName(tr("Save the charts as a PNG or SVG image"));

    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(windowLabel);
    m_layout->addWidget(m_window);
    m_layout->addWidget(m_pause);
    m_layout->addWidget(m_liveButton);
    m_layout->addSpacing(12);
    m_insertAt = m_layout->count();
    m_layout->addStretch();
    m_layout->addWidget(m_exportButton);
    m_layout->addWidget(m_imageButton);

    m_range->setWindowMs(m_windows.value(0, 60'000));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_range->setWindowMs(windowMs());
        m_range->followLive(); // a window choice is a live view
        emit windowChanged(windowMs());
    });
    connect(m_pause, &QCheckBox::toggled, this, &PlotControls::pausedChanged);
    connect(m_liveButton, &QPushButton::clicked, m_range, &ChartViewport::followLive);
    connect(m_exportButton, &QPushButton::clicked, this, &PlotControls::exportCsvRequested);
    connect(m_imageButton, &QPushButton::clicked, this, &PlotControls::saveImageRequested);
    connect(m_range, &ChartViewport::userMoved, this, [this](qint64 from, qint64 to) {
        const QString format = m_range->spanMs() < 60'000 ? u"HH:mm:ss.zzz"_s : u"dd.MM HH:mm:ss"_s;
        emit rangeMessage(tr("Zoomed to %1 – %2: the charts hold still; Follow live (End) goes "
                             "back to the moving window")
                              .arg(QDateTime::fromMSecsSinceEpoch(from).toString(format),
                                  QDateTime::fromMSecsSinceEpoch(to).toString(format)));
    });
    connect(m_range, &ChartViewport::liveChanged, this, [this](bool live) {
        if (live)
            emit rangeMessage(tr("Following the live data"));
    });
}

qint64 PlotControls::windowMs() const
{
    return m_windows.value(qBound(0, m_window->currentIndex(), int(m_windows.size()) - 1));
}

int PlotControls::windowIndex() const
{
    return m_window->currentIndex();
}

void PlotControls::setWindowIndex(int index)
{
    m_window->setCurrentIndex(qBound(0, index, int(m_windows.size()) - 1));
}

bool PlotControls::isPaused() const
{
    return m_pause->isChecked();
}

void PlotControls::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void PlotControls::addWidget(QWidget *widget)
{
    m_layout->insertWidget(m_insertAt++, widget);
}

void PlotControls::setExportEnabled(bool enabled)
{
    m_exportButton->setEnabled(enabled);
}

} // namespace netlab
