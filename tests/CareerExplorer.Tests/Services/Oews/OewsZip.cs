using System.IO.Compression;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Oews;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CareerExplorer.Web.Services.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Services.Oews;

/// <summary>
/// OEWS releases in the zip BLS distributes them in (oesm23nat.zip holding
/// oesm23nat/national_M2023_dl.xlsx), built from the real May 2023 workbook.
/// </summary>
public static class OewsZip
{
    /// <summary>A zip of the files given, each at its path (a folder inside, as BLS zips have).</summary>
    public static byte[] Zip(params (string Path, byte[] Content)[] files)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(content);
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// A field-descriptions workbook, as BLS has put beside a release's data in its zip: the
    /// published workbook without its data sheet (its Field Descriptions name each OEWS column).
    /// </summary>
    public static (string, byte[]) FieldDescriptions(string folder)
    {
        using var stream = new MemoryStream();
        stream.Write(OewsWorkbookTests.Published);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var book = document.WorkbookPart!;
            var data = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "national_M2023_dl");
            book.DeletePart(book.GetPartById(data.Id!));
            data.Remove();
            book.Workbook.DefinedNames?.Remove();
            book.Workbook.Save();
        }
        return ($"{folder}/field_descriptions.xlsx", stream.ToArray());
    }

    /// <summary>oesm23nat.zip as BLS distributes it: the published workbook in a folder, with a field-descriptions file.</summary>
    public static byte[] May2023 => Zip(("oesm23nat/national_M2023_dl.xlsx", OewsWorkbookTests.Published), FieldDescriptions("oesm23nat"));

    /// <summary>A threshold other than May 2023's $115.00 / $239,200, as a later release's notes would state it.</summary>
    public static readonly OewsTopCode NewTopCode = new(125.00m, 260_000m);

    /// <summary>
    /// The May 2023 workbook made into a later release as BLS would publish it: its data sheet
    /// national_M{year}_dl, its title "May {year} OEWS Estimates", and its Field Descriptions
    /// stating <paramref name="topCode"/> as the "#" threshold. The figures stay May 2023's.
    /// </summary>
    public static byte[] Workbook(int year, OewsTopCode topCode)
    {
        var (oldSheet, newSheet) = ("national_M2023_dl", $"national_M{year}_dl");
        using var stream = new MemoryStream();
        stream.Write(OewsWorkbookTests.Published);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var book = document.WorkbookPart!;
            foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>().Where(s => s.Name == oldSheet))
                sheet.Name = newSheet;
            foreach (var name in book.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
                name.Text = name.Text.Replace(oldSheet + "!", newSheet + "!", StringComparison.Ordinal);
            var strings = book.SharedStringTablePart!.SharedStringTable;
            var (title, threshold) = (0, 0);
            foreach (var item in strings.Elements<SharedStringItem>())
            {
                var text = item.InnerText;
                string? changed = null;
                if (text.Contains("May 2023", StringComparison.Ordinal))
                    (changed, title) = (text.Replace("May 2023", $"May {year}", StringComparison.Ordinal), title + 1);
                else if (text.TrimStart().StartsWith('#') && text.Contains("per hour or", StringComparison.Ordinal))
                    (changed, threshold) = ($"#  = indicates a wage equal to or greater than ${topCode.Hourly:0.00} per hour or ${topCode.Annual:#,0} per year ", threshold + 1);
                if (changed is null)
                    continue;
                item.RemoveAllChildren();
                item.Append(new Text(changed) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            }
            // The published workbook has one title and one top-code line; anything else means the layout changed under this builder.
            Assert.Equal((1, 1), (title, threshold));
            strings.Save();
            book.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The zip BLS would distribute a later release in (oesm24nat.zip, folder oesm24nat), its workbook built by <see cref="Workbook"/>.</summary>
    public static (string Name, byte[] Content) Release(int year, OewsTopCode topCode, string? workbookName = null)
    {
        var folder = $"oesm{year % 100:00}nat";
        return ($"{folder}.zip", Zip(($"{folder}/{workbookName ?? $"national_M{year}_dl.xlsx"}", Workbook(year, topCode)), FieldDescriptions(folder)));
    }

    /// <summary>A release as stored: its source and every figure (role, what, amount, marks, error, quote), one line each, to compare two imports.</summary>
    public static async Task<List<string>> StoredAsync(CareerAppFactory app, int year)
    {
        await using var db = app.CreateDbContext();
        var release = Datasets.OewsRelease(year);
        var source = await db.Sources.SingleAsync(s => s.Dataset == Datasets.BlsOews && s.Release == release);
        var salaries = await db.SalaryFigures.Where(f => f.SourceId == source.Id)
            .Select(f => new { f.Role.Slug, f.Statistic, f.Basis, f.Amount, f.IsTopCoded, f.IsNotPublished, f.RelativeStandardError, f.Year, f.Month, f.Quote }).ToListAsync();
        var outlook = await db.OutlookFigures.Where(f => f.SourceId == source.Id)
            .Select(f => new { f.Role.Slug, f.Kind, f.Value, f.Unit, f.IsNotPublished, f.RelativeStandardError, f.Year, f.Quote }).ToListAsync();
        return [$"source {source.Slug}|{source.Title}|{source.Note}", .. salaries.Select(f => $"{f}").Concat(outlook.Select(f => $"{f}")).Order(StringComparer.Ordinal)];
    }

    private static readonly Lazy<Task<List<string>>> BareWorkbook = new(async () =>
    {
        using var app = new CareerAppFactory();
        var (output, error) = (new StringWriter(), new StringWriter());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await ImportCommands.OewsAsync(scope.ServiceProvider, [OewsWorkbookTests.Path2023], null, null, output, error) == 0, error.ToString());
        return await StoredAsync(app, 2023);
    });

    /// <summary>The May 2023 release as the bare published workbook stores it (imported once, into a database of its own).</summary>
    public static Task<List<string>> StoredFromTheBareWorkbookAsync() => BareWorkbook.Value;

    /// <summary>How many wages of the detailed occupations the workbook marks "#", by basis: counted from the published May 2023 workbook.</summary>
    public static (int Hourly, int Annual) TopCodedWages()
    {
        var release = OewsFile.ReadWorkbook("national_M2023_dl.xlsx", OewsWorkbookTests.Published, latestYear: 2025).Release!;
        var marked = release.Detailed.SelectMany(r => r.Wages).Where(w => w.Value.Raw == "#").ToList();
        return (marked.Count(w => w.Key.Basis == PayBasis.Hourly), marked.Count(w => w.Key.Basis == PayBasis.Annual));
    }
}

