using Microsoft.EntityFrameworkCore.Storage;

namespace CareerExplorer.Web.Data;

/// <summary>Inserts many rows with one prepared statement, in the current transaction: the derived tables' rewrite (summaries, facet counts, moves), thousands of rows that EF Core would track one by one.</summary>
internal static class BulkInsert
{
    public static async Task RowsAsync(CareerDbContext db, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Count; i++)
                parameters[i].Value = row[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
