#include "httpbodyformat.h"

#include <netlab/jsonindent.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString jsonScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    default:
        break;
    }
    return {};
}

struct TreeBudget
{
    int left;
    bool exhausted = false;
    bool take()
    {
        if (left <= 0) {
            exhausted = true;
            return false;
        }
        --left;
        return true;
    }
};

void addJson(
    QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, TreeBudget &budget)
{
    if (!budget.take())
        return;
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1,
            QCoreApplication::translate(
                "netlab::HttpBodyFormat", "{%n key(s)}", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end() && !budget.exhausted; ++it)
            addJson(item, it.key(), it.value(), budget);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1,
            QCoreApplication::translate(
                "netlab::HttpBodyFormat", "[%n item(s)]", nullptr, int(array.size())));
        for (qsizetype i = 0; i < array.size() && !budget.exhausted; ++i)
            addJson(item, u"[%1]"_s.arg(i), array.at(i), budget);
    } else {
        item->setText(1, jsonScalar(value));
    }
}

QString prettyXml(const QByteArray &xml, bool *ok)
{
    QXmlStreamReader reader(xml);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters() && reader.isWhitespace())
            continue;
        if (!reader.hasError())
            writer.writeCurrentToken(reader);
    }
    *ok = !reader.hasError();
    return out;
}

} // namespace

bool HttpBodyFormat::isBinary(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QByteArray shown = body.left(kMaxShownBody);
    [[maybe_unused]] const QString text = decoder.decode(shown);
    return decoder.hasError() || shown.contains('\0');
}

bool HttpBodyFormat::looksLikeJson(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    return contentType.toLower().contains("json") || trimmed.startsWith('{')
        || trimmed.startsWith('[');
}

bool HttpBodyFormat::looksLikeXml(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.toLower().contains("xml") || body.trimmed().startsWith("<?xml");
}

QString HttpBodyFormat::shownText(
    const QByteArray &body, const QByteArray &contentType, bool pretty)
{
    QString shown;
    if (pretty && body.size() <= kMaxShownBody) {
        if (looksLikeJson(body, contentType))
            shown = QString::fromUtf8(indentJson(body));
        if (shown.isEmpty() && looksLikeXml(body, contentType)) {
            bool ok = false;
            shown = prettyXml(body, &ok);
            if (!ok)
                shown.clear();
        }
    }
    if (shown.isEmpty()) {
        // Exactly what arrived (UTF-8), so what the student reads is what the server sent.
        shown = QString::fromUtf8(body.left(kMaxShownBody));
        if (body.size() > kMaxShownBody)
            shown += tr("\n… (%1 more bytes)").arg(body.size() - kMaxShownBody);
    }
    return shown;
}

bool HttpBodyFormat::fillJsonTree(QTreeWidget *tree, const QByteArray &json, int maxItems)
{
    tree->clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    TreeBudget budget {maxItems};
    const QJsonValue root
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    addJson(tree->invisibleRootItem(), tr("(root)"), root, budget);
    if (budget.exhausted)
        new QTreeWidgetItem(tree,
            {tr("…"), tr("more than %n item(s): the rest is in the Body tab", nullptr, maxItems)});
    tree->expandToDepth(1);
    return true;
}

bool HttpBodyFormat::fillXmlTree(QTreeWidget *tree, const QByteArray &xml, int maxItems)
{
    tree->clear();
    QXmlStreamReader reader(xml);
    QTreeWidgetItem *current = tree->invisibleRootItem();
    TreeBudget budget {maxItems};
    while (!reader.atEnd() && !budget.exhausted) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (!budget.take())
                break;
            auto *item = new QTreeWidgetItem(current);
            item->setText(0, u'<' + reader.qualifiedName().toString() + u'>');
            QStringList attributes;
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                attributes << attribute.qualifiedName().toString() + u"=\""_s
                        + attribute.value().toString() + u'"';
            item->setText(1, attributes.join(u' '));
            current = item;
        } else if (reader.isEndElement()) {
            if (current != tree->invisibleRootItem())
                current = current->parent() ? current->parent() : tree->invisibleRootItem();
        } else if ((reader.isCharacters() || reader.isCDATA()) && !reader.isWhitespace()) {
            if (!budget.take())
                break;
            auto *item = new QTreeWidgetItem(current);
            item->setText(0, tr("text"));
            item->setText(1, reader.text().toString().trimmed());
        }
    }
    if (reader.hasError() && !budget.exhausted) {
        tree->clear();
        return false;
    }
    if (budget.exhausted)
        new QTreeWidgetItem(tree,
            {tr("…"), tr("more than %n item(s): the rest is in the Body tab", nullptr, maxItems)});
    tree->expandToDepth(1);
    return true;
}

} // namespace netlab
