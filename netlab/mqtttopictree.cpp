#include "mqtttopictree.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace netlab {

namespace {
constexpr int kPreviewChars = 200;

QString preview(const QByteArray &payload)
{
    QString text = QString::fromUtf8(payload.left(kPreviewChars * 4)).left(kPreviewChars);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xb7); // a control byte shows as a middle dot
    }
    return payload.size() > kPreviewChars ? text + QChar(0x2026) : text;
}
} // namespace

MqttTopicTree::MqttTopicTree(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

MqttTopicTree::~MqttTopicTree() = default;

void MqttTopicTree::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byTopic.clear();
    m_topicCount = 0;
    m_droppedTopics = 0;
    m_total = 0;
    endResetModel();
}

MqttTopicTree::Node *MqttTopicTree::findOrCreate(const QString &topic)
{
    if (Node *node = m_byTopic.value(topic))
        return node;
    if (m_topicCount >= kMaxTopics)
        return nullptr;
    // Levels may be empty ("a//b", "/a"): they are rows named "" like any other.
    const QStringList levels = topic.split(QLatin1Char('/'));
    Node *node = m_root.get();
    for (const QString &level : levels) {
        Node *child = node->byName.value(level);
        if (!child) {
            const int row = int(node->children.size());
            beginInsertRows(indexFor(node, 0), row, row);
            auto created = std::make_unique<Node>();
            created->parent = node;
            created->row = row;
            created->name = level;
            child = created.get();
            node->byName.insert(level, child);
            node->children.push_back(std::move(created));
            endInsertRows();
        }
        node = child;
    }
    node->topic = topic;
    m_byTopic.insert(topic, node);
    ++m_topicCount;
    return node;
}

const MqttTopicTree::Node *MqttTopicTree::find(const QString &topic) const
{
    return m_byTopic.value(topic);
}

void MqttTopicTree::ingest(const QList<MqttMessage> &messages)
{
    // One dataChanged per changed topic and batch.
    QList<Node *> changed;
    QSet<Node *> seen;
    for (const MqttMessage &message : messages) {
        ++m_total;
        Node *node = findOrCreate(message.topic);
        if (!node) {
            ++m_droppedTopics;
            continue;
        }
        if (!seen.contains(node)) {
            seen.insert(node);
            changed.append(node);
        }
        node->payload = message.payload;
        node->retained = message.retained;
        ++node->count;
    }
    for (const Node *node : std::as_const(changed))
        emit dataChanged(indexFor(node, ValueColumn), indexFor(node, RetainedColumn));
}

void MqttTopicTree::tick(qint64 elapsedMs)
{
    if (elapsedMs <= 0)
        return;
    for (Node *node : std::as_const(m_byTopic)) {
        const quint64 delta = node->count - node->countAtTick;
        node->countAtTick = node->count;
        const double rate = double(delta) * 1000.0 / double(elapsedMs);
        if (rate != node->rate) {
            node->rate = rate;
            emit dataChanged(indexFor(node, RateColumn), indexFor(node, RateColumn));
        }
    }
}

QModelIndex MqttTopicTree::indexOfTopic(const QString &topic) const
{
    const Node *node = find(topic);
    return node ? indexFor(node, TopicColumn) : QModelIndex();
}

QByteArray MqttTopicTree::lastPayload(const QString &topic) const
{
    const Node *node = find(topic);
    return node ? node->payload : QByteArray();
}

quint64 MqttTopicTree::messageCount(const QString &topic) const
{
    const Node *node = find(topic);
    return node ? node->count : 0;
}

bool MqttTopicTree::isRetained(const QString &topic) const
{
    const Node *node = find(topic);
    return node && node->retained;
}

double MqttTopicTree::rate(const QString &topic) const
{
    const Node *node = find(topic);
    return node ? node->rate : 0.0;
}

MqttTopicTree::Node *MqttTopicTree::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex MqttTopicTree::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex MqttTopicTree::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex MqttTopicTree::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent, 0);
}

int MqttTopicTree::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int MqttTopicTree::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MqttTopicTree::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    if (role == FullTopicRole)
        return node->topic;
    if (role == PayloadRole)
        return node->payload;
    if (role == Qt::ToolTipRole && !node->topic.isEmpty())
        return node->topic;
    if (role == Qt::TextAlignmentRole
        && (index.column() == CountColumn || index.column() == RateColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool hasMessages = node->count > 0;
    switch (index.column()) {
    case TopicColumn:
        return node->name;
    case ValueColumn:
        return hasMessages ? preview(node->payload) : QString();
    case CountColumn:
        return hasMessages ? QVariant(qulonglong(node->count)) : QVariant();
    case RateColumn:
        return hasMessages ? QString::number(node->rate, 'f', 1) : QString();
    case RetainedColumn:
        return hasMessages && node->retained
            ? QCoreApplication::translate("netlab::MqttTopicTree", "retained")
            : QString();
    }
    return {};
}

QVariant MqttTopicTree::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return QCoreApplication::translate("netlab::MqttTopicTree", "Topic");
    case ValueColumn:
        return QCoreApplication::translate("netlab::MqttTopicTree", "Last value");
    case CountColumn:
        return QCoreApplication::translate("netlab::MqttTopicTree", "Messages");
    case RateColumn:
        return QCoreApplication::translate("netlab::MqttTopicTree", "Rate /s");
    case RetainedColumn:
        return QCoreApplication::translate("netlab::MqttTopicTree", "Retained");
    }
    return {};
}

} // namespace netlab
