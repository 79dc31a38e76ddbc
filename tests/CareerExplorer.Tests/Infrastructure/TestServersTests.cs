using Npgsql;
using StackExchange.Redis;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>The servers .ci/services starts answer, and the helpers the tests reach them with do what they say.</summary>
public class TestServersTests
{
    [Fact]
    public void PostgresDatabase_NamesTheDatabase_AndKeepsTheServer()
    {
        var server = new NpgsqlConnectionStringBuilder(TestServers.PostgresServer);
        var database = new NpgsqlConnectionStringBuilder(TestServers.PostgresDatabase("some db"));

        Assert.Equal("some db", database.Database);
        Assert.Equal(server.Host, database.Host);
        Assert.Equal(server.Port, database.Port);
        Assert.Equal(server.Username, database.Username);
    }

    [Fact]
    public async Task CreateDatabase_FromTemplate_CopiesItsTables()
    {
        // A quote in the names: they are quoted as identifiers, not pasted.
        var template = $"ce_test_{Guid.NewGuid():N}_\"template";
        var copy = $"ce_test_{Guid.NewGuid():N}_copy";
        try
        {
            await TestServers.CreateDatabaseAsync(template);
            await using (var connection = new NpgsqlConnection(TestServers.PostgresDatabase(template)))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(
                    "create table occupation (code text primary key); insert into occupation values ('15-1252')", connection);
                await command.ExecuteNonQueryAsync();
            }
            // The connection above went back to the pool, still open to the template: CreateDatabaseAsync must cope.
            await TestServers.CreateDatabaseAsync(copy, template);

            await using (var connection = new NpgsqlConnection(TestServers.PostgresDatabase(copy)))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("select code from occupation", connection);
                Assert.Equal("15-1252", await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            await TestServers.DropDatabaseAsync(copy);
            await TestServers.DropDatabaseAsync(template);
        }

        await using var server = new NpgsqlConnection(TestServers.PostgresDatabase("postgres"));
        await server.OpenAsync();
        await using var left = new NpgsqlCommand("select count(*) from pg_database where datname = any(@names)", server);
        left.Parameters.AddWithValue("names", new[] { template, copy });
        Assert.Equal(0L, await left.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Redis_AnswersPing_AndKeepsAValue()
    {
        await TestServers.RequireRedisAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        var db = redis.GetDatabase();

        Assert.True(await db.PingAsync() < TimeSpan.FromSeconds(5));

        var key = $"careerexplorer:test:{Guid.NewGuid():N}";
        await db.StringSetAsync(key, "15-1252", TimeSpan.FromMinutes(1));
        Assert.Equal("15-1252", (string?)await db.StringGetAsync(key));
        await db.KeyDeleteAsync(key);
    }
}
