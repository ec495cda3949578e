#include "codeview.h"

#include "labtab.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {
enum Kind { Python, OneLiner };
} // namespace

CodeView::CodeView(LabTab *tab)
    : CodeView([tab] { return tab->code(); }, tab)
{
    connect(tab, &LabTab::codeChanged, this, &CodeView::settingsChanged);
}

CodeView::CodeView(Generator generator, QWidget *parent)
    : QWidget(parent)
    , m_generator(std::move(generator))
{
    setObjectName(u"codeView"_s);
    m_toggle = new QPushButton(tr("Sho&w as code"), parent);
    m_toggle->setObjectName(u"showCodeButton"_s);
    m_toggle->setAccessibleName(tr("Show as code"));
    m_toggle->setToolTip(tr("The program you would write to do what this tab does with "
                            "these settings"));
    m_toggle->setCheckable(true);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"codeKindCombo"_s);
    m_kindCombo->addItem(tr("Python 3"), Python);
    m_kindCombo->addItem(tr("Shell one-liner"), OneLiner);
    m_kindCombo->setAccessibleName(tr("Kind of code"));

    m_copyButton = new QPushButton(tr("Cop&y"), this);
    m_copyButton->setObjectName(u"copyCodeButton"_s);
    m_copyButton->setAccessibleName(tr("Copy the code"));
    m_copyButton->setToolTip(tr("Copy the code to the clipboard"));

    m_note = new QLabel(this);
    m_note->setObjectName(u"codeNote"_s);
    m_note->setWordWrap(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"codeText"_s);
    m_text->setAccessibleName(tr("Code"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_kindCombo);
    row->addWidget(m_note, 1);
    row->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_text, 1);
    setVisible(false);

    connect(m_toggle, &QPushButton::toggled, this, &QWidget::setVisible);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &CodeView::showCode);
    connect(m_copyButton, &QPushButton::clicked, this, &CodeView::copy);
}

QString CodeView::text() const
{
    return m_text->toPlainText();
}

bool CodeView::showsOneLiner() const
{
    return m_kindCombo->currentData().toInt() == OneLiner;
}

void CodeView::setShowsOneLiner(bool oneLiner)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(oneLiner ? OneLiner : Python));
}

void CodeView::refresh()
{
    m_code = m_generator();
    showCode();
}

void CodeView::settingsChanged()
{
    if (isVisible())
        refresh();
}

void CodeView::copy()
{
    QGuiApplication::clipboard()->setText(text());
}

void CodeView::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void CodeView::showCode()
{
    const bool oneLiner = showsOneLiner();
    const QString code = oneLiner ? m_code.oneLiner : m_code.python;
    if (code == m_text->toPlainText() && !code.isEmpty())
        return; // keeps the scroll position while typing
    m_text->setPlainText(code);
    m_note->setText(oneLiner && code.isEmpty()
            ? tr("No one-line shell command does the same with these settings.")
            : QString());
    m_copyButton->setEnabled(!code.isEmpty());
}

} // namespace netlab
