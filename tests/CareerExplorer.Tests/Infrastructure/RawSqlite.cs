using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>Plain SQL on a database file, past EF Core and the app: for looking at the file as it is, or changing it behind the app's back.</summary>
public static class RawSqlite
{
    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static int Execute(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
