#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QTreeWidget;

namespace netlab {

// How the HTTP client lab shows a body it received: text or binary, pretty-printed JSON and
// XML, and the document as a tree. Plain functions over bytes and a QTreeWidget, so the
// client tab only decides where each one goes.
class HttpBodyFormat
{
    Q_DECLARE_TR_FUNCTIONS(netlab::HttpBodyFormat)

public:
    static constexpr qsizetype kMaxShownBody = 1024 * 1024; // of text in a view

    // Not text a reader can make sense of: invalid UTF-8 or NUL bytes in what is shown.
    static bool isBinary(const QByteArray &body);
    // Looks like JSON / XML by its Content-Type or its first bytes.
    static bool looksLikeJson(const QByteArray &body, const QByteArray &contentType);
    static bool looksLikeXml(const QByteArray &body, const QByteArray &contentType);
    // The body as text for the Body view: pretty (indented JSON or XML) when asked and it
    // parses, otherwise exactly what arrived (UTF-8, cut after kMaxShownBody with a note).
    static QString shownText(const QByteArray &body, const QByteArray &contentType, bool pretty);

    // Tree items built from a JSON or XML document, at most maxItems (then a "…" item).
    static bool fillJsonTree(QTreeWidget *tree, const QByteArray &json, int maxItems);
    static bool fillXmlTree(QTreeWidget *tree, const QByteArray &xml, int maxItems);
};

} // namespace netlab
