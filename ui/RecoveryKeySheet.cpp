#include "RecoveryKeySheet.h"

#include "WaitCursor.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStringList>
#include <QTextDocument>

namespace pd::ui {

QString RecoveryKeySheet::groupedForDisplay(const QString &recoveryKey)
{
    const QStringList groups = recoveryKey.split(u'-', Qt::SkipEmptyParts);
    if (groups.size() != 8)
        return recoveryKey;
    return groups.mid(0, 4).join(u'-') + u"-\n" + groups.mid(4).join(u'-');
}

QString RecoveryKeySheet::html() const
{
    const QString key
        = groupedForDisplay(recoveryKey).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    const QString date = QLocale().toString(organisationTime(created), QLocale::LongFormat);
    QString page;
    page += u"<html><body style=\"font-family: sans-serif;\">";
    page += u"<h1>" + tr("Privacydesk recovery key").toHtmlEscaped() + u"</h1>";
    if (!organisationName.isEmpty())
        page += u"<p><b>" + organisationName.toHtmlEscaped() + u"</b></p>";
    page += u"<table cellspacing=\"0\" cellpadding=\"3\">";
    page += u"<tr><td>" + tr("Store ID:").toHtmlEscaped() + u"</td><td>"
        + storeId.toString(QUuid::WithoutBraces).toHtmlEscaped() + u"</td></tr>";
    page += u"<tr><td>" + tr("Created:").toHtmlEscaped() + u"</td><td>" + date.toHtmlEscaped()
        + u"</td></tr></table>";
    page += u"<p style=\"font-family: monospace; font-size: 22pt; margin-top: 24px; "
            u"margin-bottom: 24px;\">"
        + key + u"</p>";
    page += u"<p><b>"
        + tr("Keep this key on paper in a safe place; whoever has the key can open the store.")
              .toHtmlEscaped()
        + u"</b></p>";
    page += u"<p>"
        + tr("With this key you can open the store when every password has been forgotten. Do "
             "not store it on the computer or in e-mail. Privacydesk shows this key only once.")
              .toHtmlEscaped()
        + u"</p>";
    page += u"</body></html>";
    return page;
}

QString RecoveryKeySheet::spoolWarning()
{
    return tr("Printing leaves a copy of the recovery key in the print spool: the print system "
              "(CUPS) keeps the job on this computer or the print server until it is printed, and "
              "on Debian for a day after unless IT set \"PreserveJobFiles No\". Print only to a "
              "printer beside you and take the page at once.");
}

bool RecoveryKeySheet::confirmPrint(QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Print recovery key"), spoolWarning(),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("spoolWarning"));
    QPushButton *print = box.addButton(tr("&Print anyway…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(print);
    box.exec();
    return box.clickedButton() == print;
}

QByteArray RecoveryKeySheet::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(tr("Privacydesk recovery key"));
        writer.setCreator(QStringLiteral("Privacydesk"));
        QTextDocument document;
        document.setHtml(html());
        document.print(&writer);
    }
    return buffer.data();
}

CupsPrinter::Result RecoveryKeySheet::printTo(const QString &printer) const
{
    CupsPrinter::Job job;
    job.printer = printer;
    job.title = tr("Privacydesk recovery key");
    job.pdf = pdf();
    CupsPrinter::Result result = CupsPrinter::print(job);
    job.pdf.fill('\0');
    return result;
}

void RecoveryKeySheet::printWithDialog(QWidget *parent) const
{
    if (!confirmPrint(parent))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Privacydesk recovery key"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print recovery key"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("recoveryKeyPrinted"));
    box.setWindowTitle(tr("Print recovery key"));
    if (!printer.outputFileName().isEmpty()) {
        // The dialog offers no file, but a saved print setting may still name one.
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("The recovery key is not written to a file. Choose a printer."));
        box.exec();
        return;
    }
    CupsPrinter::Result result;
    {
        WaitCursor wait;
        result = printTo(printer.printerName());
    }
    if (!result.accepted()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("%1 The recovery key was not printed.").arg(result.error));
    } else {
        box.setIcon(QMessageBox::Information);
        QString text = tr("Sent to %1 (job %2). Take the page from the printer at once.")
                           .arg(printer.printerName())
                           .arg(result.job);
        if (result.paused)
            text += u' '
                + tr("The printer is paused: the key waits in its queue until it is resumed.");
        box.setText(text);
    }
    box.exec();
}

} // namespace pd::ui
