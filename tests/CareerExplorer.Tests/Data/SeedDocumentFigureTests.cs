using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>For each seed document, a handful of its figures are in the database with the source
/// the document credits and the year it gives.</summary>
public class SeedDocumentFigureTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Theory]
    // 000 George Mason University, 2025: medians credited to a footnote the text does not include.
    [InlineData("computer-and-information-research-scientist", "Median", "Annual", 145080, 2025, "gmu-ml-engineering-2025", null)]
    [InlineData("data-scientist", "Median", "Annual", 108020, 2025, "gmu-ml-engineering-2025", null)]
    [InlineData("software-developer", "Median", "Annual", 132270, 2025, "gmu-ml-engineering-2025", null)]
    // 001 Skilldacity, 2022: Indeed's average base salary and the BLS median it quotes.
    [InlineData("machine-learning-engineer", "Mean", "Annual", 125672, 2022, "indeed-salaries-2022", "skilldacity-ml-engineer-2022")]
    [InlineData("computer-and-information-research-scientist", "Median", "Annual", 131490, 2022, "bls", "skilldacity-ml-engineer-2022")]
    // 002 University of San Diego, 2025: the same $168,730 as "median total pay" and as Glassdoor's average.
    [InlineData("machine-learning-engineer", "Median", "Annual", 168730, 2025, "usd-ml-career-guide-2025", null)]
    [InlineData("machine-learning-engineer", "Mean", "Annual", 168730, 2025, "glassdoor", "usd-ml-career-guide-2025")]
    [InlineData("nlp-scientist", "Median", "Annual", 180727, 2025, "usd-ml-career-guide-2025", null)]
    // 003 Career.Guide, 2024: BLS OEWS wages of the Operations Research Analysts proxy.
    [InlineData("machine-learning-engineer", "Median", "Annual", 85720, 2024, "bls-oews", "career-guide-ml-engineer-2024")]
    [InlineData("machine-learning-engineer", "Median", "Hourly", 41.21, 2024, "bls-oews", "career-guide-ml-engineer-2024")]
    // 004 2017 job description: PayScale's median.
    [InlineData("machine-learning-engineer", "Median", "Annual", 106225, 2017, "payscale", "ml-engineer-job-description-2017")]
    public async Task SeededSalaryFigure_HasTheCreditedSourceAndYear(
        string role, string statistic, string basis, double amount, int year, string source, string? citedIn)
    {
        await using var db = app.CreateDbContext();
        var stat = Enum.Parse<SalaryStatistic>(statistic);
        var payBasis = Enum.Parse<PayBasis>(basis);
        var value = (decimal)amount;

        var matches = await db.SalaryFigures
            .Where(f => f.Role.Slug == role && f.Statistic == stat && f.Basis == payBasis && f.Amount == value)
            .Select(f => new { f.Year, Source = f.Source.Slug, CitedIn = f.CitedIn == null ? null : f.CitedIn.Slug })
            .ToListAsync();

        Assert.Contains(matches, m => m.Year == year && m.Source == source && m.CitedIn == citedIn);
    }

    [Theory]
    [InlineData("machine-learning-engineer", 135000, 215000, 2025, "glassdoor", "usd-ml-career-guide-2025")]
    [InlineData("machine-learning-engineer", 100000, 150000, 2024, "career-guide-ml-engineer-2024", null)]
    public async Task SeededSalaryRange_HasTheCreditedSourceAndYear(
        string role, double low, double high, int year, string source, string? citedIn)
    {
        await using var db = app.CreateDbContext();
        var (lo, hi) = ((decimal)low, (decimal)high);

        var found = await db.SalaryFigures.AnyAsync(f => f.Role.Slug == role && f.Statistic == SalaryStatistic.Range
            && f.Low == lo && f.High == hi && f.Year == year && f.Source.Slug == source
            && (citedIn == null ? f.CitedInId == null : f.CitedIn!.Slug == citedIn));

        Assert.True(found);
    }

    [Theory]
    [InlineData("computer-and-information-research-scientist", "EmploymentGrowth", 26, 2025, "gmu-ml-engineering-2025", null)]
    [InlineData("data-scientist", "EmploymentGrowth", 36, 2025, "gmu-ml-engineering-2025", null)]
    [InlineData("ai-and-machine-learning-specialist", "NewJobs", 1000000, 2025, "wef", "gmu-ml-engineering-2025")]
    [InlineData("computer-and-information-research-scientist", "EmploymentGrowth", 21, 2022, "bls", "skilldacity-ml-engineer-2022")]
    [InlineData("machine-learning-engineer", "JobPostingGrowth", 344, 2022, "skilldacity-ml-engineer-2022", null)]
    [InlineData("machine-learning-engineer", "Ranking", 1, 2022, "indeed-best-jobs-2022", "skilldacity-ml-engineer-2022")]
    [InlineData("ai-and-machine-learning-specialist", "EmploymentGrowth", 40, 2023, "wef-future-of-jobs-2023", "usd-ml-career-guide-2025")]
    [InlineData("machine-learning-engineer", "Openings", 23, 2024, "careeronestop", "career-guide-ml-engineer-2024")]
    [InlineData("computer-and-information-research-scientist", "EmploymentGrowth", 11, 2017, "bls", "ml-engineer-job-description-2017")]
    public async Task SeededOutlookFigure_HasTheCreditedSourceAndYear(
        string role, string kind, double value, int year, string source, string? citedIn)
    {
        await using var db = app.CreateDbContext();
        var outlookKind = Enum.Parse<OutlookKind>(kind);
        var v = (decimal)value;

        var found = await db.OutlookFigures.AnyAsync(f => f.Role.Slug == role && f.Kind == outlookKind && f.Value == v
            && f.Year == year && f.Source.Slug == source
            && (citedIn == null ? f.CitedInId == null : f.CitedIn!.Slug == citedIn));

        Assert.True(found);
    }

    [Fact]
    public async Task SeededOccupationCodes_RecordTheProxiesTheDocumentsUse()
    {
        await using var db = app.CreateDbContext();
        var codes = await db.OccupationCodes.Where(c => c.Role.Slug == "machine-learning-engineer")
            .Select(c => new { c.System, c.Code, Source = c.Source.Slug })
            .ToListAsync();

        Assert.Contains(codes, c => c.Code == "15-1221" && c.System == "SOC 2018" && c.Source == "bls");
        Assert.Contains(codes, c => c.Code == "15-2031" && c.Source == "onet-online");
    }

    [Fact]
    public async Task SeededCareerSteps_EntryRoutesIntoMachineLearningEngineer()
    {
        await using var db = app.CreateDbContext();
        var entries = await db.CareerSteps
            .Where(s => s.ToRole.Slug == "machine-learning-engineer" && s.Kind == CareerStepKind.Entry && s.Source.Slug == "skilldacity-ml-engineer-2022")
            .Select(s => s.FromRole.Slug)
            .ToListAsync();

        Assert.Equivalent(new[] { "computer-engineer", "data-scientist", "software-developer", "software-engineer" }, entries);
    }

    [Fact]
    public async Task SeededSkills_ToolsFromTheOnetProxyAreLinked()
    {
        await using var db = app.CreateDbContext();
        var skills = await db.RoleSkills
            .Where(rs => rs.Role.Slug == "machine-learning-engineer" && rs.Source.Slug == "career-guide-ml-engineer-2024")
            .Select(rs => rs.Skill.Slug)
            .ToListAsync();

        Assert.Superset(new HashSet<string> { "ibm-spss-statistics", "matlab", "bash", "unix-shell", "google-docs", "microsoft-word" }, skills.ToHashSet());
    }
}
