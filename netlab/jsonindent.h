#pragma once

// JSON laid out for reading without changing it: line breaks and four-space indents between
// the tokens, nothing else. Keys keep their order, numbers and strings their exact spelling
// (QJsonDocument::toJson sorts keys and re-spells numbers: not what the server sent).

#include <QByteArray>
#include <QByteArrayView>

namespace netlab {

// The indented text, or an empty array when `json` is not one valid JSON document.
QByteArray indentJson(QByteArrayView json);

} // namespace netlab