/// <summary>The zips refused whichever way they come (import-oews, the admin upload), and what each is.</summary>
public static class RefusedOewsZips
{
    public const string Contradicting = "a May 2023 workbook in oesm24nat.zip";
    public const string NoOewsFile = "no OEWS file";
    public const string DamagedWorkbook = "a damaged workbook";
    public const string StateOnly = "a state file only";

    public static (string Name, byte[] Content) Make(string kind) => kind switch
    {
        Contradicting => ("oesm24nat.zip", OewsZip.Zip(("oesm24nat/national_M2023_dl.xlsx", OewsWorkbookTests.Published))),
        NoOewsFile => ("oesm23nat.zip", OewsZip.Zip(OewsZip.FieldDescriptions("oesm23nat"), ("oesm23nat/readme.txt", "OEWS national estimates"u8.ToArray()))),
        DamagedWorkbook => ("oesm23nat.zip", OewsZip.Zip(("oesm23nat/national_M2023_dl.xlsx", OewsWorkbookTests.Make("cut short")), OewsZip.FieldDescriptions("oesm23nat"))),
        // The national workbook with every row made Alabama's, as the state file's rows are.
        StateOnly => ("oesm23st.zip", OewsZip.Zip(("oesm23st/state_M2023_dl.xlsx", OewsWorkbookTests.Damaged("xl/sharedStrings.xml",
            s => s.Replace("<t>99</t>", "<t>01</t>").Replace("<t>U.S.</t>", "<t>Alabama</t>").Replace("<t>US</t>", "<t>AL</t>"))))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What the refusal says, whichever way the zip came.</summary>
    public static string Message(string kind) => kind switch
    {
        Contradicting => "The workbook states it is May 2023 (its sheet “national_M2023_dl”), but the name of the zip it came in (oesm24nat.zip) says 2024; nothing was imported.",
        NoOewsFile => "(oesm23nat/field_descriptions.xlsx, oesm23nat/readme.txt)",
        DamagedWorkbook => "The workbook cannot be read: it is not an .xlsx file, or it is damaged or cut short",
        StateOnly => "This OEWS file holds no national cross-industry estimates (the rows with AREA 99 or US, and NAICS 000000 where it has industries): its rows are for AREA 01 (Alabama).",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TheoryData<string> All() => new() { Contradicting, NoOewsFile, DamagedWorkbook, StateOnly };
}
