#pragma once

#include "labtab.h"

#include <netlab/httpclientrequest.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace netlab {

class CodeView;
class HttpClient;
class KeyValueTable;
class StatusLine;

// The HTTP client lab: method, URL, query parameters, headers and a body (raw text, JSON or
// form fields), sent through QNetworkAccessManager or — raw mode — as the exact bytes of the
// raw request editor over a socket. Shows the response's status, headers, timing, redirects,
// certificate chain and body (pretty-printed, as a JSON/XML tree, as hex) and the exact bytes
// exchanged in raw mode; copies the request as a curl command. Binds to an HttpClient.
class HttpClientTab : public LabTab
{
    Q_OBJECT

public:
    explicit HttpClientTab(HttpClient *client, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override; // stops a running request
    void send() override;
    void clearLog() override;
    void saveLog() override; // saves the response body
    GeneratedCode code() const override; // method, URL, headers and body as urllib and curl

    // The request the form describes.
    HttpClientRequest request() const;
    // The raw editor's text as bytes on the wire (line ends as chosen).
    QByteArray rawBytes() const;

private:
    void formChanged();
    void refillRaw();
    void showBusy(bool busy);
    void showResult();
    void showBody();
    void copyAsCurl();
    void updateBodyKind();

    HttpClient *m_client = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_curlButton = nullptr;
    QTabWidget *m_requestTabs = nullptr;
    KeyValueTable *m_queryTable = nullptr;
    KeyValueTable *m_headersTable = nullptr;
    QComboBox *m_bodyKindCombo = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    KeyValueTable *m_formTable = nullptr;
    QComboBox *m_rawVersionCombo = nullptr;
    QComboBox *m_rawLineEndCombo = nullptr;
    QPushButton *m_refillButton = nullptr;
    QPlainTextEdit *m_rawEdit = nullptr;
    StatusLine *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_responseTabs = nullptr;
    QPlainTextEdit *m_bodyView = nullptr;
    QCheckBox *m_prettyCheck = nullptr;
    QTreeWidget *m_treeView = nullptr;
    QPlainTextEdit *m_hexView = nullptr;
    QTreeWidget *m_headersView = nullptr;
    QTreeWidget *m_detailsView = nullptr;
    QPlainTextEdit *m_exchangeView = nullptr;
    CodeView *m_codeView = nullptr;
    bool m_rawEdited = false; // the user typed in the raw editor: no automatic refill
    bool m_settingRaw = false;
};

} // namespace netlab
