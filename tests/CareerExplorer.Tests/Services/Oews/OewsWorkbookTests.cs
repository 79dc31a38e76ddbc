using System.IO.Compression;
using System.Text;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Oews;

namespace CareerExplorer.Tests.Services.Oews;

/// <summary>The May 2023 release as BLS publishes it, an .xlsx workbook, and the same workbook damaged.</summary>
public class OewsWorkbookTests
{
    public static string Path2023 => Path.Combine(AppContext.BaseDirectory, "data", "oews", "national_M2023_dl.xlsx");

    public static byte[] Published => File.ReadAllBytes(Path2023);

    private static OewsReadResult Read(byte[] workbook) => OewsFile.ReadWorkbook("national_M2023_dl.xlsx", workbook, latestYear: 2025);

    /// <summary>The published workbook with one of its parts changed.</summary>
    public static byte[] Damaged(string part, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var from = new ZipArchive(new MemoryStream(Published)))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                var text = new StreamReader(entry.Open(), Encoding.UTF8).ReadToEnd();
                using var writer = new StreamWriter(to.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(entry.FullName == part ? change(text) : text);
            }
        }
        return output.ToArray();
    }

    [Fact]
    public void ReadWorkbook_May2023AsPublished_ReadsTheDataSheetAndTheTopCodeItsNotesState()
    {
        var result = Read(Published);

        Assert.Empty(result.Problems);
        var release = result.Release!;
        Assert.Equal(2023, release.Year);
        Assert.Equal(new OewsTopCode(115.00m, 239_200m), release.TopCode); // from the Field Descriptions sheet
        Assert.Equal(831, release.Detailed.Count());
        var cirs = release.Detailed.Single(r => r.Code == "15-1221");
        Assert.Equal(("Computer and Information Research Scientists", 140L), (cirs.Title, cirs.Line)); // the row number Excel shows
        Assert.Equal(35_210m, cirs.Employment.Number);
        Assert.Equal(145_080m, cirs.Wages[(SalaryStatistic.Median, PayBasis.Annual)].Number);
        Assert.Equal(69.75m, cirs.Wages[(SalaryStatistic.Median, PayBasis.Hourly)].Number);
        // Stored as 37.659999999999997 in the file: read as the 37.66 Excel shows.
        var executives = release.Rows.Single(r => r.Code == "11-1000");
        Assert.Equal(new OewsValue(OewsMark.Number, 31.81m, "31.81"), executives.Wages[(SalaryStatistic.P25, PayBasis.Hourly)]);
        Assert.Equal(OewsMark.TopCoded, executives.Wages[(SalaryStatistic.P90, PayBasis.Annual)].Mark);
        Assert.Equal(192_710m, release.Detailed.Single(r => r.Code == "15-2051").Employment.Number);
    }

    [Theory]
    [InlineData("national_M2024_dl.xlsx", null, "its file name says 2024")]
    [InlineData("national_M2023_dl.xlsx", 2022, "the year given is 2022")]
    public void ReadWorkbook_YearOtherThanTheWorkbookStates_IsRefusedNamingBoth(string name, int? year, string message)
    {
        var result = OewsFile.ReadWorkbook(name, Published, year, latestYear: 2025);

        Assert.Null(result.Release);
        var problem = Assert.Single(result.Problems).Message;
        Assert.Contains("The workbook states it is May 2023 (its sheet “national_M2023_dl”)", problem);
        Assert.Contains(message, problem);
    }

    [Fact]
    public void ReadWorkbook_FileNameWithoutAYear_TakesTheYearTheWorkbookStates()
    {
        var result = OewsFile.ReadWorkbook("oews-download.xlsx", Published, latestYear: 2025);

        Assert.Empty(result.Problems);
        Assert.Equal(2023, result.Release!.Year);
    }

    public static TheoryData<string, string> DamagedWorkbooks() => new()
    {
        { "not a zip", "The workbook cannot be read" },
        { "cut short", "The workbook cannot be read" },
        { "a zip, not a workbook", "The workbook cannot be read" },
        { "no data sheet", "holds no OEWS data: none of its sheets (“national_M2023_dl”, “Field Descriptions”, “UpdateTime”, “Filler”)" },
        { "missing column", "lacks the column A_MEDIAN" },
    };

    public static byte[] Make(string damage) => damage switch
    {
        "not a zip" => "AREA,OCC_CODE\n99,15-1221\n"u8.ToArray(),
        "cut short" => Published[..(Published.Length / 2)],
        "a zip, not a workbook" => Zip("notes.txt", "hello"),
        "no data sheet" => Damaged("xl/sharedStrings.xml", s => s.Replace("<t>OCC_CODE</t>", "<t>CODE</t>").Replace("<t>OCC_TITLE</t>", "<t>TITLE</t>")),
        "missing column" => Damaged("xl/sharedStrings.xml", s => s.Replace("<t>A_MEDIAN</t>", "<t>A_MIDDLE</t>")),
        _ => throw new ArgumentOutOfRangeException(nameof(damage)),
    };

    private static byte[] Zip(string name, string content)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(name).Open()))
            writer.Write(content);
        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(DamagedWorkbooks))]
    public void ReadWorkbook_Damaged_IsRefusedWithAMessage(string damage, string message)
    {
        var result = Read(Make(damage));
        Assert.Null(result.Release);
        Assert.Contains(message, Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ReadWorkbook_RowCutOffAfterItsMedianHourlyWage_IsRefusedAtThatRowAndColumn()
    {
        // Row 140 (Computer and Information Research Scientists) loses its cells from A_MEDIAN (column AB) on.
        var workbook = Damaged("xl/worksheets/sheet1.xml", s =>
        {
            var start = s.IndexOf("<c r=\"AB140\"", StringComparison.Ordinal);
            var end = s.IndexOf("</row>", start, StringComparison.Ordinal);
            return s[..start] + s[end..];
        });

        var problems = Read(workbook).Problems;

        Assert.Equal(["A_MEDIAN", "A_PCT75", "A_PCT90"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal(140, p.Line));
        Assert.Contains("The cell is empty", problems[0].Message);
    }

    [Theory]
    [InlineData("oesm23nat.zip", 2023)]
    [InlineData("OESM24NAT.ZIP", 2024)]
    [InlineData("oesm23st.zip", 2023)]
    [InlineData("oesm99nat.zip", 1999)]
    [InlineData("national_M2025_dl.zip", 2025)]
    [InlineData("oews.zip", null)]
    [InlineData("oesm23nat.xlsx", null)]
    public void YearFromArchiveName_ReadsTheYearOfTheZipBlsNames(string name, int? year) => Assert.Equal(year, OewsFile.YearFromArchiveName(name));

    [Fact]
    public void ReadWorkbook_FieldDescriptionsOnly_HoldsNoOewsData()
    {
        // Its Field Descriptions sheet names OCC_CODE on a row of its own: notes, not a header row.
        var (_, descriptions) = OewsZip.FieldDescriptions("oesm23nat");

        var result = Read(descriptions);

        Assert.True(result.HoldsNoOewsData);
        Assert.Contains("holds no OEWS data", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ReadWorkbook_StateFileOnly_IsRefusedNamingTheAreasItHolds()
    {
        var (_, zip) = RefusedOewsZips.Make(RefusedOewsZips.StateOnly);
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var workbook = new MemoryStream();
        archive.Entries.Single().Open().CopyTo(workbook);

        var result = OewsFile.ReadWorkbook("state_M2023_dl.xlsx", workbook.ToArray(), latestYear: 2025);

        Assert.Null(result.Release);
        Assert.False(result.HoldsNoOewsData);
        Assert.Contains(RefusedOewsZips.Message(RefusedOewsZips.StateOnly), Assert.Single(result.Problems).Message);
    }
}
