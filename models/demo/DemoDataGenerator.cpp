#include "demo/DemoDataGenerator.h"

#include "demo/CsvFileWriter.h"
#include "demo/DemoFeedLayouts.h"
#include "demo/DemoInsuranceWriter.h"
#include "demo/DemoRecordsWriter.h"
#include "demo/DemoWorld.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>
#include <thread>

namespace mianshen::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::demo::DemoDataGenerator", text);
}

} // namespace

DemoDataGenerator::DemoDataGenerator(DemoDataOptions options)
    : m_options(std::move(options))
{
}

QStringList DemoDataGenerator::feedNames()
{
    QStringList names;
    for (const auto &l : demoFeedLayouts())
        names << QString::fromLatin1(l.name.data(), qsizetype(l.name.size()));
    return names;
}

QStringList DemoDataGenerator::columnNames(const QString &feed)
{
    QStringList names;
    for (const auto &l : demoFeedLayouts()) {
        if (QLatin1StringView(l.name.data(), qsizetype(l.name.size())) != feed)
            continue;
        for (const auto c : l.columns)
            names << QString::fromLatin1(c.data(), qsizetype(c.size()));
    }
    return names;
}

domain::Result<DemoDataSummary> DemoDataGenerator::generate()
{
    using R = domain::Result<DemoDataSummary>;
    if (m_options.persons < 1 || m_options.persons > DemoWorld::maxPersons())
        return R::failure(tr("The number of persons must be between 1 and %1.").arg(DemoWorld::maxPersons()));
    if (m_options.enterprises < 1 || m_options.enterprises > MaxEnterprises)
        return R::failure(tr("The number of enterprises must be between 1 and %1.").arg(MaxEnterprises));
    if (m_options.outputDirectory.isEmpty())
        return R::failure(tr("No output folder given."));
    QDir dir(m_options.outputDirectory);
    if (!dir.mkpath(QStringLiteral(".")))
        return R::failure(tr("Cannot create the folder %1.").arg(m_options.outputDirectory));

    QElapsedTimer timer;
    timer.start();
    const DemoWorld world(m_options.seed, m_options.persons, m_options.enterprises);

    DemoFeedFiles files;
    const auto &ls = demoFeedLayouts();
    for (std::size_t i = 0; i < ls.size(); ++i) {
        const QString name = QString::fromLatin1(ls[i].name.data(), qsizetype(ls[i].name.size()));
        files[i] = std::make_unique<CsvFileWriter>(dir.filePath(name + QStringLiteral(".csv")));
        if (auto s = files[i]->open(ls[i].columns); !s)
            return R::failure(s.error());
    }

    std::thread insurance([&world, &files] { DemoInsuranceWriter::write(world, *files[SocialInsurance]); });
    DemoRecordsWriter records(world, files);
    records.run();
    insurance.join();

    DemoDataSummary summary;
    QString error;
    for (std::size_t i = 0; i < ls.size(); ++i) {
        if (auto s = files[i]->finish(); !s && error.isEmpty())
            error = s.error();
        DemoFileSummary fs;
        fs.feed = QString::fromLatin1(ls[i].name.data(), qsizetype(ls[i].name.size()));
        fs.fileName = fs.feed + QStringLiteral(".csv");
        fs.rows = files[i]->rows();
        fs.bytes = QFileInfo(files[i]->path()).size();
        summary.totalRows += fs.rows;
        summary.files << fs;
    }
    if (!error.isEmpty())
        return R::failure(error);
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace mianshen::demo
