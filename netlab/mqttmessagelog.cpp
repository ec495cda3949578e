#include "mqttmessagelog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace netlab {

namespace {
constexpr int kPreviewBytes = 300;
} // namespace

MqttMessageLog::MqttMessageLog(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool MqttMessageLog::accepts(const Entry &entry) const
{
    if (m_filter.isEmpty())
        return true;
    if (MqttClient::isValidFilter(m_filter)
        && MqttClient::topicMatches(m_filter, entry.message.topic))
        return true;
    return entry.message.topic.contains(m_filter, Qt::CaseInsensitive);
}

void MqttMessageLog::append(const QList<MqttMessage> &messages, bool outgoing)
{
    if (messages.isEmpty())
        return;
    // Bounded: a batch larger than the log only keeps its tail.
    const qsizetype skip = qMax<qsizetype>(0, messages.size() - m_maxEntries);
    m_dropped += quint64(skip);
    QList<const Entry *> added;
    for (qsizetype i = skip; i < messages.size(); ++i) {
        m_entries.push_back(Entry {messages.at(i), outgoing});
        if (accepts(m_entries.back()))
            added.append(&m_entries.back());
    }
    // Drop the oldest first so the rows stay consistent with the view.
    trim();
    if (!added.isEmpty()) {
        const int first = int(m_shown.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_shown.insert(m_shown.end(), added.cbegin(), added.cend());
        endInsertRows();
    }
}

void MqttMessageLog::trim()
{
    // One row removal per batch, not per message: the dropped entries that are shown are
    // always the first shown rows (both lists are in arrival order).
    const qsizetype drop = qsizetype(m_entries.size()) - m_maxEntries;
    if (drop <= 0)
        return;
    qsizetype shownDropped = 0;
    for (qsizetype i = 0; i < drop && shownDropped < qsizetype(m_shown.size()); ++i) {
        if (m_shown[size_t(shownDropped)] == &m_entries[size_t(i)])
            ++shownDropped;
    }
    if (shownDropped > 0)
        beginRemoveRows({}, 0, int(shownDropped) - 1);
    m_shown.erase(m_shown.begin(), m_shown.begin() + shownDropped);
    m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
    m_dropped += quint64(drop);
    if (shownDropped > 0)
        endRemoveRows();
}

void MqttMessageLog::clear()
{
    beginResetModel();
    m_entries.clear();
    m_shown.clear();
    m_dropped = 0;
    endResetModel();
}

void MqttMessageLog::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    trim();
}

void MqttMessageLog::setTopicFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter.trimmed();
    m_shown.clear();
    for (const Entry &entry : m_entries) {
        if (accepts(entry))
            m_shown.push_back(&entry);
    }
    endResetModel();
}

int MqttMessageLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MqttMessageLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MqttMessageLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const Entry &entry = *m_shown[size_t(index.row())];
    const MqttMessage &m = entry.message;
    if (role == PayloadRole)
        return m.payload;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(m.receivedMs)
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case DirectionColumn:
        return entry.outgoing ? QStringLiteral("\u2192") : QStringLiteral("\u2190");
    case TopicColumn:
        return m.topic;
    case QosColumn:
        return m.qos;
    case RetainedColumn:
        return m.retained ? tr("retained") : QString();
    case SizeColumn:
        return tr("%1 B").arg(m.payload.size());
    case PayloadColumn: {
        QString text = QString::fromUtf8(m.payload.left(kPreviewBytes));
        for (QChar &c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QChar(0xb7);
        }
        return m.payload.size() > kPreviewBytes ? text + QChar(0x2026) : text;
    }
    }
    return {};
}

QVariant MqttMessageLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case TopicColumn:
        return tr("Topic");
    case QosColumn:
        return tr("QoS");
    case RetainedColumn:
        return tr("Retained");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

} // namespace netlab
