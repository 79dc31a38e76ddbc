using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>A figure without a source or a year must be impossible, not merely hidden.</summary>
public class FigureIntegrityTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    private async Task<SalaryFigure> ValidFigure()
    {
        await using var db = app.CreateDbContext();
        var role = await db.Roles.OrderBy(r => r.Id).FirstAsync();
        var source = await db.Sources.OrderBy(s => s.Id).FirstAsync();
        var us = await db.Geographies.SingleAsync(g => g.Code == "US");
        return new SalaryFigure
        {
            RoleId = role.Id, SourceId = source.Id, GeographyId = us.Id, Year = 2024,
            Statistic = SalaryStatistic.Median, Basis = PayBasis.Annual, Amount = 100_000m,
            Currency = "USD", Quote = "test figure",
        };
    }

    [Fact]
    public async Task Store_ValidFigure_Succeeds()
    {
        var figure = await ValidFigure();
        await using var db = app.CreateDbContext();
        db.SalaryFigures.Add(figure);
        await db.SaveChangesAsync();
        Assert.True(figure.Id > 0);
        db.SalaryFigures.Remove(figure);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Store_FigureWithoutSource_IsRefusedByTheDatabase()
    {
        var figure = await ValidFigure();
        figure.SourceId = 0;
        await using var db = app.CreateDbContext();
        var before = await db.SalaryFigures.CountAsync();

        db.SalaryFigures.Add(figure);
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("FOREIGN KEY", ex.InnerException?.Message ?? "", StringComparison.OrdinalIgnoreCase);
        await using var check = app.CreateDbContext();
        Assert.Equal(before, await check.SalaryFigures.CountAsync());
    }

    [Fact]
    public async Task Store_FigureWithoutYear_IsRefusedByTheDatabase()
    {
        var figure = await ValidFigure();
        figure.Year = 0;
        await using var db = app.CreateDbContext();

        db.SalaryFigures.Add(figure);
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("CK_SalaryFigure_Year", ex.InnerException?.Message ?? "");
    }

    [Fact]
    public async Task Store_SourceColumnNull_IsRefusedByTheDatabase()
    {
        // Below EF: even raw SQL cannot store a figure with no source.
        var figure = await ValidFigure();
        await using var db = app.CreateDbContext();
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"SalaryFigures\" (\"RoleId\", \"Statistic\", \"PayComponent\", \"Basis\", \"Amount\", \"IsTopCoded\", \"Currency\", \"GeographyId\", \"Year\", \"Quote\", \"SourceId\", \"Version\") VALUES ({figure.RoleId}, 'Median', 'Unspecified', 'Annual', 1000, FALSE, 'USD', {figure.GeographyId}, 2024, 'x', NULL, 0)"));
        Assert.Matches("(?i)not[ -]null", ex.Message); // SQLite: "NOT NULL constraint failed"; PostgreSQL: "violates not-null constraint"
    }

    [Fact]
    public async Task Validate_FigureWithoutSourceOrYear_ReportsBoth()
    {
        var figure = await ValidFigure();
        figure.SourceId = 0;
        figure.Year = 0;

        var violations = FigureRules.Validate(figure.ToFacts(), Clock);

        Assert.Contains(violations, v => v.Field == "Source");
        Assert.Contains(violations, v => v.Field == "Year");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(3000)]
    public async Task Validate_YearOutOfRange_IsReported(int year)
    {
        var figure = await ValidFigure();
        figure.Year = year;
        Assert.Contains(FigureRules.Validate(figure.ToFacts(), Clock), v => v.Field == "Year");
    }

    [Fact]
    public async Task Validate_RangeWithLowAboveHigh_IsReported()
    {
        var figure = await ValidFigure();
        figure.Statistic = SalaryStatistic.Range;
        figure.Amount = null;
        figure.Low = 150_000m;
        figure.High = 90_000m;
        Assert.Contains(FigureRules.Validate(figure.ToFacts(), Clock), v => v.Field == "High");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Validate_NonPositiveAmount_IsReported(decimal amount)
    {
        var figure = await ValidFigure();
        figure.Amount = amount;
        Assert.Contains(FigureRules.Validate(figure.ToFacts(), Clock), v => v.Field == "Amount");
    }

    [Fact]
    public async Task Validate_UnknownCurrency_IsReported()
    {
        var figure = await ValidFigure();
        figure.Currency = "XYZ";
        Assert.Contains(FigureRules.Validate(figure.ToFacts(), Clock), v => v.Field == "Currency");
    }

    [Fact]
    public async Task Validate_ValidFigure_HasNoViolations()
    {
        Assert.Empty(FigureRules.Validate((await ValidFigure()).ToFacts(), Clock));
    }
}
