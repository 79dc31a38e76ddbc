using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>
/// Rows an import adds and deletes by the hundred thousand (an O*NET release), written with one
/// prepared statement a table inside the import's transaction, after the tracked changes are
/// saved: the change tracker would hold every row (over a gigabyte) and take half a minute. The
/// columns, their conversions and the foreign keys come from the EF model, so these rows are
/// stored exactly as EF would store them. Not audited row by row (the import's entry says it all).
/// On PostgreSQL the rows go in by binary COPY and the deletions by id lists: a statement a row
/// is a round trip a row there, which made an O*NET release's upload outlast a proxy's timeout.
/// </summary>
public sealed class BulkRows
{
    private readonly List<Entity> _inserts = [];
    private readonly List<Entity> _deletes = [];

    public int Inserts => _inserts.Count;
    public int Deletes => _deletes.Count;

    /// <summary>A new row; its navigations may point at records the save adds (their ids are read once saved).</summary>
    public void Insert(Entity row) => _inserts.Add(row);

    /// <summary>A stored row (its id is enough).</summary>
    public void Delete(Entity row) => _deletes.Add(row);

    /// <summary>Writes the rows in the open transaction, deletions first.</summary>
    public async Task WriteAsync(CareerDbContext db, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are written inside the import's transaction.");
        var connection = transaction.Connection!;
        if (connection is Npgsql.NpgsqlConnection postgres)
        {
            await WriteByCopyAsync(db, postgres, transaction, ct);
            return;
        }
        foreach (var group in _deletes.GroupBy(r => r.GetType()))
        {
            var type = db.Model.FindEntityType(group.Key)!;
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM \"{type.GetTableName()}\" WHERE \"Id\" = @id";
            var id = type.FindPrimaryKey()!.Properties[0].GetRelationalTypeMapping().CreateParameter(delete, "@id", null);
            delete.Parameters.Add(id);
            await delete.PrepareAsync(ct);
            foreach (var row in group)
            {
                id.Value = row.Id;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        foreach (var group in _inserts.GroupBy(r => r.GetType()))
        {
            var type = db.Model.FindEntityType(group.Key)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
            var foreignKeys = type.GetNavigations().Where(n => n.IsOnDependent).ToList();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            // Typed by the column's own mapping: PostgreSQL prepares a statement only with each parameter's type.
            var parameters = columns.Select((c, i) =>
            {
                var p = c.GetRelationalTypeMapping().CreateParameter(insert, $"@p{i}", null, c.IsNullable);
                insert.Parameters.Add(p);
                return p;
            }).ToList();
            await insert.PrepareAsync(ct);
            foreach (var row in group)
            {
                SetForeignKeys(row, foreignKeys);
                for (var i = 0; i < columns.Count; i++)
                    parameters[i].Value = StoreValue(columns[i], columns[i].GetGetter().GetClrValue(row));
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private async Task WriteByCopyAsync(CareerDbContext db, Npgsql.NpgsqlConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        foreach (var group in _deletes.GroupBy(r => r.GetType()))
        {
            var type = db.Model.FindEntityType(group.Key)!;
            foreach (var chunk in group.Select(r => r.Id).Chunk(10_000))
            {
                await using var delete = new Npgsql.NpgsqlCommand($"DELETE FROM \"{type.GetTableName()}\" WHERE \"Id\" = ANY(@ids)", connection, (Npgsql.NpgsqlTransaction)transaction);
                delete.Parameters.AddWithValue("ids", chunk);
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        foreach (var group in _inserts.GroupBy(r => r.GetType()))
        {
            var type = db.Model.FindEntityType(group.Key)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
            var foreignKeys = type.GetNavigations().Where(n => n.IsOnDependent).ToList();
            // Each column's PostgreSQL type, from its EF mapping, as the prepared statement has it.
            using var typing = connection.CreateCommand();
            var types = columns.Select(c => ((Npgsql.NpgsqlParameter)c.GetRelationalTypeMapping().CreateParameter(typing, "p", null, c.IsNullable)).NpgsqlDbType).ToList();
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in group)
            {
                SetForeignKeys(row, foreignKeys);
                await copy.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (StoreValue(columns[i], columns[i].GetGetter().GetClrValue(row)) is var value && value is DBNull)
                        await copy.WriteNullAsync(ct);
                    else
                        await copy.WriteAsync(value, types[i], ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
    }

    /// <summary>A navigation set to a record saved just now: its id is the foreign key.</summary>
    private static void SetForeignKeys(Entity row, List<INavigation> foreignKeys)
    {
        foreach (var navigation in foreignKeys)
        {
            if (navigation.GetGetter().GetClrValue(row) is Entity principal)
                navigation.ForeignKey.Properties[0].PropertyInfo!.SetValue(row, principal.Id);
        }
    }

    private static object StoreValue(IProperty property, object? value)
    {
        if (value is null)
            return DBNull.Value;
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        var stored = converter is null ? value : converter.ConvertToProvider(value);
        return stored switch
        {
            null => DBNull.Value,
            Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture),
            _ => stored,
        };
    }
}
