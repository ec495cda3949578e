#include "fieldplotpanel.h"

#include "plotcontrols.h"
#include "statusline.h"
#include "timeserieschart.h"

#include <netlab/chartviewport.h>
#include <netlab/frameplots.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

const std::array<QColor, 9> kPalette
    = {QColor(0x1f, 0x6f, 0xd0), QColor(0xd0, 0x43, 0x2b), QColor(0x2a, 0x9d, 0x3f),
        QColor(0x8e, 0x44, 0xad), QColor(0xe0, 0x8a, 0x00), QColor(0x16, 0xa0, 0xa0),
        QColor(0x7f, 0x55, 0x39), QColor(0xc2, 0x18, 0x5b), QColor(0x55, 0x55, 0x55)};

const QList<qint64> kWindowsMs = {10'000, 60'000, 5LL * 60 * 1000, 3600LL * 1000};

} // namespace

FieldPlotPanel::FieldPlotPanel(
    FramePlots *plots, const QString &sourcePrefix, StatusLine *status, QWidget *parent)
    : QWidget(parent)
    , m_plots(plots)
    , m_prefix(sourcePrefix)
    , m_status(status)
{
    m_range = new ChartViewport(this);
    m_range->setSpanLimits(100, 24LL * 3600 * 1000);

    m_source = new QComboBox(this);
    m_source->setObjectName(u"plotSourceCombo"_s);
    m_source->setAccessibleName(tr("What to plot"));
    auto *sourceLabel = new QLabel(tr("S&ource:"), this);
    sourceLabel->setBuddy(m_source);
    m_stacked = new QCheckBox(tr("S&tacked"), this);
    m_stacked->setObjectName(u"plotStackedCheck"_s);
    m_stacked->setAccessibleName(tr("One chart per field"));
    m_stacked->setToolTip(tr("One chart per field instead of all on one chart"));
    m_fields = new QListWidget(this);
    m_fields->setObjectName(u"plotFieldList"_s);
    m_fields->setAccessibleName(tr("Fields to plot"));
    m_fields->setToolTip(tr("Tick the fields to plot (Space ticks the selected one)"));
    m_fields->setMaximumWidth(160);
    m_fields->setMinimumHeight(40);
    m_controls = new PlotControls(m_range, kWindowsMs,
        {tr("10 seconds"), tr("1 minute"), tr("5 minutes"), tr("1 hour")}, this);
    m_controls->addWidget(m_stacked);
    m_readout = new QLabel(this);
    m_readout->setObjectName(u"plotReadout"_s);
    m_readout->setAccessibleName(tr("Values under the cursor"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"plotHint"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_chartArea = new QWidget(this);
    m_chartLayout = new QVBoxLayout(m_chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(0);
    m_chartLayout->addWidget(m_empty, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(sourceLabel);
    top->addWidget(m_source, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_fields);
    // Stacked charts scroll rather than make the window taller than the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"plotScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // charts narrow instead
    scroll->setWidget(m_chartArea);
    body->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_controls);
    layout->addLayout(body, 1);
    layout->addWidget(m_readout);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &FieldPlotPanel::refresh);
    auto *tick = new QTimer(this); // the live window moves without frames too
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, &FieldPlotPanel::schedule);
    tick->start();

    connect(m_plots, &FramePlots::sourcesChanged, this, &FieldPlotPanel::fillSources);
    connect(m_plots, &FramePlots::samplesAdded, this, [this](const QString &key) {
        if (key == currentSource())
            schedule();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &FieldPlotPanel::fillFields);
    connect(m_fields, &QListWidget::itemChanged, this, [this] {
        m_picked.insert(currentSource(), pickedFields());
        rebuildCharts();
    });
    connect(m_stacked, &QCheckBox::toggled, this, &FieldPlotPanel::rebuildCharts);
    connect(m_controls, &PlotControls::windowChanged, this, &FieldPlotPanel::schedule);
    connect(m_controls, &PlotControls::pausedChanged, this, &FieldPlotPanel::schedule);
    connect(m_controls, &PlotControls::rangeMessage, m_status, &StatusLine::showInfo);
    connect(m_controls, &PlotControls::exportCsvRequested, this, &FieldPlotPanel::askCsv);
    connect(m_controls, &PlotControls::saveImageRequested, this, &FieldPlotPanel::askImage);
    connect(m_range, &ChartViewport::userMoved, this, &FieldPlotPanel::schedule);
    connect(m_range, &ChartViewport::liveChanged, this, &FieldPlotPanel::schedule);
    fillSources();
}

FieldPlotPanel::~FieldPlotPanel()
{
    // The charts go with QWidget's destructor, after this one: their signals must not reach
    // this panel by then.
    qDeleteAll(m_charts); // before the range they follow
    m_charts.clear();
    m_source->disconnect(this);
    m_fields->disconnect(this);
}

QString FieldPlotPanel::currentSource() const
{
    return m_source->currentData().toString();
}

void FieldPlotPanel::setCurrentSource(const QString &key)
{
    const int index = m_source->findData(key);
    if (index >= 0)
        m_source->setCurrentIndex(index);
}

QStringList FieldPlotPanel::pickedFields() const
{
    QStringList picked;
    for (int i = 0; i < m_fields->count(); ++i) {
        if (m_fields->item(i)->checkState() == Qt::Checked)
            picked.append(m_fields->item(i)->text());
    }
    return picked;
}

void FieldPlotPanel::setPickedFields(const QStringList &fields)
{
    {
        const QSignalBlocker quiet(m_fields);
        for (int i = 0; i < m_fields->count(); ++i)
            m_fields->item(i)->setCheckState(
                fields.contains(m_fields->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_picked.insert(currentSource(), pickedFields());
    rebuildCharts();
}

bool FieldPlotPanel::isStacked() const
{
    return m_stacked->isChecked();
}

void FieldPlotPanel::setStacked(bool stacked)
{
    m_stacked->setChecked(stacked);
}

QString FieldPlotPanel::readoutText() const
{
    return m_readout->text();
}

void FieldPlotPanel::fillSources()
{
    const QString current = currentSource();
    {
        const QSignalBlocker quiet(m_source);
        m_source->clear();
        const QStringList keys = m_plots->sources();
        for (const QString &key : keys) {
            if (key.startsWith(m_prefix))
                m_source->addItem(m_plots->label(key), key);
        }
        m_source->setCurrentIndex(qMax(0, m_source->findData(current)));
    }
    fillFields();
}

void FieldPlotPanel::fillFields()
{
    const QString key = currentSource();
    const PlotBuffer *buffer = m_plots->buffer(key);
    const QStringList names = buffer ? buffer->names() : QStringList();
    const QStringList picked = m_picked.value(key, m_plots->defaultFields(key));
    {
        const QSignalBlocker quiet(m_fields);
        m_fields->clear();
        for (const QString &name : names) {
            auto *item = new QListWidgetItem(name, m_fields);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(picked.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    rebuildCharts();
}

void FieldPlotPanel::rebuildCharts()
{
    qDeleteAll(m_charts);
    m_charts.clear();
    m_chartSeries.clear();
    const PlotBuffer *buffer = m_plots->buffer(currentSource());
    QList<int> series;
    for (const QString &name : pickedFields())
        series.append(int(buffer->names().indexOf(name)));
    if (m_source->count() == 0)
        m_empty->setText(tr("Nothing to plot yet: listen to a port with a struct decoder (the "
                            "drone demo, for one) and its numeric fields appear here."));
    else if (series.isEmpty())
        m_empty->setText(tr("Tick the fields to plot in the list."));
    m_empty->setVisible(series.isEmpty());
    const bool stacked = m_stacked->isChecked();
    for (qsizetype k = 0; k < series.size(); ++k) {
        if (k == 0 || stacked) {
            auto *chart = new TimeSeriesChart(m_range, m_chartArea);
            chart->setObjectName(u"plotChart%1"_s.arg(m_charts.size()));
            chart->setMinimumHeight(stacked ? 50 : 80);
            chart->setLegendShown(!stacked && series.size() > 1);
            chart->setAccessibleName(
                tr("Plot of %1")
                    .arg(stacked ? buffer->names()[series[k]] : pickedFields().join(tr(", "))));
            connect(chart, &TimeSeriesChart::readoutChanged, m_readout, &QLabel::setText);
            m_chartLayout->addWidget(chart, 1);
            m_charts.append(chart);
            m_chartSeries.append(QList<int>());
        }
        m_charts.last()->addLine(
            buffer->names()[series[k]], kPalette[std::size_t(series[k]) % kPalette.size()]);
        m_chartSeries.last().append(series[k]);
    }
    m_dirty = true;
    refresh();
}

void FieldPlotPanel::schedule()
{
    m_dirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}

void FieldPlotPanel::refresh()
{
    m_timer->stop();
    if (!m_dirty || m_charts.isEmpty() || m_controls->isPaused() || !isVisible())
        return;
    m_dirty = false;
    const PlotBuffer *buffer = m_plots->buffer(currentSource());
    if (!buffer)
        return;
    const int columns = m_charts.first()->columns();
    m_range->follow(qMax(QDateTime::currentMSecsSinceEpoch(), buffer->lastMs()), columns);
    const qint64 from = m_range->fromMs(), to = m_range->toMs();
    for (qsizetype c = 0; c < m_charts.size(); ++c) {
        TimeSeriesChart *chart = m_charts[c];
        double low = std::numeric_limits<double>::infinity(), high = -low;
        const QList<PlotBuffer::Line> lines
            = buffer->decimate(m_chartSeries[c], from, to, columns, kGapMs);
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const PlotBuffer::Line &line = lines[k];
            chart->setSegments(int(k), line.segments);
            QList<TimeSeriesChart::Band> bands;
            for (const PlotBuffer::Gap &gap : line.gaps)
                bands.append({gap.fromMs, gap.toMs, false,
                    tr("No frames from %1 to %2")
                        .arg(QDateTime::fromMSecsSinceEpoch(gap.fromMs).toString(u"HH:mm:ss.zzz"_s),
                            QDateTime::fromMSecsSinceEpoch(gap.toMs).toString(u"HH:mm:ss.zzz"_s))});
            chart->setBands(int(k), bands);
            if (line.count > 0) {
                low = qMin(low, line.min);
                high = qMax(high, line.max);
            }
        }
        if (low <= high) {
            const double margin
                = high > low ? (high - low) * 0.05 : qMax(1.0, std::abs(low) * 0.05);
            chart->setValueRange(low - margin, high + margin);
        }
    }
    emit refreshed();
}

bool FieldPlotPanel::exportCsv(const QString &path)
{
    const PlotBuffer *buffer = m_plots->buffer(currentSource());
    QList<int> series;
    for (const QList<int> &chart : std::as_const(m_chartSeries))
        series += chart;
    QSaveFile file(path);
    if (!buffer || series.isEmpty() || !file.open(QIODevice::WriteOnly)
        || file.write(buffer->toCsv(m_range->fromMs(), m_range->toMs(), series)) < 0
        || !file.commit()) {
        m_status->showError(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path),
                    series.isEmpty() ? tr("no field is plotted") : file.errorString()));
        return false;
    }
    m_status->showInfo(tr("Plotted values written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FieldPlotPanel::saveImage(const QString &path)
{
    if (!TimeSeriesChart::saveImage(m_charts, path)) {
        m_status->showError(
            tr("%1: the image could not be written").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_status->showInfo(tr("Plot saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FieldPlotPanel::askCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plotted values"),
        QDir(m_lastDirectory).filePath(u"plot.csv"_s), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportCsv(path))
        m_lastDirectory = QFileInfo(path).absolutePath();
}

void FieldPlotPanel::askImage()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"),
        QDir(m_lastDirectory).filePath(u"plot.png"_s),
        tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (!path.isEmpty() && saveImage(path))
        m_lastDirectory = QFileInfo(path).absolutePath();
}

void FieldPlotPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(u"plot/window"_s, m_controls->windowIndex());
    settings.setValue(u"plot/stacked"_s, isStacked());
    settings.setValue(u"plot/source"_s, currentSource());
    for (auto it = m_picked.cbegin(); it != m_picked.cend(); ++it)
        settings.setValue(
            u"plot/fields/%1"_s.arg(QString(it.key()).replace(u'/', u'_')), it.value());
}

void FieldPlotPanel::restoreSettings(const QSettings &settings)
{
    m_controls->setWindowIndex(settings.value(u"plot/window"_s, 0).toInt());
    const QString prefix = u"plot/fields/"_s;
    const QStringList keys = settings.allKeys();
    for (const QString &name : keys) {
        if (name.startsWith(prefix))
            m_picked.insert(
                name.mid(prefix.size()).replace(u'_', u'/'), settings.value(name).toStringList());
    }
    {
        const QSignalBlocker quiet(m_stacked);
        m_stacked->setChecked(settings.value(u"plot/stacked"_s, false).toBool());
    }
    setCurrentSource(settings.value(u"plot/source"_s).toString());
    fillFields();
}

} // namespace netlab
