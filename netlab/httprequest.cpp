#include "httprequest.h"

namespace netlab {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::decodedPath() const
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(path));
}

QByteArray HttpRequest::versionString() const
{
    return "HTTP/" + QByteArray::number(versionMajor) + '.' + QByteArray::number(versionMinor);
}

} // namespace netlab
