#include "languagemanager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "netlab.language")

namespace netlab {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager() = default;

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("netlab::LanguageManager", "System language")},
        {u"en"_s, u"English"_s},
        {u"fr"_s, u"Français"_s},
    };
}

bool LanguageManager::setLanguage(const QString &code)
{
    m_translators.reset(); // the old language's translators out before the new ones load
    m_code = code;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    m_translators = std::make_unique<Translators>(locale);
    // Numbers, dates and spin boxes follow the language shown: "10 000", "23,9 °C" in French.
    QLocale::setDefault(
        m_translators->isTranslated() || code.isEmpty() ? locale : QLocale(QLocale::English));
    // A language we have no catalogue for stays English; only an explicit choice of a missing
    // catalogue is a failure.
    const bool ok = m_translators->isTranslated() || code.isEmpty();
    if (!m_translators->isTranslated())
        qCInfo(lcLanguage) << "no catalogue for" << locale.name();
    emit languageChanged(code);
    return ok;
}

} // namespace netlab
