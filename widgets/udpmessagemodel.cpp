#include "udpmessagemodel.h"

#include <netlab/udpcapture.h>

#include <QBrush>
#include <QPalette>
#include <QTimer>

namespace netlab {

namespace {

// The capture's columns with the struct fields first: "text" and "hex" (wide, and empty on a
// struct port's rows) after them.
QStringList decodedFirst(const QStringList &columns)
{
    QStringList fields, texts;
    for (const QString &column : columns)
        (column == QLatin1String("text") || column == QLatin1String("hex") ? texts : fields)
            .append(column);
    return fields + texts;
}

} // namespace

UdpMessageModel::UdpMessageModel(UdpCapture *capture, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capture(capture)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &UdpMessageModel::sync);
    connect(m_capture, &UdpCapture::messagesAdded, this, &UdpMessageModel::schedule);
    connect(m_capture, &UdpCapture::messagesDropped, this, [this](int count) {
        m_droppedSinceSync += count;
        schedule();
    });
    connect(m_capture, &UdpCapture::columnsChanged, this, [this] {
        m_reset = true;
        schedule();
    });
    connect(m_capture, &UdpCapture::cleared, this, [this] {
        m_reset = true;
        sync();
    });
    m_columns = decodedFirst(m_capture->fieldColumns());
    m_rows = int(m_capture->messages().size());
}

void UdpMessageModel::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void UdpMessageModel::sync()
{
    m_timer->stop();
    const int rows = int(m_capture->messages().size());
    const int dropped = m_droppedSinceSync;
    m_droppedSinceSync = 0;
    // A flood of more rows than the capacity in one refresh drops every row the views know:
    // that is a removal of them all and an insert, not a reset. A reset would tell the views
    // that the table is a new one (the tab fits its columns again, undoing the user's widths,
    // and the width changes cost the viewport a second repaint per refresh).
    const int removed = qMin(dropped, m_rows);
    const QStringList columns = decodedFirst(m_capture->fieldColumns());
    if (m_reset || columns != m_columns || rows < m_rows - removed) {
        beginResetModel();
        m_columns = columns;
        m_rows = rows;
        m_reset = false;
        endResetModel();
    } else {
        if (removed == 0 && rows == m_rows)
            return;
        if (removed > 0) {
            beginRemoveRows({}, 0, removed - 1);
            m_rows -= removed;
            endRemoveRows();
        }
        if (rows > m_rows) {
            beginInsertRows({}, m_rows, rows - 1);
            m_rows = rows;
            endInsertRows();
        }
    }
    ++m_publications;
    emit rowsSynced();
}

int UdpMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int UdpMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LeadingColumnCount + int(m_columns.size()) + 3;
}

QVariant UdpMessageModel::data(const QModelIndex &index, int role) const
{
    const auto &messages = m_capture->messages();
    if (!index.isValid() || index.row() >= m_rows || index.row() >= int(messages.size()))
        return {};
    const CapturedDatagram &message = messages[size_t(index.row())];
    const DecodedDatagram &datagram = message.datagram;
    const int column = index.column();
    if (role == Qt::ForegroundRole)
        return datagram.ok ? QVariant() : QVariant(QBrush(Qt::red));
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == PortColumn || column == sizeColumn()
            || (column >= LeadingColumnCount && column < senderColumn()
                && message.schema->decoder == UdpDecoder::Struct && datagram.ok);
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        if (!datagram.ok)
            return tr("Bad frame: %1").arg(datagram.error);
        // The raw bytes on demand, wherever the pointer rests.
        return tr("%n byte(s): %1", nullptr, int(message.size))
            .arg(QString::fromLatin1(datagram.raw.left(64).toHex(' '))
                + (datagram.raw.size() > 64 ? QStringLiteral(" …") : QString()));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == TimeColumn)
        return UdpCapture::timeText(datagram.receivedMs);
    if (column == PortColumn)
        return message.port;
    if (column == senderColumn()) {
        QHostAddress sender = datagram.sender;
        bool mapped = false;
        const QHostAddress v4(sender.toIPv4Address(&mapped));
        if (mapped)
            sender = v4;
        return sender.toString() + u':' + QString::number(datagram.senderPort);
    }
    if (column == sizeColumn())
        return message.size;
    if (column == rawColumn())
        return QString::fromLatin1(datagram.raw.left(256).toHex(' '))
            + (datagram.raw.size() > 256 ? QStringLiteral(" …") : QString());
    const QString name = m_columns.value(column - LeadingColumnCount);
    return UdpCapture::cell(message, name);
}

QVariant UdpMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == TimeColumn)
        return tr("Received");
    if (section == PortColumn)
        return tr("Port");
    if (section == senderColumn())
        return tr("Sender");
    if (section == sizeColumn())
        return tr("Bytes");
    if (section == rawColumn())
        return tr("Raw (hex)");
    return UdpCapture::columnTitle(m_columns.value(section - LeadingColumnCount));
}

} // namespace netlab
