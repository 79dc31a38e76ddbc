using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// Plain SQL on a test database, past EF Core and the app: for looking at the database as it is,
/// or changing it behind the app's back. A file's path is SQLite, a bare name a PostgreSQL
/// database (as <see cref="CareerAppFactory.ProcessEnvironment"/>); the statements are ones both read.
/// </summary>
public static class RawSql
{
    public static object? Scalar(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static int Execute(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static DbConnection Open(string database)
    {
        DbConnection connection = Path.IsPathRooted(database)
            ? new SqliteConnection($"Data Source={database};Pooling=False")
            : new NpgsqlConnection(TestServers.PostgresDatabase(database));
        connection.Open();
        return connection;
    }
}
