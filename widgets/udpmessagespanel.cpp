#include "udpmessagespanel.h"

#include "statusline.h"
#include "udpmessagemodel.h"

#include <netlab/udpcapture.h>
#include <netlab/udplistener.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

UdpMessagesPanel::UdpMessagesPanel(
    UdpListener *listener, UdpCapture *capture, StatusLine *status, QWidget *parent)
    : QGroupBox(parent) // untitled: the tab that holds it says what it is
    , m_capture(capture)
    , m_status(status)
{
    setObjectName(u"messagesPanel"_s);
    m_pauseButton = new QPushButton(tr("&Pause"), this);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_pauseButton->setAccessibleName(tr("Pause the capture"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Stop adding rows; the ports keep counting"));
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_clearButton->setAccessibleName(tr("Clear the messages"));
    m_rawCheck = new QCheckBox(tr("Ra&w hex"), this);
    m_rawCheck->setObjectName(u"rawHexCheck"_s);
    m_rawCheck->setAccessibleName(tr("Show the raw bytes in hex"));
    m_exportButton = new QPushButton(tr("E&xport CSV…"), this);
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setAccessibleName(tr("Export the messages as CSV"));
    m_captureLabel = new QLabel(this);
    m_captureLabel->setObjectName(u"captureLabel"_s);

    m_model = new UdpMessageModel(m_capture, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"messagesTable"_s);
    m_table->setAccessibleName(tr("Received messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(90);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fitting a column measures this many rows, not the default 1,000 (a timestamp column
    // costs a local-time conversion per row).
    m_table->horizontalHeader()->setResizeContentsPrecision(40);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const auto showRawColumn = [this] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnHidden(
                column, column == m_model->rawColumn() && !m_rawCheck->isChecked());
    };
    connect(m_rawCheck, &QCheckBox::toggled, this, showRawColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, showRawColumn] {
        m_columnsFitted = false;
        showRawColumn();
    });
    showRawColumn();
    // Follow the newest rows unless the user scrolled up to read. Decided when the scroll bar
    // moves, not when rows arrive: by then the bar may or may not have taken the new rows in
    // (fitting the columns lays them out), and its maximum would be the wrong one to compare.
    // Within two rows of the bottom counts as the bottom (a single step is one row whether the
    // view scrolls per item or per pixel). A range that shrinks to the bar's value (a clear,
    // rows that all fit) is the bottom too; one that grows (new rows) changes nothing.
    QScrollBar *bar = m_table->verticalScrollBar();
    const auto atBottom = [bar] { return bar->value() >= bar->maximum() - 2 * bar->singleStep(); };
    connect(
        bar, &QScrollBar::valueChanged, this, [this, atBottom] { m_followNewest = atBottom(); });
    connect(bar, &QScrollBar::rangeChanged, this,
        [this, atBottom] { m_followNewest = m_followNewest || atBottom(); });
    connect(m_model, &UdpMessageModel::rowsSynced, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            // Once per set of columns: a resize on every batch would pass over thousands
            // of rows 30 times a second. Only the visible rows are measured.
            const int minimum = m_table->fontMetrics().horizontalAdvance(u"-0000.0000"_s);
            for (int column = 0; column < m_model->rawColumn(); ++column) {
                m_table->resizeColumnToContents(column);
                m_table->setColumnWidth(
                    column, qBound(minimum, m_table->columnWidth(column), minimum * 4));
            }
            m_columnsFitted = true;
        }
        if (m_followNewest)
            m_table->scrollToBottom();
        showCaptureCounters();
    });
    // While paused no rows arrive, but the datagrams not captured are counted.
    connect(listener, &UdpListener::rateChanged, this, [this] {
        if (m_capture->isPaused())
            showCaptureCounters();
    });
    // toggled, not clicked: a screen reader's toggle action pauses too. The capture's own
    // pausedChanged sets the button to the state it already has, so nothing loops.
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        if (paused != m_capture->isPaused())
            togglePause();
    });
    connect(m_capture, &UdpCapture::pausedChanged, this, &UdpMessagesPanel::showPaused);
    connect(m_clearButton, &QPushButton::clicked, this, &UdpMessagesPanel::clear);
    connect(m_exportButton, &QPushButton::clicked, this, &UdpMessagesPanel::saveCsv);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_pauseButton);
    tools->addWidget(m_clearButton);
    tools->addWidget(m_rawCheck);
    tools->addWidget(m_captureLabel, 1);
    tools->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    showPaused(m_capture->isPaused());
}

UdpMessagesPanel::~UdpMessagesPanel()
{
    m_table->verticalScrollBar()->disconnect(this);
}

void UdpMessagesPanel::showPaused(bool paused)
{
    m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    showCaptureCounters();
}

void UdpMessagesPanel::togglePause()
{
    m_capture->setPaused(!m_capture->isPaused());
}

void UdpMessagesPanel::clear()
{
    m_capture->clear();
    showCaptureCounters();
}

void UdpMessagesPanel::showCaptureCounters()
{
    const QLocale locale;
    QString text = tr("%1 rows (newest %2 kept)")
                       .arg(locale.toString(qint64(m_capture->messages().size())),
                           locale.toString(m_capture->capacity()));
    if (m_capture->skipped() > 0)
        text += tr(", %1 not captured while paused").arg(locale.toString(m_capture->skipped()));
    if (m_capture->isPaused())
        text += tr(" — paused");
    m_captureLabel->setText(text);
}

void UdpMessagesPanel::saveCsv()
{
    const QString start = m_lastCsvDirectory.isEmpty() ? QDir::homePath() : m_lastCsvDirectory;
    const QString suggested = QDir(start).filePath(
        u"udp-%1.csv"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the messages as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastCsvDirectory = QFileInfo(path).absolutePath();
    exportCsv(path);
}

bool UdpMessagesPanel::exportCsv(const QString &path)
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !m_capture->writeCsv(&file, &error) || !file.commit()) {
        const QString message = tr("Cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(path),
                                        error.isEmpty() ? file.errorString() : error);
        m_status->showError(message);
        emit statusMessage(message);
        return false;
    }
    m_status->showInfo(tr("%n message(s) written to %1", nullptr, int(m_capture->messages().size()))
                           .arg(QDir::toNativeSeparators(path)));
    emit statusMessage(m_status->text());
    return true;
}

void UdpMessagesPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(u"rawHex"_s, m_rawCheck->isChecked());
    settings.setValue(u"csvDirectory"_s, m_lastCsvDirectory);
}

void UdpMessagesPanel::restoreSettings(const QSettings &settings)
{
    m_rawCheck->setChecked(settings.value(u"rawHex"_s, false).toBool());
    m_lastCsvDirectory = settings.value(u"csvDirectory"_s).toString();
}

} // namespace netlab
