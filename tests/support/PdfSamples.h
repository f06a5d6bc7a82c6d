#pragma once

// PDF files for the tests of made in the test
// with QPdfWriter (needs a QGuiApplication: run offscreen) and qpdf: pages of text, a scan (a
// picture of text, no text layer), one with a password and a truncated one.

#include "TestSupport.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace pd::test::samples {

// One page per entry, each line of it drawn as text (a real text layer).
inline QByteArray textPdf(const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans Mono"), 11));
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            int y = 300;
            for (const QString &line : pages.at(page)) {
                painter.drawText(200, y, line);
                y += 80;
            }
        }
    }
    return bytes;
}

// A scan: the page is one picture (of a letter with a number on it), no text layer.
inline QByteArray scanPdf(int pages = 1)
{
    QImage picture(800, 1100, QImage::Format_RGB32);
    picture.fill(Qt::white);
    {
        QPainter painter(&picture);
        painter.drawText(60, 80, QStringLiteral("Geachte heer, mevrouw, BSN ") + elfProefNumber());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawImage(QRect(0, 0, writer.width(), writer.height()), picture);
        }
    }
    return bytes;
}

// plain with a user password ("geheim"), AES-256 (qpdf --encrypt).
inline QByteArray encryptedPdf(const QByteArray &plain)
{
    QTemporaryDir dir;
    QFile in(dir.filePath(QStringLiteral("in.pdf")));
    if (!in.open(QIODevice::WriteOnly) || in.write(plain) != plain.size())
        return {};
    in.close();
    const QString out = dir.filePath(QStringLiteral("uit.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"),
               { QStringLiteral("--encrypt"), QStringLiteral("geheim"), QStringLiteral("eigenaar"),
                 QStringLiteral("256"), QStringLiteral("--"), in.fileName(), out });
    if (!qpdf.waitForFinished() || qpdf.exitCode() != 0)
        return {};
    QFile result(out);
    return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
}

// The first bytes of a PDF only, as a broken download leaves it.
inline QByteArray truncatedPdf(const QByteArray &whole)
{
    return whole.left(300);
}

} // namespace pd::test::samples
