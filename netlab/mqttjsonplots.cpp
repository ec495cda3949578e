#include "mqttjsonplots.h"

#include "frameplots.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

struct Walk
{
    bool booleans = false;
    int maxLeaves = 0;
    QList<MqttJsonPlots::Leaf> leaves;

    void visit(const QJsonValue &value, const QString &path, int depth)
    {
        if (leaves.size() >= maxLeaves)
            return;
        switch (value.type()) {
        case QJsonValue::Double:
            if (std::isfinite(value.toDouble()))
                leaves.append({path.isEmpty() ? u"value"_s : path, value.toDouble()});
            return;
        case QJsonValue::Bool:
            if (booleans)
                leaves.append({path.isEmpty() ? u"value"_s : path, value.toBool() ? 1.0 : 0.0});
            return;
        case QJsonValue::Object: {
            if (depth >= MqttJsonPlots::kMaxDepth)
                return;
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                visit(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), depth + 1);
            return;
        }
        case QJsonValue::Array: {
            if (depth >= MqttJsonPlots::kMaxDepth)
                return;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                visit(array.at(i), path + u'[' + QString::number(i) + u']', depth + 1);
            return;
        }
        default: // strings, null
            return;
        }
    }
};

} // namespace

MqttJsonPlots::MqttJsonPlots(FramePlots *plots, QObject *parent)
    : QObject(parent)
    , m_plots(plots)
{ }

QString MqttJsonPlots::sourcePrefix()
{
    return u"mqtt/"_s;
}

QString MqttJsonPlots::sourceKey(const QString &topic)
{
    return sourcePrefix() + topic;
}

QList<MqttJsonPlots::Leaf> MqttJsonPlots::numericLeaves(
    const QByteArray &payload, bool booleans, int maxLeaves)
{
    if (payload.size() > kMaxPayloadBytes)
        return {};
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A bare value ("22.5", "true") is read as the one item of an array, so it follows JSON's
    // number grammar exactly (no "nan", no "0x10").
    const bool container = trimmed.front() == '{' || trimmed.front() == '[';
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(container ? trimmed : '[' + trimmed + ']', &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    Walk walk {booleans, maxLeaves, {}};
    if (document.isObject())
        walk.visit(document.object(), QString(), 0);
    else if (container)
        walk.visit(document.array(), QString(), 0);
    else if (document.array().size() == 1)
        walk.visit(document.array().first(), QString(), 0);
    return walk.leaves;
}

void MqttJsonPlots::setPlotsBooleans(bool booleans)
{
    m_booleans = booleans;
}

QStringList MqttJsonPlots::fields(const QString &topic) const
{
    return m_fields.value(topic);
}

bool MqttJsonPlots::ensureFields(const QString &topic, const QList<Leaf> &leaves)
{
    const bool known = m_fields.contains(topic);
    if (!known && m_topics.size() >= kMaxTopics) {
        if (!m_warnedTopics)
            emit limitReached(tr("more than %1 topics with JSON numbers: %2 and later ones are "
                                 "not plotted")
                                  .arg(kMaxTopics)
                                  .arg(topic));
        m_warnedTopics = true;
        return false;
    }
    QStringList paths = m_fields.value(topic);
    const qsizetype before = paths.size();
    bool dropped = false;
    for (const Leaf &leaf : leaves) {
        if (paths.contains(leaf.path))
            continue;
        if (paths.size() >= kMaxFields) {
            dropped = true;
            break;
        }
        paths.append(leaf.path);
    }
    if (dropped && !m_warnedFields.contains(topic)) {
        m_warnedFields.insert(topic);
        emit limitReached(tr("%1 has more than %2 numbers: only the first %2 are plotted")
                              .arg(topic)
                              .arg(kMaxFields));
    }
    if (known && paths.size() == before)
        return true;

    // A new field: the source gets the wider format, and the rows so far come along (NaN,
    // no point, for the new fields).
    const QString key = sourceKey(topic);
    std::vector<qint64> times;
    std::vector<std::vector<double>> columns;
    if (const PlotBuffer *old = m_plots->buffer(key); old && known) {
        times.reserve(std::size_t(old->size()));
        columns.assign(std::size_t(old->seriesCount()), {});
        for (qsizetype row = 0; row < old->size(); ++row) {
            times.push_back(old->timeAt(row));
            for (int s = 0; s < old->seriesCount(); ++s)
                columns[std::size_t(s)].push_back(old->valueAt(s, row));
        }
    }
    m_fields.insert(topic, paths);
    if (!known)
        m_topics.append(topic);
    m_plots->setSource(key, tr("MQTT %1").arg(topic),
        StructFormat::parse(u"<"_s + QString(paths.size(), u'd'), paths));
    const double none = std::numeric_limits<double>::quiet_NaN();
    QList<StructValue> values(paths.size(), StructValue::fromDouble(none));
    for (std::size_t row = 0; row < times.size(); ++row) {
        for (std::size_t s = 0; s < columns.size(); ++s)
            values[qsizetype(s)] = StructValue::fromDouble(columns[s][row]);
        m_plots->append(key, times[row], values);
    }
    return true;
}

void MqttJsonPlots::append(const QList<MqttMessage> &messages)
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    for (const MqttMessage &message : messages) {
        // Room for paths beyond the bound, so that the bound is noticed.
        const QList<Leaf> leaves = numericLeaves(message.payload, m_booleans, 4 * kMaxFields);
        if (leaves.isEmpty() || !ensureFields(message.topic, leaves))
            continue;
        const QStringList &paths = m_fields[message.topic];
        QList<StructValue> values(paths.size(), StructValue::fromDouble(none));
        for (const Leaf &leaf : leaves) {
            const qsizetype index = paths.indexOf(leaf.path);
            if (index >= 0)
                values[index] = StructValue::fromDouble(leaf.value);
        }
        const qint64 t
            = message.receivedMs > 0 ? message.receivedMs : QDateTime::currentMSecsSinceEpoch();
        m_plots->append(sourceKey(message.topic), t, values);
    }
}

void MqttJsonPlots::clear()
{
    for (const QString &topic : std::as_const(m_topics))
        m_plots->removeSource(sourceKey(topic));
    m_topics.clear();
    m_fields.clear();
    m_warnedTopics = false;
    m_warnedFields.clear();
}

} // namespace netlab
