using System.Net;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests;

public class HealthTests
{
    [Fact]
    public async Task Get_Health_DatabaseAnswers_Returns200()
    {
        await using var app = new CareerAppFactory();
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Health_DatabaseGone_Returns503()
    {
        await using var app = new CareerAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // Pull the database out from under the running app: the SQLite file (no pooled connection
        // keeps it alive) becomes a folder SQLite cannot open; the PostgreSQL database is dropped.
        if (app.OnPostgres)
        {
            await TestServers.DropDatabaseAsync(app.Database);
        }
        else
        {
            SqliteConnection.ClearAllPools();
            File.Delete(app.DatabasePath);
            Directory.CreateDirectory(app.DatabasePath);
        }

        try
        {
            var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            if (!app.OnPostgres)
                Directory.Delete(app.DatabasePath);
        }
    }
}
