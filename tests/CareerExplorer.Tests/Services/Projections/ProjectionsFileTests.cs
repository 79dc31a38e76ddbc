using System.Globalization;
using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Projections;

namespace CareerExplorer.Tests.Services.Projections;

/// <summary>
/// Table 1.2 of the occupation workbook BLS Employment Projections publishes: the real 2024-34
/// and 2019-29 releases, older and newer layouts built from their rows, and files refused.
/// Expected figures come from the sheets themselves, read by their own header names.
/// </summary>
public class ProjectionsFileTests
{
    private static readonly Lazy<byte[]> Workbook2024 = new(() => ProjectionsWorkbook.Published("2024-34"));
    private static readonly Lazy<byte[]> Workbook2019 = new(() => ProjectionsWorkbook.Published("2019-29"));
    private static readonly Lazy<ProjectionsReadResult> Read2024 = new(() => ProjectionsFile.Read("occupation_2024-34.xlsx", Workbook2024.Value));
    private static readonly Lazy<ProjectionsReadResult> Read2019 = new(() => ProjectionsFile.Read("occupation_2019-29.xlsx", Workbook2019.Value));
    private static readonly Lazy<ProjectionsTable> Table2024 = new(() => ProjectionsTable.Published(Workbook2024.Value, ProjectionsFile.TableName));
    private static readonly Lazy<ProjectionsTable> Table2019 = new(() => ProjectionsTable.Published(Workbook2019.Value, ProjectionsFile.TableName));

    /// <summary>20 line items of each release, with the summaries among them and a total that is their sum.</summary>
    private static readonly Lazy<ProjectionsTable> Sample2024 = new(() => Table2024.Value.Sample(20));
    private static readonly Lazy<ProjectionsTable> Sample2019 = new(() => Table2019.Value.Sample(20));

    private const string NotAvailable = "—";

    private static ProjectionsRelease Release(ProjectionsReadResult result)
    {
        Assert.Empty(result.Problems.Select(p => $"row {p.Line}, {p.Path}: {p.Message}"));
        return Assert.IsType<ProjectionsRelease>(result.Release);
    }

    private static ProjectionsReadResult ReadSheet(IReadOnlyList<IReadOnlyList<string>> sheet) =>
        ProjectionsFile.Read("occupation.xlsx", ProjectionsWorkbook.Build((ProjectionsFile.TableName, sheet)));

    // ---- The 2024-34 release as published ----

    [Fact]
    public void Read_Release2024_34_ReadsThePeriodTheTotalAndDataScientists()
    {
        var release = Release(Read2024.Value);

        Assert.Equal(new ProjectionPeriod(2024, 2034), release.Period);
        Assert.Equal("2024-34", release.Release);
        Assert.Equal(ProjectionsFile.TableName, release.Sheet);
        Assert.Null(release.EducationSheet); // Table 1.2 has its own education columns
        Assert.Equal((ProjectionCodes.Total, "Total, all occupations", false, (decimal?)3.1m),
            (release.Total.Code, release.Total.Title, release.Total.IsLineItem, release.Total.ChangePercent));
        var scientists = release.Occupations.Single(o => o.Code == "15-2051");
        Assert.Equal(("Data scientists", (decimal?)245.9m, (decimal?)328.3m, (decimal?)33.5m, (decimal?)23.4m, "Bachelor's degree"),
            (scientists.Title, scientists.EmploymentBase, scientists.EmploymentTarget, scientists.ChangePercent, scientists.Openings, scientists.Education));
    }

    [Fact]
    public void Read_Release2024_34_EveryLineItemOfTheSheetIsAnOccupationAndNothingElseIs()
    {
        var table = Table2024.Value;
        var lineItems = table.LineItems.Select(table.Code).ToList();

        var release = Release(Read2024.Value);

        Assert.NotEmpty(lineItems);
        Assert.Equal(lineItems, release.Occupations.Select(o => o.Code)); // the same codes, in the sheet's order
        Assert.All(release.Occupations, o => Assert.Matches(@"^\d{2}-\d{4}$", o.Code));
        Assert.All(release.Occupations, o => Assert.True(o.IsLineItem));
    }

    [Fact]
    public void Read_Release2024_34_EveryFigureIsTheSheetsOwn() => AssertFigures(Table2024.Value, Release(Read2024.Value));

