#pragma once

#include <netlab/textcodec.h>

#include <QWidget>

class QComboBox;
class QSettings;

namespace netlab {

// Encoding (ASCII / UTF-8 / Latin-1) and decode error mode (strict / replace / ignore).
class CodecPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CodecPicker(QWidget *parent = nullptr);

    TextCodec codec() const;
    void setCodec(const TextCodec &codec);

    // Keys "encoding" and "errors" in the settings' current group.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void codecChanged(const netlab::TextCodec &codec);

private:
    void emitChanged();

    QComboBox *m_encoding = nullptr;
    QComboBox *m_mode = nullptr;
    bool m_updating = false;
};

} // namespace netlab
