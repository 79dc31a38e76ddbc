using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Api;

public class ApiTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Fact]
    public async Task Get_ApiRoles_ReturnsEveryRoleWithSlugAndTitle()
    {
        await using var db = app.CreateDbContext();
        var roles = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/roles");

        Assert.Equal(JsonValueKind.Array, roles.ValueKind);
        Assert.Equal(await db.Roles.CountAsync(), roles.GetArrayLength());
        Assert.All(roles.EnumerateArray(), r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("slug").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("title").GetString()));
        });
    }

    [Fact]
    public async Task Get_ApiRole_EveryFigureHasSourceAndYear()
    {
        await using var db = app.CreateDbContext();
        var expected = await db.SalaryFigures.CountAsync(f => f.Role.Slug == "machine-learning-engineer");

        var role = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/roles/machine-learning-engineer");
        var figures = role.GetProperty("salaryFigures").EnumerateArray().ToList();

        Assert.Equal("Machine Learning Engineer", role.GetProperty("title").GetString());
        Assert.Equal(expected, figures.Count);
        Assert.All(figures.Concat(role.GetProperty("outlookFigures").EnumerateArray()), f =>
        {
            Assert.InRange(f.GetProperty("year").GetInt32(), 1900, 2100);
            Assert.False(string.IsNullOrEmpty(f.GetProperty("source").GetProperty("publisher").GetString()));
        });
        Assert.Contains(figures, f => f.GetProperty("amount").ValueKind == JsonValueKind.Number && f.GetProperty("amount").GetDecimal() == 106225m
            && f.GetProperty("source").GetProperty("slug").GetString() == "payscale"
            && f.GetProperty("year").GetInt32() == 2017);
    }

    [Fact]
    public async Task Get_ApiRole_Unknown_Returns404WithProblem()
    {
        var response = await app.CreateClient().GetAsync("/api/roles/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Get_ApiSkillsAndSources_ListEverything()
    {
        await using var db = app.CreateDbContext();
        var client = app.CreateClient();
        var skills = await client.GetFromJsonAsync<JsonElement>("/api/skills");
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");

        Assert.Equal(await db.Skills.CountAsync(), skills.GetArrayLength());
        Assert.Equal(await db.Sources.CountAsync(), sources.GetArrayLength());
    }

    [Fact]
    public async Task Get_OpenApiDocument_DescribesTheApi()
    {
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/roles", out _));
        Assert.True(paths.TryGetProperty("/api/roles/{slug}", out _));
        Assert.True(paths.TryGetProperty("/api/skills", out _));
        Assert.True(paths.TryGetProperty("/api/sources", out _));
    }
}
