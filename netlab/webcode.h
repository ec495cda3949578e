#pragma once

// "Show as code" for the HTTP client lab: a request's method, URL, headers and body as the
// Python 3 program (urllib.request, standard library) a student would write, and the curl
// command that sends the same request.

#include "pythoncode.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace netlab {

struct HttpClientCode
{
    QString method = QStringLiteral("GET");
    QString url = QStringLiteral("http://127.0.0.1:8750/api/v1/info");
    QList<QPair<QString, QString>> headers; // in order, as typed
    QByteArray body; // sent as it is; empty: no body
};

class WebCode
{
    Q_DECLARE_TR_FUNCTIONS(netlab::WebCode)

public:
    static GeneratedCode httpClient(const HttpClientCode &settings);
};

} // namespace netlab
