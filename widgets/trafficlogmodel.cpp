#include "trafficlogmodel.h"

#include <netlab/hexcodec.h>
#include <netlab/trafficlog.h>

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab {

TrafficLogModel::TrafficLogModel(TrafficLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPublishIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TrafficLogModel::publishNow);
    if (m_log) {
        connect(m_log, &TrafficLog::entriesAdded, this, &TrafficLogModel::onEntriesAdded);
        connect(m_log, &TrafficLog::entriesDropped, this, &TrafficLogModel::onEntriesDropped);
        connect(m_log, &TrafficLog::cleared, this, &TrafficLogModel::onCleared);
        if (!m_log->isEmpty())
            scheduleUpdate();
    }
}

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TrafficLogModel::onEntriesAdded(qsizetype, qsizetype)
{
    scheduleUpdate();
}

void TrafficLogModel::onEntriesDropped(qsizetype count)
{
    m_pendingDropped += count;
    scheduleUpdate();
}

void TrafficLogModel::onCleared()
{
    m_timer->stop();
    beginResetModel();
    m_rows = 0;
    m_pendingDropped = 0;
    endResetModel();
    if (m_publishedDropped != 0) {
        m_publishedDropped = 0;
        emit droppedCountChanged(0);
    }
}

void TrafficLogModel::scheduleUpdate()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void TrafficLogModel::publishNow()
{
    m_timer->stop();
    if (!m_log)
        return;
    const int logCount = int(m_log->count());
    const int removed = int(qMin<qsizetype>(m_pendingDropped, m_rows));
    const int kept = m_rows - removed;
    if (removed > 0 && kept == 0) {
        // Everything the views had is gone: one reset is cheaper than remove + insert.
        beginResetModel();
        m_rows = logCount;
        m_pendingDropped = 0;
        endResetModel();
        if (m_rows > 0)
            emit rowsPublished();
    } else {
        if (removed > 0) {
            beginRemoveRows({}, 0, removed - 1);
            m_rows = kept;
            m_pendingDropped = 0;
            endRemoveRows();
        }
        m_pendingDropped = 0;
        if (logCount > m_rows) {
            beginInsertRows({}, m_rows, logCount - 1);
            m_rows = logCount;
            endInsertRows();
            emit rowsPublished();
        }
    }
    if (m_log->droppedCount() != m_publishedDropped) {
        m_publishedDropped = m_log->droppedCount();
        emit droppedCountChanged(m_publishedDropped);
    }
}

qsizetype TrafficLogModel::logIndex(int row) const
{
    if (!m_log)
        return -1;
    const qsizetype i = qsizetype(row) - m_pendingDropped;
    return (i >= 0 && i < m_log->count()) ? i : -1;
}

void TrafficLogModel::setHexMode(bool hex)
{
    if (hex == m_hexMode)
        return;
    m_hexMode = hex;
    emit headerDataChanged(Qt::Horizontal, PayloadColumn, PayloadColumn);
    if (m_rows > 0)
        emit dataChanged(index(0, PayloadColumn), index(m_rows - 1, PayloadColumn));
}

void TrafficLogModel::setCodec(const TextCodec &codec)
{
    if (codec == m_codec)
        return;
    m_codec = codec;
    emit headerDataChanged(Qt::Horizontal, PayloadColumn, PayloadColumn);
    if (m_rows > 0)
        emit dataChanged(index(0, PayloadColumn), index(m_rows - 1, PayloadColumn));
}

