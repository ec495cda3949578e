#include "trafficlogview.h"

#include "codecpicker.h"
#include "trafficlogmodel.h"

#include <netlab/trafficlog.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

TrafficLogView::TrafficLogView(TrafficLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new TrafficLogModel(log, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_textButton(new QRadioButton(tr("&Text"), this))
    , m_hexButton(new QRadioButton(tr("He&x"), this))
    , m_codecPicker(new CodecPicker(this))
    , m_autoScroll(new QCheckBox(tr("&Follow"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_saveButton(new QPushButton(tr("&Save…"), this))
    , m_table(new QTableView(this))
    , m_droppedLabel(new QLabel(this))
    , m_filterBar(new QWidget(this))
    , m_filterLabel(new QLabel(m_filterBar))
{
    m_textButton->setObjectName(u"textModeButton"_s);
    m_textButton->setAccessibleName(tr("Show data as text"));
    m_textButton->setChecked(true);
    m_hexButton->setObjectName(u"hexModeButton"_s);
    m_hexButton->setAccessibleName(tr("Show data as hex"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_textButton);
    modeGroup->addButton(m_hexButton);
    m_codecPicker->setObjectName(u"codecPicker"_s);
    m_autoScroll->setObjectName(u"autoScrollCheck"_s);
    m_autoScroll->setAccessibleName(tr("Follow new lines"));
    m_autoScroll->setToolTip(tr("Keep the newest line in view"));
    m_autoScroll->setChecked(true);
    m_clearButton->setObjectName(u"clearLogButton"_s);
    m_clearButton->setAccessibleName(tr("Clear log"));
    m_saveButton->setObjectName(u"saveLogButton"_s);
    m_saveButton->setAccessibleName(tr("Save log"));

    m_table->setObjectName(u"trafficTable"_s);
    m_table->setAccessibleName(tr("Traffic log"));
    m_table->setModel(m_model);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(TrafficLogModel::PeerColumn);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 10000 rows cost nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(
        TrafficLogModel::TimeColumn, fontMetrics().horizontalAdvance(u"00:00:00.000MM"_s));
    header->resizeSection(
        TrafficLogModel::DirectionColumn, fontMetrics().horizontalAdvance(u"DirMM"_s));
    header->resizeSection(TrafficLogModel::PeerColumn,
        fontMetrics().horizontalAdvance(u"[::ffff:255.255.255.255]:65535"_s));

    m_droppedLabel->setObjectName(u"droppedLabel"_s);
    m_droppedLabel->setAccessibleName(tr("Dropped lines"));
    m_droppedLabel->setStyleSheet(u"color: #b05000;"_s);
    m_droppedLabel->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_textButton);
    toolbar->addWidget(m_hexButton);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_codecPicker);
    toolbar->addStretch(1);
    toolbar->addWidget(m_autoScroll);
    toolbar->addWidget(m_clearButton);
    toolbar->addWidget(m_saveButton);

    // Shown while the table hides other peers' rows, so no traffic vanishes unexplained.
    m_filterBar->setObjectName(u"peerFilterBar"_s);
    m_filterLabel->setObjectName(u"peerFilterLabel"_s);
    m_filterLabel->setStyleSheet(u"color: #1f5fa8;"_s);
    auto *showAllButton = new QPushButton(tr("Show &all"), m_filterBar);
    showAllButton->setObjectName(u"showAllPeersButton"_s);
    showAllButton->setAccessibleName(tr("Show every peer's traffic"));
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(showAllButton);
    m_filterBar->hide();
    connect(showAllButton, &QPushButton::clicked, this, [this] {
        setPeerFilter(QString());
        emit peerFilterClearRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_droppedLabel);

    connect(m_hexButton, &QRadioButton::toggled, this, &TrafficLogView::setHexMode);
    connect(m_codecPicker, &CodecPicker::codecChanged, m_model, &TrafficLogModel::setCodec);
    connect(m_clearButton, &QPushButton::clicked, this, &TrafficLogView::clear);
    connect(m_saveButton, &QPushButton::clicked, this, &TrafficLogView::saveWithDialog);
    connect(
        m_model, &TrafficLogModel::droppedCountChanged, this, &TrafficLogView::updateDroppedNotice);
    connect(m_model, &TrafficLogModel::rowsPublished, this, &TrafficLogView::scrollIfFollowing);
    connect(m_autoScroll, &QCheckBox::toggled, this, &TrafficLogView::scrollIfFollowing);
    m_model->setCodec(m_codecPicker->codec());
}

bool TrafficLogView::hexMode() const
{
    return m_model->hexMode();
}

void TrafficLogView::setHexMode(bool hex)
{
    m_hexButton->setChecked(hex);
    m_textButton->setChecked(!hex);
    m_codecPicker->setEnabled(!hex);
    m_model->setHexMode(hex);
}

TextCodec TrafficLogView::codec() const
{
    return m_codecPicker->codec();
}

void TrafficLogView::setCodec(const TextCodec &codec)
{
    m_codecPicker->setCodec(codec);
}

bool TrafficLogView::autoScroll() const
{
    return m_autoScroll->isChecked();
}

void TrafficLogView::setAutoScroll(bool on)
{
    m_autoScroll->setChecked(on);
}

void TrafficLogView::setPeerFilter(const QString &prefix, const QString &description)
{
    m_filterLabel->setText(
        tr("Showing only the traffic of %1; other peers' lines are hidden, not lost.")
            .arg(description.isEmpty() ? prefix.trimmed() : description));
    m_filterBar->setVisible(!prefix.isEmpty());
    if (prefix == m_peerFilter)
        return;
    m_peerFilter = prefix;
    if (prefix.isEmpty()) {
        m_table->setModel(m_model);
        m_filter->setFilterRegularExpression(QString());
    } else {
        m_filter->setFilterRegularExpression(
            QRegularExpression(u'^' + QRegularExpression::escape(prefix)));
        m_table->setModel(m_filter);
    }
    scrollIfFollowing();
}

void TrafficLogView::clear()
{
    if (m_log)
        m_log->clear();
}

void TrafficLogView::scrollIfFollowing()
{
    if (m_autoScroll->isChecked())
        m_table->scrollToBottom();
}

void TrafficLogView::updateDroppedNotice(quint64 dropped)
{
    if (dropped == 0) {
        m_droppedLabel->clear();
        m_droppedLabel->hide();
        return;
    }
    const int kept = m_log ? m_log->maxEntries() : 0;
    const QString count = QLocale().toString(dropped);
    m_droppedLabel->setText(dropped == 1
            ? tr("1 older line dropped (the log keeps the newest %1 lines)").arg(kept)
            : tr("%1 older lines dropped (the log keeps the newest %2 lines)")
                  .arg(count)
                  .arg(kept));
    m_droppedLabel->show();
}

bool TrafficLogView::saveToFile(const QString &path, QString *error) const
{
    if (!m_log) {
        if (error)
            *error = tr("There is no log to save.");
        return false;
    }
    return m_log->save(path, hexMode(), codec(), error);
}

void TrafficLogView::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save traffic log"), QString(), tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveToFile(path, &error)) {
        QMessageBox::warning(this, tr("Save traffic log"), error);
        return;
    }
    emit saved(path);
}

void TrafficLogView::saveSettings(QSettings &settings) const
{
    settings.setValue(u"hex"_s, hexMode());
    settings.setValue(u"autoScroll"_s, autoScroll());
    m_codecPicker->saveSettings(settings);
}

void TrafficLogView::restoreSettings(const QSettings &settings)
{
    m_codecPicker->restoreSettings(settings);
    setHexMode(settings.value(u"hex"_s, false).toBool());
    setAutoScroll(settings.value(u"autoScroll"_s, true).toBool());
}

} // namespace netlab
