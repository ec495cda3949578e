#pragma once

#include "labtab.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace netlab {

class BindAddressCombo;
class CodeView;
class HttpMicroServer;
struct HttpExchange;
class StatusLine;

// The micro HTTP server lab: start on an address and port (8080), answer every request with
// an editable response (status line, headers, UTF-8 body) or serve a folder, and list each
// request as it arrived — raw text, client, time and the response sent. Binds to an
// HttpMicroServer that MainWindow owns.
class HttpServerTab : public LabTab
{
    Q_OBJECT

public:
    explicit HttpServerTab(HttpMicroServer *server, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;
    // The response mode as the micro server on a TCP socket, the folder mode as http.server.
    GeneratedCode code() const override;

    std::optional<QHostAddress> bindAddress(QString *error) const;

    // Raw HTTP bytes as text for a view: UTF-8 with line ends made visible (\r\n) when asked,
    // a hex dump when the bytes are not text; long ones cut with a note.
    static QString rawText(const QByteArray &raw, bool showLineEnds);

private:
    void showListening(bool listening);
    void applyResponse();
    void applyMode();
    void chooseFolder();
    void queueExchange(quint64 id);
    void flushExchanges();
    void updateItem(QTreeWidgetItem *item, const HttpExchange &exchange);
    void showSelected();
    void rebuildList();

    HttpMicroServer *m_server = nullptr;
    BindAddressCombo *m_bindCombo = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_browserButton = nullptr;
    QLabel *m_urlLabel = nullptr;
    QRadioButton *m_responseRadio = nullptr;
    QRadioButton *m_folderRadio = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_folderButton = nullptr;
    StatusLine *m_status = nullptr;
    QLineEdit *m_statusLineEdit = nullptr;
    QPlainTextEdit *m_headersEdit = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QPushButton *m_resetButton = nullptr;
    QTreeWidget *m_requests = nullptr;
    QHash<quint64, QTreeWidgetItem *> m_items;
    QSet<quint64> m_pending;
    QTimer *m_flushTimer = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_droppedLabel = nullptr; // the core dropped old requests from the list
    QPlainTextEdit *m_rawView = nullptr;
    QCheckBox *m_lineEndsCheck = nullptr;
    QPushButton *m_clearButton = nullptr;
    CodeView *m_codeView = nullptr;
    bool m_loading = false;
};

} // namespace netlab