QString TrafficLogModel::payloadText(qsizetype i, int *invalid) const
{
    if (invalid)
        *invalid = 0;
    if (!m_log || i < 0 || i >= m_log->count())
        return {};
    const TrafficEntry &entry = m_log->at(i);
    const bool isData = entry.direction == TrafficDirection::Incoming
        || entry.direction == TrafficDirection::Outgoing;
    if (!isData)
        return TextCodec(TextEncoding::Utf8).decodeEscaped(entry.note.text().toUtf8());

    const QByteArrayView shown
        = QByteArrayView(entry.payload).first(qMin<qsizetype>(entry.payload.size(), kMaxCellBytes));
    QString text = m_hexMode ? toHex(shown) : m_codec.decodeEscaped(shown, invalid);
    if (shown.size() < entry.payload.size())
        text += tr(" … (%1 bytes in all)").arg(entry.payload.size());
    if (!entry.note.isEmpty())
        text += u"  ["_s + entry.note.text() + u']';
    return text;
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const qsizetype i = logIndex(index.row());
    if (i < 0)
        return {}; // dropped since the last publish; gone at the next one
    const TrafficEntry &entry = m_log->at(i);
    const bool isData = entry.direction == TrafficDirection::Incoming
        || entry.direction == TrafficDirection::Outgoing;

    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return entry.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        if (role == Qt::ToolTipRole)
            return entry.time.toLocalTime().toString(Qt::ISODateWithMs);
        break;
    case DirectionColumn:
        if (role == Qt::DisplayRole)
            return TrafficLog::directionSymbol(entry.direction);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            switch (entry.direction) {
            case TrafficDirection::Incoming:
                return tr("received");
            case TrafficDirection::Outgoing:
                return tr("sent");
            case TrafficDirection::Info:
                return tr("information");
            case TrafficDirection::Error:
                return tr("error");
            }
        }
        if (role == Qt::ForegroundRole) {
            switch (entry.direction) {
            case TrafficDirection::Incoming:
                return QBrush(QColor(0x1f, 0x5f, 0xbf));
            case TrafficDirection::Outgoing:
                return QBrush(QColor(0x1f, 0x8f, 0x3f));
            case TrafficDirection::Info:
                return {};
            case TrafficDirection::Error:
                return QBrush(QColor(0xc0, 0x00, 0x00));
            }
        }
        break;
    case PeerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return entry.peer;
        break;
    case PayloadColumn: {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return payloadText(i);
        if (role == Qt::FontRole && isData) {
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        if (role == Qt::ForegroundRole) {
            if (entry.direction == TrafficDirection::Error)
                return QBrush(QColor(0xc0, 0x00, 0x00));
            if (!isData)
                return QBrush(QColor(0x60, 0x60, 0x60));
            if (!m_hexMode) {
                int invalid = 0;
                payloadText(i, &invalid);
                if (invalid > 0)
                    return QBrush(QColor(0xb0, 0x50, 0x00));
            }
            break;
        }
        if (role == Qt::DecorationRole) {
            if (entry.direction == TrafficDirection::Error)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            if (isData && !m_hexMode) {
                int invalid = 0;
                payloadText(i, &invalid);
                if (invalid > 0)
                    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            }
            break;
        }
        if (role == Qt::ToolTipRole) {
            if (!isData)
                return entry.note.text();
            QString tip;
            if (!m_hexMode) {
                int invalid = 0;
                payloadText(i, &invalid);
                if (invalid > 0) {
                    tip += TextCodec::problemSummary(
                               m_codec.encoding(), m_codec.errorMode(), invalid)
                        + u"\n\n"_s;
                }
            }
            tip += entry.payload.size() == 1
                ? tr("1 byte")
                : tr("%n bytes", nullptr, int(qMin<qsizetype>(entry.payload.size(), INT_MAX)));
            tip += u'\n';
            const QByteArrayView dumped
                = QByteArrayView(entry.payload)
                      .first(qMin<qsizetype>(entry.payload.size(), kMaxTooltipBytes));
            tip += hexDump(dumped);
            if (dumped.size() < entry.payload.size())
                tip += tr("… %1 more bytes").arg(entry.payload.size() - dumped.size());
            // Rich text keeps the dump's columns aligned.
            return u"<pre>"_s + tip.toHtmlEscaped() + u"</pre>"_s;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case PeerColumn:
        return tr("Peer");
    case PayloadColumn:
        return m_hexMode ? tr("Data (hex)")
                         : tr("Data (%1)").arg(m_codec.encodingName(m_codec.encoding()));
    default:
        return {};
    }
}

} // namespace netlab