    [Fact]
    public void Read_Release2024_34_FootnoteRowsAreNotOccupations()
    {
        var table = Table2024.Value;
        var footnotes = table.Rows.Select(r => r[0]).Where(t => t.StartsWith("Footnotes:", StringComparison.Ordinal)
            || t.StartsWith("[1]", StringComparison.Ordinal) || t.StartsWith("Note:", StringComparison.Ordinal) || t.StartsWith("Source:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, footnotes.Count); // "Footnotes:", "[1] …", "Note: …", "Source: …", below the data

        var release = Release(Read2024.Value);

        Assert.DoesNotContain(release.Occupations, o => footnotes.Any(f => f.Contains(o.Title, StringComparison.Ordinal)));
        Assert.Equal(table.LineItems.Count(), release.Occupations.Count);
    }

    [Fact]
    public void Read_Release2024_34_ADashIsNotAvailableNotZero()
    {
        var table = Table2024.Value;
        var selfEmployed = table.Optional("Percent self employed")!.Value;
        Assert.Equal(NotAvailable, ProjectionsTable.Cell(table.Row("11-1031"), selfEmployed));
        var dashed = table.LineItems.Where(r => ProjectionsTable.Cell(r, selfEmployed) == NotAvailable).Select(table.Code).ToList();

        var release = Release(Read2024.Value);

        Assert.Null(release.Occupations.Single(o => o.Code == "11-1031").SelfEmployedPercent);
        Assert.Equal(dashed, release.Occupations.Where(o => o.SelfEmployedPercent is null).Select(o => o.Code));
        Assert.DoesNotContain(release.Occupations, o => o.SelfEmployedPercent == 0 && dashed.Contains(o.Code));
    }

    [Fact]
    public void Read_Release2024_34_TopCodedMedianWagesAreFlagged()
    {
        var table = Table2024.Value;
        var wage = table.Optional("Median annual wage")!.Value;
        var topCoded = table.LineItems.Where(r => ProjectionsTable.Cell(r, wage).StartsWith(">=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(topCoded);

        var release = Release(Read2024.Value);

        var flagged = release.Occupations.Where(o => o.MedianWageTopCoded).ToList();
        Assert.Equal(topCoded.Select(table.Code), flagged.Select(o => o.Code));
        Assert.Equal(topCoded.Select(r => Figure(ProjectionsTable.Cell(r, wage))), flagged.Select(o => o.MedianWage)); // ">=$239,200" is 239,200 or more
    }

    [Fact]
    public void Read_Release2024_34_CountsAnnualAverageOpeningsAndQuotesMay2024Wages()
    {
        var release = Release(Read2024.Value);

        Assert.Equal(OpeningsBasis.AnnualAverage, release.OpeningsBasis);
        Assert.Equal(2024, release.MedianWageYear);
    }

    // ---- The 2019-29 release as published ----

    [Fact]
    public void Read_Release2019_29_TakesEducationFromTable54()
    {
        var table = Table2019.Value;
        var assignments = ProjectionsTable.Published(Workbook2019.Value, "Table 5.4");
        var (education, experience, training) = (assignments.Column("Typical education needed for entry"), assignments.Column("Work experience in a related occupation"),
            assignments.Column("Typical on-the-job training needed to attain competency in the occupation"));
        var expected = assignments.Rows.Where(r => Regex.IsMatch(assignments.Code(r), @"^\d{2}-\d{4}$"))
            .ToDictionary(assignments.Code, r => (Category(r[education]), Category(r[experience]), Category(r[training])));

        var release = Release(Read2019.Value);

        Assert.Equal(new ProjectionPeriod(2019, 2029), release.Period);
        Assert.Equal("2019-29", release.Release);
        Assert.Equal("Table 5.4", release.EducationSheet);
        Assert.Equal(table.LineItems.Select(table.Code), release.Occupations.Select(o => o.Code));
        Assert.All(release.Occupations, o => Assert.Equal(expected[o.Code], (o.Education, o.Experience, o.Training)));
    }

    [Fact]
    public void Read_Release2019_29_EveryFigureIsTheSheetsOwn()
    {
        var release = Release(Read2019.Value);

        Assert.Equal(OpeningsBasis.AnnualAverage, release.OpeningsBasis);
        Assert.Null(release.MedianWageYear); // no wage column in this release's Table 1.2
        AssertFigures(Table2019.Value, release with { Occupations = release.Occupations.Select(o => o with { Education = null, Experience = null, Training = null }).ToList() });
    }

    // ---- Older and newer layouts, built from the real rows ----

    /// <summary>
    /// Table 1.2 as releases before 2019-29 lay it out, with the 2019-29 sample's cells: one heading
    /// over the title and the code, employment in both years, its distribution, the change (number,
    /// percent) and the openings, no occupation type; <paramref name="headers"/> gives each column's header cells.
    /// </summary>
    private static LayoutColumn[] OlderLayout(ProjectionsTable sample, params string[][] headers)
    {
        int[] from = [sample.TitleColumn, sample.CodeColumn, sample.BaseColumn, sample.TargetColumn, sample.Column("Employment distribution, percent, 2019"),
            sample.Column("Employment distribution, percent, 2029"), sample.ChangeNumberColumn, sample.ChangePercentColumn, sample.OpeningsColumn];
        Assert.Equal(from.Length, headers.Length);
        return headers.Zip(from, (h, f) => new LayoutColumn(h, f)).ToArray();
    }

    [Fact]
    public void Read_Release2016_26TwoRowHeader_ReadsTitleAndCodeUnderOneHeadingWithoutAnOccupationType()
    {
        var sample = Sample2019.Value;
        // Broad occupations that are line items (11-2030) have codes ending in 0, as summaries do.
        Assert.Contains(sample.LineItems, r => sample.Code(r).EndsWith('0'));
        var columns = OlderLayout(sample,
            ["2016 National Employment Matrix title and code", ""], ["", ""],
            ["Employment", "2016"], ["", "2026"],
            ["Employment distribution, percent", "2016"], ["", "2026"],
            ["Change, 2016-26", "Number"], ["", "Percent"],
            ["Occupational openings, 2016-26 annual average", ""]);

        AssertReadsTheSample(sample, new ProjectionPeriod(2016, 2026), OpeningsBasis.AnnualAverage, columns,
            ["Table 1.2 Employment by detailed occupation, 2016 and projected 2026", "(Numbers in thousands)"],
            "Source: Employment Projections program, U.S. Bureau of Labor Statistics");
    }

    [Fact]
    public void Read_Release2014_24ThreeRowHeader_CountsOpeningsOverThePeriod()
    {
        var sample = Sample2019.Value;
        var columns = OlderLayout(sample,
            ["2014 National Employment Matrix title and code", "", ""], ["", "", ""],
            ["Employment", "Number", "2014"], ["", "", "2024"],
            ["", "Percent distribution", "2014"], ["", "", "2024"],
            ["Change, 2014-24", "Number", ""], ["", "Percent", ""],
            ["Job openings due to growth and replacement needs, 2014-24", "Number", ""]);

        AssertReadsTheSample(sample, new ProjectionPeriod(2014, 2024), OpeningsBasis.PeriodTotal, columns,
            ["Table 1.2 Employment by detailed occupation, 2014 and projected 2024", "(Numbers in thousands)"],
            "Note: Detail may not sum to totals due to rounding.", "Source: Employment Projections program, U.S. Bureau of Labor Statistics");
    }

    [Fact]
    public void Read_Release2025_35RenamedColumns_ReadsThemByMeaning()
    {
        var sample = Sample2024.Value;
        int From(string start) => sample.Optional(start)!.Value;
        LayoutColumn[] columns =
        [
            new(["2025 National Employment Matrix title"], sample.TitleColumn),
            new(["2025 National Employment Matrix code"], sample.CodeColumn),
            new(["Occupation type"], sample.TypeColumn),
            new(["Employment, 2025"], sample.BaseColumn),
            new(["Employment, 2035"], sample.TargetColumn),
            new(["Employment distribution, percent, 2025"], From("Employment distribution, percent, 2024")),
            new(["Employment distribution, percent, 2035"], From("Employment distribution, percent, 2034")),
            new(["Employment change, number, 2025\u201335"], sample.ChangeNumberColumn),
            new(["Employment change, percent, 2025\u201335"], sample.ChangePercentColumn),
            new(["Self-employed workers, percent of employment, 2025"], From("Percent self employed")),
            new(["Occupational openings, 2025\u201335 annual average"], sample.OpeningsColumn),
            new(["Median annual wage, 2025 [1]"], From("Median annual wage")),
            new(["Typical entry-level education"], From("Typical education needed for entry")),
            new(["Work experience in a related occupation"], From("Work experience")),
            new(["Typical on-the-job training"], From("Typical on-the-job training")),
        ];
        // The figures the renamed columns hold: the 2024-34 sample's, under its own names.
        Assert.Contains(sample.LineItems, r => ProjectionsTable.Cell(r, From("Percent self employed")) == NotAvailable);

        var release = AssertReadsTheSample(sample, new ProjectionPeriod(2025, 2035), OpeningsBasis.AnnualAverage, columns,
            ["Table 1.2 Occupational projections, 2025\u201335, and worker characteristics, 2025 (Employment in thousands)"],
            "Footnotes:", "[1] Data are from the Occupational Employment and Wage Statistics program, U.S. Bureau of Labor Statistics.");
        Assert.Equal(2025, release.MedianWageYear);
    }

    /// <summary>The sample laid out in the columns given reads as the release of the period given, with the sample's every figure.</summary>
    private static ProjectionsRelease AssertReadsTheSample(ProjectionsTable sample, ProjectionPeriod period, OpeningsBasis basis,
        IReadOnlyList<LayoutColumn> columns, string[] titles, params string[] footer)
    {
        var release = Release(ReadSheet(ProjectionsWorkbook.Layout(titles, columns, sample, footer)));

        Assert.Equal((period, basis), (release.Period, release.OpeningsBasis));
        AssertFigures(sample, release);
        return release;
    }

    // ---- Refusals: a clear message naming what is missing, and nothing read ----

    private static SeedError Refused(ProjectionsReadResult result)
    {
        Assert.Null(result.Release);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_WorkbookWithoutTable12_IsRefusedNamingItsSheets()
    {
        var sample = Sample2024.Value;
        var workbook = ProjectionsWorkbook.Build(
            ("Table 1.1", [["Table 1.1 Employment by major occupational group, 2024 and projected 2034"], ["Occupation", "Employment, 2024"]]),
            ("Table 1.3", [["Table 1.3 Fastest growing occupations, 2024 and projected 2034"], .. sample.Sheet().Skip(1)]));

        var problem = Refused(ProjectionsFile.Read("occupation.xlsx", workbook));

        Assert.Contains("has no Table 1.2", problem.Message);
        Assert.Contains("“Table 1.1”, “Table 1.3”", problem.Message);
    }

    [Fact]
    public void Read_Table12WithoutTheTargetYearsEmployment_IsRefusedNamingIt()
    {
        var sample = Sample2024.Value;
        var target = sample.Header[sample.TargetColumn];
        var columns = sample.Header.Select((h, i) => new LayoutColumn([h], i)).Where(c => c.Header[0] != target).ToList();

        var problem = Refused(ReadSheet(ProjectionsWorkbook.Layout([sample.Title], columns, sample)));

        Assert.Contains("its header has no column for employment in 2034", problem.Message);
        Assert.Equal(2, problem.Line); // the header, below the title
    }

    [Fact]
    public void Read_TitleAndHeaderWithoutAPeriod_IsRefused()
    {
        var sample = Sample2024.Value;
        var columns = sample.Header.Select((h, i) => new LayoutColumn([Regex.Replace(h, @",?\s*\d{4}\u2013\d{2}", "")], i)).ToList();
        Assert.DoesNotContain(columns, c => c.Header[0].Contains('\u2013'));

        var problem = Refused(ReadSheet(ProjectionsWorkbook.Layout(["Table 1.2 Occupational projections and worker characteristics (Employment in thousands)"], columns, sample)));

        Assert.Contains("does not state its period", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Read_CellThatIsNotANumber_IsRefusedWithItsLineAndColumn()
    {
        var sample = Sample2024.Value;
        var column = sample.Header[sample.TargetColumn];
        var changed = sample.WithCell("11-1021", column, "about 3,500");

        var problem = Refused(ReadSheet(changed.Sheet()));

        Assert.Contains("“about 3,500” is not a number", problem.Message);
        Assert.Equal((changed.SheetLine("11-1021"), column), (problem.Line, problem.Path));
    }

    [Fact]
    public void Read_RowWithFiguresAndAMalformedCode_IsRefusedWithItsLine()
    {
        var sample = Sample2024.Value;
        var column = sample.Header[sample.CodeColumn];
        var line = sample.SheetLine("11-1021");
        var changed = sample.WithCell("11-1021", column, "11-102");

        var problem = Refused(ReadSheet(changed.Sheet()));

        Assert.Contains("its code “11-102” is not an occupation code", problem.Message);
        Assert.Equal((line, column), (problem.Line, problem.Path));
    }

    [Fact]
    public void Read_DuplicatedCode_IsRefusedNamingBothRows()
    {
        var sample = Sample2024.Value;
        var twice = sample.With(rows => [.. rows, sample.Row("11-1021")]);

        var problem = Refused(ReadSheet(twice.Sheet()));

        Assert.Contains($"11-1021 is listed twice as an occupation (first on row {twice.SheetLine("11-1021")})", problem.Message);
        Assert.Equal(twice.SheetLine("11-1021", occurrence: 1), problem.Line);
    }

    /// <summary>The published 2019-29 table cut after its line items cover just under, or just at, 95% of its total.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_TableCutShort_IsRefusedUnderNinetyFivePercentOfTheTotal(bool reachesNinetyFive)
    {
        var table = Table2019.Value;
        var total = Figure(ProjectionsTable.Cell(table.Row(ProjectionCodes.Total), table.BaseColumn))!.Value;
        var (covered, keep) = (0m, 0);
        foreach (var row in table.Rows)
        {
            var employed = ProjectionsTable.Cell(row, table.TypeColumn) == "Line item" ? Figure(ProjectionsTable.Cell(row, table.BaseColumn))!.Value : 0m;
            if (covered + employed >= total * 0.95m && !reachesNinetyFive)
                break;
            (covered, keep) = (covered + employed, keep + 1);
            if (covered >= total * 0.95m)
                break;
        }
        var cut = table.With(rows => rows.Take(keep));

        var result = ReadSheet(cut.Sheet());

        if (reachesNinetyFive)
        {
            Assert.Equal(cut.LineItems.Count(), Release(result).Occupations.Count);
            return;
        }
        var problem = Refused(result);
        // The share rounded down: 94.96% is not shown as the 95% it falls short of.
        var share = (Math.Floor(covered / total * 1000) / 1000).ToString("0.#%", CultureInfo.InvariantCulture);
        Assert.Contains($"add up to {share} of the {total.ToString("#,0.#", CultureInfo.InvariantCulture)} thousand jobs in its total row; a complete table covers at least 95% of them", problem.Message);
        Assert.Contains("Is the file cut short?", problem.Message);
    }

    [Fact]
    public void Read_RandomBytesNamedXlsx_IsRefusedAsNotAWorkbook()
    {
        var bytes = new byte[4096];
        new Random(2024).NextBytes(bytes);

        var problem = Refused(ProjectionsFile.Read("occupation.xlsx", bytes));

        Assert.Contains("The workbook cannot be read: it is not an .xlsx file", problem.Message);
        Assert.Equal("occupation.xlsx", problem.File);
    }

    // ---- What the sheet holds, read from its own cells ----

    /// <summary>A figure as the sheet prints it: "—" is none; ">=$239,200" is 239,200 (top-coded).</summary>
    private static decimal? Figure(string cell) =>
        cell is "" or NotAvailable ? null : decimal.Parse(cell.Replace(">=", "", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string? Category(string cell) => cell is "" or NotAvailable ? null : cell;

    /// <summary>The total and every line item of the table, as the release read them: each of its figures is the sheet's cell (a column the table lacks: none).</summary>
    private static void AssertFigures(ProjectionsTable table, ProjectionsRelease release)
    {
        string At(IReadOnlyList<string> row, int? column) => column is { } c ? ProjectionsTable.Cell(row, c) : "";
        object Expected(IReadOnlyList<string> row)
        {
            var wage = At(row, table.Optional("Median annual wage"));
            return (At(row, table.TitleColumn).Trim(), Figure(At(row, table.BaseColumn)), Figure(At(row, table.TargetColumn)),
                Figure(At(row, table.ChangeNumberColumn)), Figure(At(row, table.ChangePercentColumn)), Figure(At(row, table.Optional("Percent self employed"))),
                Figure(At(row, table.OpeningsColumn)), Figure(wage), wage.StartsWith(">=", StringComparison.Ordinal),
                Category(At(row, table.Optional("Typical education needed for entry"))), Category(At(row, table.Optional("Work experience"))),
                Category(At(row, table.Optional("Typical on-the-job training"))));
        }
        static object Actual(ProjectionRow r) => (r.Title, r.EmploymentBase, r.EmploymentTarget, r.ChangeNumber, r.ChangePercent, r.SelfEmployedPercent,
            r.Openings, r.MedianWage, r.MedianWageTopCoded, r.Education, r.Experience, r.Training);

        Assert.Equal(Expected(table.Row(ProjectionCodes.Total)), Actual(release.Total));
        var lineItems = table.LineItems.ToList();
        Assert.Equal(lineItems.Select(table.Code), release.Occupations.Select(o => o.Code));
        foreach (var (row, occupation) in lineItems.Zip(release.Occupations))
            Assert.Equal(Expected(row), Actual(occupation));
    }
}
